"""How news writes the date of a deal, a visit or an appointment, phrase by phrase, each read
against a publication date as FORMAT.md asks (a year, a month, a day, or START/END).

The phrases are written here, in the shapes spaCy's NER hands over as a DATE: sometimes
with the preposition before them, mostly without. The news of every case below is
published on Wednesday 14 May 2031 unless the case says otherwise.
"""

from __future__ import annotations

import pytest

from kg.extract.values import resolve_date

WEDNESDAY = "2031-05-14"


@pytest.mark.parametrize("phrase, read", [
    # Days named by their weekday: the last one up to the news (its own day included).
    ("Tuesday", "2031-05-13"),
    ("on Monday", "2031-05-12"),
    ("Wednesday", "2031-05-14"),
    ("last Friday", "2031-05-09"),
    ("Thursday", "2031-05-08"),
    ("yesterday", "2031-05-13"),
    ("today", "2031-05-14"),
    ("earlier today", "2031-05-14"),
    ("Tuesday evening", "2031-05-13"),
    ("late Monday", "2031-05-12"),
    ("Sunday night", "2031-05-11"),
    ("the day before", None),  # before what, the phrase does not say
    # A day of the month alone: the news' month, or the one before for a later day.
    ("on the 5th", "2031-05-05"),
    ("the 20th", "2031-04-20"),
])
def test_days_by_their_name(phrase, read):
    assert resolve_date(phrase, WEDNESDAY) == read


@pytest.mark.parametrize("phrase, read", [
    # Weeks run Monday to Sunday: the period of days.
    ("last week", "2031-05-05/2031-05-11"),
    ("this week", "2031-05-12/2031-05-18"),
    ("earlier this week", "2031-05-12/2031-05-18"),
    ("next week", "2031-05-19/2031-05-25"),
    ("two weeks ago", "2031-04-30"),
    # A weekend is its Saturday and Sunday: the one just gone, or the next.
    ("the weekend", "2031-05-10/2031-05-11"),
    ("over the weekend", "2031-05-10/2031-05-11"),
    ("this past weekend", "2031-05-10/2031-05-11"),
    ("next weekend", "2031-05-17/2031-05-18"),
    # "next" or "coming" before a weekday: the first one after the news' day.
    ("next Tuesday", "2031-05-20"),
    ("coming Monday", "2031-05-19"),
    ("a week ago", "2031-05-07"),
])
def test_weeks(phrase, read):
    assert resolve_date(phrase, WEDNESDAY) == read


@pytest.mark.parametrize("phrase, read", [
    ("earlier this month", "2031-05"),
    ("this month", "2031-05"),
    ("last month", "2031-04"),
    ("late last month", "2031-04"),
    ("earlier this year", "2031"),
    ("this year", "2031"),
    ("later this year", "2031"),
    ("last year", "2030"),
    ("late last year", "2030"),
    ("the previous year", "2030"),
    ("a year ago", "2030"),
    ("next year", "2032"),
    ("the end of last year", "2030-12"),
    ("the end of the year", "2031-12"),
    ("by the end of this year", "2031-12"),
    ("by year-end", "2031-12"),
    ("the end of next month", "2031-06"),
    ("early next month", "2031-06"),
])
def test_months_and_years_counted_from_the_news(phrase, read):
    assert resolve_date(phrase, WEDNESDAY) == read


@pytest.mark.parametrize("phrase, read", [
    # A month of this year, or last year's when it is well after the news.
    ("March", "2031-03"),
    ("in March", "2031-03"),
    # "last" and "next" before a month: the latest one before the news' month, the first after.
    ("last March", "2031-03"),
    ("last September", "2030-09"),
    ("next March", "2032-03"),
    ("in early March", "2031-03"),
    ("late April", "2031-04"),
    ("September", "2030-09"),
    ("March 3", "2031-03-03"),
    ("on March 3", "2031-03-03"),
    ("March 3rd", "2031-03-03"),
    ("Mar. 3", "2031-03-03"),
    ("3 March", "2031-03-03"),
    ("the 3rd of March", "2031-03-03"),
    ("3 March 2024", "2024-03-03"),
    ("March 3, 2024", "2024-03-03"),
    ("Mar 3 2024", "2024-03-03"),
    ("Tuesday, March 3", "2031-03-03"),
    ("March 2024", "2024-03"),
    ("in March of 2024", "2024-03"),
    ("2024-03-03", "2024-03-03"),
])
def test_months_and_days_written(phrase, read):
    assert resolve_date(phrase, WEDNESDAY) == read


@pytest.mark.parametrize("phrase, read", [
    ("in the first quarter", "2031-01/2031-03"),
    ("the first quarter", "2031-01/2031-03"),
    ("the first quarter of this year", "2031-01/2031-03"),
    ("the fourth quarter of last year", "2030-10/2030-12"),
    ("the second half of 2023", "2023-07/2023-12"),
    ("the first half", "2031-01/2031-06"),
    ("Q3", "2031-07/2031-09"),
    ("Q4 2029", "2029-10/2029-12"),
    ("3Q 2029", "2029-07/2029-09"),
    ("the first nine months of 2030", "2030-01/2030-09"),
    ("the first three quarters of 2030", "2030-01/2030-09"),
    ("the January-March quarter", "2031-01/2031-03"),
    ("January through April", "2031-01/2031-04"),
    ("the first four months", "2031-01/2031-04"),
    ("the first four months of the year", "2031-01/2031-04"),
    # Months that end with a month named: the last such run to have ended by the news (a run
    # ending after the news' month is last year's, unless told as to come).
    ("the three months to April", "2031-02/2031-04"),
    ("the three months to June", "2030-04/2030-06"),
    ("the six months ended June 30", "2030-01/2030-06"),
    ("the year to March", "2030-04/2031-03"),
    ("the quarter ended March 31", "2031-01/2031-03"),
    # The quarter of the news, and the ones beside it.
    ("last quarter", "2031-01/2031-03"),
    ("the previous quarter", "2031-01/2031-03"),
    ("this quarter", "2031-04/2031-06"),
    ("next quarter", "2031-07/2031-09"),
])
def test_quarters_halves_and_runs_of_months(phrase, read):
    assert resolve_date(phrase, WEDNESDAY) == read


@pytest.mark.parametrize("phrase, read", [
    ("2029", "2029"),
    ("in 2029", "2029"),
    ("since 2019", "2019"),
    ("in late 2022", "2022"),
    ("late 2022", "2022"),
    ("mid-2021", "2021"),
    ("early 2020", "2020"),
    ("the end of 2024", "2024-12"),
    ("end-2024", "2024-12"),
    ("FY2023", "2023"),
    ("fiscal 2023", "2023"),
    ("fiscal year 2023", "2023"),
    ("the 2023 fiscal year", "2023"),
    ("2023-24", "2023/2024"),
    ("2023-2024", "2023/2024"),
    ("between 2019 and 2022", "2019/2022"),
    ("from 2019 to 2022", "2019/2022"),
    ("the past three years", "2028/2030"),
    ("a decade ago", "2021"),
    # A season is no month: its year.
    ("the summer of 2029", "2029"),
    ("this spring", "2031"),
    ("the 2030s", "2030/2039"),  # a decade is its ten years (session 20: better than the news' day)
])
def test_years(phrase, read):
    assert resolve_date(phrase, WEDNESDAY) == read


@pytest.mark.parametrize("phrase", [
    "recent years", "the past", "decades", "a decade", "the coming months", "years", "the past 12 months",
    "three years", "five-year", "24 hours",
    "a year earlier",  # earlier than another time of the text, not the news
])
def test_lengths_and_vague_times_are_no_date(phrase):
    # A length ("three years") or an unplaced time says when nothing happened.
    assert resolve_date(phrase, WEDNESDAY) is None


@pytest.mark.parametrize("phrase", ["last week", "Tuesday", "last month", "this year", "yesterday", "Q3", "March 3"])
def test_relative_dates_need_the_news_date(phrase):
    assert resolve_date(phrase, None) is None


def test_a_news_date_of_a_month_dates_what_needs_no_day():
    # Only the month of the news is known: a month counted from it resolves, a weekday to
    # that month (as the real-news gold dates "on Tuesday" in a story known by its month),
    # a week not.
    assert resolve_date("last month", "2031-05") == "2031-04"
    assert resolve_date("Tuesday", "2031-05") == "2031-05"
    assert resolve_date("last week", "2031-05") is None


@pytest.mark.parametrize("phrase, read", [
    # A month of a year counted from the news: that month, not the year alone.
    ("December last year", "2030-12"),
    ("in January of last year", "2030-01"),
    ("March this year", "2031-03"),
    ("February next year", "2032-02"),
    # The start of a year is its January, as its end is its December.
    ("the beginning of the year", "2031-01"),
    ("at the start of next year", "2032-01"),
    ("the start of 2029", "2029-01"),
    # A year with the word that bounds it.
    ("by 2030", "2030"),
    ("until 2027", "2027"),
    # A season counted from the news.
    ("last summer", "2030"),
    ("next spring", "2032"),
    # Months between two others, and a count of months written with a hyphen.
    ("between February and April", "2031-02/2031-04"),
    ("12-months through March", "2030-04/2031-03"),
    # A year written after the month a fiscal year ends in, not a day of that month.
    ("the fiscal year ending March 2029", "2028-04/2029-03"),
    ("the year ended March 31", "2030-04/2031-03"),
])
def test_months_of_counted_years_and_bounds(phrase, read):
    assert resolve_date(phrase, WEDNESDAY) == read


@pytest.mark.parametrize("phrase, read", [
    # A fiscal year over two calendar years runs April to March (dates.yaml).
    ("fiscal 2027-28", "2027-04/2028-03"),
    ("FY2027-28", "2027-04/2028-03"),
    ("the 2027/28 fiscal year", "2027-04/2028-03"),
    # Without a fiscal word the two years are read as written.
    ("2027-28", "2027/2028"),
])
def test_fiscal_years_over_two_calendar_years(phrase, read):
    assert resolve_date(phrase, WEDNESDAY) == read


@pytest.mark.parametrize("phrase, read", [
    # A run of days without its year takes the year a lone month would: the last November
    # for a past event told in May ...
    ("Nov. 5-10", "2030-11-05/2030-11-10"),
    ("on 20-22 October", "2030-10-20/2030-10-22"),
    # ... this year's for a month close to the news' ...
    ("June 3 to 5", "2031-06-03/2031-06-05"),
    # ... and a run over the turn of the year ends in the year after its start.
    ("December 28 to January 3", "2030-12-28/2031-01-03"),
])
def test_runs_of_days_without_their_year(phrase, read):
    assert resolve_date(phrase, WEDNESDAY) == read


@pytest.mark.parametrize("phrase, ahead, read", [
    # From one weekday to another: the first as a lone weekday, the last the one after it.
    ("from Sunday to Wednesday", True, "2031-05-18/2031-05-21"),
    ("Monday through Wednesday", False, "2031-05-12/2031-05-14"),
    ("on Tuesday and Wednesday", False, "2031-05-13/2031-05-14"),
])
def test_runs_of_weekdays(phrase, ahead, read):
    assert resolve_date(phrase, WEDNESDAY, ahead=ahead) == read


@pytest.mark.parametrize("phrase, read", [
    # Analysts' halves and quarters with the year joined on.
    ("1H29", "2029-01/2029-06"),
    ("3Q24", "2024-07/2024-09"),
    # A week of a month is that month, not the week before the news.
    ("the last week of March", "2031-03"),
    ("the first week of April 2029", "2029-04"),
])
def test_joined_quarters_and_weeks_of_months(phrase, read):
    assert resolve_date(phrase, WEDNESDAY) == read
