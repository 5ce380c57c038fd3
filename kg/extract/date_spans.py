"""Date spans NER read wrong. One ran over a name: "invested in AgiBot last year" read as
one date, which leaves the firm out of the fact. The name's words are given back and the
date keeps the rest; the names NER missed are then found where they stand
(:mod:`kg.extract.missed_names`). One stopped short of a run of days: "held on Oct. 15 and
16" read as "Oct. 15" (and a number), "from 12-14 November" as a number alone, which dates
a two-day forum by its first day or not at all.
"""

from __future__ import annotations

import functools
import re

from kg.extract.date_words import DateWords, date_words
from kg.extract.doc_ents import ents_of
from kg.extract.patterns import doc_text

__all__ = ["day_runs_whole", "days_named_otherwise", "names_out_of_dates"]


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
    for ent in ents_of(doc):
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


@functools.cache
def _day_run() -> re.Pattern:
    """A run of days in one month as news writes it: "Oct. 15 and 16", "March 21-22, 2024",
    "12-14 November", "15 to 17 June". What follows the last day must end the phrase (a
    stop, a comma, a preposition, a capital, a year): "on May 3 and 4 million more" is no
    run; days joined by a bare dash are one whatever follows ("the Nov. 14-15 summit").
    The days that run over two months ("Nov. 30 and Dec. 1") NER reads as two dates,
    which :func:`kg.extract.spans.periods_joined` joins."""
    month = rf"(?:{DateWords.alternation(date_words().months)})\b\.?"
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    to = r"\s*(?:-|–|\band\b|\bto\b|\bthrough\b|\buntil\b|\btill\b)\s*"
    year = r"(?:,?\s+\d{4}\b)?"
    end = r"(?=\s*(?:[,.;:)\n]|$)|\s+(?:in|at|on|and|with|for|to|from|during|under|as|by|when|where|which|the|a|an)\b|(?-i:\s+[A-Z]))"
    # Joined by a bare dash, the days need no end: "the Nov. 14-15 summit" is a run before its noun.
    joined = rf"{month}\s+{day}[-–]{day}\b(?!\s*(?:%|(?:percent|per\s*cent|million|billion|thousand)\b))"
    return re.compile(rf"\b(?:{month}\s+{day}{to}{day}|{day}{to}{day}\s+(?:of\s+)?{month}){year}{end}|\b{joined}", re.IGNORECASE)


def day_runs_whole(doc):
    """*doc* with each run of days in a month (:func:`_day_run`) one date span, where NER
    read it short or as a number; names that overlap one keep their place."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    spans = []
    for found in _day_run().finditer(doc_text(doc)):
        span = doc.char_span(found.start(), found.end(), alignment_mode="contract")
        if span is None or len(span) < 2:
            continue
        overlapping = [e for e in ents_of(doc) if e.start < span.end and span.start < e.end]
        # Only where NER read the run short: a date and a number, or a number alone.
        if any(e.label_ not in ("DATE", "CARDINAL") for e in overlapping) or [e.label_ for e in overlapping] == ["DATE"] \
                and overlapping[0].start <= span.start and overlapping[0].end >= span.end:
            continue
        first, last = (int(n) for n in re.findall(r"\d{1,2}(?=(?:st|nd|rd|th)?\b)(?!\d)", found.group(0))[:2])
        if 1 <= first < last <= 31:
            spans.append(Span(doc, span.start, span.end, label="DATE"))
    if spans:
        kept = [e for e in ents_of(doc) if not any(m.start < e.end and e.start < m.end for m in spans)]
        doc.ents = sorted(filter_spans([*kept, *spans]), key=lambda e: e.start)
    return doc


#: The words before a lone day of the month ("on the 5th", "from the 21st").
_DAY_PREPOSITIONS = frozenset({"on", "from", "since", "until", "by"})


#: A day in figures, either order ("15/04/2024", "2024.04.15"): :func:`kg.extract.dates.resolve_date` tells day from month.
_FIGURES_DAY = re.compile(r"(?<![\d/.])(?:\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{4}[/.]\d{1,2}[/.]\d{1,2})(?![\d/]|\.\d)")


def days_named_otherwise(doc):
    """*doc* with the days NER labelled otherwise made dates: a time that names its day ("on
    Wednesday night", "late Tuesday", "later today", "this morning"; not "at 9 a.m." alone);
    an ordinal that is a day of the month after "on the" ("on the 5th", not "on the 5th
    floor") or before a month ("9th" and "September 2023"); a date cut before its year ("the
    summer of" and "2022"); and a day in figures read as a place or a number ("09/09/2023")."""
    from spacy.tokens import Span

    doc = _figures_days(doc)

    days = date_words().weekdays.keys() | {"yesterday", "today", "tonight"}
    changed, ents = False, list(ents_of(doc))
    for k, ent in enumerate(ents):
        if ent is None:
            continue
        if ent.label_ == "TIME" and (any(t.lower_ in days for t in ent) or re.search(r"\bthis (?:morning|afternoon|evening)\b", ent.text.lower())):
            ents[k], changed = Span(doc, ent.start, ent.end, label="DATE"), True
        elif ent.label_ == "ORDINAL" and len(ent) == 1 and re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)", ent.text) and ent.start >= 2 \
                and doc[ent.start - 1].lower_ == "the" and not doc[ent.start - 1].ent_type_ and doc[ent.start - 2].lower_ in _DAY_PREPOSITIONS \
                and not (ent.end < len(doc) and doc[ent.end].is_alpha and doc[ent.end].lower_ not in ("and", "of")):
            ents[k], changed = Span(doc, ent.start - 1, ent.end, label="DATE"), True
        elif ent.label_ == "ORDINAL" and k + 1 < len(ents) and ents[k + 1] is not None and ents[k + 1].label_ == "DATE" \
                and ents[k + 1].start == ent.end and ents[k + 1][0].lower_.rstrip(".") in date_words().months \
                and re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)", ent.text):
            ents[k], ents[k + 1], changed = Span(doc, ent.start, ents[k + 1].end, label="DATE"), None, True
        elif ent.label_ == "DATE" and ent[-1].lower_ == "of" and ent.end < len(doc) and re.fullmatch(r"\d{4}", doc[ent.end].text):
            following = next((e for e in ents[k + 1:k + 2] if e.start == ent.end), None)
            if following is None or following.label_ in ("DATE", "CARDINAL"):
                ents[k], changed = Span(doc, ent.start, following.end if following is not None else ent.end + 1, label="DATE"), True
                if following is not None:
                    ents[k + 1] = None
    if changed:
        doc.ents = [e for e in ents if e is not None]
    return doc


def _figures_days(doc):
    """*doc* with each day in figures a date span, whatever NER read it as."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    spans = []
    for found in _FIGURES_DAY.finditer(doc_text(doc)):
        span = doc.char_span(found.start(), found.end(), alignment_mode="contract")
        if span is not None and len(span) and not any(e.label_ == "DATE" and e.start <= span.start and span.end <= e.end for e in ents_of(doc)):
            spans.append(Span(doc, span.start, span.end, label="DATE"))
    if spans:
        kept = [e for e in ents_of(doc) if not any(m.start < e.end and e.start < m.end for m in spans)]
        doc.ents = sorted(filter_spans([*kept, *spans]), key=lambda e: e.start)
    return doc
