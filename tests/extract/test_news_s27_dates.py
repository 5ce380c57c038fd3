"""Dates of session 27, kinds met on news snippets outside the corpus: a date inside a phrase
on an event at another time ("fell 8% after tariff increases in March"), the day a post takes
effect ("named on Tuesday, effective March 1"), the months of a local calendar's year ("the
first four months of the current Iranian year"), an earlier leg of a tour ("Before Cambodia,
he visited Laos"), a backing told as a state ("is backed by X"). Sentences invented here, each
beside one of the same shape that must not be read so."""

from __future__ import annotations

from extract_support import fact_qualifiers


def test_a_date_in_a_phrase_on_an_earlier_event_dates_no_trade_figure(extract_text):
    for sentence in ("Korea's exports to Chile fell 6% to $2 billion, following steel levies imposed in February.",
                     "Korea's exports to Chile fell 6% to $2 billion after steel levies in February.",
                     "Korea's exports to Chile fell 6% to $2 billion, hurt by steel levies imposed in February."):
        record = extract_text(sentence, "2025-06-02")
        assert fact_qualifiers(record, "South Korea", "exports_to", "Chile").get("date") != "2025-02", sentence


def test_a_date_of_the_figure_beside_such_a_phrase_still_dates_it(extract_text):
    record = extract_text("Korea's exports to Chile fell 6% to $2 billion in May after steel levies.", "2025-06-02")
    assert fact_qualifiers(record, "South Korea", "exports_to", "Chile")["date"] == "2025-05"
    record = extract_text("Korea's exports to Chile fell 6% to $2 billion in May, following steel levies imposed in February.",
                          "2025-06-02")
    assert fact_qualifiers(record, "South Korea", "exports_to", "Chile")["date"] == "2025-05"


def test_a_deal_told_inside_such_a_phrase_keeps_its_own_date(extract_text):
    record = extract_text("After its purchase of Daewon Robotics in February, Hanul Capital opened an office in Busan.",
                          "2025-06-02")
    assert fact_qualifiers(record, "Hanul Capital", "acquires", "Daewon Robotics")["date"] == "2025-02"


def test_a_post_named_on_one_day_effective_on_another_takes_the_day_it_takes_effect(extract_text):
    record = extract_text("Kim Min-soo was named chief executive of Hanul Bank on Tuesday, effective March 1.", "2025-01-16")
    assert fact_qualifiers(record, "Kim Min-soo", "ceo_of", "Hanul Bank")["date"] == "2025-03-01"
    record = extract_text("Hanul Bank's board on Tuesday appointed Kim Min-soo as chief executive of the bank from March 1.",
                          "2025-01-16")
    assert fact_qualifiers(record, "Kim Min-soo", "ceo_of", "Hanul Bank")["date"] == "2025-03-01"


def test_a_renewed_term_takes_the_day_the_new_term_starts(extract_text):
    record = extract_text("Park Ji-won was reappointed chairman of Daewon Steel on Tuesday for a new two-year term starting "
                          "March 1.", "2025-01-16")
    assert fact_qualifiers(record, "Park Ji-won", "chair_of", "Daewon Steel")["date"] == "2025-03-01"


def test_a_post_named_on_a_day_without_a_day_of_effect_takes_the_day_named(extract_text):
    record = extract_text("Kim Min-soo was named chief executive of Hanul Bank on Tuesday, replacing Park Ji-won.", "2025-01-16")
    assert fact_qualifiers(record, "Kim Min-soo", "ceo_of", "Hanul Bank")["date"] == "2025-01-14"
    record = extract_text("Hanul Bank's board on Tuesday appointed Kim Min-soo as chief executive of the bank, a post he held "
                          "from 2019 to 2021.", "2025-01-16")
    assert fact_qualifiers(record, "Kim Min-soo", "ceo_of", "Hanul Bank")["date"] == "2025-01-14"


def test_months_of_a_local_calendar_year_count_from_its_first_day(extract_text):
    record = extract_text("Iran's exports to Armenia rose 9% to $400 million in the first four months of the current Iranian "
                          "calendar year.", "2025-08-20")
    assert fact_qualifiers(record, "Iran", "exports_to", "Armenia")["date"] == "2025-03/2025-07"
    record = extract_text("Iran exported $1.2 billion worth of goods to Armenia in the past Iranian year.", "2025-08-20")
    assert fact_qualifiers(record, "Iran", "exports_to", "Armenia")["date"] == "2024-03/2025-03"


def test_months_of_a_year_a_people_does_not_name_are_the_calendars(extract_text):
    record = extract_text("Iranian exports to Armenia rose 9% to $400 million in the first four months of the year.", "2025-08-20")
    assert fact_qualifiers(record, "Iran", "exports_to", "Armenia")["date"] == "2025-01/2025-04"


def test_a_trip_told_as_before_another_place_of_the_tour_is_not_dated_by_the_news(extract_text):
    record = extract_text("Before Cambodia, Foreign Minister Kim Min-soo visited Laos and Myanmar.", "2024-11-01")
    assert "date" not in fact_qualifiers(record, "Kim Min-soo", "visits", "Laos")


def test_a_trip_told_as_before_an_event_is_dated_by_the_news(extract_text):
    record = extract_text("Before the summit, Foreign Minister Kim Min-soo visited Laos.", "2024-11-01")
    assert fact_qualifiers(record, "Kim Min-soo", "visits", "Laos")["date"] == "2024-11-01"


def test_a_backing_told_as_a_state_takes_neither_the_news_day_nor_an_earlier_sentences_date(extract_text):
    record = extract_text("Daewon Robotics raised $20 million from Mirae Asset last month. Daewon Robotics is backed by Hanul "
                          "Capital.", "2024-03-20")
    assert "date" not in fact_qualifiers(record, "Hanul Capital", "invests_in", "Daewon Robotics")
    record = extract_text("Daewon Robotics is backed by Hanul Capital.", "2024-03-20")
    assert "date" not in fact_qualifiers(record, "Hanul Capital", "invests_in", "Daewon Robotics")


def test_an_investment_told_as_done_takes_the_earlier_sentences_date(extract_text):
    record = extract_text("Daewon Robotics raised $20 million from Mirae Asset last month. Hanul Capital also invested in Daewon "
                          "Robotics.", "2024-03-20")
    assert fact_qualifiers(record, "Hanul Capital", "invests_in", "Daewon Robotics")["date"] == "2024-02"
    record = extract_text("Daewon Robotics was backed by Hanul Capital in 2021.", "2024-03-20")
    assert fact_qualifiers(record, "Hanul Capital", "invests_in", "Daewon Robotics")["date"] == "2021"
