"""The phrase shapes of dates as news writes them ("the six months to June", "Q3 FY25",
"the first half of 2025", "last week"): regular expressions built once from the words of
``data/reference/dates.yaml`` (:mod:`kg.extract.date_words`). Moved out of
:mod:`kg.extract.dates`, whose readers match them."""

from __future__ import annotations

import functools
import re

from kg.extract.date_words import date_words

__all__ = ["date_patterns"]


@functools.cache
def date_patterns() -> dict[str, re.Pattern]:
    """The phrase shapes by name, built once from the words."""
    w = date_words()
    month = rf"(?:{w.alternation(w.months)})\b\.?"
    count = rf"(?:\d{{1,2}}|{w.alternation(w.counts)})"
    shift = w.alternation(w.shifts)
    ordinal = w.alternation(w.ordinals)
    day = r"(\d{1,2})(?:st|nd|rd|th)?"
    to = r"\s*(?:-|–|to|through|till|until|and)\s*"
    month_day = rf"({month})\s+{day}(?:,?\s+(\d{{4}}))?"
    return {
        # "earlier in 2018", "back in March": the date is the rest ("in" kept).
        "opener": re.compile(rf"(?:{w.alternation(w.loose_openers)})\s+(?=in\s|this\s|next\s|last\s)"),
        "years": re.compile(r"\b(\d{4})\s*(?:-|–|to|through|until)\s*(\d{4})\b|\bbetween\s+(\d{4})\s+and\s+(\d{4})\b"),
        # "2023-24": a year and the next, written short (not "2024-03", a month).
        "short_years": re.compile(r"\b(?:fy\s*)?(\d{2})(\d{2})\s*[-–/]\s*(\d{2})\b(?![-/]\d)"),
        # "FY25", "FY'25", "FY24-25": a fiscal year named by the year it ends in, two digits.
        "fiscal_short": re.compile(r"\bfy\s*'?(\d{2})(?:\s*[-–/]\s*(\d{2}))?\b(?![-/]\d)"),
        # "Q3 FY25", "Q3FY25", "FY25 Q3", "H1 FY2026": a part of such a fiscal year.
        "fiscal_part": re.compile(r"\b(?:(q|h)([1-4])\s*fy\s*'?(\d{4}|\d{2})|fy\s*'?(\d{4}|\d{2})\s*(q|h)([1-4]))\b"),
        # "the first four months of the current Iranian calendar year", "the past Iranian year".
        "local_year": re.compile(
            rf"\b(?:first\s+(?:({count})\s+)?(months?|quarters?|half)\s+of\s+)?(?:the\s+)?(?:({shift})\s+)?"
            rf"({w.alternation(w.local_years)})\s+(?:(?:calendar|{w.alternation(w.fiscal_words)})\s+)?year\b"),
        # "the June quarter": the three months that end with the month named.
        "month_quarter": re.compile(rf"\b({month})\s+quarter\b(?:\s+(?:of\s+)?(\d{{4}}))?"),
        # "January-October", "December 2020 to November 2021": the first month's year, if written, its own.
        "months": re.compile(rf"\b({month})(?:,?\s+(\d{{4}}))?\s*(?:-|–|to|through|until|and)\s*({month})(?:\s*(?:of\s+)?(\d{{4}}))?"),
        # "of the current fiscal year": the months counted from the fiscal year's first.
        "first_part": re.compile(
            rf"\bfirst\s+(?:({count})\s+(months|quarters)|(half)|(quarter))(?:\s+of\s+(?:(?:the\s+)?(?:({shift})\s+)?"
            rf"({w.alternation(w.fiscal_words)})\s+year|(?:the\s+)?({shift})\s+year|(\d{{4}})|(the\s+year)))?"),
        # "the six months to June", "the year ended March 31", "the quarter through September",
        # "the fiscal year that ended in March".
        "months_to": re.compile(
            rf"\b(?:({count})[\s-]+months?|(year|quarter|half[\s-]year|half))\s+(?:(?:that|which)\s+)?"
            rf"(?:to|through|(?:ended|ending|ends)(?:\s+in)?|until)\s+"
            rf"(?:the\s+end\s+of\s+)?({month})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?(?:,?\s+(\d{{4}}))?"),
        "weekend": re.compile(r"\b(?:(this\s+past|last|over\s+the|the|this|next|coming)\s+)?weekend\b"),
        "season": re.compile(rf"\b(?:({shift})\s+)?({w.alternation(w.seasons)})(?:\s+(?:of\s+)?(\d{{4}}))?\b"),
        "ordinal_part": re.compile(
            rf"\b({ordinal})(?:\s+|-)(quarter|half)\b(?:\s+of\s+(?:(?:the\s+)?({shift})\s+year|(?:fiscal\s+(?:year\s+)?)?(\d{{4}})))?"),
        # "Q3 2029", "3Q 2029", "2029 Q3", and analysts' "1H29", "3Q24" with the year joined on.
        "letter_part": re.compile(
            r"\b(?:(q|h)([1-4])|([1-4])(q|h))(?:\b(?:\s*(?:of\s+)?'?(\d{4}|\d{2})\b)?|(?<=[qh])(\d{2})\b)|\b(\d{4})\s*(q|h)([1-4])\b"),
        # "the first week of April", "the last week of March": a week of a month is that month.
        "week_of_month": re.compile(rf"\b(?:{ordinal}|last|final|past|second|third|fourth)\s+week\s+of\s+({month})(?:\s+(\d{{4}}))?"),
        "two_months": re.compile(rf"\b{month_day}{to}{month_day}\b"),
        "two_months_after": re.compile(rf"\b{day}\s+(?:of\s+)?({month}){to}{day}\s+(?:of\s+)?({month})(?:,?\s+(\d{{4}}))?"),
        "one_month": re.compile(rf"\b({month})\s+{day}{to}{day}\b(?!\s*(?:%|percent|per\s*cent))(?:,?\s+(\d{{4}}))?"),
        "month_after": re.compile(rf"\b{day}{to}{day}\s+({month})(?:,?\s+(\d{{4}}))?"),
        "weekday_to": re.compile(rf"\b({w.alternation(w.weekdays)}){to}{month_day}\b"),
        "weekdays": re.compile(rf"\b({w.alternation(w.weekdays)}){to}({w.alternation(w.weekdays)})\b"),
        "month_day": re.compile(rf"\b({month})\s+{day}\b(?:,?\s+(\d{{4}}))?"),
        "day_month": re.compile(rf"\b(?:the\s+)?{day}\s+(?:of\s+)?({month})(?:,?\s+(\d{{4}}))?"),
        "month_year": re.compile(rf"\b({month}),?\s+(?:of\s+)?(\d{{4}})\b"),
        "year": re.compile(r"(?:in\s+|since\s+|by\s+|until\s+|from\s+|through\s+|the\s+year\s+)?(\d{4})"),
        "fiscal": re.compile(r"(?:in\s+)?(?:the\s+)?(?:fiscal\s+(?:year\s+)?(\d{4})|(\d{4})\s+fiscal\s+year|fy\s*(\d{4}))"),
        "part_of_year": re.compile(r"(?:in\s+|by\s+|since\s+)?(?:the\s+)?(?:early|mid|late)(?:\s+|\s*-\s*)(\d{4})"),
        "year_end": re.compile(r"(?:in\s+|by\s+|at\s+|until\s+|as\s+of\s+)?(?:the\s+)?end(?:\s+of|\s*-)\s*(\d{4})"),
        "relative_year_end": re.compile(rf"\b(?:(?:the\s+)?end\s+of\s+(?:the\s+)?(?:({shift})\s+)?year|(?:({shift})\s+)?year[-\s]end)\b"),
        # "last year", "the last fiscal year" (an accounting year named so is read as the
        # calendar's: which month a firm's year starts the text seldom says).
        "relative_unit": re.compile(rf"\b({shift})\s+(?:(?:{w.alternation(w.fiscal_words)})\s+)?(year|quarter|month|week)\b"),
        # "the 1990s", "the early 2000s": the decade (its part news does not bound).
        "decade": re.compile(r"(?:in\s+)?(?:the\s+)?(?:(?:early|mid|late)(?:\s+|\s*-\s*))?(\d{3})0'?s"),
        "month_of_shifted_year": re.compile(rf"\b({month})\s+(?:of\s+)?(?:the\s+)?({shift})\s+year\b"),
        "year_start": re.compile(
            rf"\b(?:the\s+)?(?:start|beginning|outset)\s+of\s+(?:(\d{{4}})|(?:the\s+)?(?:({shift})\s+)?year)\b"),
        "shifted_weekday": re.compile(rf"\b(next|coming|this)\s+({w.alternation(w.weekdays)})\b"),
        "past_years": re.compile(rf"\b(?:past|last)\s+({count})\s+years\b"),
        "ago": re.compile(rf"\b({count})\s+(day|week|month|year|decade)s?\s+ago\b"),
        "month_only": re.compile(
            rf"(?:in\s+|on\s+|by\s+|at\s+|until\s+|as\s+of\s+)?(?:the\s+)?(?:({shift})\s+)?"
            rf"(?:(?:early|mid|late)(?:\s+|\s*-\s*)|end(?:\s+of\s+|\s*-\s*))?({month})"),
    }
