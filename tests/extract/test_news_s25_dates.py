"""Dates of session 25, kinds met on news snippets outside the corpus: a run of days NER read
short ("held on Oct. 15 and 16", "from 12-14 November"), a fiscal year "ended in" a month, a
length on "period" that refers back to a period the text dated before ("During the six-month
period"). Sentences invented here, each beside one of the same shape that must not be read so."""

from __future__ import annotations

from extract_support import fact_qualifiers

HELD = "event_held_at"


def test_a_run_of_days_after_a_month_dates_the_event_by_both(extract_text):
    record = extract_text("The Hanul Investment Forum was held on Oct. 15 and 16 in Busan.", "2025-11-14")
    assert fact_qualifiers(record, "Hanul Investment Forum", HELD, "Busan")["date"] == "2025-10-15/2025-10-16"


def test_a_run_of_days_before_a_month_dates_the_event_by_both(extract_text):
    record = extract_text("The Hanul Investment Forum will be held in Busan from 9-11 December.", "2025-11-14")
    assert fact_qualifiers(record, "Hanul Investment Forum", HELD, "Busan")["date"] == "2025-12-09/2025-12-11"


def test_a_number_after_a_day_that_counts_something_runs_no_days(extract_text):
    record = extract_text("Kim Min-soo visited Hanoi on Oct. 15 and 16 delegates joined him there.", "2025-11-14")
    assert fact_qualifiers(record, "Kim Min-soo", "visits", "Hanoi")["date"] == "2025-10-15"


def test_a_fiscal_year_ended_in_a_month_dates_the_trade_by_its_twelve_months(extract_text):
    record = extract_text("Korea's exports to Japan fell 4% to $12 billion in the fiscal year ended in March.", "2025-06-14")
    assert fact_qualifiers(record, "South Korea", "exports_to", "Japan")["date"] == "2024-04/2025-03"


def test_a_month_in_which_a_fiscal_year_ended_dates_the_trade_by_the_month(extract_text):
    record = extract_text("Korea's exports to Japan fell 4% to $12 billion in March, when the fiscal year ended.", "2025-06-14")
    assert fact_qualifiers(record, "South Korea", "exports_to", "Japan")["date"] == "2025-03"


def test_a_length_on_period_takes_the_period_of_as_many_months_dated_before(extract_text):
    record = extract_text("Korea's exports rose 5% to $500 billion in the first ten months of the year. During the ten-month "
                          "period, Korea exported $9 billion of chips to Japan.", "2025-11-14")
    assert fact_qualifiers(record, "South Korea", "exports_to", "Japan")["date"] == "2025-01/2025-10"


def test_a_length_on_period_takes_no_period_of_another_length(extract_text):
    # The half year dates the story's trade (story_period); no ten-month period is made of it.
    record = extract_text("Korea's exports rose 5% to $500 billion in the first half of the year. During the ten-month "
                          "period, Korea exported $9 billion of chips to Japan.", "2025-11-14")
    assert fact_qualifiers(record, "South Korea", "exports_to", "Japan")["date"] == "2025-01/2025-06"


def test_days_written_before_their_months_run_from_one_month_into_the_next(extract_text):
    record = extract_text("Hanul Capital bought a 3% stake in Daewon Robotics through open-market trading between 12 November "
                          "and 18 December.", "2025-12-23")
    assert fact_qualifiers(record, "Hanul Capital", "holds_stake_in", "Daewon Robotics")["date"] == "2025-11-12/2025-12-18"
    record = extract_text("The Hanul Trade Fair was held in Lagos from 30 November to 2 December.", "2025-12-23")
    assert fact_qualifiers(record, "Hanul Trade Fair", HELD, "Lagos")["date"] == "2025-11-30/2025-12-02"


def test_two_days_of_two_deeds_run_no_days(extract_text):
    record = extract_text("Hanul Capital bought a 3% stake in Daewon Robotics on 12 November and sold it on 18 December.",
                          "2025-12-23")
    assert fact_qualifiers(record, "Hanul Capital", "holds_stake_in", "Daewon Robotics")["date"] == "2025-11-12"


def test_the_half_year_to_a_month_is_six_months(extract_text):
    record = extract_text("Kenya's exports to Rwanda rose 39% to Ksh19 billion in the half year to June.", "2025-12-20")
    assert fact_qualifiers(record, "Kenya", "exports_to", "Rwanda")["date"] == "2025-01/2025-06"


def test_the_year_to_a_month_is_twelve_months(extract_text):
    record = extract_text("Kenya's exports to Rwanda rose 39% to Ksh19 billion in the year to June.", "2025-12-20")
    assert fact_qualifiers(record, "Kenya", "exports_to", "Rwanda")["date"] == "2024-07/2025-06"


def test_months_each_with_its_year_run_from_one_year_into_the_next(extract_text):
    record = extract_text("Figures for the cumulative period December 2024 to November 2025 show that Uganda exported goods "
                          "worth $544.5m to Kenya.", "2025-12-20")
    assert fact_qualifiers(record, "Uganda", "exports_to", "Kenya")["date"] == "2024-12/2025-11"


def test_two_months_of_two_figures_run_no_months(extract_text):
    record = extract_text("Uganda exported goods worth $544.5m to Kenya in December 2024 and $60m in November 2025.", "2025-12-20")
    assert fact_qualifiers(record, "Uganda", "exports_to", "Kenya")["date"] == "2024-12"


def test_the_year_a_figure_is_compared_with_dates_no_trade(extract_text):
    for text in ("Korea's exports to Japan totaled $3 billion, 4% more than the previous year.",
                 "Korea's exports to Japan reached $3 billion, up from $2.5 billion last year.",
                 "Korea's exports to Japan reached $3 billion, compared with $2.5 billion in 2024."):
        assert "date" not in fact_qualifiers(extract_text(text, "2025-11-14"), "South Korea", "exports_to", "Japan"), text


def test_the_year_a_figure_rose_to_dates_the_trade(extract_text):
    record = extract_text("Korea's exports to Japan rose from $2.5 billion in 2023 to $3 billion in 2024.", "2025-11-14")
    assert fact_qualifiers(record, "South Korea", "exports_to", "Japan")["date"] == "2024"
    record = extract_text("Korea's exports to Japan totaled $3 billion in the previous year.", "2025-11-14")
    assert fact_qualifiers(record, "South Korea", "exports_to", "Japan")["date"] == "2024"


def test_who_arrives_to_attend_an_event_takes_part_on_the_days_its_clause_gives(extract_text):
    record = extract_text("Kim Min-soo arrived in Busan on Tuesday to attend the Hanul Investment Summit, which opens on Thursday.",
                          "2025-11-12")
    assert fact_qualifiers(record, "Kim Min-soo", "participates_in", "Hanul Investment Summit")["date"] == "2025-11-13"
    assert fact_qualifiers(record, "Kim Min-soo", "visits", "Busan")["date"] == "2025-11-11"


def test_who_attends_an_event_on_a_day_takes_part_on_that_day(extract_text):
    record = extract_text("On Tuesday, Kim Min-soo attended the Hanul Investment Summit, which opened on Monday.", "2025-11-12")
    assert fact_qualifiers(record, "Kim Min-soo", "participates_in", "Hanul Investment Summit")["date"] == "2025-11-11"


def test_who_will_attend_an_event_takes_part_on_the_days_the_text_gives_it(extract_text):
    record = extract_text("Delegations arrived in Havana on Tuesday for the Hanul Investment Summit, to be held on Sept. 15-16.\n\n"
                          "Kim Min-soo will attend the summit, the ministry said.", "2025-09-10")
    assert fact_qualifiers(record, "Kim Min-soo", "participates_in", "Hanul Investment Summit")["date"] == "2025-09-15/2025-09-16"


def test_who_will_attend_an_event_the_text_gives_no_days_takes_part_on_the_news_day(extract_text):
    record = extract_text("Delegations arrived in Havana on Tuesday for the Hanul Investment Summit.\n\n"
                          "Kim Min-soo will attend the summit, the ministry said.", "2025-09-10")
    assert fact_qualifiers(record, "Kim Min-soo", "participates_in", "Hanul Investment Summit")["date"] != "2025-09-15/2025-09-16"
