"""The words dates are read by, from ``data/reference/dates.yaml``: months, weekdays,
counts, ordinals, which way "last" and "next" move, and the verbs and markers by which a
sentence tells whose date a date is (a beginning's, an event's run, another time's). Read
once, checked, and an error names the file and key of a broken list."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from kg.errors import IngestError
from kg.resources import read_yaml, resource_dir

__all__ = ["DateWords", "date_words", "event_verbs", "fiscal_words", "origin_words", "other_time_markers", "source_verbs",
           "state_verbs"]


@dataclass(frozen=True)
class DateWords:
    """The word lists of dates.yaml, case-folded."""

    months: dict[str, int]
    weekdays: dict[str, int]
    counts: dict[str, int]
    ordinals: dict[str, int]
    shifts: dict[str, int]
    ending_verbs: tuple[str, ...]
    origin_words: tuple[str, ...]
    seasons: tuple[str, ...]
    fiscal_start: int
    event_verbs: frozenset[str]
    other_time_markers: frozenset[str]
    source_verbs: frozenset[str]
    fiscal_words: frozenset[str]
    state_verbs: frozenset[str]
    loose_openers: tuple[str, ...]
    rough_words: tuple[str, ...]
    comparison_words: frozenset[str]
    comparison_only_words: frozenset[str]
    figure_comparison_words: frozenset[str]
    comparing_words: frozenset[str]
    earlier_markers: frozenset[str]
    trip_verbs: tuple[str, ...]
    stay_verbs: frozenset[str]
    first_time_words: frozenset[str]
    other_time_prepositions: frozenset[str]
    effect_words: tuple[str, ...]
    local_years: dict[str, tuple[int, int]]
    earlier_place_markers: frozenset[str]
    period_nouns: frozenset[str]
    post_start_verbs: frozenset[str]
    post_taking_verbs: frozenset[str]
    post_succeeding_verbs: frozenset[str]
    other_edition_words: frozenset[str]
    post_leaving_verbs: frozenset[str]
    closing_verbs: frozenset[str]
    renewal_verbs: frozenset[str]
    market_price_nouns: frozenset[str]
    bounding_prepositions: frozenset[str]
    period_edge_nouns: frozenset[str]
    present_markers: frozenset[str]
    same_time_markers: frozenset[str]

    @staticmethod
    def alternation(names) -> str:
        """A regular expression matching any of *names*, longest first."""
        return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


@functools.cache
def date_words() -> DateWords:
    """The words of dates.yaml, read once."""
    path = resource_dir("data") / "reference" / "dates.yaml"
    data = read_yaml(path, IngestError, "reference data") or {}

    def numbered(key: str, low: int, high: int) -> dict[str, int]:
        table = data.get(key)
        if not isinstance(table, dict):
            raise IngestError(f"{path}: '{key}' must be a mapping")
        found = {}
        for number, names in table.items():
            if not isinstance(number, int) or not low <= number <= high or not isinstance(names, list):
                raise IngestError(f"{path}: '{key}': {number!r} must be a number from {low} to {high} with a list of words")
            found.update({str(n).casefold(): number for n in names})
        return found

    def words_to_numbers(key: str) -> dict[str, int]:
        table = data.get(key)
        if not isinstance(table, dict) or not all(isinstance(v, int) for v in table.values()):
            raise IngestError(f"{path}: '{key}' must map words to whole numbers")
        return {str(k).casefold(): v for k, v in table.items()}

    def fiscal_start() -> int:
        month = data.get("split_fiscal_year_start")
        if not isinstance(month, int) or not 1 <= month <= 12:
            raise IngestError(f"{path}: 'split_fiscal_year_start' must be a month's number from 1 to 12")
        return month

    def word_list(key: str) -> tuple[str, ...]:
        words = data.get(key)
        if not isinstance(words, list) or not all(isinstance(v, str) and v for v in words):
            raise IngestError(f"{path}: '{key}' must be a list of words")
        return tuple(v.casefold() for v in words)

    def local_years() -> dict[str, tuple[int, int]]:
        table = data.get("local_years")
        if not isinstance(table, dict) or not all(
                isinstance(v, list) and len(v) == 2 and all(isinstance(n, int) for n in v) and 1 <= v[0] <= 12 and 1 <= v[1] <= 28
                for v in table.values()):
            raise IngestError(f"{path}: 'local_years' must map words to [month, day] (a day up to 28)")
        return {str(k).casefold(): (v[0], v[1]) for k, v in table.items()}

    return DateWords(numbered("months", 1, 12), numbered("weekdays", 0, 6), words_to_numbers("counts"),
                     words_to_numbers("ordinals"), words_to_numbers("shifts"), word_list("ending_verbs"),
                     word_list("origin_words"), word_list("seasons"), fiscal_start(),
                     frozenset(word_list("event_verbs")), frozenset(word_list("other_time_markers")),
                     frozenset(word_list("source_verbs")), frozenset(word_list("fiscal_words")),
                     frozenset(word_list("state_verbs")), word_list("loose_openers"), word_list("rough_words"),
                     frozenset(word_list("comparison_words")), frozenset(word_list("comparison_only_words")),
                     frozenset(word_list("figure_comparison_words")), frozenset(word_list("comparing_words")),
                     frozenset(word_list("earlier_markers")), word_list("trip_verbs"), frozenset(word_list("stay_verbs")),
                     frozenset(word_list("first_time_words")), frozenset(word_list("other_time_prepositions")),
                     word_list("effect_words"), local_years(),
                     frozenset(word_list("earlier_place_markers")), frozenset(word_list("period_nouns")),
                     frozenset(word_list("post_start_verbs")), frozenset(word_list("post_taking_verbs")),
                     frozenset(word_list("post_succeeding_verbs")), frozenset(word_list("other_edition_words")),
                     frozenset(word_list("post_leaving_verbs")), frozenset(word_list("closing_verbs")),
                     frozenset(word_list("renewal_verbs")), frozenset(word_list("market_price_nouns")),
                     frozenset(word_list("bounding_prepositions")), frozenset(word_list("period_edge_nouns")),
                     frozenset(word_list("present_markers")), frozenset(word_list("same_time_markers")))


def event_verbs() -> frozenset[str]:
    """Verbs (lemmas) that tell when an event ran ("the expo, which ran from May 5 to 7")."""
    return date_words().event_verbs


def other_time_markers() -> frozenset[str]:
    """Words that open a clause of an event at another time ("since it bought Z")."""
    return date_words().other_time_markers


def fiscal_words() -> frozenset[str]:
    """Words that call a year an accounting one ("fiscal", "financial")."""
    return date_words().fiscal_words


def source_verbs() -> frozenset[str]:
    """Verbs (lemmas) by which a sentence names its source ("according to", "a filing showed")."""
    return date_words().source_verbs


def state_verbs() -> frozenset[str]:
    """Verbs (lemmas) of a state rather than an event ("holds a stake", "is its largest
    shareholder"): told in the present, not the day's news."""
    return date_words().state_verbs


def origin_words() -> tuple[str, ...]:
    """Verbs and nouns whose date is a beginning ("founded", "set up", "founding"), as lemma
    or lemma and particle."""
    return date_words().origin_words
