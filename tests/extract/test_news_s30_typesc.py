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
