"""Firms' names that open with a century: "20th Century Fox" is read by NER as a date ("20th
Century") and a firm ("Fox"), or "21st Century Orvik" as one date, which leaves the firm cut
short or out. A date span of an ordinal number and "Century" in capitals (not "the 20th
century", a date) with a name right after it, or capitalised words inside it after
"Century", is one organisation's name."""

from __future__ import annotations

import re
from kg.extract.doc_ents import ents_of

__all__ = ["century_names"]

_ORDINAL = re.compile(r"\d{1,2}(?:st|nd|rd|th)")
_NAMES = frozenset({"ORG", "PERSON", "GPE", "PRODUCT", "FAC", "NORP", "WORK_OF_ART"})


def century_names(doc):
    """*doc* with each firm's name that opens with a century made one name (see the module)."""
    from spacy.tokens import Span

    ents, changed = list(ents_of(doc)), False
    for n, ent in enumerate(ents):
        if ent is None or ent.label_ != "DATE" or len(ent) < 2 or not _ORDINAL.fullmatch(ent[0].text) or ent[1].text != "Century":
            continue
        after = ents[n + 1] if n + 1 < len(ents) else None
        if len(ent) > 2 and all(t.text[:1].isupper() and t.is_alpha for t in ent[2:]):
            ents[n] = Span(doc, ent.start, ent.end, label="ORG")  # "21st Century Orvik"
            changed = True
        elif len(ent) == 2 and after is not None and after.start == ent.end and after.label_ in _NAMES and ent[-1].whitespace_:
            ents[n], ents[n + 1] = Span(doc, ent.start, after.end, label="ORG"), None  # "20th Century" "Fox"
            changed = True
    if changed:
        doc.ents = [e for e in ents if e is not None]
    return doc
