"""Dates, money and currencies as news writes them, on phrases written here."""

from __future__ import annotations

import pytest

from kg.extract.values import money_phrases, parse_money, resolve_date


@pytest.mark.parametrize("phrase, published, period", [
    # Two months named, the year from the news.
    ("from October 29 to November 2", "2031-11-05", "2031-10-29/2031-11-02"),
    # One month, a hyphen or "to" between the days, the year written or not.
    ("on April 3-5", "2031-04-10", "2031-04-03/2031-04-05"),
    ("Sept. 9 to 12, 2019", None, "2019-09-09/2019-09-12"),
    ("between July 1 and July 4, 2030", None, "2030-07-01/2030-07-04"),
    # Day before month.
    ("14-16 March 2022", None, "2022-03-14/2022-03-16"),
    # A year written once, at the end, across New Year.
    ("December 30 to January 2, 2028", None, "2027-12-30/2028-01-02"),
    # A weekday start: the news' own week.
    ("Thursday to March 20", "2031-03-13", "2031-03-13/2031-03-20"),
])
def test_a_span_of_days_is_a_period(phrase, published, period):
    assert resolve_date(phrase, published) == period


@pytest.mark.parametrize("phrase, published, read", [
    ("from October 29 to November 2", None, None),  # no year anywhere
    # The end before the start, or a day the month lacks: no period, the first day stays.
    ("April 9-3", "2031-04-10", "2031-04-09"),
    ("February 27-30", "2031-01-01", "2031-02-27"),
])
def test_no_period_without_a_real_one(phrase, published, read):
    assert resolve_date(phrase, published) == read


def test_a_day_the_calendar_lacks_is_no_date():
    assert resolve_date("on February 30", "2031-01-01") is None
    assert resolve_date("on February 28", "2031-01-01") == "2031-02-28"


def test_a_figure_after_a_day_is_not_its_end():
    # "5-7%" after a date is a range of percentages, not of days.
    assert resolve_date("May 5-7%", "2031-06-01") != "2031-05-05/2031-05-07"


@pytest.mark.parametrize("phrase, published, read", [
    # Quarters and halves: the months, the year written, relative or the news' own.
    ("in the third quarter of 2029", None, "2029-07/2029-09"),
    ("Q1 2030", None, "2030-01/2030-03"),
    ("the second half of next year", "2031-05-02", "2032-07/2032-12"),
    ("H2 2030", None, "2030-07/2030-12"),
    ("the second quarter", "2031-05-02", "2031-04/2031-06"),
    # A part of the year not yet begun when the news tells of it as done: last year's.
    ("the fourth quarter", "2031-02-10", "2030-10/2030-12"),
    # The day before the month.
    ("on 3 February 2030", None, "2030-02-03"),
    # Counted back from the news.
    ("three years ago", "2031-05-02", "2028"),
    ("two months ago", "2031-01-20", "2030-11"),
    ("ten days ago", "2031-01-05", "2030-12-26"),
    # Parts of a month are the month; a fiscal year the year; "since" its start.
    ("in mid-October", "2031-11-20", "2031-10"),
    ("by the end of June", "2031-05-02", "2031-06"),
    ("fiscal 2029", None, "2029"),
    ("since 2027", None, "2027"),
])
def test_parts_of_years_and_counted_dates(phrase, published, read):
    assert resolve_date(phrase, published) == read


@pytest.mark.parametrize("phrase, published, ahead, read", [
    # A month or day well after the news, told as done, was last year's ...
    ("on Nov. 18", "2031-02-03", False, "2030-11-18"),
    ("in November", "2031-02-03", False, "2030-11"),
    # ... told as to come, or near, it is this year's.
    ("on Nov. 18", "2031-02-03", True, "2031-11-18"),
    ("in April", "2031-02-03", False, "2031-04"),
    # A month before the news', told as to come, is next year's.
    ("in March", "2031-05-14", True, "2032-03"),
    ("the first quarter", "2031-05-14", True, "2032-01/2032-03"),
    ("in March", "2031-05-14", False, "2031-03"),
])
def test_a_month_without_its_year(phrase, published, ahead, read):
    assert resolve_date(phrase, published, ahead=ahead) == read


@pytest.mark.parametrize("phrase, money", [
    ("Rs 1,250 crore", (12.5e9, "INR")),
    ("RM3.1 billion", (3.1e9, "MYR")),
    ("SEK 40 mln", (40e6, "SEK")),
    ("2.75 trillion rupiah", (2.75e12, "IDR")),
    ("600 million Turkish lira", (600e6, "TRY")),
])
def test_more_currencies_and_scales(phrase, money):
    assert parse_money(phrase) == money


@pytest.mark.parametrize("text", [
    "Hanwha won 12 contracts",  # a currency word before a number is no money
    "they try 3 times",  # an ISO code only in capitals
    "the firm 7 times",  # a sign inside a word ("fi-rm") is none
    "over the years 4 plants",
])
def test_words_that_are_no_money(text):
    assert parse_money(text) is None and money_phrases(text) == []
