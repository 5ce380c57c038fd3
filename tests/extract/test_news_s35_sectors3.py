"""Sector lists, session 35 (helper "sectors35c"), a kind met among the dev misses of
sector entities: in a list of three or more fields before a plural sector head, words
"and" joins between two commas are one field, as the gold keeps them (one dev list, an
outlet of Iran: one missed entity and two spurious ones), while the last "and" still parts
the last two items and a list of two stays parted. Sentences invented here, each beside
one of a near shape that must be read otherwise."""

from __future__ import annotations


def sector_names(record) -> set[str]:
    return {e["name"] for e in record["entities"] if e["type"] == "Sector"}


def test_words_joined_between_two_commas_are_one_field(extract_text):
    record = extract_text("The fair will favour construction, oil and energy, medicine, food and health sectors, Marn said.")
    assert sector_names(record) == {"construction", "oil and energy", "medicine", "food", "health"}


def test_the_last_and_of_the_list_parts_its_items(extract_text):
    record = extract_text("The fair will favour construction, medicine, food and health tourism sectors, Marn said.")
    assert sector_names(record) == {"construction", "medicine", "food", "health tourism"}


def test_a_list_of_two_stays_parted(extract_text):
    record = extract_text("The fair will favour the oil and energy sectors, Marn said.")
    assert sector_names(record) == {"oil", "energy"}
