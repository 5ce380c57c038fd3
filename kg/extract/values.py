"""Qualifier values as news writes them: money with its currency and scale, percentages,
and dates, relative ones resolved against the publication date.

Currency words and scales are data (``data/reference/money.yaml``).
"""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta
from decimal import Decimal

from kg.errors import IngestError
from kg.resources import read_yaml, resource_dir

__all__ = [
    "funding_round",
    "money_phrases",
    "money_words",
    "parse_money",
    "parse_percent",
    "resolve_date",
    "same_money_nouns",
    "span_of_days",
    "whole_stake_words",
]

_MONTHS = {
    name: number for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")], start=1)
    for name in names
}
_WEEKDAYS = {name: i for i, name in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))


@functools.cache
def money_words() -> tuple[dict[str, str], dict[str, float]]:
    """(currency word or sign -> ISO code, scale word -> factor), from money.yaml."""
    path = resource_dir("data") / "reference" / "money.yaml"
    data = read_yaml(path, IngestError, "reference data")
    currencies, scales = data.get("currencies"), data.get("scales")
    if not isinstance(currencies, dict) or not isinstance(scales, dict):
        raise IngestError(f"{path}: needs 'currencies' and 'scales' mappings")
    words = {}
    for code, names in currencies.items():
        if not re.fullmatch(r"[A-Z]{3}", str(code)):
            raise IngestError(f"{path}: {code!r} is not an ISO 4217 code")
        for name in names:
            words[str(name).casefold()] = str(code)
    return words, {str(k).casefold(): float(v) for k, v in scales.items()}


def _as_written(name: str) -> str:
    """A currency name as a pattern: an ISO code in capitals only ("try 5 times" is no
    Turkish money), other names in any case."""
    code = re.fullmatch(r"[a-z]{3}", name) and name.upper() in _codes()
    return f"(?-i:{name.upper()})" if code else re.escape(name)


@functools.cache
def _codes() -> frozenset[str]:
    path = resource_dir("data") / "reference" / "money.yaml"
    return frozenset(str(code) for code in ((read_yaml(path, IngestError, "reference data") or {}).get("currencies") or {}))


@functools.cache
def _signs() -> tuple[str, ...]:
    """The currency names of money.yaml written before a number: signs and codes, any name
    not written in lower case ("$", "US$", "RMB", "Rs"), casefolded as money_words keys them."""
    path = resource_dir("data") / "reference" / "money.yaml"
    currencies = (read_yaml(path, IngestError, "reference data") or {}).get("currencies") or {}
    return tuple(str(name).casefold() for names in currencies.values() for name in names if str(name) != str(name).lower()
                 or not str(name).replace(" ", "").isalpha())


@functools.cache
def whole_stake_words() -> frozenset[str]:
    """Words by which a buyer takes all of a firm ("all outstanding shares"), from money.yaml."""
    return _reference_words("whole_stake_words")


@functools.cache
def same_money_nouns() -> frozenset[str]:
    """Nouns by which a deal is priced as an earlier one ("for the same price"), from money.yaml."""
    return _reference_words("same_money_nouns")


def _reference_words(key: str) -> frozenset[str]:
    path = resource_dir("data") / "reference" / "money.yaml"
    words = (read_yaml(path, IngestError, "reference data") or {}).get(key) or []
    if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
        raise IngestError(f"{path}: '{key}' must be a list of words")
    return frozenset(w.casefold() for w in words)


@functools.cache
def _money_pattern() -> re.Pattern:
    words, scales = money_words()
    currency = "|".join(_as_written(w) for w in sorted(words, key=len, reverse=True))
    # Before the number only a sign or a code ("$", "RMB", "Rs"): a word of the language
    # comes after it ("9 billion won"), and "won 5 awards" is no money.
    signs = "|".join(_as_written(w) for w in sorted(_signs(), key=len, reverse=True))
    scale = "|".join(re.escape(s) for s in sorted(scales, key=len, reverse=True))
    # Gaps of a few spaces at most: an open \s* scanned every run of blanks from each of its
    # starts, quadratic on a page of whitespace.
    return re.compile(
        rf"(?P<pre>(?<![^\W\d_])(?:{signs}))?\s{{0,3}}(?P<number>{_NUMBER})\s{{0,3}}(?P<scale>(?:{scale})\b)?\.?\s{{0,3}}(?P<post>(?:{currency})\b)?",
        re.IGNORECASE,
    )


def money_phrases(text: str) -> list[tuple[int, int]]:
    """Character spans of the money phrases of *text* (a number with a currency before or
    after it), for the ones a statistical model cuts short ("$2.2bn", "41.3 million euros").

    >>> text = "raised 41.3 million euros ($48 million) and RMB 4b"
    >>> [text[a:b] for a, b in money_phrases(text)]
    ['41.3 million euros', '$48 million', 'RMB 4b']
    """
    found = []
    for match in _money_pattern().finditer(text):
        if match.group("pre") or match.group("post"):
            start, end = match.span()
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1] in " .\n":
                end -= 1
            found.append((start, end))
    return found


def parse_money(text: str) -> tuple[float, str] | None:
    """(amount in units of the currency, ISO code) for a money phrase, or None.

    >>> parse_money("approximately 2.37 trillion yuan")
    (2370000000000.0, 'CNY')
    >>> parse_money("around $340 billion"), parse_money("9 billion won"), parse_money("US$1.5m")
    ((340000000000.0, 'USD'), (9000000000.0, 'KRW'), (1500000.0, 'USD'))
    >>> parse_money("$128.3 billion")
    (128300000000.0, 'USD')
    >>> parse_money("12 apples") is None
    True
    """
    words, scales = money_words()
    for match in _money_pattern().finditer(text):
        symbol = match.group("pre") or match.group("post")
        if not symbol:
            continue
        # In decimal, so that "128.3 billion" is 128300000000, not binary's 128300000000.00002.
        amount = Decimal(match.group("number").replace(",", ""))
        if match.group("scale"):
            amount *= Decimal(str(scales[match.group("scale").casefold()]))
        return float(round(amount, 6)), words[symbol.casefold()]
    return None


def parse_percent(text: str) -> float | None:
    """The number of a percentage phrase.

    >>> parse_percent("1.7 percent"), parse_percent("30%"), parse_percent("a fifth") is None
    (1.7, 30.0, True)
    """
    match = re.search(rf"({_NUMBER})\s*(?:%|per\s*cent|percent|pct)", text, re.IGNORECASE)
    return float(match.group(1).replace(",", "")) if match else None


def resolve_date(text: str, published: str | None, *, ahead: bool = False) -> str | None:
    """An ISO 8601 date (``2026``, ``2026-01``, ``2026-01-07``) or period (``2026/2030``)
    for a date phrase; relative phrases need the publication date and are None without it.
    A weekday is the last one before the publication, or with *ahead* (the text speaks of
    what is to come: "will visit on Sunday") the next one.

    >>> resolve_date("last year", "2026-01"), resolve_date("earlier this month", "2026-01")
    ('2025', '2026-01')
    >>> resolve_date("on January 7", "2026-01"), resolve_date("Friday", "2026-01-14")
    ('2026-01-07', '2026-01-09')
    >>> resolve_date("Sunday", "2026-01-14", ahead=True), resolve_date("next month", "2026-12-02")
    ('2026-01-18', '2027-01')
    >>> resolve_date("from 2026 to 2030", None), resolve_date("the past two years", "2026-01")
    ('2026/2030', '2024/2025')
    >>> resolve_date("the January-November period", "2017-12"), resolve_date("January to March 2025", None)
    ('2017-01/2017-11', '2025-01/2025-03')
    >>> resolve_date("the first 11 months of this year", "2017-12"), resolve_date("the first half of 2025", None)
    ('2017-01/2017-11', '2025-01/2025-06')
    >>> resolve_date("in end-2017", None), resolve_date("by the end of 2019", None), resolve_date("early 2018", None)
    ('2017-12', '2019-12', '2018')
    >>> resolve_date("last year", None) is None
    True
    """
    phrase = " ".join(text.casefold().replace("’", "'").split())
    anchor = _anchor(published)
    period = re.search(r"\b(\d{4})\s*(?:-|–|to|through|until)\s*(\d{4})\b", phrase)
    if period:
        return f"{period.group(1)}/{period.group(2)}"
    months = re.search(rf"\b({_MONTH_NAMES})\.?\s*(?:-|–|to|through|until)\s*({_MONTH_NAMES})\b\.?(?:\s*(?:of\s+)?(\d{{4}}))?", phrase)
    if months:
        first, last = _MONTHS[months.group(1)], _MONTHS[months.group(2)]
        year = months.group(3) or (anchor and anchor[0])
        if year and first < last:
            return f"{int(year):04d}-{first:02d}/{int(year):04d}-{last:02d}"
    first_part = re.search(r"\bfirst\s+(?:(\d{1,2}|" + "|".join(_COUNTS) + r")\s+months|(half)|(quarter))\s+of\s+(?:(this|last)\s+year|(\d{4}))", phrase)
    if first_part:
        count, half, quarter, relative, written = first_part.groups()
        months = 6 if half else 3 if quarter else _COUNTS.get(count) or int(count)
        year = int(written) if written else anchor and (anchor[0] - (relative == "last"))
        if year and 1 < months <= 12:
            return f"{year:04d}-01/{year:04d}-{months:02d}"
    part = _quarter_or_half(phrase, anchor, ahead=ahead)
    if part:
        return part
    days = _days_period(phrase, anchor, ahead=ahead)
    if days:
        return days
    full = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", phrase)
    if full:
        return full.group(0)
    month_day = re.search(rf"\b({_MONTH_NAMES})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*(\d{{4}}))?\b", phrase)
    day_month = re.search(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_NAMES})\b\.?(?:,?\s+(\d{{4}}))?", phrase)
    if month_day or day_month:
        month, day, written = month_day.groups() if month_day else (day_month.group(2), day_month.group(1), day_month.group(3))
        year = written or _year_of(_MONTHS[month], anchor, ahead=ahead)
        # A day the calendar lacks ("February 30") is no date.
        return _day(month, day, year) if year else None
    month_year = re.search(r"\b([a-z]+)\s+(\d{4})\b", phrase)
    if month_year and month_year.group(1) in _MONTHS:
        return f"{month_year.group(2)}-{_MONTHS[month_year.group(1)]:02d}"
    year = re.fullmatch(r"(?:in\s+|since\s+|the\s+year\s+)?(\d{4})", phrase) \
        or re.fullmatch(r"(?:in\s+)?(?:the\s+)?(?:fiscal\s+(?:year\s+)?(\d{4})|(\d{4})\s+fiscal\s+year)", phrase)
    if year:
        return next(g for g in year.groups() if g)
    # "in early 2018", "mid-2024", "late 2019": the year.
    part_of_year = re.fullmatch(r"(?:in\s+|by\s+|since\s+)?(?:the\s+)?(?:early|mid|late)(?:\s+|\s*-\s*)(\d{4})", phrase)
    if part_of_year:
        return part_of_year.group(1)
    # "in end-2017", "by the end of 2017": the year's last month.
    year_end = re.fullmatch(r"(?:in\s+|by\s+|at\s+|until\s+)?(?:the\s+)?end(?:\s+of|\s*-)\s*(\d{4})", phrase)
    if year_end:
        return f"{year_end.group(1)}-12"
    if anchor is None:
        return None
    y, m, d = anchor
    if re.search(r"\b(last|past|previous)\s+year\b", phrase):
        return str(y - 1)
    if re.search(r"\bthis\s+year\b", phrase):
        return str(y)
    if re.search(r"\bnext\s+year\b", phrase):
        return str(y + 1)
    years = re.search(r"\b(?:past|last)\s+(two|three|four|five|\d+)\s+years\b", phrase)
    if years:
        count = {"two": 2, "three": 3, "four": 4, "five": 5}.get(years.group(1)) or int(years.group(1))
        return f"{y - count}/{y - 1}"
    ago = re.search(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|week|month|year)s?\s+ago\b", phrase)
    if ago:
        return _ago(_COUNTS.get(ago.group(1)) or (1 if ago.group(1) in ("a", "an", "one") else int(ago.group(1))), ago.group(2), anchor)
    if re.search(r"\bthis\s+month\b", phrase) and m:
        return f"{y:04d}-{m:02d}"
    if re.search(r"\bnext\s+month\b", phrase) and m:
        following = (y, m + 1) if m < 12 else (y + 1, 1)
        return f"{following[0]:04d}-{following[1]:02d}"
    if re.search(r"\blast\s+month\b", phrase) and m:
        previous = (y, m - 1) if m > 1 else (y - 1, 12)
        return f"{previous[0]:04d}-{previous[1]:02d}"
    if d:
        today = date(y, m, d)
        if "yesterday" in phrase:
            return (today - timedelta(days=1)).isoformat()
        if "today" in phrase:
            return today.isoformat()
        for name, weekday in _WEEKDAYS.items():
            if re.search(rf"\b{name}\b", phrase):
                if ahead:
                    return (today + timedelta(days=(weekday - today.weekday()) % 7)).isoformat()
                back = (today.weekday() - weekday) % 7
                return (today - timedelta(days=back)).isoformat()
    # "in March", "mid-March", "late March", "by the end of March": the month.
    month_only = re.fullmatch(r"(?:in\s+|on\s+|by\s+|at\s+|until\s+)?(?:the\s+)?(?:(?:early|mid|late)(?:\s+|\s*-\s*)|end(?:\s+of\s+|\s*-\s*))?([a-z]+)", phrase)
    if month_only and month_only.group(1) in _MONTHS:
        number = _MONTHS[month_only.group(1)]
        return f"{_year_of(number, anchor, ahead=ahead):04d}-{number:02d}"
    return None


def _year_of(month: int, anchor, *, ahead: bool) -> int | None:
    """The year of a month the text names without one: the news' own, or the year before for
    a month more than three months after the news' that the text does not speak of as to
    come ("on Dec. 24" in a story of March: last December)."""
    if anchor is None:
        return None
    y, m, _ = anchor
    return y - 1 if m and not ahead and month - m > 3 else y


def _ago(count: int, unit: str, anchor) -> str | None:
    """ "two years ago", "three months ago", "a week ago": counted back from the news."""
    y, m, d = anchor
    if unit == "year":
        return str(y - count)
    if unit == "month" and m:
        total = y * 12 + (m - 1) - count
        return f"{total // 12:04d}-{total % 12 + 1:02d}"
    if d:
        return (date(y, m, d) - timedelta(days=count * (7 if unit == "week" else 1))).isoformat()
    return None


_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4}


def _quarter_or_half(phrase: str, anchor, *, ahead: bool) -> str | None:
    """ "the second quarter of 2024", "Q3 2025", "the second half", "H1 2026": the period of
    months; without a year the news' own (the year before for a part still to come that the
    text does not speak of as to come: "fourth-quarter profit" in a story of February)."""
    match = re.search(rf"\b({'|'.join(_ORDINALS)})(?:\s+|-)(quarter|half)\b(?:\s+of\s+(?:(this|last|next)\s+year|(\d{{4}})))?", phrase)
    if match:
        ordinal, unit, relative, written = match.groups()
        number = _ORDINALS[ordinal] if unit == "quarter" or _ORDINALS[ordinal] <= 2 else None
        if ordinal == "final" and unit == "half":
            number = 2
    else:
        match = re.search(r"\b(q|h)([1-4])\b(?:\s*(\d{4}))?", phrase) or re.search(r"\b(\d{4})\s*(q|h)([1-4])\b", phrase)
        if not match:
            return None
        groups = match.groups()
        letter, digit, written = groups if not groups[0].isdigit() else (groups[1], groups[2], groups[0])
        unit, number, relative = ("quarter" if letter == "q" else "half"), int(digit), None
        if unit == "half" and number > 2:
            return None
    if not number:
        return None
    months = 3 if unit == "quarter" else 6
    first, last = (number - 1) * months + 1, number * months
    if written:
        year = int(written)
    elif anchor is None:
        return None
    elif relative:
        year = anchor[0] + {"this": 0, "last": -1, "next": 1}[relative]
    else:
        year = _year_of(first, anchor, ahead=ahead)
    return f"{year:04d}-{first:02d}/{year:04d}-{last:02d}"


_TO = r"\s*(?:-|–|to|through|till|until|and)\s*"
_DAY_OF_MONTH = rf"({_MONTH_NAMES})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?"
#: "May 31 to June 6", "between March 3 and March 9, 2024", "June 7-8", "from Wednesday to
#: April 8", "7-8 June 2013": a span of days, each end a day.
_DAY_PERIODS = (
    ("two months", re.compile(rf"\b{_DAY_OF_MONTH}{_TO}{_DAY_OF_MONTH}\b")),
    ("one month", re.compile(rf"\b({_MONTH_NAMES})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?{_TO}(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|per\s*cent))(?:,?\s+(\d{{4}}))?")),
    ("month after", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?{_TO}(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_NAMES})\b\.?(?:,?\s+(\d{{4}}))?")),
    ("weekday", re.compile(rf"\b({'|'.join(_WEEKDAYS)}){_TO}{_DAY_OF_MONTH}\b")),
)


def _days_period(phrase: str, anchor, *, ahead: bool) -> str | None:
    """A period from one day to another, or None (no such phrase, a year neither written nor
    known, a day that does not exist, an end before the start)."""
    for shape, pattern in _DAY_PERIODS:
        match = pattern.search(phrase)
        if not match:
            continue
        groups = match.groups()
        if shape == "two months":
            (m1, d1, y1), (m2, d2, y2) = groups[:3], groups[3:]
        elif shape == "one month":
            m1, d1, d2, y2 = groups
            m2, y1 = m1, None
        elif shape == "month after":
            d1, d2, m1, y2 = groups
            m2, y1 = m1, None
        else:
            start = resolve_date(groups[0], _anchor_text(anchor), ahead=ahead)
            if start is None or len(start) != 10:
                return None
            end = _day(groups[1], groups[2], groups[3] or start[:4])
            return f"{start}/{end}" if end and end > start else None
        end_year = y2 or (anchor and anchor[0])
        if not end_year:
            return None
        end_month, start_month = _MONTHS[m2], _MONTHS[m1]
        # "December 28 to January 3, 2026": the year written once is the end's.
        start_year = y1 or (int(end_year) - 1 if start_month > end_month else end_year)
        first, last = _day(m1, d1, start_year), _day(m2, d2, end_year)
        return f"{first}/{last}" if first and last and first < last else None
    return None


def _day(month: str, day: str, year) -> str | None:
    try:
        return date(int(year), _MONTHS[month], int(day)).isoformat()
    except ValueError:
        return None


def _anchor_text(anchor) -> str | None:
    if anchor is None or anchor[2] is None:
        return None
    return f"{anchor[0]:04d}-{anchor[1]:02d}-{anchor[2]:02d}"


def span_of_days(day: str, text: str, *, following: str = "") -> str | None:
    """The period a text gives an event starting on *day* ("his three-day visit", "for
    three days from Sunday"), or ending on it when the text says it ended then ("concluded
    on June 29"); None when it gives no length in days. The length may also come from the
    sentence *following*, when that refers back to the event ("During the three-day forum").

    >>> span_of_days("2024-04-14", "to kick off his three-day official visit to China")
    '2024-04-14/2024-04-16'
    >>> span_of_days("2023-06-29", "The forum concluded on June 29.", following="During the three-day forum, ...")
    '2023-06-27/2023-06-29'
    >>> span_of_days("2024-04-14", "a visit on Sunday") is None
    True
    """
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
        return None
    words = " ".join(text.casefold().split())
    counts = r"(\d{1,2}|" + "|".join(_COUNTS) + r")"
    length = re.search(rf"\b{counts}-day\b", words) or re.search(rf"\bfor {counts} days\b", words) \
        or re.search(rf"\bthe {counts}-day\b", " ".join(following.casefold().split()))
    if not length:
        return None
    days = _COUNTS.get(length.group(1)) or int(length.group(1))
    if days < 2:
        return None
    if re.search(rf"\b(?:{'|'.join(_ENDING_VERBS)})\b", words):
        end = date.fromisoformat(day)
        return f"{(end - timedelta(days=days - 1)).isoformat()}/{day}"
    start = date.fromisoformat(day)
    return f"{day}/{(start + timedelta(days=days - 1)).isoformat()}"


#: Verbs by which a text dates an event's last day ("the summit closed on Friday").
_ENDING_VERBS = ("concluded", "concludes", "ended", "ends", "closed", "closes", "wrapped up", "wraps up", "finished")


def _anchor(published: str | None) -> tuple[int, int | None, int | None] | None:
    if not published:
        return None
    match = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", str(published))
    if not match:
        return None
    return int(match.group(1)), int(match.group(2)) if match.group(2) else None, int(match.group(3)) if match.group(3) else None


_ROUND = re.compile(
    r"\b(?:(series|round)\s+([a-h])\b|(pre-seed|seed|angel|pre-ipo|bridge|growth)\b(?=[\s-]+(?:funding|financing|investment|stage|round))|(ipo)\b)",
    re.IGNORECASE,
)


def funding_round(text: str) -> str | None:
    """The funding round a sentence names, in kg's spelling (``series-b``, ``seed``).

    >>> funding_round("led a $40 million Series B round"), funding_round("its seed funding")
    ('series-b', 'seed')
    >>> funding_round("a series of deals") is None
    True
    """
    match = _ROUND.search(text)
    if not match:
        return None
    if match.group(1):
        return f"series-{match.group(2).lower()}"
    return (match.group(3) or match.group(4)).lower()
