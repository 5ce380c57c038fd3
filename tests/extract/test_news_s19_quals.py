"""Qualifiers as news around the world writes them (session 19: money in words, in the
currencies of more countries, and in the names several currencies share), on sentences
invented here, each beside a sentence of the same shape that must not be read so. The news
is published on Wednesday 1 May 2024."""

from __future__ import annotations

import pytest

from kg.extract.values import money_phrases, parse_money, story_currencies
from extract_support import fact_qualifiers

WEDNESDAY = "2024-05-01"
D, H = "Daewon Ventures", "Hanul Robotics"


@pytest.mark.parametrize("phrase, money", [
    # A number in words before a scale word ...
    ("half a billion dollars", (5e8, "USD")),
    ("a half billion dollars", (5e8, "USD")),
    ("two billion yuan", (2e9, "CNY")),
    ("a million euros", (1e6, "EUR")),
    ("One hundred million dollars", (1e8, "USD")),
    # ... and wire shorthand, Nordic crowns, "trn" and the currencies of more countries.
    ("1.5 bln dlrs", (1.5e9, "USD")),
    ("3 billion Swedish crowns", (3e9, "SEK")),
    ("¥3.2trn", (3.2e12, "JPY")),
    ("USh 5 billion", (5e9, "UGX")),
    ("40 billion Czech crowns", (4e10, "CZK")),
    ("2 billion cedis", (2e9, "GHS")),
    # A number in words with no scale word after it, or a scale with no currency, is no money.
    ("a dollar", None),
    ("two dollars", None),
    ("half a billion people", None),
])
def test_money_in_words_and_more_currencies(phrase, money):
    assert parse_money(phrase) == money


def test_a_number_in_words_is_found_whole_and_no_word_ending_in_one():
    text = "invested a billion dollars in data million dollars"
    assert [text[a:b] for a, b in money_phrases(text)] == ["a billion dollars"]


@pytest.mark.parametrize("text, currency", [
    # "¥" is yen in a Japanese story and yuan in a Chinese one ...
    ("Shenzhen-based Daewon Ventures, a Chinese investor, put ¥5 billion into Hanul Robotics.", "CNY"),
    ("Tokyo-based Daewon Ventures, a Japanese investor, put ¥5 billion into Hanul Robotics.", "JPY"),
    # ... and yen where the story says nothing of either country.
    ("Daewon Ventures put ¥5 billion into Hanul Robotics.", "JPY"),
])
def test_a_shared_sign_is_the_stories_currency(extract_text, text, currency):
    assert fact_qualifiers(extract_text(text, WEDNESDAY), D, "invests_in", H)["currency"] == currency


@pytest.mark.parametrize("text, shared", [
    ("The Karachi firm paid Rs 500 million.", {"rs": "PKR", "rupees": "PKR"}),
    ("The Mumbai firm paid Rs 500 crore.", {"rs": "INR"}),
    ("The Kampala firm paid Sh5 billion.", {"sh": "UGX", "shillings": "UGX"}),
    ("The Manila firm paid 5 billion pesos.", {"pesos": "PHP"}),
    ("The Oslo firm paid 5 billion crowns.", {"crowns": "NOK"}),
    # Cue words are read as written and whole: "Chinese" is no cue inside another word.
    ("The firm paid ¥5 billion for Indochinese assets.", {}),
])
def test_story_currencies(text, shared):
    found = story_currencies(text)
    assert all(found.get(name) == code for name, code in shared.items())
    if not shared:
        assert "¥" not in found


@pytest.mark.parametrize("text, amount", [
    # A sum in words is the deal's ...
    ("Daewon Ventures agreed to buy Hanul Robotics for half a billion dollars.", 5e8),
    ("Daewon Ventures agreed to buy Hanul Robotics for two billion dollars.", 2e9),
    # ... a count of people in words is not.
    ("Daewon Ventures agreed to buy Hanul Robotics, whose app has half a billion users.", None),
])
def test_a_sum_in_words_is_the_deals(extract_text, text, amount):
    assert fact_qualifiers(extract_text(text, WEDNESDAY), D, "acquires", H).get("amount") == amount


@pytest.mark.parametrize("text, amount", [
    # A stake bought told again as "the share purchase", with "the" hung on the sum before it ...
    ("Daewon Ventures will buy a 41% stake in Hanul Robotics. The 4 billion yen ($30 million) share purchase will make Daewon "
     "the largest shareholder in Hanul.", 4e9),
    # ... not the purchase of a thing of its own.
    ("Daewon Ventures will buy a 41% stake in Hanul Robotics. The purchase of a new plant will cost 4 billion yen.", None),
])
def test_a_stake_purchase_told_again_gives_the_investment_its_money(extract_text, text, amount):
    assert fact_qualifiers(extract_text(text, WEDNESDAY), D, "invests_in", H).get("amount") == amount


@pytest.mark.parametrize("text, amount", [
    # The price or value of the deal told before ...
    ("Daewon Ventures agreed to buy Hanul Robotics. The purchase price is $2 billion.", 2e9),
    ("Daewon Ventures agreed to buy Hanul Robotics. The deal's value is $2 billion.", 2e9),
    # ... not the price of a share nor the value of a firm.
    ("Daewon Ventures agreed to buy Hanul Robotics. The share price rose 5% to $20.", None),
    ("Daewon Ventures agreed to buy Hanul Robotics. The firm's value is $2 billion.", None),
])
def test_the_price_of_a_deal_told_before(extract_text, text, amount):
    assert fact_qualifiers(extract_text(text, WEDNESDAY), D, "acquires", H).get("amount") == amount


@pytest.mark.parametrize("text, predicate, amount", [
    # The price told in a participle of paying or putting in beside the deal ...
    ("Daewon Ventures took a 30% stake in Hanul Robotics, investing 200 billion won.", "invests_in", 2e11),
    ("Daewon Ventures bought Hanul Robotics, paying $2 billion in cash.", "acquires", 2e9),
    # ... not money of another verb, nor of a clause with a subject of its own.
    ("Daewon Ventures bought Hanul Robotics, earning $2 billion.", "acquires", None),
    ("Daewon Ventures took a 30% stake in Hanul Robotics, while Minjin Holdings is investing 200 billion won in Busan.",
     "invests_in", None),
])
def test_money_paid_in_a_participle_beside_the_deal(extract_text, text, predicate, amount):
    assert fact_qualifiers(extract_text(text, WEDNESDAY), D, predicate, H).get("amount") == amount


@pytest.mark.parametrize("text, amount, date", [
    # A figure told in a clause of "with" whose subject is the relation's noun is the fact's,
    # with its year, not the year the partnership began ...
    ("Since 2009, Korea has been Vietnam's largest trading partner, with bilateral trade hitting a record $80 billion in 2023.",
     8e10, "2023"),
    ("Korea is Vietnam's largest trading partner, with two-way trade reaching $80 billion last year.", 8e10, "2023"),
    # ... not a figure of another subject.
    ("Since 2009, Korea has been Vietnam's largest trading partner, with its exports of chips hitting $80 billion in 2023.",
     None, "2009"),
])
def test_a_figure_told_with_the_fact(extract_text, text, amount, date):
    found = [r["qualifiers"] for r in extract_text(text, WEDNESDAY)["relations"]
             if r["predicate"] == "trades_with" and {r["subject"], r["object"]} == {"South Korea", "Vietnam"} and not r.get("implied")]
    assert found and all(q.get("amount") == amount and q.get("date") == date for q in found)


@pytest.mark.parametrize("text, amount", [
    # The deal's value told in a clause of "with" on the deal noun ...
    ("Daewon Ventures acquired Hanul Robotics last month, with the deal valued at $2 billion.", 2e9),
    # ... not the firm's sales.
    ("Daewon Ventures acquired Hanul Robotics last month, with sales reaching $2 billion.", None),
])
def test_a_deal_value_told_with_the_fact(extract_text, text, amount):
    assert fact_qualifiers(extract_text(text, WEDNESDAY), D, "acquires", H).get("amount") == amount


@pytest.mark.parametrize("text, amount, date", [
    # "Bilateral trade" in the sentence after one naming both countries is theirs, of the
    # period it dates ...
    ("Korea is Vietnam's largest trading partner. Bilateral trade reached $80 billion last year.", 8e10, "2023"),
    # ... bilateral investment is not their trade.
    ("Korea is Vietnam's largest trading partner. Bilateral investment reached $80 billion last year.", None, None),
])
def test_bilateral_trade_after_the_pair_is_named(extract_text, text, amount, date):
    found = [r["qualifiers"] for r in extract_text(text, WEDNESDAY)["relations"]
             if r["predicate"] == "trades_with" and {r["subject"], r["object"]} == {"South Korea", "Vietnam"} and not r.get("implied")]
    assert found and all(q.get("amount") == amount and (date is None or q.get("date") == date) for q in found)


@pytest.mark.parametrize("phrase, date", [
    # A day with the year the words shift to ...
    ("April 15 last year", "2023-04-15"),
    ("on March 3 next year", "2025-03-03"),
    ("April 15", "2024-04-15"),
    # ... and a day in figures, where the order of day and month shows ...
    ("15/04/2024", "2024-04-15"),
    ("04/15/2024", "2024-04-15"),
    ("2024/04/15", "2024-04-15"),
    # ... not where it does not, nor a day the calendar lacks, nor a fiscal year.
    ("03/04/2024", None),
    ("31/02/2024", None),
    ("2024/25", "2024-04/2025-03"),
])
def test_days_with_a_shifted_year_and_in_figures(phrase, date):
    from kg.extract.values import resolve_date
    assert resolve_date(phrase, "2024-04-30") == date


@pytest.mark.parametrize("text, date", [
    ("Daewon Ventures acquired Hanul Robotics on 15/04/2024.", "2024-04-15"),
    ("Daewon Ventures acquired Hanul Robotics on April 15 last year.", "2023-04-15"),
    # A day in figures whose order is open is no date: the news' own day is the fact's.
    ("Daewon Ventures acquired Hanul Robotics on 03/04/2024.", WEDNESDAY),
])
def test_a_deal_dated_in_figures(extract_text, text, date):
    assert fact_qualifiers(extract_text(text, WEDNESDAY), D, "acquires", H).get("date") == date


@pytest.mark.parametrize("text, money", [
    # A one-letter sign joined to a sum with a scale, in a story of its country ...
    ("Johannesburg-based Daewon Ventures agreed to buy Hanul Robotics for R50 billion.", (5e10, "ZAR")),
    ("Lagos-based Daewon Ventures agreed to buy Hanul Robotics for N50bn.", (5e10, "NGN")),
    ("Manila-based Daewon Ventures agreed to buy Hanul Robotics for P5 billion.", (5e9, "PHP")),
    # ... and a longer sign that opens with the letter keeps its own currency.
    ("Johannesburg-based Daewon Ventures agreed to buy Hanul Robotics for R$2 billion.", (2e9, "BRL")),
])
def test_a_letter_sign_in_a_story_of_its_country(extract_text, text, money):
    found = fact_qualifiers(extract_text(text, WEDNESDAY), D, "acquires", H)
    assert (found.get("amount"), found.get("currency")) == money


def test_a_letter_sign_outside_its_countrys_story_is_no_money():
    assert parse_money("R50 billion") is None and parse_money("R50 billion", {"r": "ZAR"}) == (5e10, "ZAR")
    assert money_phrases("bought 95 million N95 masks", {"n": "NGN"}) == []
