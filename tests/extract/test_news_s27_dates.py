"""Dates of session 27, kinds met on news snippets outside the corpus: a date inside a phrase
on an event at another time ("fell 8% after tariff increases in March"). Sentences invented
here, each beside one of the same shape that must not be read so."""

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
