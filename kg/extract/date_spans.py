"""Date spans NER ran over a name: "invested in AgiBot last year" read as one date, which
leaves the firm out of the fact. The name's words are given back and the date keeps the
rest; the names NER missed are then found where they stand (:mod:`kg.extract.missed_names`).
"""

from __future__ import annotations

from kg.extract.date_words import date_words

__all__ = ["names_out_of_dates"]


def names_out_of_dates(doc):
    """*doc* with the capitalised words that open a date span and are no date's given back,
    where the rest of the span starts as a relative or calendar date does ("last year",
    "this month", "March 3", "2024")."""
    from spacy.tokens import Span

    words = date_words()
    calendar = words.months.keys() | words.weekdays.keys() | set(words.seasons)
    starts = words.shifts.keys() | calendar

    def opens_date(token) -> bool:
        return token.lower_ in starts or token.like_num

    def name_word(token) -> bool:
        return token.text[:1].isupper() and token.is_alpha and token.lower_ not in calendar and not opens_date(token)

    changed, ents = False, []
    for ent in doc.ents:
        if ent.label_ == "DATE" and len(ent) > 1 and name_word(ent[0]):
            k = ent.start
            while k < ent.end - 1 and name_word(doc[k]):
                k += 1
            if opens_date(doc[k]):
                ents.append(Span(doc, k, ent.end, label="DATE"))
                changed = True
                continue
        ents.append(ent)
    if changed:
        doc.ents = ents
    return doc
