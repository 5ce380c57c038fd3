"""Dates of session 31, kinds met on news snippets outside the corpus: the second verb of a
pair sharing its first's subject and modal ("will visit India on a day and travel to two
cities") dated as the first; taking part in an event whose days a sentence of its own tells
("The forum was held in Lima on May 5 and 6"); a trade growth of one period given no money of
another period a later sentence tells. Sentences invented here, each beside one of the same shape that
must not be read so."""

from __future__ import annotations

from extract_support import fact_dates, fact_qualifiers


def test_the_second_verb_of_a_pair_after_a_shared_modal_takes_the_first_verbs_days(extract_text):
    record = extract_text("President Lee Jae-ho will visit Peru on June 3-4 and travel to Lima and Cusco, his office said "
                          "on Monday.", "2027-05-20")
    dates = fact_dates(record, "visits")
    assert dates[("Lee Jae-ho", "Lima")] == dates[("Lee Jae-ho", "Cusco")] == "2027-06-03/2027-06-04"


def test_a_second_verb_with_its_own_auxiliary_keeps_its_own_time(extract_text):
    record = extract_text("President Lee Jae-ho visited Peru on May 3 and will travel to Chile, his office said on "
                          "Monday.", "2027-05-20")
    assert fact_dates(record, "visits")[("Lee Jae-ho", "Chile")] != "2027-05-03"


def test_taking_part_in_an_event_takes_its_days_told_in_a_sentence_of_its_own(extract_text):
    record = extract_text("The Andes Trade Forum was held in Lima on May 5 and 6. Officials from Chile attended the forum.\n\n"
                          "Hanul Mining also took part in the forum.", "2027-05-10")
    assert fact_qualifiers(record, "Hanul Mining", "participates_in", "Andes Trade Forum")["date"] == "2027-05-05/2027-05-06"


def test_the_year_an_event_was_first_held_does_not_date_those_taking_part_now(extract_text):
    record = extract_text("The Andes Trade Forum was first held in Lima in 2015.\n\nHanul Mining took part in the forum.",
                          "2027-05-10")
    assert fact_qualifiers(record, "Hanul Mining", "participates_in", "Andes Trade Forum")["date"] == "2027-05-10"


_HALF = "Trade between Peru and Chile grew 12% in the first half of the year, the customs office said on Tuesday.\n\n"


def test_a_later_sentences_money_of_another_year_is_no_figure_of_the_growths_period(extract_text):
    record = extract_text(_HALF + "In 2026, trade between Peru and Chile rose to $5.2 billion.", "2027-07-14")
    found = fact_qualifiers(record, "Peru", "trades_with", "Chile")
    assert found["growth_percent"] == 12.0 and found["date"] == "2027-01/2027-06" and found.get("amount") != 5.2e9


def test_a_later_sentences_money_of_the_same_period_joins_the_growth(extract_text):
    record = extract_text(_HALF + "In the first half, trade between Peru and Chile reached $5.2 billion.", "2027-07-14")
    found = fact_qualifiers(record, "Peru", "trades_with", "Chile")
    assert (found["growth_percent"], found["date"], found["amount"]) == (12.0, "2027-01/2027-06", 5.2e9)


def test_taking_part_told_with_a_day_of_telling_takes_the_events_days(extract_text):
    record = extract_text("The Andes Trade Forum was held in Lima on May 5 and 6.\n\nHanul Mining also took part in the forum, "
                          "its chief executive said on Friday.", "2027-05-10")
    assert fact_qualifiers(record, "Hanul Mining", "participates_in", "Andes Trade Forum")["date"] == "2027-05-05/2027-05-06"


def test_taking_part_in_an_event_the_text_does_not_date_keeps_the_day_of_telling(extract_text):
    record = extract_text("The Andes Trade Forum was held in Lima.\n\nHanul Mining also took part in the forum, its chief "
                          "executive said on Friday.", "2027-05-10")
    assert fact_qualifiers(record, "Hanul Mining", "participates_in", "Andes Trade Forum")["date"] == "2027-05-07"
