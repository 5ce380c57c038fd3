"""Qualifiers of facts on hand-written sentences: which percentage, which date, which money."""

from __future__ import annotations

import pytest


def qualifiers_of(record, subject: str, predicate: str, obj: str) -> dict:
    (fact,) = [r for r in record["relations"]
               if (r["subject"], r["predicate"], r["object"]) == (subject, predicate, obj) and not r.get("candidate")]
    return fact["qualifiers"]


def test_the_stake_is_the_percentage_on_the_stake_noun(extract_text):
    # The seller's stake: "30%" stands before the words the frame matched ("stake ... from").
    record = extract_text("Orbis will acquire a 30% stake in Tellan from Marren Holdings.")
    assert qualifiers_of(record, "Marren Holdings", "holds_stake_in", "Tellan").get("stake_percent") == 30.0


def test_a_percentage_ner_took_for_money_is_a_percentage(extract_text):
    record = extract_text("Quorra Group bought a 12 per cent stake in Velmet Systems in end-2024.", published=None)
    assert qualifiers_of(record, "Quorra Group", "holds_stake_in", "Velmet Systems") == {"stake_percent": 12.0, "date": "2024-12"}


@pytest.mark.parametrize("text, date", [
    # A plan reported as made dates from the news that reports it ...
    ("Orvane Information Technology Co. announced it plans to acquire Delmar Server Industry Co.", "2026-01-14"),
    # ... and so does a plan only held (the real-news gold dates a plan by the news).
    ("Orvane Information Technology Co. plans to acquire Delmar Server Industry Co.", "2026-01-14"),
])
def test_a_reported_plan_is_dated_by_the_news(extract_text, text, date):
    qualifiers = qualifiers_of(extract_text(text), "Orvane Information Technology Co.", "acquires", "Delmar Server Industry Co.")
    assert qualifiers.get("date") == date


@pytest.mark.parametrize("text, amount", [
    # The money that prices the firm is no deal's amount ...
    ("Orbis Capital led the round in Tellan, which values it at $900 million ($900 million).", None),
    # ... the money the deal is valued at is.
    ("Orbis Capital acquired Tellan. The deal was valued at $900 million.", 9e8),
])
def test_a_valuation_is_not_the_amount(extract_text, text, amount):
    record = extract_text(text)
    (fact,) = [r for r in record["relations"] if r["predicate"] in ("invests_in", "acquires") and r["subject"] == "Orbis Capital"]
    assert fact["qualifiers"].get("amount") == amount


def test_part_of_a_year_is_the_year(extract_text):
    record = extract_text("Orbis Capital acquired Tellan Systems in early 2018.", published=None)
    assert qualifiers_of(record, "Orbis Capital", "acquires", "Tellan Systems").get("date") == "2018"


def test_the_same_price_is_the_money_named_before(extract_text):
    record = extract_text("Marlow Foods bought Denbury Dairies for 3 billion pounds in 2029. "
                          "In May, Marlow Foods agreed to buy Fenwick Holdings for the same price.")
    qualifiers = qualifiers_of(record, "Marlow Foods", "acquires", "Fenwick Holdings")
    assert (qualifiers["amount"], qualifiers["currency"]) == (3e9, "GBP")


def test_no_earlier_money_no_same_price(extract_text):
    record = extract_text("In May, Marlow Foods agreed to buy Fenwick Holdings for the same price.")
    assert "amount" not in qualifiers_of(record, "Marlow Foods", "acquires", "Fenwick Holdings")


@pytest.mark.parametrize("first", [
    "Holbrook Industries said on Tuesday it will buy Castellan Group's machinery unit for 920 million euros.",
    "Holbrook Industries said on Tuesday that it will acquire the machinery business of Castellan Group for 920 million euros.",
])
def test_a_deal_stated_again_with_its_price_gives_the_fact_its_amount(extract_text, first):
    # The fact is read from the second sentence; the first states the same deal with money
    # that hangs on its verb, the buyer as subject and the firm what is bought.
    record = extract_text(first + " Holbrook Industries will take full control of Castellan Group in October.")
    qualifiers = qualifiers_of(record, "Holbrook Industries", "acquires", "Castellan Group")
    assert (qualifiers["amount"], qualifiers["currency"], qualifiers["date"]) == (920e6, "EUR", "2026-10")


def test_money_of_another_deal_in_a_sentence_naming_both_firms_is_not_the_amount(extract_text):
    # "buy bonds ... to Pellston Mills": Pellston is not what Arden buys there.
    record = extract_text("Arden Capital will buy 300 million dollars in bonds from banks to Pellston Mills. "
                          "Arden Capital acquired Pellston Mills last year.")
    assert "amount" not in qualifiers_of(record, "Arden Capital", "acquires", "Pellston Mills")


def test_money_a_verb_of_its_own_holds_is_not_the_amount(extract_text):
    record = extract_text("Arden Capital manages 800 million dollars and has invested in Pellston Mills. "
                          "Arden Capital backed Pellston Mills in 2030.")
    assert "amount" not in qualifiers_of(record, "Arden Capital", "invests_in", "Pellston Mills")


def test_definite_money_refers_back_to_the_round(extract_text):
    record = extract_text("Vornholt Energy raised new money on Monday. The round was led by Kestrel Partners. "
                          "The $45 million will pay for a second plant in Ulsan.")
    qualifiers = qualifiers_of(record, "Kestrel Partners", "invests_in", "Vornholt Energy")
    assert (qualifiers["amount"], qualifiers["currency"]) == (45e6, "USD")


def test_the_round_brings_its_stage_and_money_from_the_sentence_before(extract_text):
    record = extract_text("Pellston Mills closed a 12 million euro seed round on Friday. The round was led by Arden Capital.")
    qualifiers = qualifiers_of(record, "Arden Capital", "invests_in", "Pellston Mills")
    assert {k: qualifiers.get(k) for k in ("amount", "currency", "round")} == {"amount": 12e6, "currency": "EUR", "round": "seed"}


def test_no_round_told_before_no_money_from_it(extract_text):
    record = extract_text("Pellston Mills spent 3 million euros on a plant. The round was led by Arden Capital.")
    qualifiers = qualifiers_of(record, "Arden Capital", "invests_in", "Pellston Mills")
    assert "amount" not in qualifiers and "round" not in qualifiers


@pytest.mark.parametrize("text, amount", [
    # The sentence beside the fact says what its subject put in, naming no firm.
    ("Arden Capital led the round in Pellston Mills. Arden Capital has personally invested over $30 million.", 30e6),
    # Money put into another firm is not this fact's.
    ("Arden Capital has invested over $30 million in Kestrel Mills. Arden Capital led the round in Pellston Mills.", None),
    # Two sentences away is too far for a sentence that names no firm.
    ("Arden Capital has invested $30 million. It opened an office in Oslo. Arden Capital led the round in Pellston Mills.", None),
])
def test_money_its_subject_put_in_beside_the_fact(extract_text, text, amount):
    assert qualifiers_of(extract_text(text), "Arden Capital", "invests_in", "Pellston Mills").get("amount") == amount


def test_a_date_another_verb_holds_is_not_the_facts(extract_text):
    # "founded six years ago" dates the founding; the round has the news' date.
    record = extract_text("Kestrel Partners led the Series A round of Pellston Mills, a startup that was founded "
                          "six years ago in Oslo.", published="2031-03-12")
    assert qualifiers_of(record, "Kestrel Partners", "invests_in", "Pellston Mills")["date"] == "2031-03-12"


@pytest.mark.parametrize("text, period", [
    # The visit ended on the day the text gives: the period is the days before it.
    ("Erna Solberg wrapped up a four-day visit to Hanoi on September 18.", "2031-09-15/2031-09-18"),
    ("Erna Solberg concluded her four-day visit to Hanoi on September 18.", "2031-09-15/2031-09-18"),
    # Begun on it: the days after.
    ("Erna Solberg began a four-day visit to Hanoi on September 18.", "2031-09-18/2031-09-21"),
])
def test_a_visit_that_ended_on_a_day_spans_the_days_before(extract_text, text, period):
    assert qualifiers_of(extract_text(text, published="2031-09-19"), "Erna Solberg", "visits", "Hanoi")["date"] == period


def test_a_length_of_days_is_not_put_on_the_news_date(extract_text):
    # No day in the text: the news' date stays a day, whatever "three-day" says.
    record = extract_text("Erna Solberg visited Hanoi. During the three-day trip, she met traders.", published="2031-09-19")
    assert qualifiers_of(record, "Erna Solberg", "visits", "Hanoi")["date"] == "2031-09-19"


@pytest.mark.parametrize("second, stake", [
    # The same deal stated again with the share bought: the stake.
    ("After paying, Orbis Group has acquired 100% of the ownership of Tellan Systems' common stock.", 100.0),
    # A share of something else that only goes to the firm is none.
    ("Orbis Group will also buy 40% of the loans to Tellan Systems from banks.", None),
])
def test_a_stake_stated_in_another_sentence_of_the_deal(extract_text, second, stake):
    record = extract_text("Orbis Group bought Tellan Systems last year. " + second)
    assert qualifiers_of(record, "Orbis Group", "acquires", "Tellan Systems").get("stake_percent") == stake
