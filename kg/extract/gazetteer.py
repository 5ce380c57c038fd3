"""Mentions of the names a store already holds, found in a parsed text.

A Crunchbase-size store holds tens of thousands of names, many of them ordinary words
("Battery", "Momentum", "One") or words of longer names ("Dynamics"). A stored name is
taken as a mention only where the text writes it as a whole name.
"""

from __future__ import annotations

from kg.extract.doc_ents import ents_of
from kg.ingest.normalize import name_key

__all__ = ["NAME_LABELS", "name_shaped", "store_mentions", "whole_name"]

# spaCy's entity labels for proper names (not numbers, dates or money).
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "PRODUCT", "FAC", "EVENT", "LAW", "LOC", "NORP", "WORK_OF_ART"})

# Places and sectors come from the reference data, whose ruler reads them on its own.
_REFERENCE_CLASSES = ("Country", "City", "Sector")


def name_shaped(text: str) -> bool:
    """Whether *text* is written as a name (a capital or a digit somewhere): a store's firm
    called "Battery" or "Momentum" is not meant by the common word.

    >>> name_shaped("Battery"), name_shaped("battery"), name_shaped("36kr")
    (True, False, True)
    """
    return any(c.isupper() or c.isdigit() for c in text)


def whole_name(doc, start: int, end: int) -> bool:
    """Whether doc[start:end] is not part of a longer run of capitalised proper nouns on
    its line: a store's short name inside another's longer one is not that entity."""
    def joined(token) -> bool:
        return token.pos_ == "PROPN" and token.text[:1].isupper()
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    return not (before is not None and before.whitespace_ == " " and joined(before)
                or after is not None and doc[end - 1].whitespace_ == " " and joined(after))


def store_mentions(store_names: dict, doc):
    """*doc* with the mentions of names the store knows (*store_names*: name key to known
    entity) as its entities, longest first: a run of up to six tokens starting with a
    capital whose normalised text is a known name. A lone capitalised word at the start of
    a sentence ("Battery maker raises...") counts only where NER also saw a name there."""
    if not store_names:
        return doc
    from spacy.tokens import Span
    from spacy.util import filter_spans

    # Where NER saw a name ("One" as a number is none).
    ner_starts = {e.start for e in ents_of(doc) if e.label_ in NAME_LABELS}
    found = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if not (token.text[:1].isupper() or token.text[:1].isdigit()):
            i += 1
            continue
        for n in range(min(6, len(doc) - i), 0, -1):
            span = doc[i:i + n]
            if span[-1].is_punct or "\n" in span.text:
                continue
            entity = store_names.get(name_key(span.text))
            if entity is None or entity.cls in _REFERENCE_CLASSES:
                continue
            if any(t.is_alpha and t.text[:1].islower() and not t.is_stop for t in span):
                continue  # "The momentum for ...": a word after a capitalised article
            if not whole_name(doc, i, i + n):
                break  # "Dynamics" of "Boston Dynamics", "LG" of "LG Energy Solution"
            if n == 1 and i not in ner_starts and (token.is_sent_start or token.is_stop or token.pos_ != "PROPN"):
                continue  # "One analyst said", "Momentum built": words, not the firms so named
            found.append(Span(doc, i, i + n, label=f"KG:{entity.cls}", span_id=entity.label))
            i += n - 1
            break
        i += 1
    if found:
        # Known names win over the statistical ones they overlap (and their classes).
        kept = [e for e in ents_of(doc) if not any(e.start < f.end and f.start < e.end for f in found)]
        doc.ents = sorted(filter_spans([*found, *kept]), key=lambda e: e.start)
    return doc
