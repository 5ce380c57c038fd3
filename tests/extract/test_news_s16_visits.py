"""Visits as real news tells them (session 16), on sentences invented here, each beside one
of the same shape that must not be read so."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.parse_repair import repair_parse
from kg.extract.patterns import register_token_extensions

register_token_extensions()


def _caption(words, tags, heads, deps, named):
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags,
              pos=["VERB" if t.startswith("VB") else "NOUN" if t.startswith("NN") and t != "NNP" else
                   "PROPN" if t == "NNP" else "DET" for t in tags])
    for i in named:
        doc[i]._.kg_entity = words[i]
    return doc


# A photo caption in the present tense ("Kim Min-soo inspects the plant") whose verb the
# small tagger read as a plural noun, though it has a subject and an object: a verb again.
def test_a_caption_verb_read_as_a_plural_noun_is_a_verb():
    doc = _caption(["Park Ji-hoon", "inspects", "the", "DWC-7 plant", ",", "on", "May 9"],
                   ["NNP", "NNS", "DT", "NNP", ",", "IN", "NNP"], [1, 1, 3, 1, 1, 1, 5],
                   ["nsubj", "ROOT", "det", "dobj", "punct", "prep", "pobj"], named=[0, 3])
    repair_parse(doc)
    assert (doc[1].pos_, doc[1].tag_) == ("VERB", "VBZ")


# Not a plural noun with a determiner of its own ("the Hanul talks"), nor one with no
# object ("Park Ji-hoon remarks on the plant").
def test_a_plural_noun_with_a_determiner_or_no_object_stays_a_noun():
    with_determiner = _caption(["Park Ji-hoon", "the", "talks", "the", "plant"], ["NNP", "DT", "NNS", "DT", "NN"],
                               [2, 2, 2, 4, 2], ["nsubj", "det", "ROOT", "det", "dobj"], named=[0])
    no_object = _caption(["Park Ji-hoon", "remarks", "on", "the", "plant"], ["NNP", "NNS", "IN", "DT", "NN"],
                         [1, 1, 1, 4, 2], ["nsubj", "ROOT", "prep", "det", "pobj"], named=[0])
    repair_parse(with_determiner)
    repair_parse(no_object)
    assert with_determiner[2].pos_ == "NOUN" and no_object[1].pos_ == "NOUN"


def _visits(record) -> set[tuple[str, str]]:
    return {(r["subject"], r["object"]) for r in record["relations"]
            if r["predicate"] == "visits" and not r.get("candidate")}


# A site one tours is in the place its other words name: its owner's ("a plant of Daewon
# Cells in Busan"), a participle's ("located in Busan"), its state's ("under construction
# in Busan"), or the verb's when the parser hung "in" there.
@pytest.mark.parametrize("sentence", [
    "Kim Min-soo visited a battery factory of Daewon Cells in Busan.",
    "Kim Min-soo toured a chip plant located in Busan.",
    "Prime Minister Kim Min-soo on Friday inspected a battery plant under construction in Busan.",
])
def test_a_site_visited_is_in_the_place_its_words_name(extract_text, sentence):
    assert ("Kim Min-soo", "Busan") in _visits(extract_text(sentence, "2031-05-14"))


# Not a place that a site's words do not put it in ("a plant that ships to Busan"), nor a
# place of a site one does not visit ("Kim Min-soo sold a plant located in Busan").
@pytest.mark.parametrize("sentence", [
    "Kim Min-soo toured a chip plant shipping to Busan.",
    "Kim Min-soo sold a chip plant located in Busan.",
])
def test_a_site_not_put_in_a_place_gives_no_visit(extract_text, sentence):
    assert ("Kim Min-soo", "Busan") not in _visits(extract_text(sentence, "2031-05-14"))
