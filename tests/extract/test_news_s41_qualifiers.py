"""Qualifiers of invented wire stories (session 41): the year a superlative ranks a deal in
("the largest deal this year"), a plural deal noun that tells back no one deal ("The
acquisitions of X"), money a later sentence pays for another
firm, a weekday of last week ("on Wednesday last week"), and a headline's "X to buy Y for
$N" with X a short name the body writes in full. Each beside a near story where the
qualifier must not be so."""

from __future__ import annotations

import pytest
from extract_support import fact_qualifiers

NEWS_DAY = "2025-03-12"


def test_sales_of_the_firm_are_no_deal_told_back(extract_text):
    # "The sales of X" are its revenue, many, not the purchase told before.
    text = ("Corvane Industries agreed on Tuesday to buy Pellham Foods. "
            "The sales of Pellham reached $2 billion last year.")
    q = fact_qualifiers(extract_text(text, NEWS_DAY), "Corvane Industries", "acquires", "Pellham Foods")
    assert "amount" not in q and q.get("date") == "2025-03-11"
    # The same with the deal noun of the purchase, in the plural.
    text = ("Corvane Industries agreed on Tuesday to buy Pellham Foods. "
            "The acquisitions of Pellham reached $2 billion last year.")
    assert "amount" not in fact_qualifiers(extract_text(text, NEWS_DAY), "Corvane Industries", "acquires", "Pellham Foods")


def test_a_headlines_short_name_to_buy_gives_the_deal_its_money(extract_text):
    text = ("Corvane to buy Pellham for $2 bln\n\n"
            "Corvane Industries agreed on Tuesday to buy Pellham Foods, a maker of frozen meals.")
    q = fact_qualifiers(extract_text(text, NEWS_DAY), "Corvane Industries", "acquires", "Pellham Foods")
    assert (q.get("amount"), q.get("currency"), q.get("date")) == (2e9, "USD", "2025-03-11")
    # A headline with no money leaves the body's deal without one.
    text = ("Corvane to buy Pellham\n\n"
            "Corvane Industries agreed on Tuesday to buy Pellham Foods, a maker of frozen meals.")
    assert "amount" not in fact_qualifiers(extract_text(text, NEWS_DAY), "Corvane Industries", "acquires", "Pellham Foods")


def test_money_of_another_deal_in_a_sentence_told_back_stays_off(extract_text):
    text = ("Kaito Holdings said on Monday it would buy Minato Logistics. "
            "The deal comes two years after Kaito bought Sakura Freight for 40 billion yen.")
    record = extract_text(text, NEWS_DAY)
    assert "amount" not in fact_qualifiers(record, "Kaito Holdings", "acquires", "Minato Logistics")
    assert (fact_qualifiers(record, "Kaito Holdings", "acquires", "Sakura Freight").get("amount")) == 4e10
    # The deal told back with its own worth takes it.
    text = "Kaito Holdings said on Monday it would buy Minato Logistics. The deal is worth 40 billion yen."
    q = fact_qualifiers(extract_text(text, NEWS_DAY), "Kaito Holdings", "acquires", "Minato Logistics")
    assert (q.get("amount"), q.get("currency")) == (4e10, "JPY")


@pytest.mark.parametrize(("text", "date"), [
    # The year a superlative ranks the deal within is no date of the deal: the day it is told.
    ("TOKYO (Reuters) - Kaito Holdings said on Monday it would buy Minato Logistics, in Japan's largest "
     "logistics deal this year.", "2025-03-10"),
    ("Kaito Holdings said on Monday it would buy Minato Logistics in the biggest deal so far this year.", "2025-03-10"),
    # A deal of that year with no ranking keeps the year.
    ("Kaito Holdings said on Monday it would buy Minato Logistics in a deal this year.", "2025"),
])
def test_the_frame_of_a_superlative_dates_no_deal(extract_text, text, date):
    assert fact_qualifiers(extract_text(text, "2025-03-10"), "Kaito Holdings", "acquires", "Minato Logistics").get("date") == date


@pytest.mark.parametrize(("phrase", "resolved"), [
    # A weekday of a week counted from the news' day is that day of that week.
    ("Wednesday last week", "2025-03-05"),
    ("Friday next week", "2025-03-21"),
    # The week alone stays the week.
    ("last week", "2025-03-03/2025-03-09"),
])
def test_a_weekday_of_a_counted_week_is_that_day(phrase, resolved):
    from kg.extract.dates import resolve_date

    assert resolve_date(phrase, "2025-03-10") == resolved


def test_a_deal_told_on_a_weekday_of_last_week_takes_that_day(extract_text):
    text = "Kaito Holdings said on Wednesday last week that it would buy Minato Logistics."
    q = fact_qualifiers(extract_text(text, "2025-03-10"), "Kaito Holdings", "acquires", "Minato Logistics")
    assert q.get("date") == "2025-03-05"
