"""Dates of session 37 (helper "dates37"), found by a battery of invented sentences in the
date forms news gives deals and visits (weekdays, "last week", "in the first quarter", "on
the 1st", "mid-2018", "(local time)", datelines), each run through the whole extractor
against a publication date: a weekday NER read as a time with its hour ("on Wednesday
night", "late Tuesday", "later today"); a day of the month alone read as an ordinal ("on the
5th"); a season cut from its year ("the summer of" and "2022"); "last Thursday" told on a
Thursday; and an undated fact of a story whose lead dates only its telling ("X said on
Wednesday it had raised its stake"), dated by that day rather than the paper's. Sentences
invented here, each beside one of a near shape that must not give the date."""

from __future__ import annotations

import pytest

from extract_support import fact_qualifiers
from kg.extract.dates import resolve_date

#: A Thursday.
PUBLISHED = "2024-03-14"
BUYER, TARGET = "Norvik Capital", "Talvane Robotics Inc."


@pytest.mark.parametrize("when, day", [
    ("on Wednesday night", "2024-03-13"),
    ("late Tuesday", "2024-03-12"),
    ("on Monday evening", "2024-03-11"),
    ("on Monday", "2024-03-11"),
    ("on Monday (local time)", "2024-03-11"),
    ("last week", "2024-03-04/2024-03-10"),
    ("earlier this month", "2024-03"),
    ("in the first quarter", "2024-01/2024-03"),
    ("on 3 March 2024", "2024-03-03"),
    ("on the 1st", "2024-03-01"),
    ("in mid-2018", "2018"),
    ("late last year", "2023"),
    ("in fiscal 2023", "2023"),
    ("in December", "2023-12"),
])
def test_the_date_forms_news_gives_a_deal(extract_text, when, day):
    record = extract_text(f"{BUYER} acquired {TARGET} {when}.", PUBLISHED)
    assert fact_qualifiers(record, BUYER, "acquires", TARGET)["date"] == day


def test_a_weekday_with_its_hour_dates_the_deal(extract_text):
    # NER reads "Wednesday night" as a time, which dated nothing: the deal took the news' day.
    record = extract_text(f"{BUYER} acquired {TARGET} on Wednesday night.", PUBLISHED)
    assert fact_qualifiers(record, BUYER, "acquires", TARGET)["date"] == "2024-03-13"
    # An hour alone names no day: the news' day stays.
    record = extract_text(f"{BUYER} acquired {TARGET} at 9 p.m.", PUBLISHED)
    assert fact_qualifiers(record, BUYER, "acquires", TARGET)["date"] == PUBLISHED


def test_later_today_dates_a_plan_by_the_news_day_not_the_leads_day(extract_text):
    # "Later today" (a time to NER) left the address to the day the lead dates its news by.
    text = ("Prime Minister Aron Velt arrived in Lima on Saturday evening. "
            "Later today, he will deliver a keynote address at the World Mining Summit in Lima.")
    record = extract_text(text, "2018-02-11")
    assert fact_qualifiers(record, "Aron Velt", "participates_in", "World Mining Summit")["date"] == "2018-02-11"
    assert fact_qualifiers(record, "Aron Velt", "visits", "Lima")["date"] == "2018-02-10"


def test_a_lone_day_of_the_month_after_on_the(extract_text):
    record = extract_text("Prime Minister Aron Velt visited Peru on the 5th.", PUBLISHED)
    assert fact_qualifiers(record, "Aron Velt", "visits", "Peru")["date"] == "2024-03-05"
    # An ordinal before a noun is no day: "on the 5th floor" dates nothing, the news' day stays.
    record = extract_text("Prime Minister Aron Velt visited Peru and spoke on the 5th floor of its parliament.", PUBLISHED)
    assert fact_qualifiers(record, "Aron Velt", "visits", "Peru")["date"] == PUBLISHED


def test_a_season_keeps_the_year_after_of(extract_text):
    record = extract_text(f"{BUYER} acquired {TARGET} in the summer of 2022.", PUBLISHED)
    assert fact_qualifiers(record, BUYER, "acquires", TARGET)["date"] == "2022"
    assert resolve_date("summer 2022", None) == "2022"
    assert resolve_date("this summer", None) is None  # a season without a year needs the news' day


def test_last_weekday_told_on_that_weekday_is_a_week_before():
    assert resolve_date("last Thursday", PUBLISHED) == "2024-03-07"
    assert resolve_date("on Thursday", PUBLISHED) == PUBLISHED
    assert resolve_date("last Monday", PUBLISHED) == "2024-03-11"


def test_an_undated_fact_takes_the_day_the_lead_tells_the_news(extract_text):
    # The lead dates only its telling ("said on Wednesday"), the paper came out the day after:
    # a later undated sentence of the same news is Wednesday's, not the paper's day.
    later = f"\n\n{BUYER} has also acquired Ostrel Foods Ltd., it said."
    record = extract_text(f"{BUYER} said on Wednesday it had raised its stake in {TARGET} to 30%." + later, PUBLISHED)
    assert fact_qualifiers(record, BUYER, "acquires", "Ostrel Foods Ltd.")["date"] == "2024-03-13"
    # A lead that dates no telling leaves the paper's day; so does a telling more than a
    # week before it, the day of some other news.
    for lead in ("said it had raised", "said on Feb. 20 it had raised"):
        text = f"{BUYER} {lead} its stake in {TARGET} to 30%." + later
        record = extract_text(text, PUBLISHED)
        assert fact_qualifiers(record, BUYER, "acquires", "Ostrel Foods Ltd.")["date"] == PUBLISHED, lead


def test_a_clause_on_a_noun_beside_a_name_takes_no_date_of_the_main_clause(extract_text):
    # "X, the drone maker founded by Y, on Monday filed ...": the founding hung on a common
    # noun, read as the main clause's, and took Monday.
    record = extract_text("Sora Aerospace, the drone maker founded by Kim Min-soo, on Monday filed a complaint with the regulator.",
                          PUBLISHED)
    assert "date" not in fact_qualifiers(record, "Sora Aerospace", "founded_by", "Kim Min-soo")
    # The founding's own date stays.
    record = extract_text("Sora Aerospace, the drone maker founded by Kim Min-soo in 2015, on Monday filed a complaint with the "
                          "regulator.", PUBLISHED)
    assert fact_qualifiers(record, "Sora Aerospace", "founded_by", "Kim Min-soo")["date"] == "2015"


def test_a_relative_clause_on_the_deal_dates_it(extract_text):
    # "in a deal that closed on March 1": a clause on the deal noun is the deal's, as a
    # participle on it is ("in a deal signed on March 1"); it had been read as another verb's.
    for clause in ("that closed on March 1", "which was completed on March 1", "signed on March 1"):
        record = extract_text(f"{BUYER} acquired {TARGET} in a deal {clause}.", PUBLISHED)
        assert fact_qualifiers(record, BUYER, "acquires", TARGET)["date"] == "2024-03-01", clause
    # A closing to come dates no deal done: the news' day.
    record = extract_text(f"{BUYER} acquired {TARGET} in a deal that is expected to close in June.", PUBLISHED)
    assert fact_qualifiers(record, BUYER, "acquires", TARGET)["date"] == PUBLISHED


def test_a_relative_clause_on_the_deal_gives_it_no_other_money(extract_text):
    # Dates only: a relative clause's money may be another sum than the deal's.
    record = extract_text(f"{BUYER} acquired {TARGET} for $300 million in a deal that includes $40 million of debt.", PUBLISHED)
    assert fact_qualifiers(record, BUYER, "acquires", TARGET)["amount"] == 300_000_000


def test_a_day_written_as_an_ordinal_before_its_month(extract_text):
    # NER reads "9th" as an ordinal and "September 2023" as the date: the month alone.
    record = extract_text("Prime Minister Aron Velt travelled to Peru on 9th September 2023.", PUBLISHED)
    assert fact_qualifiers(record, "Aron Velt", "visits", "Peru")["date"] == "2023-09-09"
    # An ordinal before another date is no day of it: "the 9th" edition held in September.
    record = extract_text("Prime Minister Aron Velt travelled to Peru for the 9th Lima Trade Forum in September 2023.", PUBLISHED)
    assert fact_qualifiers(record, "Aron Velt", "visits", "Peru")["date"] == "2023-09"


@pytest.mark.parametrize("written, day", [("09/09/2023", "2023-09-09"), ("23/09/2023", "2023-09-23"), ("2023.09.23", "2023-09-23")])
def test_a_day_in_figures(extract_text, written, day):
    # NER read "09/09/2023" as a place: the visit took the news' day.
    record = extract_text(f"Prime Minister Aron Velt travelled to Peru on {written}.", PUBLISHED)
    assert fact_qualifiers(record, "Aron Velt", "visits", "Peru")["date"] == day


def test_a_day_in_figures_left_open_is_no_date():
    assert resolve_date("04/05/2023", None) is None  # April 5 or May 4: the text does not say
    assert resolve_date("09/09/2023", None) == "2023-09-09"


def test_a_datelines_day_before_the_papers_dates_the_undated_news(extract_text):
    # "LIMA, March 12 (Reuters) -" in the paper of March 14: what the story tells undated is
    # of March 12.
    text = "LIMA, March 12 (Reuters) - Prime Minister Aron Velt arrived in Peru."
    record = extract_text(text, PUBLISHED)
    assert fact_qualifiers(record, "Aron Velt", "visits", "Peru")["date"] == "2024-03-12"
    # A dateline's day more than a week before the paper's is no day of its news.
    record = extract_text(text.replace("March 12", "Feb. 12"), PUBLISHED)
    assert fact_qualifiers(record, "Aron Velt", "visits", "Peru")["date"] == PUBLISHED


def test_two_weekdays_gone_by_end_before_the_news():
    # "visited Peru on Thursday and Friday" told on a Thursday: last week's, not this one's
    # days to come (the first had been read as the lone weekday, the last after it).
    assert resolve_date("Thursday and Friday", PUBLISHED) == "2024-03-07/2024-03-08"
    assert resolve_date("from Sunday to Wednesday", PUBLISHED) == "2024-03-10/2024-03-13"
    # To come, the first is the next one and the last the one after it.
    assert resolve_date("Thursday and Friday", PUBLISHED, ahead=True) == "2024-03-14/2024-03-15"
    assert resolve_date("from Sunday to Wednesday", PUBLISHED, ahead=True) == "2024-03-17/2024-03-20"


def test_a_weekday_on_a_present_progressive_is_to_come(extract_text):
    # "is visiting Peru on Thursday and Friday" told on a Tuesday: the coming days.
    record = extract_text("Prime Minister Aron Velt is visiting Peru on Thursday and Friday.", "2024-03-12")
    assert fact_qualifiers(record, "Aron Velt", "visits", "Peru")["date"] == "2024-03-14/2024-03-15"
    # Told as done, the days gone by.
    record = extract_text("Prime Minister Aron Velt visited Peru on Thursday and Friday.", PUBLISHED)
    assert fact_qualifiers(record, "Aron Velt", "visits", "Peru")["date"] == "2024-03-07/2024-03-08"


@pytest.mark.parametrize("text", [
    "Prime Minister Aron Velt arrived in Peru on Monday. He spoke at the Lima Investment Forum the next day.",
    "Prime Minister Aron Velt arrived in Peru on Monday. The following day, he spoke at the Lima Investment Forum.",
])
def test_the_next_day_counts_from_the_date_before(extract_text, text):
    record = extract_text(text, PUBLISHED)
    assert fact_qualifiers(record, "Aron Velt", "participates_in", "Lima Investment Forum")["date"] == "2024-03-12"


def test_the_previous_day_counts_back(extract_text):
    record = extract_text("Prime Minister Aron Velt spoke at the Lima Investment Forum on Tuesday. "
                          "He had arrived in Peru the previous day.", PUBLISHED)
    assert fact_qualifiers(record, "Aron Velt", "visits", "Peru")["date"] == "2024-03-11"
    # With no date before it to count from, the news' day stays.
    record = extract_text("Prime Minister Aron Velt had arrived in Peru the previous day.", PUBLISHED)
    assert fact_qualifiers(record, "Aron Velt", "visits", "Peru")["date"] == PUBLISHED


@pytest.mark.parametrize("later", ["It has since acquired Talvane Robotics Inc. for $5 million.",
                                   "Since then it has made an investment in Talvane Robotics Inc."])
def test_a_deed_told_since_the_date_before_does_not_borrow_it(extract_text, later):
    # "In January, X raised $300 million. It has since acquired Y": the deal came after
    # January, whose month it had borrowed.
    record = extract_text("In January, Norvik Capital raised $300 million. " + later, PUBLISHED)
    fact = next(r for r in record["relations"] if r["subject"] == BUYER and r["object"] == TARGET and not r.get("implied"))
    assert fact["qualifiers"]["date"] == PUBLISHED
    # Without "since", the sentence before still dates it; "since 2019" is a date of its own.
    record = extract_text("In January, Norvik Capital raised $300 million. It acquired Talvane Robotics Inc. for $5 million.",
                          PUBLISHED)
    assert fact_qualifiers(record, BUYER, "acquires", TARGET)["date"] == "2024-01"
    record = extract_text(f"{BUYER} has invested in {TARGET} since 2019.", PUBLISHED)
    assert fact_qualifiers(record, BUYER, "invests_in", TARGET)["date"] == "2019"
