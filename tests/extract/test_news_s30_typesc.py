"""Types of names met on news snippets outside the corpus (session 30): a person named
after a country's possessive in a list of leaders. Each case beside one of a near shape
that must not be read so."""

from __future__ import annotations

from extract_support import fact_ends


def named(record) -> set[tuple[str, str]]:
    return {(e["name"], e["type"]) for e in record["entities"]}


def test_a_name_after_a_countrys_possessive_in_a_list_of_leaders_is_a_persons(extract_text):
    # "heads of state, including Benin's Patrice Talon" had given a firm Patrice Talon at
    # home in Benin.
    record = extract_text("The summit drew heads of state, including Benin's Patrice Talon and Niger's Abdourahamane Tiani.")
    assert ("Patrice Talon", "Person") in named(record)
    assert ("Patrice Talon", "Benin") not in fact_ends(record, "headquartered_in")
    such = extract_text("The summit drew African leaders such as Benin's Patrice Talon.")
    assert ("Patrice Talon", "Person") in named(such)
    # A list of firms keeps its country's firm.
    firms = extract_text("The fund backed several firms, including Benin's Patrice Talon.")
    assert ("Patrice Talon", "Benin") in fact_ends(firms, "headquartered_in")


def test_a_dateline_city_of_several_words_in_capitals_before_a_spaced_dash_is_the_city(extract_text):
    # "HO CHI MINH CITY - ..." had given firms "HO CHI" and "CITY".
    record = extract_text("HO CHI MINH CITY - Hanul Bank said on Monday it would open three branches in Vietnam.")
    assert ("Ho Chi Minh City", "City") in named(record) and ("Hanul Bank", "Company") in named(record)
    assert not {"HO CHI", "CITY", "Ho Chi"} & {name for name, _ in named(record)}
    # Words in capitals that name no city of the world are no dateline's city.
    firm = extract_text("DAEWON HANUL - Orvik Bank said on Monday it would open three branches in Vietnam.")
    assert not any(cls == "City" for _, cls in named(firm))


def test_a_numbered_part_of_a_law_is_no_firm(extract_text):
    # "under Section 232 of the Trade Expansion Act" had given a firm "Section".
    record = extract_text("Sectra won a contract under Section 232 of the Trade Expansion Act, the Commerce Department said.")
    assert "Section" not in {name for name, _ in named(record)}
    assert ("Trade Expansion Act", "Policy") in named(record)
    # A one-word firm the text names where a fact's end stands is still found.
    assert ("Sectra", "Company") in named(record)


def test_a_city_named_in_apposition_to_a_countrys_capital_is_a_city(extract_text):
    # "the Bolivian capital, La Paz," had given a person La Paz.
    record = extract_text("Protesters gathered in the Bolivian capital, La Paz, on Friday.")
    assert ("La Paz", "City") in named(record)
    assert ("La Paz", "Bolivia") in fact_ends(record, "located_in")
    # Money a firm raised is no country's capital: the person after it stays a person.
    person = extract_text("The fund raised fresh capital, Lea Paz said on Friday.")
    assert ("Lea Paz", "Person") in named(person)
