"""kg.extract.tree_patterns against its oracle, spaCy's DependencyMatcher: for every frame
pattern the shipped rules compile to, the same matches (token ids and order) on the parses
the extractor really matches (the written dev set and sentences made up here) and on
random trees painted with the patterns' own words, labels and tags, trees that interleave
and cross included."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc

from kg.extract.documents import Document
from kg.extract.tree_patterns import TreePatterns

__all__: list[str] = []

DEVSET = Path(__file__).parents[1] / "fixtures" / "devset"

#: Sentences written for this test, with invented firms and people.
_MADE_UP = [
    "Hanul Robotics invested $20 million in Daewon Ventures last year.",
    "Minjin Capital acquired a 30% stake in Hanul Robotics, the company said on Monday.",
    "Daewon Ventures led the round alongside Minjin Capital and Sora Partners.",
    "Hanul Robotics and Minjin Capital formed a joint venture in Busan.",
    "Kim Jae-won, chief executive of Hanul Robotics, visited the Daewon plant in Ulsan.",
    "Minjin Capital, which owns Daewon Ventures, agreed to the acquisition of Hanul Robotics.",
    "The round was led by Daewon Ventures, with participation from Sora Partners.",
    "Hanul Robotics competes with Minjin Capital in service robots.",
    "Park Soo-min was appointed chairman of Daewon Ventures in March.",
    "Sora Partners signed an agreement with Hanul Robotics to build batteries in Gwangju.",
    "Daewon Ventures, a robot maker, raised EUR 40 million. Minjin Capital also participated.",
    "Hanul Robotics named Lee Min-ji chief financial officer; she joined from Minjin Capital.",
    "Exports of chips from Korea to Japan rose 12% in June, the ministry said.",
    "Minjin Capital announced the acquisition of Hanul Robotics for $1.2 billion.",
    "Investors in the round include Daewon Ventures, whose partners backed Sora Partners.",
]


def _oracle(patterns: TreePatterns, vocab) -> DependencyMatcher:
    matcher = DependencyMatcher(vocab)
    for key, nodes in patterns.patterns():
        matcher.add(key, [nodes])
    return matcher


def _spacy_matches(matcher: DependencyMatcher, doc) -> list:
    return [(doc.vocab.strings[key], ids) for key, ids in matcher(doc)]


@pytest.fixture(scope="module")
def frames(extractor):
    patterns = extractor.relations.rules.dependency
    assert isinstance(patterns, TreePatterns) and len(patterns) > 50
    # A frame of a form tree_patterns does not read sends all frames to spaCy's slower matcher.
    assert not patterns.on_spacy, "a frame pattern needs spaCy's DependencyMatcher: see kg/extract/tree_patterns.py"
    return patterns, _oracle(patterns, extractor.nlp.vocab)


def test_parsed_texts_match_as_spacy_does(extractor, frames, monkeypatch):
    patterns, oracle = frames
    seen = {"docs": 0, "matches": 0, "differ": []}

    def both(doc):
        ours, theirs = patterns(doc), _spacy_matches(oracle, doc)
        seen["docs"] += 1
        seen["matches"] += len(theirs)
        if ours != theirs:
            seen["differ"].append(doc.text[:80])
        return ours

    monkeypatch.setattr(extractor.relations.rules, "dependency", both)
    texts = [p.read_text(encoding="utf-8") for p in sorted(DEVSET.glob("*.txt"))] + _MADE_UP + [" ".join(_MADE_UP)]
    documents = [Document(id=str(i), text=t, path=None, publication_date="2026-01-14") for i, t in enumerate(texts)]
    list(extractor.extract_many(documents))
    assert seen["differ"] == []
    assert seen["docs"] == len(texts) and seen["matches"] > 50


def _values(patterns: TreePatterns) -> dict[str, list[str]]:
    """Every value the patterns test per attribute, and a few they do not."""
    values: dict[str, set] = {"LEMMA": {"zzz"}, "LOWER": {"zzz"}, "POS": {"X", "NOUN"}, "TAG": {"NN"},
                              "DEP": {"dep"}, "ENT_TYPE": {"", "ORG"}}
    for _, nodes in patterns.patterns():
        for node in nodes:
            for name, wanted in node["RIGHT_ATTRS"].items():
                values[name].update([wanted] if isinstance(wanted, str) else next(iter(wanted.values())))
    return {name: sorted(found) for name, found in values.items()}


def _painted(node_attrs: dict, values: dict, rng: random.Random) -> dict:
    """Attribute values that fit one node's tests."""
    chosen = {}
    for name, wanted in node_attrs.items():
        if isinstance(wanted, str):
            chosen[name] = wanted
        elif "IN" in wanted:
            chosen[name] = rng.choice(list(wanted["IN"]))
        else:
            chosen[name] = rng.choice([v for v in values[name] if v not in wanted["NOT_IN"]])
    return chosen


def _random_doc(vocab, patterns: TreePatterns, values: dict, rng: random.Random) -> Doc:
    size = rng.randint(1, 24)
    # Heads by a random order of attachment: a forest whose trees may interleave and cross.
    order = list(range(size))
    rng.shuffle(order)
    heads = list(range(size))
    for place, token in enumerate(order):
        if place and rng.random() < 0.75:
            heads[token] = order[rng.randrange(place)]
    attrs = [{name: rng.choice(values[name]) for name in values} for _ in range(size)]

    def above(token: int) -> list[int]:
        found = []
        while heads[token] != token:
            token = heads[token]
            found.append(token)
        return found

    def below(token: int) -> list[int]:
        found, stack = [], [j for j in range(size) if heads[j] == token and j != token]
        while stack:
            found.append(stack.pop())
            stack.extend(j for j in range(size) if heads[j] == found[-1] and j != found[-1])
        return found

    nodes = None
    for _ in range(rng.randint(0, 4)):
        # A pattern painted onto the tree from a random token, its links made where the
        # tree lacks them (each new head keeps the tree a tree); often the same pattern
        # again, so that one pattern matches in two trees.
        if nodes is None or rng.random() < 0.5:
            _, nodes = rng.choice(patterns.patterns())
        at = {nodes[0]["RIGHT_ID"]: rng.randrange(size)}
        for node in nodes:
            if "REL_OP" in node:
                left, op = at.get(node["LEFT_ID"]), node["REL_OP"]
                if left is None:
                    continue
                if op in (">", ">>"):
                    free = [t for t in range(size) if t != left and t not in above(left)]
                    if not free:
                        continue
                    token = rng.choice(free)
                    if token not in (below(left) if op == ">>" else [j for j in range(size) if heads[j] == left and j != left]):
                        heads[token] = rng.choice([left, *below(left)]) if op == ">>" else left
                else:
                    free = [t for t in range(size) if t != left and t not in below(left)]
                    if not free:
                        continue
                    token = rng.choice(free)
                    if token not in (above(left) if op == "<<" else above(left)[:1]):
                        heads[left] = token
                at[node["RIGHT_ID"]] = token
            attrs[at[node["RIGHT_ID"]]].update(_painted(node["RIGHT_ATTRS"], values, rng))
    # A name of one token: no entity spans to join.
    ents = [f"B-{a['ENT_TYPE']}" if a["ENT_TYPE"] else "O" for a in attrs]
    return Doc(vocab, words=[a["LOWER"] for a in attrs], heads=heads, deps=[a["DEP"] for a in attrs],
               pos=[a["POS"] for a in attrs], tags=[a["TAG"] for a in attrs], lemmas=[a["LEMMA"] for a in attrs], ents=ents)


def test_random_trees_match_as_spacy_does(extractor, frames):
    patterns, oracle = frames
    values = _values(patterns)
    rng = random.Random(13)
    matched = interleaved = 0
    for _ in range(1000):
        doc = _random_doc(extractor.nlp.vocab, patterns, values, rng)
        theirs = _spacy_matches(oracle, doc)
        assert patterns(doc) == theirs, [t.text for t in doc]
        matched += len(theirs)
        roots = [([t, *t.ancestors])[-1].i for t in doc]
        interleaved += any(r != roots[i - 1] and r in roots[:i] for i, r in enumerate(roots) if i)
    # The comparison has teeth: many matches, and trees that interleave (spaCy's order of
    # trees is then not their first tokens').
    assert matched > 1000 and interleaved > 300


def test_refuses_what_it_does_not_read_as_spacy():
    patterns = TreePatterns()
    with pytest.raises(ValueError, match="REGEX"):
        patterns.add("x", [{"RIGHT_ID": "a", "RIGHT_ATTRS": {"LOWER": {"REGEX": "^in"}}}])
    with pytest.raises(ValueError, match="one of"):
        patterns.add("y", [{"RIGHT_ID": "a", "RIGHT_ATTRS": {"LOWER": "in"}},
                           {"LEFT_ID": "a", "REL_OP": ".", "RIGHT_ID": "b", "RIGHT_ATTRS": {}}])
    with pytest.raises(ValueError, match="not one of"):
        patterns.add("z", [{"RIGHT_ID": "a", "RIGHT_ATTRS": {"_": {"kg_class": "Company"}}}])
    assert len(patterns) == 0


def test_other_forms_go_to_spacy_with_a_vocabulary(extractor):
    vocab = extractor.nlp.vocab
    nodes = [{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"POS": "VERB"}},
             {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "subject", "RIGHT_ATTRS": {"DEP": "nsubj"}}]
    after = [{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"POS": "VERB"}},
             {"LEFT_ID": "verb", "REL_OP": ".", "RIGHT_ID": "next", "RIGHT_ATTRS": {}}]
    patterns = TreePatterns(vocab, anchors=("verb",))
    patterns.add("subject", nodes)
    assert not patterns.on_spacy
    patterns.add("next", after)
    assert patterns.on_spacy and [key for key, _ in patterns.patterns()] == ["subject", "next"]
    doc = Doc(vocab, words=["Hanul", "grew", "fast"], heads=[1, 1, 1], deps=["nsubj", "ROOT", "advmod"],
              pos=["PROPN", "VERB", "ADV"])
    assert patterns(doc) == _spacy_matches(_oracle(patterns, vocab), doc) == [("subject", [1, 0]), ("next", [1, 2])]
