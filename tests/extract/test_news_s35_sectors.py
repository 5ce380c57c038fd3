"""What firms do, session 35 (helper "sectors35"), kinds met among the dev misses of
operates_in_sector: the one who does a trade, by which the gold names the sector ("chip
designer", "defense contractor": 2 dev facts and their entities), and two nouns "and" joins
before one noun they both narrow, which the gold keeps as one trade ("bus and taxi
services", "a semiconductor and display material subsidiary": 2 dev facts, 3 entities; the
dev gold keeps 5 such phrases whole and parts none, while it parts adjectives, "educational
and humanoid robots"). Sentences invented here, each beside one of a near shape that must
be read otherwise."""

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

