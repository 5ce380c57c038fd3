"""Dates of session 26, kinds met on news snippets outside the corpus: the base a figure is
compared with, a level foreseen, the months of a fiscal year. Sentences invented here, each
beside one of the same shape that must not be read so."""

from __future__ import annotations

from extract_support import fact_qualifiers


def test_a_sentence_without_a_date_takes_the_period_before_not_the_base_compared_with(extract_text):
    record = extract_text("Korea's exports to Japan rose 5% to $12 billion in 2024-25 compared to $11 billion in the same period "
                          "of the previous year. Korea's imports from Japan fell 2% to $9 billion.", "2025-12-20")
    assert fact_qualifiers(record, "South Korea", "imports_from", "Japan")["date"] == "2024/2025"


def test_the_base_compared_with_dates_no_figure_of_its_own_sentence(extract_text):
    record = extract_text("Korea's imports from Japan fell 2% to $9 billion, compared to $9.2 billion in the same period of the "
                          "previous year.", "2025-12-20")
    assert "date" not in fact_qualifiers(record, "South Korea", "imports_from", "Japan")


def test_a_record_level_foreseen_by_a_year_dates_no_trade(extract_text):
    record = extract_text("Korea's exports to Vietnam are expected to touch a record $50 billion by 2030.\n\n"
                          "Korea's exports to Vietnam grew 8% last year, the ministry said.", "2025-12-20")
    qualifiers = fact_qualifiers(record, "South Korea", "exports_to", "Vietnam")
    assert qualifiers["date"] == "2024" and "amount" not in qualifiers


def test_a_level_reached_in_a_year_dates_the_trade(extract_text):
    record = extract_text("Korea's exports to Vietnam touched a record $50 billion in 2024.", "2025-12-20")
    qualifiers = fact_qualifiers(record, "South Korea", "exports_to", "Vietnam")
    assert qualifiers["date"] == "2024" and qualifiers["amount"] == 50e9


def test_the_first_months_of_the_current_fiscal_year_count_from_its_first_month(extract_text):
    record = extract_text("India's exports to Oman rose 12% to $3 billion in the first eight months of the current fiscal year.",
                          "2025-12-20")
    assert fact_qualifiers(record, "India", "exports_to", "Oman")["date"] == "2025-04/2025-11"
    record = extract_text("India's exports to Oman rose 12% to $3 billion in the first half of the ongoing financial year.",
                          "2026-02-20")
    assert fact_qualifiers(record, "India", "exports_to", "Oman")["date"] == "2025-04/2025-09"


def test_the_first_months_of_the_year_count_from_january(extract_text):
    record = extract_text("India's exports to Oman rose 12% to $3 billion in the first eight months of the year.", "2025-12-20")
    assert fact_qualifiers(record, "India", "exports_to", "Oman")["date"] == "2025-01/2025-08"


def test_a_trip_without_a_day_of_its_own_takes_the_days_of_the_event_it_is_made_for(extract_text):
    record = extract_text("Hanul Motors chairman Kim Min-soo will travel to Peru to attend the Nov. 14-15 summit of the "
                          "Asia-Pacific Economic Cooperation.", "2024-11-01")
    assert fact_qualifiers(record, "Kim Min-soo", "visits", "Peru")["date"] == "2024-11-14/2024-11-15"
    record = extract_text("Hanul Motors chairman Kim Min-soo will fly to Chile for the Nov. 20 signing ceremony.", "2024-11-01")
    assert fact_qualifiers(record, "Kim Min-soo", "visits", "Chile")["date"] == "2024-11-20"


def test_a_trip_takes_no_date_of_a_clause_on_what_it_is_made_for(extract_text):
    record = extract_text("Hanul Motors chairman Kim Min-soo will travel to Peru to sign a deal that takes effect on Nov. 14.",
                          "2024-11-01")
    assert fact_qualifiers(record, "Kim Min-soo", "visits", "Peru")["date"] == "2024-11-01"


def test_countries_of_a_tour_whose_clause_names_them_take_the_tours_days(extract_text):
    record = extract_text("Foreign Minister Kim Min-soo will begin a four-day tour of Southeast Asia on Monday which will see him "
                          "travel to Laos and Cambodia.", "2024-11-01")
    assert fact_qualifiers(record, "Kim Min-soo", "visits", "Cambodia")["date"] == "2024-11-04/2024-11-07"


def test_a_trip_after_a_visit_of_some_days_takes_none_of_them(extract_text):
    record = extract_text("Foreign Minister Kim Min-soo will begin a four-day visit to Laos on Monday and then travel to Cambodia.",
                          "2024-11-01")
    assert fact_qualifiers(record, "Kim Min-soo", "visits", "Cambodia")["date"] != "2024-11-04/2024-11-07"


def test_a_trip_told_as_prior_to_another_is_not_dated_by_the_news(extract_text):
    record = extract_text("Prior to Vietnam, Kim Min-soo travelled to Laos on his first tour as foreign minister.", "2024-11-01")
    assert "date" not in fact_qualifiers(record, "Kim Min-soo", "visits", "Laos")
    record = extract_text("Hanul Capital previously invested in Daewon Robotics, the filing shows.", "2024-11-01")
    assert "date" not in fact_qualifiers(record, "Hanul Capital", "invests_in", "Daewon Robotics")


def test_a_trip_told_without_a_time_before_is_dated_by_the_news(extract_text):
    record = extract_text("Kim Min-soo travelled to Laos on his first tour as foreign minister.", "2024-11-01")
    assert fact_qualifiers(record, "Kim Min-soo", "visits", "Laos")["date"] == "2024-11-01"


def test_days_joined_by_a_dash_before_the_events_noun_are_its_days(extract_text):
    record = extract_text("The Nov. 14-15 Hanul Investment Forum will be held in Busan.", "2024-11-01")
    assert fact_qualifiers(record, "Hanul Investment Forum", "event_held_at", "Busan")["date"] == "2024-11-14/2024-11-15"
    record = extract_text("The Hanul Investment Forum will be held in Busan on Nov. 14-15 percent of the time.", "2024-11-01")
    assert fact_qualifiers(record, "Hanul Investment Forum", "event_held_at", "Busan").get("date") != "2024-11-14/2024-11-15"


def test_a_completed_deal_takes_the_day_a_later_sentence_says_the_deal_was_announced(extract_text):
    record = extract_text("Hanul Capital has completed its acquisition of Daewon Robotics.\n\n"
                          "The deal was first announced on Sept. 23.", "2025-10-26")
    assert fact_qualifiers(record, "Hanul Capital", "acquires", "Daewon Robotics")["date"] == "2025-09-23"


def test_a_completed_deal_takes_no_day_of_a_telling_not_said_to_be_the_first(extract_text):
    for told in ("Hanul Capital announced the deal on Oct. 24.", "The deal was announced on Oct. 24."):
        record = extract_text(f"Hanul Capital has completed its acquisition of Daewon Robotics.\n\n{told}", "2025-10-26")
        assert fact_qualifiers(record, "Hanul Capital", "acquires", "Daewon Robotics")["date"] == "2025-10-26", told


def test_a_reappointment_is_dated_by_the_news_not_by_the_first_appointment(extract_text):
    record = extract_text("Park Ji-won, who was first appointed chairman of Daewon Steel in 2019, was reappointed chairman of "
                          "Daewon Steel on Monday.", "2025-09-10")
    assert fact_qualifiers(record, "Park Ji-won", "chair_of", "Daewon Steel")["date"] == "2025-09-08"
    record = extract_text("Hanul Bank's board reappoints Kim Min-soo as chief executive. Kim was first appointed chief "
                          "executive of Hanul Bank in 2021.", "2025-09-10")
    assert fact_qualifiers(record, "Kim Min-soo", "ceo_of", "Hanul Bank")["date"] == "2025-09-10"


def test_a_first_appointment_alone_is_dated_by_its_year(extract_text):
    record = extract_text("Park Ji-won was first appointed chairman of Daewon Steel in 2019.", "2025-09-10")
    assert fact_qualifiers(record, "Park Ji-won", "chair_of", "Daewon Steel")["date"] == "2019"


def test_a_verb_renewed_with_re_has_the_lemma_of_the_verb_it_renews(extract_text):
    record = extract_text("Park Ji-won was reappointed chief executive of Daewon Steel on Monday.", "2025-09-10")
    assert fact_qualifiers(record, "Park Ji-won", "ceo_of", "Daewon Steel")["date"] == "2025-09-08"
