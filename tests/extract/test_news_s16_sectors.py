"""Sectors as real news writes them (session 16), on sentences invented here, each beside a
sentence of the same shape that must not be read so."""

from __future__ import annotations

import pytest


def facts(record) -> dict[tuple[str, str, str], dict]:
    return {(r["subject"], r["predicate"], r["object"]): r for r in record["relations"] if not r.get("candidate")}


def sectors_of(record, firm: str) -> set[str]:
    return {o for s, p, o in facts(record) if s == firm and p == "operates_in_sector"}


# -- a sector's word in a firm's name ---------------------------------------------------------

@pytest.mark.parametrize("text, firm, sector", [
    ("Daewon Ventures agreed to buy Hanul Steel for $2 billion. Demand for steel has slowed in Asia.", "Hanul Steel", "steel"),
    ("Minjin Capital invested $20 million in Sora Robotics. The robotics sector drew record funding this year.",
     "Sora Robotics", "robotics"),
    ("Daewon Ventures acquired Hanul Battery Company. Prices of batteries fell 10 percent.", "Hanul Battery Company", "batteries"),
])
def test_a_sector_word_in_a_firms_name_is_its_sector_when_the_text_speaks_of_it(extract_text, text, firm, sector):
    found = facts(extract_text(text))
    fact = found[(firm, "operates_in_sector", sector)]
    assert fact["implied"] and fact["frame"] == "name-of-sector"


@pytest.mark.parametrize("text, firm", [
    # The text never speaks of steel on its own: the name alone says too little.
    ("Daewon Ventures agreed to buy Hanul Steel for $2 billion.", "Hanul Steel"),
    # A sector the text states for the firm is more exact than the word of its name.
    ("Daewon Ventures invested in Sora Robotics, a maker of humanoid robots. The robotics sector is growing.", "Sora Robotics"),
    # A firm the text tells nothing of but its name.
    ("The robotics sector is growing, and Sora Robotics is one name among many.", "Sora Robotics"),
])
def test_no_sector_from_a_name_alone(extract_text, text, firm):
    assert "robotics" not in sectors_of(extract_text(text), firm) and "steel" not in sectors_of(extract_text(text), firm)


# -- a broader sector beside a narrower one --------------------------------------------------

def test_a_narrower_sector_of_the_same_sentence_replaces_the_broader(extract_text):
    record = extract_text("Daewon Ventures invested in chipmaker Hanul Devices, which will make next-generation semiconductors.")
    assert sectors_of(record, "Hanul Devices") == {"next-generation semiconductors"}


def test_a_broader_sector_told_in_another_sentence_stands(extract_text):
    record = extract_text("Daewon Ventures invested in chipmaker Hanul Devices. "
                          "Hanul Devices will also make next-generation semiconductors in Busan.")
    assert sectors_of(record, "Hanul Devices") == {"semiconductors", "next-generation semiconductors"}


# -- a description after a name's comma, hung elsewhere by the parser ---------------------------

def test_a_description_after_a_names_comma_is_the_names(extract_text):
    record = extract_text("Daewon Bank said Monday it is investing 10 billion won in Hanul Robotics, "
                          "a Korean startup specializing in industrial robots.")
    assert sectors_of(record, "Hanul Robotics") == {"industrial robots"}
    assert ("Daewon Bank", "invests_in", "Hanul Robotics") in facts(record)


def test_a_subject_after_a_names_comma_stays_the_verbs(extract_text):
    record = extract_text("Daewon Bank invested 10 billion won in Hanul Robotics, the company said on Monday, "
                          "as it expands into industrial robots.")
    assert ("Daewon Bank", "invests_in", "Hanul Robotics") in facts(record)
    assert "industrial robots" not in sectors_of(record, "Hanul Robotics")


# -- descriptions before and after a name -------------------------------------------------------

def test_a_country_where_a_demonym_would_be_leaves_the_sector_words(extract_text):
    assert sectors_of(extract_text("Daewon Ventures invested in Hanul Labs, a U.S. robotics software startup."),
                      "Hanul Labs") == {"robotics software"}
    assert sectors_of(extract_text("Daewon Ventures invested in Hanul Labs, a U.S. startup."), "Hanul Labs") == set()


def test_a_brand_described_by_what_it_sells(extract_text):
    assert sectors_of(extract_text("Minjin Group said its electric car brand Sora will enter Europe."), "Sora") == {"electric vehicles"}
    assert sectors_of(extract_text("Minjin Group said its luxury brand Sora will enter Europe."), "Sora") == set()


def test_a_major_of_a_trade_is_the_one_firm_named_after_it(extract_text):
    record = extract_text("Infrastructure major Daewon Engineering and Minjin Motors formed a joint venture.")
    assert {name.lower() for name in sectors_of(record, "Daewon Engineering")} == {"infrastructure"}
    assert sectors_of(record, "Minjin Motors") == set()
    # Plural words describe every firm of the list.
    record = extract_text("Battery makers Hanul Energy and Minjin Cells signed a supply deal.")
    assert sectors_of(record, "Hanul Energy") == sectors_of(record, "Minjin Cells") == {"batteries"}


def test_a_reference_sector_no_fact_names_folds_into_the_phrase_that_narrows_it(extract_text):
    record = extract_text("Minjin Group said its premium electric vehicle (EV) brand, Sora, will take control of Hanul. "
                          "Sales of EVs rose.")
    assert sectors_of(record, "Sora") == {"premium electric vehicle"}
    assert [e["name"] for e in record["entities"] if e["type"] == "Sector"] == ["premium electric vehicle"]


# -- "which" after a person named in a firm's phrase --------------------------------------------

def test_which_after_a_person_in_a_firms_phrase_is_the_firm(extract_text):
    record = extract_text("Daewon Group, led by Kim Min-soo, which produces industrial robots, raised money.")
    assert sectors_of(record, "Daewon Group") == {"industrial robots"}
    assert ("Kim Min-soo", "executive_of", "Daewon Group") in facts(record)


def test_who_after_a_person_stays_the_persons(extract_text):
    record = extract_text("Daewon Group hired Kim Min-soo, who makes industrial robots at home.")
    assert sectors_of(record, "Daewon Group") == set()


# -- "shipyard" names a shipbuilder ------------------------------------------------------------

def test_a_shipyard_before_a_name_is_a_shipbuilder(extract_text):
    record = extract_text("South Korean shipyard Hanul Heavy Industries said Monday it will buy a stake in Minjin Marine.")
    assert sectors_of(record, "Hanul Heavy Industries") == {"shipbuilding"}


@pytest.mark.parametrize("text", [
    "Workers at the Geoje shipyard of Hanul Heavy Industries went on strike.",
    "Kim Min-soo visited the shipyard in Ulsan on Monday.",
])
def test_a_shipyard_as_a_site_names_no_sector(extract_text, text):
    assert not [f for f in facts(extract_text(text)) if f[1] == "operates_in_sector"]


def test_a_shipyard_is_still_a_site_of_a_visit(extract_text):
    assert ("Kim Min-soo", "visits", "Ulsan") in facts(extract_text("Kim Min-soo visited the shipyard in Ulsan on Monday."))


# -- "fintech" names a firm as well as its trade -------------------------------------------------

def test_a_fintech_before_a_name_is_a_firm_of_fintech(extract_text):
    record = extract_text("Danish white-label fintech Hanul Payments has secured 8 million euros in financing.")
    assert sectors_of(record, "Hanul Payments") == {"fintech"}


def test_fintech_as_a_trade_names_no_firm(extract_text):
    record = extract_text("Investors are betting on fintech across Africa, Daewon Ventures said.")
    assert not [f for f in facts(record) if f[1] == "operates_in_sector"]
    assert any(e["name"] == "fintech" and e["type"] == "Sector" for e in record["entities"])
