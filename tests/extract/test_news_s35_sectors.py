"""What firms do, session 35 (helper "sectors35"), kinds met among the dev misses of
operates_in_sector: the one who does a trade, by which the gold names the sector ("chip
designer", "defense contractor": 2 dev facts and their entities), and two nouns "and" joins
before one noun they both narrow, which the gold keeps as one trade ("bus and taxi
services", "a semiconductor and display material subsidiary": 2 dev facts, 3 entities; the
dev gold keeps 5 such phrases whole, while it parts adjectives, "educational and humanoid
robots", and a word of no trade before a generic noun, "server and cloud solutions"); and an adverb of time or addition after the copula ("X was once
China's largest car dealer": 1 dev fact). Sentences invented here, each beside one of a near
shape that must be read otherwise."""

from __future__ import annotations

import pytest

from extract_support import fact_ends


def sectors(record) -> set[tuple[str, str]]:
    return fact_ends(record, "operates_in_sector")


def sector_names(record) -> dict[str, list[str]]:
    return {e["name"]: e.get("aliases") or [] for e in record["entities"] if e["type"] == "Sector"}


@pytest.mark.parametrize("text, firm, sector, said", [
    ("Veltra Ventures and chip designer Orbix Holdings expressed interest in the deal.",
     "Orbix Holdings", "semiconductors", "chip designer"),
    ("Leading global shipbuilder and defense contractor Marlow has acquired a shipyard in Chile.",
     "Marlow", "defence", "defense contractor"),
])
def test_the_agent_of_a_trade_is_one_more_name_of_the_sector(extract_text, text, firm, sector, said):
    record = extract_text(text)
    assert (firm, sector) in sectors(record)
    assert said in sector_names(record)[sector]


def test_a_word_that_names_the_firm_takes_no_second_agent(extract_text):
    # "shipbuilder and defense contractor": the maker word names the firm already.
    names = sector_names(extract_text("Leading global shipbuilder and defense contractor Marlow has acquired a shipyard in Chile."))
    assert "shipbuilder contractor" not in names["shipbuilding"]
    assert "shipbuilder" in names["shipbuilding"]


@pytest.mark.parametrize("text, firm, sector", [
    ("Tarvo Transit Co. operates bus and taxi services in Osaka.", "Tarvo Transit Co.", "bus and taxi services"),
    ("Dorvan Materials Co., a semiconductor and display material subsidiary under Dorvan Group, "
     "said it will form a joint venture.", "Dorvan Materials Co.", "semiconductor and display material"),
    ("Kesto Corp bought test and measurement equipment maker Nuri Instruments.", "Nuri Instruments",
     "test and measurement equipment"),
])
def test_two_nouns_joined_before_one_noun_name_one_trade(extract_text, text, firm, sector):
    record = extract_text(text)
    assert (firm, sector) in sectors(record)
    assert not {"bus services", "taxi services", "display material", "test equipment"} & set(sector_names(record))


@pytest.mark.parametrize("text, firm, expected", [
    # Adjectives narrow the noun each.
    ("Tarvo Corp makes educational and humanoid robots.", "Tarvo Corp", {"educational robots", "humanoid robots"}),
    # Two nouns with more than one word after them share those words each.
    ("Dorvan Corp makes glass and metal packaging products.", "Dorvan Corp",
     {"glass packaging products", "metal packaging products"}),
    # Nouns before a maker's word alone name a trade each.
    ("Kesto Textiles Ltd, a yarn and fabric maker, cut 200 jobs.", "Kesto Textiles Ltd", {"yarn", "fabric"}),
])
def test_words_joined_otherwise_are_parted(extract_text, text, firm, expected):
    assert {(firm, sector) for sector in expected} <= sectors(extract_text(text))


@pytest.mark.parametrize("text, firm, sector, said", [
    ("Founded in 2003, Kestrel Motors Trade was once China's largest car dealer, with 1,500 dealerships.",
     "Kestrel Motors Trade", "car", "car dealer"),
    ("Kestrel Metals is also one of the biggest steelmakers in Asia.", "Kestrel Metals", "steel", "steelmakers"),
])
def test_an_adverb_after_the_copula_still_says_what_the_firm_is(extract_text, text, firm, sector, said):
    record = extract_text(text)
    assert (firm, sector) in sectors(record)
    assert said in sector_names(record)[sector] + [sector]


def test_an_adverb_after_the_copula_makes_no_trade_of_a_firm_word(extract_text):
    # The adverb reads the complement as before: "employer" names no trade.
    record = extract_text("Kestrel Motors Trade was once the largest employer in Busan.")
    assert not sectors(record)
    assert not sector_names(record)
