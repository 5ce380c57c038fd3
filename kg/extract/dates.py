"""Dates as news writes them, read as FORMAT.md asks: a year, a month, a day or a period
``START/END``, relative phrases ("last week", "Tuesday", "a year ago") resolved against the
publication date.

The words (months, weekdays, counts, ordinals, which way "last" and "next" move) are data:
``data/reference/dates.yaml``, read by :mod:`kg.extract.date_words`; the phrase shapes built
from them are :mod:`kg.extract.date_patterns`'.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kg.extract.counted_dates import ago as _ago, anchor as _anchor, count as _count, counted_back, later_than, months_gone_by
from kg.extract.date_patterns import date_patterns as _patterns
from kg.extract.date_words import date_words

__all__ = ["counted_back", "later_than", "resolve_date", "span_of_days"]


def resolve_date(text: str, published: str | None, *, ahead: bool = False) -> str | None:
    """An ISO 8601 date (``2026``, ``2026-01``, ``2026-01-07``) or period (``2026/2030``)
    for a date phrase; relative phrases need the publication date and are None without it.
    A weekday is the last one before the publication, or with *ahead* (the text speaks of
    what is to come: "will visit on Sunday") the next one. A week runs Monday to Sunday.

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
    >>> resolve_date("last week", "2026-01-14"), resolve_date("2023-24", None)
    ('2026-01-05/2026-01-11', '2023/2024')
    >>> resolve_date("last year", None) is None
    True
    """
    phrase = _without_opener(" ".join(text.casefold().replace("’", "'").split()))
    anchor = _anchor(published)
    for reader in (_local_year, _fiscal_part, _years, _months_to, _months_run, _first_part, _quarter_or_half, _days_period, _written_day,
                   _written_month_or_year, _relative):
        found = reader(phrase, anchor, ahead)
        if found is not None:
            return found or None  # "": the phrase was read and dates nothing
    return None


def _local_year(phrase: str, anchor, ahead: bool) -> str | None:
    """A year of a calendar that begins on another day than January 1st, or its first months
    ("the first four months of the current Iranian year": from March 21 on; ``local_years``
    of dates.yaml), at the grain of Gregorian months; the year is the one the news falls in,
    or the one a word shifts to ("the past Iranian year")."""
    found = _patterns()["local_year"].search(phrase)
    if not found or anchor is None:
        return None
    number, unit, shift, name = found.groups()
    month, day = date_words().local_years[name]
    length = 12 if unit is None else 6 if unit == "half" else (_count(number) if number else 1) * (3 if unit.startswith("quarter") else 1)
    y, m, d = anchor
    started = m is None or (m, d or 31) >= (month, day)
    year = y - (not started) + date_words().shifts.get(shift or "this", 0)
    if not 1 <= length <= 12:
        return None
    last = calendar_day_before(year * 12 + month - 1 + length, day)
    return f"{year:04d}-{month:02d}/{last}"


def calendar_day_before(month_index: int, day: int) -> str:
    """The month (``YYYY-MM``) of the day before *day* of the month *month_index* counts
    (``year * 12 + month - 1``)."""
    first = date(month_index // 12, month_index % 12 + 1, day) - timedelta(days=1)
    return f"{first.year:04d}-{first.month:02d}"


def _without_opener(phrase: str) -> str:
    """*phrase* without a word that opens it and moves it nowhere ("earlier in 2018": "in
    2018"; ``loose_openers`` of dates.yaml); "earlier in the year" is this year, "later in
    the month" this month."""
    opener = _patterns()["opener"].match(phrase)
    if not opener:
        return phrase
    rest = phrase[opener.end():]
    unit = re.fullmatch(r"in the (year|quarter|month|week)", rest)
    return f"this {unit.group(1)}" if unit else rest


def _years(phrase: str, anchor, ahead: bool) -> str | None:
    found = _patterns()["years"].search(phrase)
    if found:
        first, last = (g for g in found.groups() if g)
        return f"{first}/{last}"
    short = _patterns()["short_years"].search(phrase)
    if short:
        century, first, last = short.groups()
        # Only a year and the one after it ("2023-24"), so "2024-03" stays a month.
        if (int(first) + 1) % 100 == int(last):
            start = int(century + first)
            # Written with a slash ("2024/25"), a year and the next is a fiscal year, as it
            # is where the text says so; with a dash ("2023-24") it may be any two years.
            fiscal = "/" in short.group(0) or "fy" in short.group(0) or set(phrase.split()) & date_words().fiscal_words
            return _split_fiscal_year(start) if fiscal else f"{start}/{start + 1}"
    return _fiscal_short(phrase)


def _fiscal_short(phrase: str) -> str | None:
    """ "FY25", "FY24-25": the fiscal year that ends in the year written (India's FY25 runs
    from April 2024 to March 2025), or None."""
    found = _patterns()["fiscal_short"].search(phrase)
    if not found:
        return None
    first, last = found.groups()
    if last is not None and (int(first) + 1) % 100 != int(last):
        return None
    return _split_fiscal_year(2000 + int(last or first) - 1)


def _fiscal_part(phrase: str, anchor, ahead: bool) -> str | None:
    """ "Q3 FY25", "FY25 Q3", "H1 FY2026": the quarter or half of the fiscal year that ends
    in the year written, its months counted from ``split_fiscal_year_start``."""
    found = _patterns()["fiscal_part"].search(phrase)
    if not found:
        return None
    letter, number, year = (found.group(1), found.group(2), found.group(3)) if found.group(1) else \
        (found.group(5), found.group(6), found.group(4))
    end_year = int(year) if len(year) == 4 else 2000 + int(year)
    length = 3 if letter == "q" else 6
    if letter == "h" and int(number) > 2:
        return None
    start = date_words().fiscal_start
    first = (end_year - (1 if start > 1 else 0)) * 12 + (start - 1) + length * (int(number) - 1)
    last = first + length - 1
    return f"{first // 12:04d}-{first % 12 + 1:02d}/{last // 12:04d}-{last % 12 + 1:02d}"


def _split_fiscal_year(start: int) -> str:
    """A fiscal year over two calendar years ("fiscal 2024-25"): its months, from the month
    news' fiscal years most often begin in (``split_fiscal_year_start`` of dates.yaml)."""
    first = date_words().fiscal_start
    if first == 1:
        return f"{start}/{start + 1}"
    return f"{start:04d}-{first:02d}/{start + 1:04d}-{first - 1:02d}"


def _months_run(phrase: str, anchor, ahead: bool) -> str | None:
    found = _patterns()["months"].search(phrase)
    if not found:
        return None
    months = date_words().months
    first, start, last, year = months[_month_key(found.group(1))], found.group(2), months[_month_key(found.group(3))], found.group(4)
    year = int(year or (anchor and anchor[0]) or 0)
    if first == 1 and not found.group(4) and not start:
        year = months_gone_by(year, last, anchor, ahead)
    start = int(start or year)
    if year and (start, first) < (year, last):
        return f"{start:04d}-{first:02d}/{year:04d}-{last:02d}"
    return None


def _first_part(phrase: str, anchor, ahead: bool) -> str | None:
    """ "the first 11 months of this year", "the first three quarters of 2030"."""
    found = _patterns()["first_part"].search(phrase)
    if not found:
        return None
    count, unit, half, quarter, fiscal_shift, fiscal, shift, written, the_year = found.groups()
    if (half or quarter) and not (shift or written or the_year or fiscal):
        return None  # "the first half" alone: a part of the year, read by _quarter_or_half
    number = _count(count) if count else 0
    months = 6 if half else 3 if quarter else number * (3 if unit == "quarters" else 1)
    if fiscal:
        return _first_fiscal_months(months, fiscal_shift, anchor)
    year = int(written) if written else anchor and anchor[0] + date_words().shifts.get(shift or "this", 0)
    if year and not written and not shift and months <= 12:
        year = months_gone_by(year, months, anchor, ahead)
    if year and 1 < months <= 12:
        return f"{year:04d}-01/{year:04d}-{months:02d}"
    return None


def _first_fiscal_months(months: int, shift: str | None, anchor) -> str | None:
    """The first *months* of the fiscal year the news is in (or, *shift* "last", the one
    before), a year that begins in ``split_fiscal_year_start`` of dates.yaml: "the first
    eight months of the current fiscal year" in a story of December 2023 is April to
    November 2023."""
    if anchor is None or anchor[1] is None or not 1 <= months <= 12:
        return None
    first_month = date_words().fiscal_start
    start_year = anchor[0] - (anchor[1] < first_month) + date_words().shifts.get(shift or "this", 0)
    first = start_year * 12 + first_month - 1
    last = first + months - 1
    return f"{first // 12:04d}-{first % 12 + 1:02d}/{last // 12:04d}-{last % 12 + 1:02d}"


def _months_to(phrase: str, anchor, ahead: bool) -> str | None:
    """ "the six months to June", "the year ended March 31", "the quarter through September":
    the months that end with the month named, the last such to have ended by the news
    unless told as to come ("the June quarter" keeps the news' year: the quarter under way).

    >>> resolve_date("in the year to March", "2027-01-13"), resolve_date("the year ended March 31", "2027-05")
    ('2025-04/2026-03', '2026-04/2027-03')
    """
    found = _patterns()["months_to"].search(phrase)
    if not found:
        quarter = _patterns()["month_quarter"].search(phrase)
        if not quarter:
            return None
        count, unit, month, written = None, "quarter", quarter.group(1), quarter.group(2)
    else:
        count, unit, month, written = found.groups()
    length = _count(count) if count else {"year": 12, "quarter": 3}.get(unit, 6)
    end_month = date_words().months[_month_key(month)]
    end_year = int(written) if written else _year_of(end_month, anchor, ahead=ahead)
    if found and not written and end_year and not ahead and anchor and anchor[1] and (end_year, end_month) > anchor[:2]:
        # "exports rose 8% in the year to March" told in January: figures are told for a
        # period that has ended, last March's, unless the text speaks of it as to come. Not
        # "the June quarter" told in May, most often the quarter under way.
        end_year -= 1
    if not end_year or not 1 <= length <= 24:
        return None
    first = end_year * 12 + end_month - 1 - (length - 1)
    return f"{first // 12:04d}-{first % 12 + 1:02d}/{end_year:04d}-{end_month:02d}"


def _quarter_or_half(phrase: str, anchor, ahead: bool) -> str | None:
    """ "the second quarter of 2024", "Q3 2025", "3Q 2029", "the second half", "H1 2026": the
    period of months; without a year the news' own (the year before for a part still to come
    that the text does not speak of as to come: "fourth-quarter profit" in a story of
    February)."""
    shift = None
    found = _patterns()["ordinal_part"].search(phrase)
    if found:
        ordinal, unit, shift, written = found.groups()
        number = date_words().ordinals[ordinal]
        if unit == "half":
            number = 2 if ordinal == "final" else number if number <= 2 else None
    else:
        found = _patterns()["letter_part"].search(phrase)
        if not found:
            return None
        letter, digit, digit_first, letter_after, written, joined, year_first, letter_late, digit_late = found.groups()
        letter = letter or letter_after or letter_late
        number = int(digit or digit_first or digit_late)
        written = written or joined or year_first
        if written and len(written) == 2:
            written = f"20{written}"
        unit = "quarter" if letter == "q" else "half"
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
    elif shift:
        year = anchor[0] + date_words().shifts[shift]
    else:
        year = _year_of(first, anchor, ahead=ahead)
        if unit == "half" and first == 1:
            year = months_gone_by(year, last, anchor, ahead)  # not a quarter, as often the one under way
    return f"{year:04d}-{first:02d}/{year:04d}-{last:02d}"


def _days_period(phrase: str, anchor, ahead: bool) -> str | None:
    """A period from one day to another ("May 31 to June 6", "30 May to 6 June", "June 7-8", "14-16 March 2022",
    "from Wednesday to April 8", "from Sunday to Wednesday"), or None (no such phrase, a
    year neither written nor known, a day that does not exist, an end before the start)."""
    patterns = _patterns()
    found = patterns["weekdays"].search(phrase)
    if found:
        # "from Sunday to Wednesday": to come, the first day as a lone weekday and the last the one
        # after it; gone by, the last as a lone weekday and the first the one before it.
        start = resolve_date(found.group(1), _anchor_text(anchor), ahead=True) if ahead else None
        end = resolve_date(found.group(2), start, ahead=True) if start else resolve_date(found.group(2), _anchor_text(anchor))
        start = start or end and len(end) == 10 and resolve_date(found.group(1), (date.fromisoformat(end) - timedelta(days=1)).isoformat())
        return f"{start}/{end}" if start and end and len(start) == len(end) == 10 and end > start else None
    for shape in ("two_months", "two_months_after", "one_month", "month_after", "weekday_to"):
        found = patterns[shape].search(phrase)
        if not found:
            continue
        groups = found.groups()
        if shape == "two_months":
            (m1, d1, y1), (m2, d2, y2) = groups[:3], groups[3:]
        elif shape == "two_months_after":  # "from 30 November to 2 December"
            (d1, m1, d2, m2, y2), y1 = groups, None
        elif shape == "one_month":
            m1, d1, d2, y2 = groups
            m2, y1 = m1, None
        elif shape == "month_after":
            d1, d2, m1, y2 = groups
            m2, y1 = m1, None
        else:
            start = resolve_date(groups[0], _anchor_text(anchor), ahead=ahead)
            if start is None or len(start) != 10:
                return None
            end = _day(groups[1], groups[2], groups[3] or start[:4])
            return f"{start}/{end}" if end and end > start else None
        months = date_words().months
        end_month, start_month = months[_month_key(m2)], months[_month_key(m1)]
        # Without a year, the year of its first month as a lone month's ("on Aug. 8-12" in a
        # story of May about a past event: last August).
        end_year = y2 or (anchor and _year_of(start_month, anchor, ahead=ahead) + (start_month > end_month))
        if not end_year:
            return None
        # "December 28 to January 3, 2026": the year written once is the end's.
        start_year = y1 or (int(end_year) - 1 if start_month > end_month else end_year)
        first, last = _day(m1, d1, start_year), _day(m2, d2, end_year)
        return f"{first}/{last}" if first and last and first < last else None
    return None


def _written_day(phrase: str, anchor, ahead: bool) -> str | None:
    """ "2024-03-03", "March 3", "Mar. 3, 2024", "3 March 2024", "the 3rd of March"."""
    full = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", phrase)
    if full:
        return full.group(0)
    numeric = _numeric_day(phrase)
    if numeric is not None:
        return numeric
    patterns = _patterns()
    month_day, day_month = patterns["month_day"].search(phrase), patterns["day_month"].search(phrase)
    if not (month_day or day_month):
        return None
    month, day, written = month_day.groups() if month_day else (day_month.group(2), day_month.group(1), day_month.group(3))
    # "April 15 last year": the day of the year the words shift to.
    shifted = re.search(rf"\b({date_words().alternation(date_words().shifts)})\s+year\b", phrase)
    if not written and shifted and anchor is not None:
        written = str(anchor[0] + date_words().shifts[shifted.group(1)])
    year = written or _year_of(date_words().months[_month_key(month)], anchor, ahead=ahead)
    # A day the calendar lacks ("February 30") is no date; nor is one without a year. The
    # phrase is read no further: "February 30" is no month either.
    return (_day(month, day, year) if year else None) or ""


def _numeric_day(phrase: str) -> str | None:
    """A day in figures: "2024/04/15", and "15/04/2024" or "04/15/2024" where a number above
    12 tells day from month (news writes both orders); "" for an order left open or a day
    the calendar lacks, None for any other phrase ("09/09/2024" is one day in either order)."""
    found = re.search(r"\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b|\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b", phrase)
    if not found:
        return None
    year, month, day, first, second, last = (int(g) if g else 0 for g in found.groups())
    if not year:
        year, (month, day) = last, ((second, first) if first > 12 >= second else (first, second) if second > 12 >= first or first == second
                                    else (0, 0))
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return ""


def _written_month_or_year(phrase: str, anchor, ahead: bool) -> str | None:
    """A month with its year, a year, a fiscal year, part of a year, the end of a year."""
    patterns = _patterns()
    found = patterns["month_year"].search(phrase)
    if found:
        return f"{found.group(2)}-{date_words().months[_month_key(found.group(1))]:02d}"
    found = patterns["year"].fullmatch(phrase) or patterns["fiscal"].fullmatch(phrase) or patterns["part_of_year"].fullmatch(phrase)
    if found:
        return next(g for g in found.groups() if g)
    found = patterns["year_end"].fullmatch(phrase)
    if found:
        return f"{found.group(1)}-12"
    found = patterns["decade"].fullmatch(phrase)
    if found:
        return f"{found.group(1)}0/{found.group(1)}9"
    found = patterns["year_start"].search(phrase)
    if found and found.group(1):
        return f"{found.group(1)}-01"  # "the beginning of 2029", as "the end of 2029" is its December
    found = patterns["season"].search(phrase)
    if found and found.group(3):
        return found.group(3)  # "the summer of 2022": its year, with or without a day of the news
    return None


def _relative(phrase: str, anchor, ahead: bool) -> str | None:
    """Phrases that count from the news: "the end of the year", "last year", "the past two
    years", "three months ago", "next week", "yesterday", "Tuesday", "in March"."""
    if anchor is None:
        return None
    y, m, d = anchor
    words, patterns = date_words(), _patterns()
    found = patterns["week_of_month"].search(phrase)
    if found:
        number = words.months[_month_key(found.group(1))]
        return f"{int(found.group(2)) if found.group(2) else _year_of(number, anchor, ahead=ahead):04d}-{number:02d}"
    found = patterns["month_of_shifted_year"].search(phrase)
    if found:
        # "December last year", "in March this year": that month of that year.
        return f"{y + words.shifts[found.group(2)]:04d}-{words.months[_month_key(found.group(1))]:02d}"
    found = patterns["year_start"].search(phrase)
    if found and not found.group(1):
        return f"{y + words.shifts.get(found.group(2) or 'this', 0):04d}-01"
    found = patterns["relative_year_end"].search(phrase)
    if found:
        return f"{y + words.shifts.get(found.group(1) or found.group(2) or 'this', 0):04d}-12"
    found = patterns["past_years"].search(phrase)
    if found:
        return f"{y - _count(found.group(1))}/{y - 1}"
    found = patterns["ago"].search(phrase)
    if found:
        return _ago(_count(found.group(1)), found.group(2), anchor)
    for found in patterns["relative_unit"].finditer(phrase):
        shift, unit = words.shifts[found.group(1)], found.group(2)
        if unit == "year":
            return str(y + shift)
        if unit == "month" and m:
            total = y * 12 + (m - 1) + shift
            return f"{total // 12:04d}-{total % 12 + 1:02d}"
        if unit == "quarter" and m:
            total = y * 4 + (m - 1) // 3 + shift
            year, first = total // 4, total % 4 * 3 + 1
            return f"{year:04d}-{first:02d}/{year:04d}-{first + 2:02d}"
        if unit == "week" and d:
            monday = date(y, m, d) - timedelta(days=date(y, m, d).weekday()) + timedelta(weeks=shift)
            day = next((w for name, w in words.weekdays.items() if re.search(rf"\b{name}\b", phrase)), None)
            if day is not None:
                return (monday + timedelta(days=day)).isoformat()  # "on Wednesday last week": that day of that week
            return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"
    found = patterns["season"].search(phrase)
    if found:
        # A season is no month of FORMAT.md's: its year ("the summer of 2029", "this spring",
        # "last summer").
        return found.group(3) or str(y + words.shifts.get(found.group(1) or "this", 0))
    if d:
        today = date(y, m, d)
        found = patterns["weekend"].search(phrase)
        if found:
            # The Saturday and Sunday just gone, or the coming ones for what is to come.
            forward = ahead or found.group(1) in ("next", "coming")
            saturday = today + timedelta(days=(5 - today.weekday()) % 7) if forward else \
                today - timedelta(days=(today.weekday() - 5) % 7 if today.weekday() >= 5 else today.weekday() + 2)
            return f"{saturday.isoformat()}/{(saturday + timedelta(days=1)).isoformat()}"
        found = patterns["shifted_weekday"].search(phrase)
        if found and found.group(1) != "this":
            # "next Tuesday", "coming Monday": the first one after the news' day.
            weekday = words.weekdays[found.group(2)]
            return (today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)).isoformat()
        if re.search(r"\byesterday\b", phrase):
            return (today - timedelta(days=1)).isoformat()
        if re.search(r"\btoday\b|\btonight\b|\bthis\s+(?:morning|afternoon|evening)\b", phrase):
            return today.isoformat()
        for name, weekday in words.weekdays.items():
            if re.search(rf"\b{name}\b", phrase):
                if ahead:
                    return (today + timedelta(days=(weekday - today.weekday()) % 7)).isoformat()
                # "last Thursday" told on a Thursday is a week before; "on Thursday" that day.
                back = (today.weekday() - weekday) % 7 or (7 if re.search(rf"\blast\s+{name}\b", phrase) else 0)
                return (today - timedelta(days=back)).isoformat()
    elif _names_a_day_near(phrase):
        # News known only by its month (or year): "on Tuesday", "yesterday" is a day of it
        # (the few that fall in the month before are the price of saying anything at all).
        return f"{y:04d}-{m:02d}" if m else f"{y:04d}"
    # "on the 5th": a day of the news' month, or of the month before for a day after the
    # news' own that the text does not speak of as to come.
    found = re.fullmatch(r"(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)", phrase)
    if found and d:
        day = int(found.group(1))
        month_index = y * 12 + (m - 1) - (1 if day > d and not ahead else 0) + (1 if day < d and ahead else 0)
        try:
            return date(month_index // 12, month_index % 12 + 1, day).isoformat()
        except ValueError:
            return None
    # "in March", "mid-March", "by the end of March", "last March": the month.
    found = patterns["month_only"].fullmatch(phrase)
    if found:
        shift, number = found.group(1), words.months[_month_key(found.group(2))]
        if shift and m and words.shifts[shift]:
            # "last March": the latest March before the news' month; "next March" the first after.
            step = words.shifts[shift]
            year = y if (number - m) * step > 0 else y + step
            return f"{year:04d}-{number:02d}"
        return f"{_year_of(number, anchor, ahead=ahead):04d}-{number:02d}"
    return None


def _month_key(name: str) -> str:
    return name.rstrip(".").strip()


def _year_of(month: int, anchor, *, ahead: bool) -> int | None:
    """The year of a month the text names without one: the news' own, or the year before for
    a month more than three months after the news' that the text does not speak of as to
    come ("on Dec. 24" in a story of March: last December), or the year after for a month
    before the news' that the text speaks of as to come ("will visit in March" in May)."""
    if anchor is None:
        return None
    y, m, _ = anchor
    if m and ahead and month < m:
        return y + 1  # "will visit in March" in a story of May: next March
    return y - 1 if m and not ahead and month - m > 3 else y


def _day(month: str, day: str, year) -> str | None:
    try:
        return date(int(year), date_words().months[_month_key(month)], int(day)).isoformat()
    except ValueError:
        return None


def _anchor_text(anchor) -> str | None:
    if anchor is None or anchor[2] is None:
        return None
    return f"{anchor[0]:04d}-{anchor[1]:02d}-{anchor[2]:02d}"


def _names_a_day_near(phrase: str) -> bool:
    """Whether a phrase names a day a few days from the news' own: a weekday ("on Tuesday",
    "next Friday"), "yesterday", "today", "tonight" or a weekend."""
    patterns = _patterns()
    return bool(patterns["weekend"].search(phrase) or re.search(r"\b(?:yesterday|today|tonight)\b|\bthis\s+(?:morning|afternoon|evening)\b", phrase)
                or any(re.search(rf"\b{name}\b", phrase) for name in date_words().weekdays))
