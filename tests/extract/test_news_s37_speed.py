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


def _name(blank, text: str, name: str):
    from spacy.tokens import Span

    doc = blank(text)
    start = next(t.i for t in doc if t.text == name.split()[0])
    return Span(doc, start, start + len(name.split()), label="ORG")


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Hanul Robotics (NASDAQ: HNUL) rose.", "HNUL", True),  # a code in its bracket: the fast path lets it through
    ("Shares of Daewon (KOSDAQ, NYSE: DWN) fell.", "DWN", True),
    ("Hanul Robotics (a Minjin unit) rose.", "Minjin", False),  # a bracket, but no exchange's code
    ("Hanul Robotics ( Sora ) said so.", "Sora", False),
    ("Hanul Robotics said Sora and Minjin Capital would join.", "Sora", False),  # no bracket within eight words
    ("Sora fell (NASDAQ: SORA", "Sora", False),  # a bracket opened after the name only
    ("(NASDAQ: HNUL", "HNUL", False),  # no closing bracket: the document ends
])
def test_in_ticker_reads_brackets_as_before(blank, text, name, expected):
    from kg.extract.mention_context import in_ticker

    assert in_ticker(_name(blank, text, name)) is expected


def test_is_subclass_leaves_the_ancestors_memo_alone():
    from kg.ontology import load_ontology

    ontology = load_ontology()
    before = ontology.ancestors("InvestmentFirm")
    assert ontology.is_subclass("InvestmentFirm", "Organization") and ontology.is_subclass("InvestmentFirm", "kg:Organization")
    assert not ontology.is_subclass("Organization", "InvestmentFirm")
    copy = ontology.ancestors("InvestmentFirm")
    copy.add("Nothing")  # a caller's copy: the memo is not changed
    assert ontology.ancestors("InvestmentFirm") == before and "Nothing" not in ontology.ancestors("InvestmentFirm")


@pytest.mark.parametrize(("text", "first", "second", "expected"), [
    ("Hanul Robotics (HR) rose.", "Hanul Robotics", "HR", True),
    ("Hanul Robotics ,  also known as HR, rose.", "Hanul Robotics", "HR", True),  # spaces as the text has them
    ("Hanul Robotics, (KRX: 005930) or HR rose.", "Hanul Robotics", "HR", True),  # a stock's code between
    ("Hanul Robotics (KRX: 005930) or HR rose.", "Hanul Robotics", "HR", False),  # a bracket first: no link
    ("Hanul Robotics met HR on Monday.", "Hanul Robotics", "HR", False),
    ("Hanul Robotics HR rose.", "Hanul Robotics", "HR", False),  # nothing between
])
def test_names_same_reads_the_words_between_from_the_text(blank, text, first, second, expected):
    from spacy.tokens import Span

    from kg.extract.alias_links import names_same

    doc = blank(text)
    def span(name):
        words = name.split()
        start = next(i for i in range(len(doc)) if [t.text for t in doc[i:i + len(words)]] == words)
        return Span(doc, start, start + len(words), label="ORG")
    assert names_same(doc, span(first), span(second), frozenset({", or", ", also known as", "("})) is expected


def test_quote_codes_rehung_skips_a_text_without_a_code_and_rehangs_one_with(blank):
    from spacy.tokens import Doc

    from kg.extract.quote_codes import _CODE_IN_TEXT, quote_codes_rehung

    assert _CODE_IN_TEXT.search("Hanul of the U.S. rose 5.5% on Monday.") is None  # "U.S." and "5.5" are no codes
    assert _CODE_IN_TEXT.search("Hanul HNUL.KS rose") and _CODE_IN_TEXT.search("shares of Hanul 5401.T")
    words, heads = ["Hanul", "HNUL.KS", "rose"], [1, 2, 2]
    doc = Doc(blank.vocab, words=words, heads=heads, deps=["compound", "nsubj", "ROOT"])
    doc[0]._.kg_entity = "Company:hanul"
    quote_codes_rehung(doc)
    assert (doc[0].head.i, doc[0].dep_, doc[1].head.i, doc[1].dep_) == (2, "nsubj", 0, "appos")
    plain = Doc(blank.vocab, words=["Hanul", "USA", "rose"], heads=[1, 2, 2], deps=["compound", "nsubj", "ROOT"])
    plain[0]._.kg_entity = "Company:hanul"
    quote_codes_rehung(plain)
    assert [(t.head.i, t.dep_) for t in plain] == [(1, "compound"), (2, "nsubj"), (2, "ROOT")]
