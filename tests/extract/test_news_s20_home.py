"""Where a firm is from, as real news writes it in a description (session 20): a
country's name or adjective before the words that say what the firm is, lists of firms
after such words, a short form in parentheses among them; on sentences invented here,
each beside one of the same shape that must not be read so."""

from __future__ import annotations

import pytest

from extract_support import fact_ends


def homes(record) -> set[tuple[str, str]]:
    return fact_ends(record, "headquartered_in")


@pytest.mark.parametrize("text, firms, country", [
    # a country's adjective, then a plural noun of firms and the list
    ("Brazilian industries like Wega, Suzaro and Randal are growing in Asia.", ["Wega", "Suzaro", "Randal"], "Brazil"),
    # the country's name where its adjective would be
    ("Startups want to take on U.S. giants like Microhard and Gaggle.", ["Microhard", "Gaggle"], "United States"),
])
def test_firms_listed_after_a_country_and_a_plural_firm_noun(extract_text, text, firms, country):
    found = homes(extract_text(text))
    assert {(firm, country) for firm in firms} <= found


def test_a_plural_noun_of_no_firms_before_a_list_gives_no_home(extract_text):
    record = extract_text("American consumers like Hanul Robotics and Daewon Motors.")
    assert not {o for _, o in homes(record)} & {"United States"}


def test_a_country_name_before_the_firm_noun_of_an_apposition(extract_text):
    record = extract_text("Daewon Electronics is investing in Skilda AI, a U.S. robotics software startup.")
    assert ("Skilda AI", "United States") in homes(record)


def test_a_description_that_is_the_subject_of_its_own_verb_gives_no_home(extract_text):
    # "the U.S. company said": the description is the buyer's, not the bought firm's.
    record = extract_text("Daewon Electronics bought Skilda AI, the U.S. company said on Monday.")
    assert ("Skilda AI", "United States") not in homes(record)


def test_a_sector_word_between_the_country_possessive_and_the_firm_noun(extract_text):
    record = extract_text("Jindal Metals signed an agreement with South Korea's steel major Posko on Monday.")
    assert ("Posko", "South Korea") in homes(record)


def test_a_short_form_in_parentheses_among_the_words_before_the_firm(extract_text):
    record = extract_text("Chinese electric vehicle (EV) startup Xpang Motors has secured $400 million.")
    assert ("Xpang Motors", "China") in homes(record)


def test_parentheses_without_a_firm_noun_give_no_home(extract_text):
    record = extract_text("Chinese electric vehicle (EV) sales helped Xpang Motors in May.")
    assert ("Xpang Motors", "China") not in homes(record)


@pytest.mark.parametrize("noun", ["broadcaster", "airline", "brand"])
def test_more_nouns_that_say_what_a_firm_is(extract_text, noun):
    record = extract_text(f"Italian {noun} Hanul Media said on Wednesday it had raised its stake.")
    assert ("Hanul Media", "Italy") in homes(record)


def test_a_rank_between_the_country_possessive_and_the_firm_noun(extract_text):
    record = extract_text("Hanul Co., a chemical unit of South Korea's No. 3 conglomerate Daewon Group, said it will invest.")
    assert ("Daewon Group", "South Korea") in homes(record)


def test_a_participle_before_the_demonym_of_an_apposition(extract_text):
    record = extract_text("Minjin Bank is investing in Furiosa Chips, a leading Korean startup specializing in AI chips.")
    assert ("Furiosa Chips", "South Korea") in homes(record)


def test_a_demonym_of_the_firms_supplied_gives_no_home(extract_text):
    record = extract_text("Minjin Bank is investing in Furiosa Chips, a leading supplier to Korean carmakers.")
    assert ("Furiosa Chips", "South Korea") not in homes(record)


def test_based_in_after_a_short_form_in_parentheses(extract_text):
    record = extract_text("The ministry turned down a proposal from Megha Infra Ltd (MEIL), based in Hyderabad, to build a plant.")
    assert ("Megha Infra Ltd", "Hyderabad") in homes(record)


def test_a_short_form_in_parentheses_and_a_place_not_said_to_be_its_base(extract_text):
    record = extract_text("The ministry turned down a proposal from Megha Infra Ltd (MEIL), active in Hyderabad, to build a plant.")
    assert ("Megha Infra Ltd", "Hyderabad") not in homes(record)
