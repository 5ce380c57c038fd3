"""What firms do, as fresh news writes it (session 29): a list of words with commas before
one noun ("air, sea and rail cargo services"), a list item of no trade of its own that
shares the last item's noun ("test and measurement equipment maker"), and a US state's
abbreviation glued to "-based" ("a Tulsa, Okla.-based ..."). On sentences invented here,
each beside one of a near shape that must not be read so."""

from __future__ import annotations

import pytest

from extract_support import fact_ends


def sectors(record) -> set[tuple[str, str]]:
    return fact_ends(record, "operates_in_sector")


def sector_names(record) -> set[str]:
    return {e["name"] for e in record["entities"] if e["type"] == "Sector"}


def test_commas_part_a_list_of_words_before_one_noun(extract_text):
    record = extract_text("Bada Co makes surgical, dental and veterinary robots.")
    assert {("Bada Co", "surgical robots"), ("Bada Co", "dental robots"), ("Bada Co", "veterinary robots")} <= sectors(record)
    assert not any("," in name or "surgical dental" in name for name in sector_names(record))


def test_commas_without_a_conjunction_part_no_list(extract_text):
    record = extract_text("Bada Co makes small, cheap robots.")
    assert not any(name in ("small robots", "cheap robots") for name in sector_names(record))


# Session 35: two nouns "and" joins before one noun are one trade, as the dev gold names it
# ("bus and taxi services"); the word of no trade still shares the noun, within the whole.
@pytest.mark.parametrize("text, firm, expected", [
    ("Gaon Corp bought test and measurement equipment maker Nuri Instruments.", "Nuri Instruments",
     {"test and measurement equipment"}),
    ("Gaon Corp bought inspection and repair equipment-maker Nuri Tools for $50 million.", "Nuri Tools",
     {"inspection and repair equipment"}),
])
def test_an_item_of_no_trade_shares_the_last_items_noun(extract_text, text, firm, expected):
    record = extract_text(text)
    assert {(firm, sector) for sector in expected} <= sectors(record)
    assert not {"test", "inspection"} & sector_names(record)


@pytest.mark.parametrize("text, firm, expected", [
    ("Tamna Co, a battery and robot maker, said sales rose.", "Tamna Co", {"batteries", "robotics"}),
    ("Tamna Co is a Korean server and cloud solutions provider.", "Tamna Co", {"server", "cloud solutions"}),
])
def test_an_item_that_is_a_trade_keeps_to_itself(extract_text, text, firm, expected):
    record = extract_text(text)
    assert {(firm, sector) for sector in expected} <= sectors(record)
    assert not {"battery robots", "server solutions"} & sector_names(record)


def test_a_state_abbreviation_glued_to_based_is_no_word_of_a_trade(extract_text):
    record = extract_text("Koru Systems, a Tulsa, Okla.-based drone software company, raised $20 million.")
    assert ("Koru Systems", "drone software") in sectors(record)
    assert not any("based" in name for name in sector_names(record))


@pytest.mark.parametrize("text", [
    "Sora Agro completed the sale of its Chilean seed operations to Nuri Co for $90 million.",
    "Tamna Corp announced the sale of its display business to Koru Ltd.",
])
def test_a_part_whose_sale_is_told_is_no_trade_of_the_seller(extract_text, text):
    assert not sectors(extract_text(text))


def test_the_sale_of_goods_is_still_a_trade(extract_text):
    record = extract_text("Bada Pharma Co. wants to double its sales of generic drugs in Asia.")
    assert ("Bada Pharma Co.", "generic drugs") in sectors(record)


@pytest.mark.parametrize("text, firm, sector", [
    ("The 90-year-old coffee trader Gaon Foods cut output.", "Gaon Foods", "coffee"),
    ("Nuri Bio, a 9-year-old vaccine developer, raised $40 million.", "Nuri Bio", "vaccine"),
])
def test_how_old_a_firm_is_is_no_word_of_its_trade(extract_text, text, firm, sector):
    record = extract_text(text)
    assert (firm, sector) in sectors(record)
    assert not any("old" in name for name in sector_names(record))
