"""Qualifiers of fresh wire stories (session 42), re-told in invented sentences: the cost a
later sentence gives "the move" or "its acquisition" of a deal told before, a stake bought
told back as "the acquisition", and a sum or date of another event a sentence told back
places its deal after ("The deal comes after X raised $N", "The move followed the merger
of ... in 2020"). Each beside a near story where the qualifier must not be so."""

from __future__ import annotations

import pytest
from extract_support import fact_qualifiers

NEWS_DAY = "2024-06-14"


@pytest.mark.parametrize("later", [
    "The move is expected to cost about 90 billion won, the newspaper said.",
    "Its total acquisition costs will come to around 90 billion won.",
    "The acquisition will cost about 90 billion won.",
])
def test_a_later_sentence_prices_the_stake_bought(extract_text, later):
    text = "Orvane Chemicals agreed on Tuesday to acquire a 25% stake in Tessaly Robotics. " + later
    q = fact_qualifiers(extract_text(text, NEWS_DAY), "Orvane Chemicals", "invests_in", "Tessaly Robotics")
    assert (q.get("amount"), q.get("currency"), q.get("date")) == (9e10, "KRW", "2024-06-11")


def test_its_acquisition_costs_price_the_firm_bought(extract_text):
    text = "Orvane Chemicals agreed on Tuesday to buy Tessaly Robotics. Its acquisition costs will reach 90 billion won."
    q = fact_qualifiers(extract_text(text, NEWS_DAY), "Orvane Chemicals", "acquires", "Tessaly Robotics")
    assert (q.get("amount"), q.get("currency")) == (9e10, "KRW")


def test_its_purchase_of_something_else_prices_nothing_told_before(extract_text):
    text = ("Orvane Chemicals agreed on Tuesday to acquire a 25% stake in Tessaly Robotics. "
            "Its purchase of a plant in Ohio will cost about 90 billion won.")
    q = fact_qualifiers(extract_text(text, NEWS_DAY), "Orvane Chemicals", "invests_in", "Tessaly Robotics")
    assert "amount" not in q


@pytest.mark.parametrize("later", [
    "The deal comes after Tessaly raised $40 million from Brightwater Capital.",
    "The move comes after Tessaly raised $40 million from Brightwater Capital.",
])
def test_money_of_an_event_the_deal_comes_after_stays_off(extract_text, later):
    text = "Orvane Chemicals bought a 25% stake in Tessaly Robotics. " + later
    record = extract_text(text, NEWS_DAY)
    assert "amount" not in fact_qualifiers(record, "Orvane Chemicals", "invests_in", "Tessaly Robotics")
    assert fact_qualifiers(record, "Brightwater Capital", "invests_in", "Tessaly Robotics").get("amount") == 4e7


def test_the_year_of_an_event_the_deal_followed_stays_off(extract_text):
    text = ("Orvane Chemicals has acquired a 25% stake in Tessaly Robotics. "
            "The deal followed the merger of Tessaly and Kinbright Motion in 2021.")
    q = fact_qualifiers(extract_text(text, NEWS_DAY), "Orvane Chemicals", "invests_in", "Tessaly Robotics")
    assert q.get("date") == NEWS_DAY
    # The deal's own day, told back, still dates it.
    text = "Orvane Chemicals has acquired a 25% stake in Tessaly Robotics. The deal was completed on June 3."
    q = fact_qualifiers(extract_text(text, NEWS_DAY), "Orvane Chemicals", "invests_in", "Tessaly Robotics")
    assert q.get("date") == "2024-06-03"


@pytest.mark.parametrize("opening", [
    "Orvane Chemicals completed the purchase of Tessaly Robotics, ",
    "Orvane Chemicals completed its acquisition of Tessaly Robotics, ",
])
def test_a_relative_clause_on_the_firm_bought_gives_its_price(extract_text, opening):
    text = opening + "which it agreed to buy in January for $640 million."
    q = fact_qualifiers(extract_text(text, NEWS_DAY), "Orvane Chemicals", "acquires", "Tessaly Robotics")
    assert (q.get("amount"), q.get("currency")) == (6.4e8, "USD")


def test_a_purchase_by_the_firm_bought_prices_no_deal_of_its_buyer(extract_text):
    text = "Orvane Chemicals completed the purchase of Tessaly Robotics, which bought Kinbright Motion for $640 million in January."
    record = extract_text(text, NEWS_DAY)
    assert "amount" not in fact_qualifiers(record, "Orvane Chemicals", "acquires", "Tessaly Robotics")


def test_a_visit_told_on_the_datelines_day_runs_its_days_from_it(extract_text):
    text = "LIMA, Feb 17 (Reuters) - Estonian President Mart Aaland arrived here on a four-day state visit to Peru."
    q = fact_qualifiers(extract_text(text, "2019-02-17"), "Mart Aaland", "visits", "Peru")
    assert q.get("date") == "2019-02-17/2019-02-20"
    # With no length told, the dateline's day alone.
    text = "LIMA, Feb 17 (Reuters) - Estonian President Mart Aaland arrived here on a state visit to Peru."
    q = fact_qualifiers(extract_text(text, "2019-02-17"), "Mart Aaland", "visits", "Peru")
    assert q.get("date") == "2019-02-17"
