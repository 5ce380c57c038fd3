"""What firms do, as fresh news writes it (session 28): the things a firm makes named
through a word for a set of them ("a wide range of industrial robots"), praise before a
trade's words ("state-of-the-art chips", "one of the most iconic lemon companies"), a
contractor's trade ("a defense contractor"), and the copula with a possessor ("Hanul is
China's biggest copper producer"). On sentences invented here, each beside one of a near
shape that must not be read so."""

from __future__ import annotations

import pytest

from extract_support import fact_ends


def sectors(record) -> set[tuple[str, str]]:
    return fact_ends(record, "operates_in_sector")


def sector_names(record) -> set[str]:
    return {e["name"] for e in record["entities"] if e["type"] == "Sector"}


@pytest.mark.parametrize("text, firm, sector", [
    ("Hanul Motion builds a wide range of industrial robots for carmakers.", "Hanul Motion", "industrial robots"),
    ("Daewon Cells produces a variety of electric vehicle batteries.", "Daewon Cells", "electric vehicle batteries"),
    ("Minjin Pharm sells a broad portfolio of generic drugs in Asia.", "Minjin Pharm", "generic drugs"),
])
def test_what_a_set_of_things_is_of_is_what_a_firm_makes(extract_text, text, firm, sector):
    record = extract_text(text)
    assert (firm, sector) in sectors(record)
    assert not any(word in name for name in sector_names(record) for word in ("range", "variety", "portfolio"))


@pytest.mark.parametrize("text", [
    "Daewon Cells produces a wide variety for its clients.",
    "Minjin Pharm offers a wide range of discounts to students.",
])
def test_a_set_of_no_trade_is_no_trade(extract_text, text):
    assert not sectors(extract_text(text))


@pytest.mark.parametrize("text, firm, sector", [
    ("Tamna Semicon Co. makes state-of-the-art chips in Busan.", "Tamna Semicon Co.", "semiconductors"),
    ("Koru Metals is a world-class steel producer.", "Koru Metals", "steel"),
    ("Nuri Farms, one of Korea's most iconic pear companies, was sold.", "Nuri Farms", "pear"),
])
def test_praise_is_no_word_of_a_trade(extract_text, text, firm, sector):
    record = extract_text(text)
    assert (firm, sector) in sectors(record)
    assert not any(word in name.lower() for name in sector_names(record) for word in ("state-of", "world-class", "iconic"))


def test_a_word_joined_by_a_hyphen_that_narrows_still_does(extract_text):
    record = extract_text("Tamna Semicon Co. makes third-generation chips in Busan.")
    assert ("Tamna Semicon Co.", "third-generation chips") in sectors(record)


@pytest.mark.parametrize("text, firm, sector", [
    ("Hanul Systems, a defense contractor, said profit rose.", "Hanul Systems", "defence"),
    ("The deal went to construction contractor Minjin E&C on Monday.", "Minjin E&C", "construction"),
])
def test_a_contractor_is_in_its_trade(extract_text, text, firm, sector):
    assert (firm, sector) in sectors(extract_text(text))


def test_a_contractor_of_no_trade_is_in_none(extract_text):
    record = extract_text("Daewon Aerospace is a government contractor, the ministry said.")
    assert not sectors(record)
    assert not any("contractor" in name for name in sector_names(record))


@pytest.mark.parametrize("text, firm, sector", [
    ("Gaon Mining is China's biggest copper producer.", "Gaon Mining", "copper"),
    ("Sora Energy is one of the world's largest battery makers.", "Sora Energy", "batteries"),
    ("Bada Corp is the country's third-largest steel maker.", "Bada Corp", "steel"),
])
def test_the_copula_with_a_possessor_says_what_a_firm_makes(extract_text, text, firm, sector):
    assert (firm, sector) in sectors(extract_text(text))


@pytest.mark.parametrize("text", [
    "Gaon Mining is Daewon's biggest customer.",
    "Sora Energy is one of the world's largest investors.",
])
def test_the_copula_with_a_possessor_and_no_trade_gives_none(extract_text, text):
    assert not sectors(extract_text(text))


def test_a_list_with_commas_before_the_head_names_each_trade(extract_text):
    record = extract_text("Gaon Telecom, a phone, internet and television provider, cut prices.")
    assert {("Gaon Telecom", "phone"), ("Gaon Telecom", "internet"), ("Gaon Telecom", "television")} <= sectors(record)
    assert not any("," in name or " internet" in name for name in sector_names(record))


def test_a_description_between_dashes_says_what_a_firm_makes(extract_text):
    record = extract_text("Koru Ltd -- a cement maker -- said sales fell.")
    assert ("Koru Ltd", "cement") in sectors(record)


def test_names_listed_before_a_description_are_not_described_by_it(extract_text):
    record = extract_text("Bando Co, Hana Co and Poly Co, a battery maker, signed a deal.")
    assert ("Poly Co", "batteries") in sectors(record)
    assert ("Bando Co", "batteries") not in sectors(record)


@pytest.mark.parametrize("text", [
    "Hana Corp agreed to sell its chip business to Tamna Inc.",
    "Nuri Telecom said it had agreed to sell its fiber network and its cable assets to Gaon Ltd.",
])
def test_a_part_sold_off_is_no_trade_of_the_seller(extract_text, text):
    assert not sectors(extract_text(text))


def test_goods_a_firm_sells_are_its_trade(extract_text):
    record = extract_text("Bando Co sells its batteries to carmakers in Europe.")
    assert ("Bando Co", "batteries") in sectors(record)


def test_a_verb_the_tagger_joined_as_a_noun_names_no_trade(extract_text):
    record = extract_text("Gaon Agro Co. produces cattle feed and supplies piglets to farmers.")
    assert ("Gaon Agro Co.", "cattle feed") in sectors(record)
    assert "supplies" not in sector_names(record)


def test_supplies_of_a_kind_are_a_trade(extract_text):
    record = extract_text("Bada Co makes robots and medical supplies.")
    assert ("Bada Co", "medical supplies") in sectors(record)


def test_an_ordinal_of_a_word_inside_a_trade_is_a_word_of_it(extract_text):
    record = extract_text("Flex Co, a third party logistics provider in Busan, was sold.")
    assert ("Flex Co", "third party logistics") in sectors(record)
    assert "party logistics" not in sector_names(record)


def test_an_ordinal_that_ranks_a_firm_is_no_word_of_its_trade(extract_text):
    record = extract_text("Minjin Co, the second battery maker to list in Busan, rose.")
    assert ("Minjin Co", "batteries") in sectors(record)
    assert not any("second" in name for name in sector_names(record))
