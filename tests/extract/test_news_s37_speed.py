"""Session 37's byte-identical speed-ups: the structures they add read what they replace.

- ``patterns.token_mark`` reads a token's mark where spaCy keeps it, as ``token._`` does;
- ``tree_patterns._Tree`` finds each token's root walking each chain of heads once;
- ``TreePatterns`` scans a column only for the values some anchor wants, from an index
  built once after the last pattern (and again when a pattern is added after a call).
"""

from __future__ import annotations

import random

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.patterns import TOKEN_EXTENSIONS, register_token_extensions, token_mark
from kg.extract.tree_patterns import TreePatterns, _Tree

__all__: list[str] = []


@pytest.fixture(scope="module")
def blank():
    register_token_extensions()
    return spacy.blank("en")


def test_token_mark_reads_what_token_underscore_reads(blank):
    doc = blank("Hanul Robotics raised $5 million from Daewon on Monday")
    doc[0]._.kg_entity, doc[0]._.kg_class = "Company:hanul robotics", "Company"
    doc[3]._.kg_value_kind, doc[3]._.kg_value = "money", 5_000_000.0
    doc[7]._.kg_demonym, doc[7]._.kg_coref = True, True
    for token in doc:
        for name, _ in TOKEN_EXTENSIONS:
            assert token_mark(token, name) == getattr(token._, name), (token.text, name)
    assert token_mark(doc[3], "kg_value") == 5_000_000.0 and token_mark(doc[4], "kg_value") is None


def test_token_mark_follows_a_merge(blank):
    doc = blank("Minjin Capital bought Sora Partners")
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[3:5], attrs={"_": {"kg_entity": "Company:sora partners", "kg_class": "Company"}})
    assert [token_mark(t, "kg_entity") for t in doc] == [t._.kg_entity for t in doc] == [None, None, None, "Company:sora partners"]
    assert token_mark(doc[3], "kg_class") == "Company" and token_mark(doc[0], "kg_class") == ""


def test_token_mark_refuses_a_name_that_is_no_mark(blank):
    with pytest.raises(KeyError):
        token_mark(blank("Hanul")[0], "kg_nothing")


def _walked_roots(head: list[int]) -> list[int]:
    roots = []
    for i in range(len(head)):
        while head[i] != i:
            i = head[i]
        roots.append(i)
    return roots


@pytest.mark.parametrize("seed", range(20))
def test_tree_roots_are_the_walked_roots(blank, seed):
    rng = random.Random(seed)
    n = rng.randint(1, 40)
    # A random forest: each token hangs on an earlier or later one of its own tree, or is a root.
    heads = list(range(n))
    order = list(range(n))
    rng.shuffle(order)
    for position, token in enumerate(order[1:], start=1):
        if rng.random() < 0.85:
            heads[token] = order[rng.randrange(position)]
    deps = ["ROOT" if heads[i] == i else "dep" for i in range(n)]
    doc = Doc(blank.vocab, words=[f"w{i}" for i in range(n)], heads=heads, deps=deps)
    tree = _Tree(doc)
    assert tree.root == _walked_roots(tree.head)


def test_a_pattern_added_after_a_match_is_indexed(blank):
    doc = Doc(blank.vocab, words=["Hanul", "bought", "Minjin", "and", "sold", "Sora"], heads=[1, 1, 1, 1, 1, 4],
              deps=["nsubj", "ROOT", "dobj", "cc", "conj", "dobj"], lemmas=["Hanul", "buy", "Minjin", "and", "sell", "Sora"])
    patterns = TreePatterns(anchors=("trigger",))
    patterns.add("buys", [{"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": ["buy"]}}},
                          {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "theme", "RIGHT_ATTRS": {"DEP": "dobj"}}])
    assert patterns(doc) == [("buys", [1, 2])]
    patterns.add("sells", [{"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": "sell"}},
                           {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "theme", "RIGHT_ATTRS": {"DEP": "dobj"}}])
    assert patterns(doc) == [("buys", [1, 2]), ("sells", [4, 5])]
    # A word no anchor wants starts nothing: the lower-cased word is indexed apart from the lemma.
    patterns.add("sold", [{"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LOWER": "sold"}}])
    assert patterns(doc) == [("buys", [1, 2]), ("sells", [4, 5]), ("sold", [4])]
