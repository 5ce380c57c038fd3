"""What firms do, as fresh news writes it (session 30): a share of a whole a firm makes
("one-third of the global supply of bromine"), broadcasters, what a deal makes a firm
("would make Hanul the largest media group in Portugal") and how big a firm is ("a large
media group"); words a conjunction joins before a head ("an educational and humanoid
robot maker"), forwarders, and broadband in a list. On sentences invented here, each beside
one of a near shape that must not be read so."""

from __future__ import annotations

import pytest

from extract_support import fact_ends


def sectors(record) -> set[tuple[str, str]]:
    return fact_ends(record, "operates_in_sector")


def sector_names(record) -> set[str]:
    return {e["name"] for e in record["entities"] if e["type"] == "Sector"}


@pytest.mark.parametrize("text, firm, sector", [
    ("Tamna Chemical produces one-third of the world's supply of iodine.", "Tamna Chemical", "iodine"),
    ("Gaon Mining produces nearly 25% of the world's cobalt.", "Gaon Mining", "cobalt"),
    ("Nuri Metals produces about 60 percent of global supply of tungsten.", "Nuri Metals", "tungsten"),
    ("Koru Ltd makes most of the world's memory chips.", "Koru Ltd", "memory chips"),
])
def test_a_share_of_a_whole_is_no_trade_but_what_it_is_a_share_of(extract_text, text, firm, sector):
    record = extract_text(text)
    assert (firm, sector) in sectors(record)
    assert not any("percent" in name or "%" in name or "third" in name or name == "most" for name in sector_names(record))


@pytest.mark.parametrize("text", [
    "Tamna Chemical produces about 60 percent.",
    "Gaon Mining supplies 25% of its output to Minjin Steel.",
])
def test_a_share_of_nothing_or_of_output_is_no_trade(extract_text, text):
    assert not sectors(extract_text(text))


@pytest.mark.parametrize("text, firm, sector", [
    ("Tamna Media, Chile's largest broadcaster, posted a loss.", "Tamna Media", "broadcasting"),
    ("Gaon Corp bought a stake in Spanish broadcaster Nuri TV.", "Nuri TV", "broadcasting"),
    ("Radio broadcaster Koru FM was sold for $30 million.", "Koru FM", "broadcasting"),
])
def test_a_broadcaster_is_in_broadcasting(extract_text, text, firm, sector):
    assert (firm, sector) in sectors(extract_text(text))


def test_broadcasters_no_firm_is_named_of_are_no_fact(extract_text):
    assert not sectors(extract_text("The final was shown by broadcasters in 60 countries."))


@pytest.mark.parametrize("text, firm, sector", [
    ("The merger would make Tamna Corp the largest media group in Chile.", "Tamna Corp", "media"),
    ("The purchase makes Gaon Ltd one of the biggest steelmakers in Europe.", "Gaon Ltd", "steel"),
])
def test_what_a_deal_makes_a_firm_is_its_trade(extract_text, text, firm, sector):
    assert (firm, sector) in sectors(extract_text(text))


@pytest.mark.parametrize("text", [
    "The merger would make Tamna Corp the largest company in Chile.",
    "The deal will make Gaon Ltd a wholly owned unit of Nuri Holdings.",
])
def test_what_a_deal_makes_a_firm_is_no_trade_without_one(extract_text, text):
    assert not sectors(extract_text(text))


@pytest.mark.parametrize("text, firm, sector", [
    ("Tamna Corp is a large media group.", "Tamna Corp", "media"),
    ("Gaon Ltd, a small software firm, raised $5 million.", "Gaon Ltd", "software"),
])
def test_how_big_a_firm_is_is_no_word_of_its_trade(extract_text, text, firm, sector):
    record = extract_text(text)
    assert (firm, sector) in sectors(record)
    assert not any(name.startswith(("large ", "small ")) for name in sector_names(record))



def test_words_a_conjunction_joins_before_a_head_are_each_a_kind_of_it(extract_text):
    record = extract_text("Tamna Robotics, a medical and agricultural robot maker, raised $20 million.")
    assert {("Tamna Robotics", "medical robot"), ("Tamna Robotics", "agricultural robot")} <= sectors(record)


def test_one_word_before_the_head_is_no_list(extract_text):
    record = extract_text("Tamna Robotics, a new agricultural robot maker, raised $20 million.")
    assert ("Tamna Robotics", "agricultural robot") in sectors(record)
    assert not any(name.startswith("new") for name in sector_names(record))


@pytest.mark.parametrize("text, firm", [
    ("Gaon Corp bought Lyon-based freight-forwarder Nuri Cargo.", "Nuri Cargo"),
    ("Koru Ltd, an ocean freight forwarder, was sold.", "Koru Ltd"),
])
def test_a_forwarder_is_in_freight_forwarding(extract_text, text, firm):
    assert (firm, "freight forwarding") in sectors(extract_text(text))


def test_broadband_is_a_trade_of_its_own_in_a_list(extract_text):
    record = extract_text("Gaon Corp bought broadband and satellite television provider Sora Net.")
    assert {("Sora Net", "broadband"), ("Sora Net", "satellite television")} <= sectors(record)
    assert "broadband television" not in sector_names(record)
