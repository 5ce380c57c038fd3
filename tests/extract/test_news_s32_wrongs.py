"""Silent wrong facts noticed in session 32, of the kinds the first round met on fresh news:
each on a sentence invented here, beside one of a near shape that must not be read so."""

from __future__ import annotations

from extract_support import fact_ends


def _entities(record: dict) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


def test_a_firm_a_capitalised_word_and_a_peoples_word_name_is_no_country(extract_text):
    # "chief executive of Anglo American" had given the United States as a country, the firm
    # its home ("name-of-country") and its chief executive nobody's.
    record = extract_text("Profit fell, said Lena Ortiz, chief executive of Anglo Brazilian.")
    assert _entities(record).get("Anglo Brazilian") == "Company"
    assert "Brazil" not in _entities(record)
    assert ("Lena Ortiz", "Anglo Brazilian") in fact_ends(record, "ceo_of")


def test_a_peoples_word_that_describes_what_follows_stays_its_country(extract_text):
    record = extract_text("Lena Ortiz, chief executive of Hanul Motors, said Asian American buyers lifted sales.")
    assert _entities(record).get("United States") == "Country"
    assert "Asian American" not in _entities(record)


def test_a_name_before_region_in_lower_case_is_a_region_no_firm(extract_text):
    # "copper mines in Chile's Atacama region" had made Atacama a firm at home in Chile.
    record = extract_text("Codelco's mines in Peru's Arequipa region produced less ore this year.")
    assert "Arequipa" not in _entities(record)
    assert not {s for s, _ in fact_ends(record, "headquartered_in") if s == "Arequipa"}


def test_a_firm_named_before_a_word_of_state_ownership_stays_a_firm(extract_text):
    record = extract_text("Petrobras, the state-run oil firm, said output rose. Hanul Mining said Vale state-run rivals lagged.")
    assert _entities(record).get("Petrobras") == "Company"


def test_a_bodys_initials_opening_an_arms_name_are_the_arms(extract_text):
    # "ADB Ventures" had been read as the Asian Development Bank's initials, its deal lost.
    record = extract_text("The Asian Development Bank (ADB) lends to member states. ADB Ventures invested $5 million in "
                          "Pellston Robotics last week.")
    assert _entities(record).get("ADB Ventures") == "InvestmentFirm"
    assert ("ADB Ventures", "Pellston Robotics") in fact_ends(record, "invests_in")
    assert not {o for s, o in fact_ends(record, "invests_in") if s == "Asian Development Bank"}


def test_a_bodys_initials_alone_stay_the_body(extract_text):
    record = extract_text("The Asian Development Bank (ADB) lends to member states. ADB invested $5 million in "
                          "Pellston Robotics last week.")
    assert "ADB Ventures" not in _entities(record)
    assert _entities(record).get("Asian Development Bank") == "GovernmentBody"
