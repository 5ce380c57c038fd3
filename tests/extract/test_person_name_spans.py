"""whole_person_names on mention states NER really produces: a Korean name read as two lone
mentions of other kinds (a fresh story, session 40, crashed kg extract there)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from kg.extract.person_names import whole_person_names


def _doc(words: list[str], spaces: list[bool], ents: list[tuple[int, int, str]]) -> Doc:
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


def test_a_name_ner_split_into_two_lone_mentions_becomes_one_person():
    words = ["Minister", "of", "Trade", "and", "Startups", "Han", "Seong", "-", "sook", "said", "."]
    spaces = [True, True, True, True, True, True, False, False, True, False, False]
    # NER's reading: "Startups" a people's, "Han" a people's, "Seong" a place's.
    doc = whole_person_names(_doc(words, spaces, [(4, 5, "NORP"), (5, 6, "NORP"), (6, 7, "GPE")]))
    assert [(e.text, e.label_) for e in doc.ents] == [("Startups", "NORP"), ("Han Seong-sook", "PERSON")]


def test_a_longer_mention_over_the_name_is_left_alone():
    words = ["Han", "Seong", "-", "sook", "Holdings", "said", "."]
    spaces = [True, False, False, True, True, False, False]
    doc = whole_person_names(_doc(words, spaces, [(0, 5, "ORG")]))
    assert [(e.text, e.label_) for e in doc.ents] == [("Han Seong-sook Holdings", "ORG")]
