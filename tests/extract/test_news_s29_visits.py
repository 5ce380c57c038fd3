"""Visits, trade and partnerships of session 29, kinds met on news outside the corpus (state
visits, ministers' trips, bilateral trade figures from customs and ministries, memoranda and
joint ventures): trade told "between" two countries at a paragraph's start or with its
turnover or volume; who leaves for a place to do something there ("left for Peru to attend").
Sentences invented here, each beside one of a near shape that must not be
read so."""

from __future__ import annotations

from extract_support import fact_ends, fact_qualifiers

TRADE = "trades_with"
VISITS = "visits"


def test_trade_between_two_countries_opening_a_later_paragraph(extract_text):
    record = extract_text("Ghana released its trade data on Monday.\n\n"
                          "Trade between Mali and Niger rose to $700 million in 2023.", "2024-02-05")
    assert fact_qualifiers(record, "Mali", TRADE, "Niger") == {"amount": 7e8, "currency": "USD", "date": "2023"}


def test_trade_turnover_or_volume_between_two_countries(extract_text):
    for noun in ("turnover", "volume"):
        record = extract_text(f"The trade {noun} between Mali and Niger reached $700 million in 2023.", "2024-02-05")
        assert fact_qualifiers(record, "Mali", TRADE, "Niger")["amount"] == 7e8, noun


def test_trade_talks_between_two_countries_are_no_trade(extract_text):
    record = extract_text("Ghana released its trade data on Monday.\n\n"
                          "Trade talks between Mali and Niger resumed in 2023.", "2024-02-05")
    assert fact_ends(record, TRADE) == set()


def test_who_leaves_for_a_country_to_do_something_there_visits_it(extract_text):
    record = extract_text("Kim Min-soo left for Peru on Monday to attend a mining forum.", "2024-02-05")
    assert fact_ends(record, VISITS) == {("Kim Min-soo", "Peru")}


def test_who_leaves_a_choice_for_a_country_to_make_visits_nothing(extract_text):
    record = extract_text("Kim Min-soo left the decision for Peru to make.", "2024-02-05")
    assert fact_ends(record, VISITS) == set()
