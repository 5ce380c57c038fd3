"""kg.extract.doc_ents: a document's entities kept while its annotations stay, read afresh
once they change (invented sentences)."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from spacy.tokens import Span  # noqa: E402

from kg.extract.doc_ents import ents_of  # noqa: E402


def _doc():
    doc = spacy.blank("en")("Corvane Systems bought Talvik from Hanul Group in Busan .")
    doc.ents = [Span(doc, 0, 2, label="ORG"), Span(doc, 3, 4, label="ORG")]
    return doc


def _same(a, b) -> bool:
    return [(e.start, e.end, e.start_char, e.end_char, e.label_, e.kb_id_, e.id_) for e in a] == \
        [(e.start, e.end, e.start_char, e.end_char, e.label_, e.kb_id_, e.id_) for e in b]


def test_unchanged_document_gives_its_entities_again():
    doc = _doc()
    first = ents_of(doc)
    assert _same(first, doc.ents) and isinstance(first, tuple)
    assert ents_of(doc) is first  # read once while nothing changed


def test_entities_set_are_read_afresh():
    doc = _doc()
    ents_of(doc)
    doc.ents = [*doc.ents, Span(doc, 5, 7, label="ORG")]
    assert _same(ents_of(doc), doc.ents) and len(ents_of(doc)) == 3


def test_merged_tokens_are_read_afresh():
    doc = _doc()
    before = ents_of(doc)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    after = ents_of(doc)
    assert after is not before and _same(after, doc.ents) and (after[0].start, after[0].end) == (0, 1)


def test_one_tokens_span_id_set_is_read_afresh():
    doc = _doc()
    before = ents_of(doc)
    doc[3].ent_id_ = "talvik"
    assert ents_of(doc) is not before and _same(ents_of(doc), doc.ents)


def test_another_document_is_its_own():
    one, other = _doc(), _doc()
    other.ents = [Span(other, 8, 9, label="GPE")]
    assert _same(ents_of(one), one.ents) and _same(ents_of(other), other.ents)
