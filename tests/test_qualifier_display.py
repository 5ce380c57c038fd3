"""Qualifiers read as the ontology says they should: exact strings for every kind."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from kg.ontology import QUALIFIER_DISPLAYS, Qualifier, load_ontology
from kg.qualifier_display import qualifier_lines, qualifier_note, qualifier_text

IRI = URIRef("https://w3id.org/kg/ontology#q")

# One value of each kind and how it must read; a kind the ontology allows but this table
# lacks fails the first test, so a new kind cannot arrive unwritten.
EXAMPLES = {
    "money": (dict(unit_qualifier="currency"), 1250000.0, {"currency": "KRW"}, "1,250,000 KRW"),
    "percent": ({}, 12.5, {}, "12.50%"),
    "date": ({}, "2026-01-07", {}, "2026-01-07"),
    "text": ({}, "strategic shareholder", {}, "strategic shareholder"),
    "entity": ({}, "https://w3id.org/kg/id/robotics", {}, "robotics"),
    "flag": (dict(flag_text="implied by the text, not stated"), True, {}, "implied by the text, not stated"),
    "hidden": ({}, 0.9, {}, "0.9"),
}


def _qualifier(display: str, **extra) -> Qualifier:
    return Qualifier(IRI, "q", "q label", IRI, False, display=display, order=1, **extra)


def test_every_kind_has_an_example():
    assert set(EXAMPLES) == set(QUALIFIER_DISPLAYS)


@pytest.mark.parametrize("display", QUALIFIER_DISPLAYS)
def test_each_kind_reads_exactly(display):
    extra, value, attrs, expected = EXAMPLES[display]
    assert qualifier_text(_qualifier(display, **extra), value, attrs) == expected


def test_money_and_flag_variants():
    fixed = _qualifier("money", unit="USD")
    assert qualifier_text(fixed, 2.5, {}) == "2.50 USD"
    by_column = _qualifier("money", unit_qualifier="currency")
    assert qualifier_text(by_column, 7.0, {}) == "7"  # no currency given: the number alone
    assert qualifier_text(by_column, "about 5", {"currency": "EUR"}) == "about 5 EUR"
    flag = _qualifier("flag", flag_text="implied")
    assert qualifier_text(flag, False, {}) == "not implied"
    names = {"https://w3id.org/kg/id/lg": "LG Electronics"}
    assert qualifier_text(_qualifier("entity"), "https://w3id.org/kg/id/lg", {}, name_of=names.get) == "LG Electronics"


def test_lines_follow_the_ontology_order_and_skip_hidden_and_empty():
    onto = load_ontology()
    attrs = {
        "note": "ahead in batteries", "implied": True, "leader": "https://w3id.org/kg/id/catl",
        "amount": 30000.0, "currency": "USD", "amountUSD": 30000.0, "stakePercent": 5.0,
        "role": "lead investor", "round": "", "confidence": 0.8, "evidenceStart": 3, "start": "2024",
    }
    assert qualifier_lines(attrs, onto) == [
        ("role", "lead investor"),
        ("stake percent", "5%"),
        ("amount", "30,000 USD"),
        ("amount in US dollars", "30,000 USD"),
        ("start", "2024"),
        ("leader", "catl"),
        ("implied by the text, not stated", None),
        ("note", "ahead in batteries"),
    ]


def test_sentence_note_takes_its_qualifiers_and_joins_a_period():
    onto = load_ontology()
    attrs = {"role": "President", "date": "2026-01", "round": "seed", "stakePercent": 1.5}
    assert qualifier_note(attrs, onto) == "President, 1.50%, 2026-01"
    assert qualifier_note({"start": "2024-03", "end": "2025-02"}, onto) == "2024-03–2025-02"
    assert qualifier_note({"start": "2024"}, onto) == "2024–"
    assert qualifier_note({"end": "2025"}, onto) == "–2025"
    assert qualifier_note({"amount": 1e9, "currency": "CNY", "roundSize": 5e9}, onto) == "1,000,000,000 CNY"
    assert qualifier_note({"note": "only in tooltips"}, onto) == ""
