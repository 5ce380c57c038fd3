"""A firm's description NER took into the firm's name: "the Brazilian company Telsinc",
"a German engineering group Duerr" read as one organisation. The words up to the
description's noun say where the firm is and what it does; its name is the capitalised words
after that noun. Left in the name, the description hid the country's adjective (no home) and
kept the name from matching the firm where the text writes it bare (the buyer had bought
"Brazilian company Telsinc")."""

from __future__ import annotations

import functools

from kg.extract.doc_ents import ents_of
from kg.extract.name_repairs import with_longer
from kg.ingest.normalize import reference_names

__all__ = ["described_names_cut"]

#: Capitalised words a description opens with ("South Korean", "U.S.") before its
#: lower-case words: more are a name's own words.
_OPENING_WORDS = 2


@functools.cache
def _description_nouns() -> frozenset[str]:
    """The one-word nouns that say a name is a firm's (Company and InvestmentFirm
    ``descriptions`` of names.yaml: "company", "firm", "brewer", "fund")."""
    descriptions = reference_names().get("descriptions") or {}
    return frozenset(str(w).lower() for cls in ("Company", "InvestmentFirm") for w in descriptions.get(cls) or () if " " not in str(w))


def _described_start(ent, nouns: frozenset[str]) -> int | None:
    """Where the name inside the organisation *ent* begins after a description that opens
    it (a capitalised adjective, lower-case words, a firm's noun), or None where it has none."""
    doc = ent.doc
    start = ent.start + (ent[0].lower_ in ("the", "a", "an"))
    opening = start
    while opening < ent.end and opening - start < _OPENING_WORDS and not doc[opening].is_lower and doc[opening].pos_ in ("ADJ", "PROPN"):
        opening += 1
    if opening == start or opening >= ent.end:
        return None
    # "Brazilian company", "German engineering group": lower-case words, the last a firm's noun.
    noun = opening
    while noun < ent.end and (doc[noun].is_lower or doc[noun].text in ("-", "–")):
        noun += 1
    if noun == opening or doc[noun - 1].lower_ not in nouns or noun >= ent.end:
        return None
    # The name: capitalised words to the end ("Telsinc", "Nordic Water", "Duerr AG").
    if any(t.is_lower for t in doc[noun:ent.end]) or not doc[noun].text[:1].isupper():
        return None
    return noun


def described_names_cut(doc):
    """*doc* with each organisation NER read with a description before its name cut to the
    name, the description's words left to the reference data (a country's adjective, read
    as the country)."""
    from spacy.tokens import Span

    nouns = _description_nouns()
    ents = list(ents_of(doc))
    cut = []
    for ent in ents:
        if ent.label_ != "ORG":
            continue
        start = _described_start(ent, nouns)
        if start is not None:
            cut.append(Span(doc, start, ent.end, label="ORG"))
    return with_longer(doc, ents, cut)
