"""kg.extract.attribute_matches against its oracle, the attribute ruler's own matching
(spaCy's Matcher): the same match list, sorted the same, on the texts the extractor parses
(the written dev set, sentences made up here) and on random documents made of the
patterns' own words, tags and labels."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from kg.extract.attribute_matches import AttributeMatches, faster_attribute_ruler

__all__: list[str] = []

DEVSET = Path(__file__).parents[1] / "fixtures" / "devset"

_MADE_UP = [
    "Hanul Robotics ain't gonna sell its stake in Daewon Ventures, Kim said.",
    "Minjin Capital's chief executive didn't say whether it'll invest $20 million.",
    "\n\nDaewon Ventures  (KRX: 012345) -- shares rose 3% on Tuesday ;  analysts wouldn't comment.\n",
    "I'm told Sora Partners'd rather wait: 'tis the season, y'all.",
]


@pytest.fixture(scope="module")
def ruler(extractor):
    found = extractor.nlp.get_pipe("attribute_ruler")
    assert isinstance(found.match, AttributeMatches), "the extractor's parser uses the indexed matching"
    return found


def _theirs(ruler, doc):
    return AttributeRuler.match(ruler, doc)  # the class's own method: spaCy's Matcher


def _before_ruler(nlp, text: str):
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name == "attribute_ruler":
            return doc
        doc = component(doc)
    raise AssertionError("no attribute ruler")


def test_parsed_texts_match_as_spacy_does(extractor, ruler):
    texts = [p.read_text(encoding="utf-8") for p in sorted(DEVSET.glob("*.txt"))] + _MADE_UP
    matched = 0
    for text in texts:
        doc = _before_ruler(extractor.nlp, text)
        theirs = _theirs(ruler, doc)
        assert ruler.match(doc) == theirs
        matched += len(theirs)
    assert matched > 400


def test_random_documents_match_as_spacy_does(extractor, ruler):
    words, tags, deps = {"zzz", " ", "\n"}, {"XX", "_SP"}, {"dep", "ROOT"}
    for pattern in ruler.patterns:
        for token in pattern["patterns"][0]:
            for name, into in (("LOWER", words), ("TAG", tags), ("DEP", deps)):
                wanted = token.get(name)
                into.update([wanted] if isinstance(wanted, str) else (wanted or {}).get("IN", []))
    words.update(["n't", "nt", "na", "'d", "'ll"])
    words, tags, deps = sorted(words), sorted(tags), sorted(deps)
    rng = random.Random(5)
    matched = 0
    for _ in range(500):
        size = rng.randint(1, 12)
        chosen = [rng.choice(words) for _ in range(size)]
        # Upper case now and then: the patterns read the lower-case form.
        chosen = [w.upper() if rng.random() < 0.1 else w for w in chosen]
        doc = Doc(extractor.nlp.vocab, words=chosen, tags=[rng.choice(tags) for _ in chosen],
                  deps=[rng.choice(deps) for _ in chosen], heads=[0] * size)
        theirs = _theirs(ruler, doc)
        assert ruler.match(doc) == theirs, chosen
        matched += len(theirs)
    assert matched > 2000


def test_forms_not_read_here_keep_spacy_matching():
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a", "OP": "+"}]], {"LEMMA": "a"})
    with pytest.raises(ValueError):
        AttributeMatches(ruler)
    assert faster_attribute_ruler(nlp) is False and "match" not in vars(ruler)
