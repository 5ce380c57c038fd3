"""Dates counted from another: a length back from the news ("almost a year after ..."),
a length after an earlier date of the text ("two years later"), and the pieces both share
with :mod:`kg.extract.dates` (a publication date read as year, month and day; a count in
words; a length back from it). Apart from that module, which reads one phrase's own date."""

from __future__ import annotations

import re
from datetime import date, timedelta

from kg.extract.date_words import DateWords, date_words

__all__ = ["ago", "anchor", "count", "counted_back", "later_than", "months_gone_by"]


def count(word: str) -> int:
    """A count written in words ("two", "a") or figures."""
    return date_words().counts.get(word) or int(word)


def ago(number: int, unit: str, base) -> str | None:
    """ "two years ago", "three months ago", "a week ago": counted back from the news, *base*
    as :func:`anchor` reads it."""
    y, m, d = base
    if unit in ("year", "decade"):
        return str(y - number * (10 if unit == "decade" else 1))
    if unit == "month" and m:
        total = y * 12 + (m - 1) - number
        return f"{total // 12:04d}-{total % 12 + 1:02d}"
    if d:
        return (date(y, m, d) - timedelta(days=number * (7 if unit == "week" else 1))).isoformat()
    return None


def anchor(published: str | None) -> tuple[int, int | None, int | None] | None:
    """A date as year, month and day, each None where it is not given; None without one."""
    if not published:
        return None
    match = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", str(published))
    if not match:
        return None
    return int(match.group(1)), int(match.group(2)) if match.group(2) else None, int(match.group(3)) if match.group(3) else None


def counted_back(phrase: str, published: str | None) -> str | None:
    """The date a length of time alone ("almost a year", "two months") gives counted back
    from the news, at the grain of its unit, for a length the text puts between an event
    and the day's news ("This comes almost a year after X raised $3 million"); None for any
    other phrase, or without the publication date.

    >>> counted_back("almost a year", "2020-07-03"), counted_back("two months", "2020-07-03")
    ('2019', '2020-05')
    >>> counted_back("a year ago", "2020-07-03") is None
    True
    """
    w = date_words()
    found = re.fullmatch(rf"(?:(?:{w.alternation(w.rough_words)})\s+)?(\d{{1,2}}|{w.alternation(w.counts)})\s+(day|week|month|year)s?",
                         " ".join(phrase.casefold().split()))
    base = anchor(published)
    if not found or base is None:
        return None
    return ago(count(found.group(1)), found.group(2), base)


#: The day after or before a date, in the words news gives it (after "the").
_ONE_DAY = {"next day": "a day later", "following day": "a day later", "day after": "a day later",
            "previous day": "a day earlier", "preceding day": "a day earlier", "day before": "a day earlier"}


def later_than(earlier: str, phrase: str) -> str | None:
    """The date a phrase such as "two years later" (or "a day earlier", "the same day") gives,
    counted from the date *earlier* of the text, at the grain both allow; None for any
    other phrase or a period.

    >>> later_than("2027", "Two years later"), later_than("2029-03", "six months later")
    ('2029', '2029-09')
    >>> later_than("2029-03-30", "a week later"), later_than("2027", "a month later") is None
    ('2029-04-06', True)
    >>> later_than("2029-03-30", "the next day"), later_than("2029-03-01", "the previous day")
    ('2029-03-31', '2029-02-28')
    """
    counts = DateWords.alternation(date_words().counts)
    words = " ".join(phrase.casefold().split())
    base = anchor(earlier) if earlier and "/" not in earlier else None
    if base is not None and re.fullmatch(r"(?:on\s+)?(?:(?:the\s+)?same|that)\s+day", words):
        return earlier  # "the same day": the date before's, at its grain
    # "the next day", "the following day", "the previous day", "the day after": one day on or back.
    words = _ONE_DAY.get(re.sub(r"^(?:on\s+)?the\s+", "", words), words)
    found = re.fullmatch(rf"(\d{{1,2}}|{counts})\s+(day|week|month|year)s?\s+(later|afterwards?|earlier|before)", words)
    if not found or base is None:
        return None
    number, unit = count(found.group(1)) * (-1 if found.group(3) in ("earlier", "before") else 1), found.group(2)
    y, m, d = base
    if unit == "year":
        return f"{y + number:04d}" + (f"-{m:02d}" if m else "") + (f"-{d:02d}" if d and not (m == 2 and d == 29) else "")
    if unit == "month" and m:
        total = y * 12 + m - 1 + number
        return f"{total // 12:04d}-{total % 12 + 1:02d}"
    if d:
        return (date(y, m, d) + timedelta(days=number * (7 if unit == "week" else 1))).isoformat()
    return None


def months_gone_by(year: int, last_month: int, base, ahead: bool) -> int:
    """The year of a run of months from January the text gives no year of ("exports rose 8%
    in the first nine months", "the January-November period", "the first half"), *base* the
    news' (year, month, day): the news' own year, unless less than half the run had gone by
    at the news' month, when it is the year before's, whose run has ended: figures are told of
    months gone by, or of a run mostly gone ("the first half" in May, so far), unless the text
    speaks of them as to come (*ahead*).

    >>> months_gone_by(2026, 9, (2026, 1, 5), False), months_gone_by(2026, 6, (2026, 5, 14), False)
    (2025, 2026)
    >>> months_gone_by(2026, 6, (2026, 1, 5), True)
    2026
    """
    if ahead or base is None or base[1] is None or year != base[0] or (base[1] - 1) * 2 >= last_month:
        return year
    return year - 1
