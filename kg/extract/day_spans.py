"""The days an event lasts, as a text gives them beside its first or last day ("his
three-day visit", "for three days from Sunday", "concluded on June 29" after "the three-day
forum"): apart from :mod:`kg.extract.dates`, which reads one date phrase."""

from __future__ import annotations

import re
from datetime import date, timedelta

from kg.extract.date_words import DateWords, date_words

__all__ = ["span_of_days"]


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
    counts = r"(\d{1,2}|" + DateWords.alternation(date_words().counts) + r")"
    length = re.search(rf"\b{counts}-day\b", words) or re.search(rf"\bfor {counts} days\b", words) \
        or re.search(rf"\bthe {counts}-day\b", " ".join(following.casefold().split()))
    if not length:
        return None
    days = date_words().counts.get(length.group(1)) or int(length.group(1))
    if days < 2:
        return None
    if re.search(rf"\b(?:{DateWords.alternation(date_words().ending_verbs)})\b", words):
        end = date.fromisoformat(day)
        return f"{(end - timedelta(days=days - 1)).isoformat()}/{day}"
    start = date.fromisoformat(day)
    return f"{day}/{(start + timedelta(days=days - 1)).isoformat()}"
