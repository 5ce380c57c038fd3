"""Values NER reads short or not at all, made whole spans of the parsed document: money
phrases with their signs and words ("2.2bn" without its "$", "41.3 million" without "euros"),
percentages NER took for money, numbers or ordinals ("a 49pc stake"), and fiscal years and
days in figures ("FY2024-25", "2024/04/15")."""

from __future__ import annotations

import functools
import re

from kg.extract.date_words import DateWords, date_words
from kg.extract.doc_ents import ents_of
from kg.extract.patterns import doc_text
from kg.extract.values import money_phrases, parse_money, parse_percent, resolve_date, story_currencies

__all__ = ["doc_currencies", "fiscal_years", "local_years", "whole_money"]


def doc_currencies(doc) -> dict[str, str]:
    """:func:`~kg.extract.values.story_currencies` of *doc*'s text, kept in its ``user_data``
    once found: the money phrases and the values of the names ask it of the same text, and
    the search (some 20 patterns over the whole text) cost as much as a step of its own.
    Its readers only read it.

    >>> import spacy
    >>> doc = spacy.blank("en")("Hanul, of Shanghai, raised ¥40 billion.")
    >>> doc_currencies(doc) is doc_currencies(doc), doc_currencies(doc) == story_currencies(doc.text)
    (True, True)
    """
    found = doc.user_data.get(_CURRENCIES_KEY)
    if found is None:
        found = doc.user_data[_CURRENCIES_KEY] = story_currencies(doc_text(doc))
    return found


_CURRENCIES_KEY = "kg_story_currencies"


def whole_money(doc):
    """Money phrases whole, where NER cut them short or took them for something else
    ("2.2bn" without its "$", "41.3 million" without "euros"); what NER took for money or a
    number but is a percentage ("a 10 per cent stake", "a 4.5pc stake") becomes one."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    def percent(e) -> bool:
        # What NER took for money, a bare number or an ordinal but is a percentage ("a
        # 4.5pc stake", "a 49pc stake": "49pc" read as an ordinal).
        return e.label_ in ("MONEY", "CARDINAL", "ORDINAL", "QUANTITY") and parse_percent(e.text) is not None and parse_money(e.text) is None

    if any(percent(e) for e in ents_of(doc)):
        doc.ents = [Span(doc, e.start, e.end, label="PERCENT") if percent(e) else e for e in ents_of(doc)]
    # "rising from 10% to 14%": NER may end one percentage at "to" and begin another right
    # after; the phrase is one value, read as its end, not "10% to" alone.
    ents = list(ents_of(doc))
    joined = [i for i in range(len(ents) - 1) if ents[i].label_ == ents[i + 1].label_ == "PERCENT"
              and ents[i][-1].lower_ == "to" and ents[i].end == ents[i + 1].start]
    if joined:
        for i in reversed(joined):
            ents[i:i + 2] = [Span(doc, ents[i].start, ents[i + 1].end, label="PERCENT")]
        doc.ents = ents
    # "20.5 pct", "20 per cent": a number NER read without its sign after it.
    signed = {e: _percent_sign_after(e) for e in ents_of(doc) if e.label_ in ("CARDINAL", "MONEY")}
    if any(signed.values()):
        doc.ents = filter_spans([Span(doc, e.start, e.end + signed[e], label="PERCENT") if signed.get(e) else e
                                 for e in ents_of(doc)])
    spans = [doc.char_span(a, b, label="MONEY", alignment_mode="expand") for a, b in money_phrases(doc_text(doc), doc_currencies(doc))]
    spans = [m for m in spans if m is not None]
    if not spans:
        return doc
    # Only values give way; a name overlapping a money phrase keeps its place, unless it lies
    # inside it (the currency's own word after the number: "300 million Hong Kong dollars").
    values = {"MONEY", "CARDINAL", "QUANTITY", "PERSON", "PRODUCT"}
    names = [e for e in ents_of(doc) if e.label_ not in values]
    cut = {e: _before_money(e, spans) for e in names}
    if any(c is not e for e, c in cut.items()):
        doc.ents = filter_spans([cut.get(e, e) for e in ents_of(doc) if cut.get(e, e) is not None])
        names = [c for c in cut.values() if c is not None]
    # A "name" wholly inside the phrase is the money's too ("RM1.2bil", one token NER took for a firm).
    spans = [m for m in spans if not any(m.start < e.end and e.start < m.end and not m.start <= e.start < e.end <= m.end
                                         for e in names)]
    kept = [e for e in ents_of(doc) if not any(m.start < e.end and e.start < m.end for m in spans)]
    doc.ents = sorted(filter_spans([*kept, *spans]), key=lambda e: e.start)
    return doc


def _percent_sign_after(number) -> int:
    """How many tokens after a bare number write it as a percentage ("pct", "per cent"), or 0."""
    doc, end = number.doc, number.end
    if parse_money(number.text) is not None or not number[-1].like_num or end >= len(doc):
        return 0
    if doc[end].lower_ in ("pct", "pc", "percent", "%"):
        return 1
    return 2 if doc[end].lower_ == "per" and end + 1 < len(doc) and doc[end + 1].lower_ == "cent" else 0


def _before_money(name, spans: list):
    """*name* without the sign of a money phrase it ran into and the lower-case words before
    that sign ("Hanul Robotics for Rs" of "acquired Hanul Robotics for Rs 1,200 crore"): a
    name does not go on into a sum's currency. The name itself where it does not; None
    where nothing of it is left."""
    money = next((m for m in spans if name.start < m.start < name.end <= m.end), None)
    if money is None:
        return name
    end = money.start
    while end > name.start and not name.doc[end - 1].text[:1].isupper():
        end -= 1
    from spacy.tokens import Span

    return Span(name.doc, name.start, end, label=name.label_) if end > name.start else None


#: "FY25", "FY 2029", "FY2024-25", "2024/25", "fiscal 2024-25": a year as accounts count it,
#: which NER takes for a number or for nothing; so too a day in figures ("2024/04/15", "15/04/2024").
_FISCAL_YEAR = re.compile(r"\b(?:\d{4}[/.]\d{1,2}[/.]\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{4}"
                          r"|FY\s?(?:\d{4}|\d{2})(?:[-–/]\d{2})?|(?:fiscal\s+(?:year\s+)?)?\d{4}[-–/]\d{2})(?![-–/]?\d)")


def fiscal_years(doc):
    """Fiscal years as dates where NER left them out or called them numbers, when
    :func:`~kg.extract.values.resolve_date` reads them; a name or a date NER found that
    overlaps one keeps its place."""
    from spacy.util import filter_spans

    spans = _fiscal_tails(doc)
    for found in _FISCAL_YEAR.finditer(doc_text(doc)):
        span = doc.char_span(found.start(), found.end(), label="DATE")
        if span is not None and resolve_date(span.text, None) and not any(
                e.start < span.end and span.start < e.end and e.label_ not in ("CARDINAL", "QUANTITY", "ORG") for e in ents_of(doc)):
            spans.append(span)
    if spans:
        kept = [e for e in ents_of(doc) if not any(m.start < e.end and e.start < m.end for m in spans)]
        doc.ents = sorted(filter_spans([*kept, *spans]), key=lambda e: e.start)
    return doc


def _fiscal_tails(doc) -> list:
    """Date spans NER ended before the fiscal year they count in, made whole ("the first
    eight months" of "the first eight months of the ongoing fiscal year"): without it the
    months would be read as the calendar's."""
    spans = []
    for ent in ents_of(doc):
        if ent.label_ != "DATE" or not re.search(r"\b(?:months|quarters|half|quarter)$", ent.text, re.IGNORECASE):
            continue
        tail = _FISCAL_TAIL.match(doc_text(doc), ent.end_char)
        whole = doc.char_span(ent.start_char, tail.end(), label="DATE") if tail else None
        if whole is not None and resolve_date(whole.text, "2000-01") != resolve_date(ent.text, "2000-01"):
            spans.append(whole)
    return spans


def local_years(doc):
    """*doc* with each year of a calendar that begins on another day than January 1st one date
    span ("the past Iranian calendar year", and the months counted in it: "the first four
    months of the current Iranian year"; ``local_years`` of dates.yaml), where NER and the
    ruler read its word as a people's: the year, not the people. Run after the ruler, whose
    demonyms replace the dates they overlap."""
    from spacy.util import filter_spans

    spans = []
    for found in _local_year().finditer(doc_text(doc)):
        span = doc.char_span(found.start(), found.end(), label="DATE")
        if span is None or not resolve_date(span.text, "2000-01-01"):
            continue
        # The months NER read before it: "the first four months" of the year.
        before = next((e for e in ents_of(doc) if e.label_ == "DATE" and e.end <= span.start and
                       re.fullmatch(r"\s+of\s+", doc_text(doc)[e.end_char:span.start_char])), None)
        whole = doc.char_span(before.start_char, span.end_char, label="DATE") if before is not None else span
        if not any(e.start < whole.end and whole.start < e.end and e.label_ not in ("NORP", "DATE", "KG:DEMONYM") for e in ents_of(doc)):
            spans.append(whole)
    if spans:
        kept = [e for e in ents_of(doc) if not any(m.start < e.end and e.start < m.end for m in spans)]
        doc.ents = sorted(filter_spans([*kept, *spans]), key=lambda e: e.start)
    return doc


@functools.cache
def _local_year() -> re.Pattern:
    words = date_words()
    return re.compile(rf"\b(?:the\s+)?(?:(?:{DateWords.alternation(words.shifts)})\s+)?(?:{DateWords.alternation(words.local_years)})"
                      rf"\s+(?:calendar\s+|fiscal\s+)?year\b", re.IGNORECASE)


#: What ends a count of months in a fiscal year: "of the ongoing fiscal year", "of this financial year".
_FISCAL_TAIL = re.compile(r"\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:fiscal|financial)\s+year\b", re.IGNORECASE)
