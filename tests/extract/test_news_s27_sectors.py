"""What firms do, as fresh news writes it (session 27): the thing a firm makes counted in
units ("produces two million ounces of platinum"), a rank joined by a hyphen ("the
third-largest bus operator"), the one who does the trade inside a description ("warehouse
owner and operator"), a sentence's first word that describes ("Alcoholic beverage giant").
On sentences invented here, each beside one of a near shape that must not be read so."""

from __future__ import annotations

import pytest

from extract_support import fact_ends


def sectors(record) -> set[tuple[str, str]]:
    return fact_ends(record, "operates_in_sector")


def sector_names(record) -> set[str]:
    return {e["name"] for e in record["entities"] if e["type"] == "Sector"}


def test_what_is_counted_in_units_is_what_a_firm_makes(extract_text):
    record = extract_text("Hanul Metals produces about 300,000 ounces of palladium a year.")
    assert ("Hanul Metals", "palladium") in sectors(record)
    record = extract_text("Daewon Agro Corp produced 2 million tonnes of rice and 500 million litres of soy sauce last year.")
    assert {("Daewon Agro Corp", "rice"), ("Daewon Agro Corp", "soy sauce")} <= sectors(record)


def test_a_unit_alone_is_no_trade(extract_text):
    record = extract_text("Hanul Metals produced 300,000 ounces last year.")
    assert not sectors(record)
    assert not any("ounces" in name for name in sector_names(record))


def test_a_rank_joined_by_a_hyphen_is_no_part_of_a_sector(extract_text):
    record = extract_text("Minjin Transit Co. is the second-largest city bus operator in Busan.")
    assert ("Minjin Transit Co.", "city bus") in sectors(record)
    assert not any("largest" in name for name in sector_names(record))


def test_an_ordinal_joined_to_a_noun_still_narrows(extract_text):
    record = extract_text("Hanul Power, a second-life battery maker, raised 5 billion won.")
    assert ("Hanul Power", "second-life battery") in sectors(record)


def test_who_does_the_trade_is_no_word_of_it(extract_text):
    record = extract_text("Busan-based cold storage warehouse owner and operator Hanul Frost was sold to Daewon.")
    assert ("Hanul Frost", "cold storage warehouse") in sectors(record)
    record = extract_text("Minjin Trading is one of the largest steel pipe distributors and provider of welding services in Korea.")
    assert ("Minjin Trading", "steel pipe") in sectors(record)
    assert not any(name.endswith(("distributors", "owner")) for name in sector_names(record))


def test_a_describing_word_that_opens_the_sentence_is_kept(extract_text):
    record = extract_text("Alcoholic beverage giant Hanul Spirits bought Daewon Brewery.")
    assert ("Hanul Spirits", "Alcoholic beverage") in sectors(record)


def test_a_demonym_that_opens_the_sentence_is_no_sector_word(extract_text):
    record = extract_text("Estonian battery maker Hanul Cells said sales rose.")
    assert ("Hanul Cells", "batteries") in sectors(record)
    assert not any("Estonian" in name for name in sector_names(record))


def test_a_reference_sector_before_the_head_after_is_is_a_word_of_the_sector(extract_text):
    record = extract_text("Daewon Tech is a leading battery separator supplier.")
    assert ("Daewon Tech", "battery separator") in sectors(record)
    record = extract_text("Minjin Corp is a Busan-based battery separator supplier.")
    assert ("Minjin Corp", "battery separator") in sectors(record)
    assert "Busan" not in " ".join(sector_names(record))


@pytest.mark.parametrize("text, firm, sector", [
    ("Hanul Transit operates bus and taxi services in Busan.", "Hanul Transit", "bus and taxi services"),
    ("Daewon Travel Co. provides executive coach services across Korea.", "Daewon Travel Co.", "executive coach services"),
    ("Minjin Logis offers contract logistics, warehousing and intermodal services.", "Minjin Logis", "warehousing"),
    ("Minjin Pharm distributes generic medicines to pharmacies.", "Minjin Pharm", "generic medicines"),
])
def test_services_a_firm_runs_and_what_it_distributes_are_its_trade(extract_text, text, firm, sector):
    assert (firm, sector) in sectors(extract_text(text))


@pytest.mark.parametrize("text", [
    "Hanul Transit Co. operates two depots in Busan.",
    "Daewon Capital provides funding to startups in Korea.",
    "Hanul Transit Co. offers a discount to students.",
])
def test_what_a_firm_runs_or_offers_that_is_no_service_is_no_trade(extract_text, text):
    assert not sectors(extract_text(text))


@pytest.mark.parametrize("text, firm, sector", [
    ("Hanul Health, a distributor of medical supplies, was sold.", "Hanul Health", "medical supplies"),
    ("Hanul Health, the largest wholesaler of drugs in Korea, was sold.", "Hanul Health", "pharmaceuticals"),
    ("Telecom conglomerate Minjin Group bought a stake in Daewon Cable.", "Minjin Group", "telecommunications"),
    ("Daewon Agro, a fertilizer company, raised 5 billion won.", "Daewon Agro", "fertilizer"),
    ("Mid-tier copper producer Sora Mining raised 5 billion won.", "Sora Mining", "copper"),
])
def test_trades_of_distribution_commodities_and_groups(extract_text, text, firm, sector):
    assert (firm, sector) in sectors(extract_text(text))


def test_how_big_a_firm_is_is_no_word_of_its_trade(extract_text):
    record = extract_text("Mid-tier copper producer Sora Mining raised 5 billion won.")
    assert not any("tier" in name.lower() for name in sector_names(record))
