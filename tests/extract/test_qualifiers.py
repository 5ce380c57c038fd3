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
    assert qualifiers_of(record, "Marren Holdings", "holds_stake_in", "Tellan") == {"stake_percent": 30.0}


def test_a_percentage_ner_took_for_money_is_a_percentage(extract_text):
    record = extract_text("Quorra Group bought a 12 per cent stake in Velmet Systems in end-2024.", published=None)
    assert qualifiers_of(record, "Quorra Group", "holds_stake_in", "Velmet Systems") == {"stake_percent": 12.0, "date": "2024-12"}


@pytest.mark.parametrize("text, date", [
    # A plan reported as made dates from the news that reports it ...
    ("Orvane Information Technology Co. announced it plans to acquire Delmar Server Industry Co.", "2026-01-14"),
    # ... a plan only held does not.
    ("Orvane Information Technology Co. plans to acquire Delmar Server Industry Co.", None),
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
