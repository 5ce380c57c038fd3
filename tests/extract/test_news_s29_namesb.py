"""Junk and mistyped names met on news snippets outside the corpus (session 29): words
that kg had taken for a firm's or a place's name. Each case beside one of a near shape
that must still give its fact."""

from __future__ import annotations

from extract_support import fact_ends


def _names(record) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


def test_a_combining_pair_before_common_nouns_is_no_firm(extract_text):
    # "Anglo-Dutch steel company Corus" had given a Company "Anglo-Dutch steel".
    record = extract_text("Hanul Steel agreed to buy Anglo-Dutch steel company Dorrin for $12 billion.")
    names = _names(record)
    assert "Anglo-Dutch steel" not in names
    assert names.get("United Kingdom") == "Country" and names.get("Netherlands") == "Country"
    # The pair names both homes of the firm.
    assert {("Dorrin", "Netherlands"), ("Dorrin", "United Kingdom")} <= fact_ends(record, "headquartered_in")
    # A capital after the pair keeps the firm's name.
    kept = extract_text("Hanul Steel agreed to buy a stake in Anglo-Dutch Dorrin Steel for $12 billion.")
    assert _names(kept).get("Anglo-Dutch Dorrin Steel") == "Company"


def test_a_lower_case_prefix_and_hyphen_before_a_place_make_no_place(extract_text):
    # "rates on intra-Asia and trans-Pacific routes" had typed both as a City.
    record = extract_text("Freight rates on intra-Europe and trans-Atlantic lanes rose sharply, Sora Shipping said.")
    names = _names(record)
    assert not {"intra-Europe", "trans-Atlantic"} & set(names)
    region = extract_text("Sales in sub-Saharan Africa rose last year, Hanul Motors said.")
    assert "Saharan Africa" not in _names(region)
    # A capital opening the prefix is a firm's name ("Intra-Asia Logistics").
    firm = extract_text("Sora Bank bought a stake in Intra-Asia Logistics last year.")
    assert _names(firm).get("Intra-Asia Logistics") == "Company"


def test_a_japanese_trade_word_ends_a_firms_name_not_a_persons(extract_text):
    # "Idemitsu Kosan will spend 26.1 billion yen" had given a Person and a Company "Kosan".
    record = extract_text("Sanwa Kosan will spend 2 billion yen on a new refinery.")
    names = _names(record)
    assert names.get("Sanwa Kosan") == "Company" and "Kosan" not in names
    # Without such a word the name stays a person's.
    person = extract_text("Takeshi Sanwa, the chief executive of Hanul Motors, said sales rose.")
    assert _names(person).get("Takeshi Sanwa") == "Person"
