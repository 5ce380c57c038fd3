"""What firms do, as fresh news writes it (session 26): heads of a firm's description that
name a business ("electronics retailer", "a short-video platform", "trading house", "cafe
chain"), words a hyphen joins ("ride-hailing"), a trade's word by its ending ("foodtech"),
and what is no sector: the area of a place ("Chicago-area companies"), venture capital as
money ("attracted abundant venture capital"). On sentences invented here, each beside one
of a near shape that must not be read so."""

from __future__ import annotations

import pytest

from extract_support import fact_ends


def sectors(record) -> set[tuple[str, str]]:
    return fact_ends(record, "operates_in_sector")


def names(record, sector: str) -> set[str]:
    """The name and aliases of the record's sector entity named *sector*."""
    found = [e for e in record["entities"] if e["type"] == "Sector" and e["name"] == sector]
    return {found[0]["name"], *found[0]["aliases"]} if found else set()


@pytest.mark.parametrize("text, firm, sector", [
    ("Korean furniture retailer Hanul Living plans to buy Daewon Home.", "Hanul Living", "furniture"),
    ("Minjin Media, a short-video platform, raised $10 million.", "Minjin Media", "short-video"),
    ("Daewon Foods, a noodle restaurant chain, was sold to Hanul Capital.", "Daewon Foods", "noodle restaurant"),
    ("Korean trading house Sora Corp bought a stake in Hanul Mining.", "Sora Corp", "trading"),
    ("Minjin Mobility, a ride-hailing company, raised $20 million.", "Minjin Mobility", "ride-hailing"),
    ("Kedaara led a round in foodtech startup Hanul Kitchen.", "Hanul Kitchen", "foodtech"),
])
def test_a_head_that_names_a_business_names_the_firms_trade(extract_text, text, firm, sector):
    assert (firm, sector) in sectors(extract_text(text))


def test_a_business_head_gives_the_sector_the_businesss_name_too(extract_text):
    record = extract_text("Korean furniture retailer Hanul Living plans to buy Daewon Home. "
                          "Minjin Media, a short-video platform, raised $10 million.")
    assert {"furniture retail", "furniture retailer"} <= names(record, "furniture")
    assert "short-video platform" in names(record, "short-video")


@pytest.mark.parametrize("text, firm, sector", [
    # a supply chain is no chain of shops
    ("Disruptions in the chip supply chain, Hanul Semicon said, will ease.", "Hanul Semicon", "chip supply"),
    # a trade of a country's hub, or the size of a firm, is none of the firm's
    ("The round was led by two Chicago-area companies, Hanul Capital and Daewon Holdings.", "Hanul Capital", "area"),
    # "hi-tech" says only that a firm works with technology
    ("Kedaara led a round in hi-tech startup Hanul Kitchen.", "Hanul Kitchen", "hi-tech"),
])
def test_a_head_of_no_business_names_no_trade(extract_text, text, firm, sector):
    assert (firm, sector) not in sectors(extract_text(text))


def test_the_area_of_a_place_is_no_part_of_a_sector(extract_text):
    record = extract_text("The round was led by Busan-area chemical firm Hanul Chemical.")
    assert ("Hanul Chemical", "chemicals") in sectors(record)
    assert not any("area" in sector for _, sector in sectors(record))


def test_venture_capital_as_money_is_no_sector(extract_text):
    record = extract_text("Startups in the region attracted abundant venture capital last year.")
    assert not [e for e in record["entities"] if e["type"] == "Sector"]


def test_venture_capital_as_a_trade_is_one(extract_text):
    record = extract_text("Hanul Partners, which works in venture capital, hired Kim Min-ji.")
    assert ("Hanul Partners", "venture capital") in sectors(record)


def test_a_firm_active_in_a_trade_operates_in_it(extract_text):
    record = extract_text("Hanul Beauty, a company active in cosmetics, raised 5 billion won.")
    assert ("Hanul Beauty", "cosmetics") in sectors(record)


@pytest.mark.parametrize("text, firm", [
    ("Minjin Partners, an investor active in the region, led the round in Hanul Beauty.", "Minjin Partners"),
    ("Daewon Capital, a fund active in Korea, led the round in Hanul Beauty.", "Daewon Capital"),
])
def test_a_firm_active_in_a_place_operates_in_no_sector(extract_text, text, firm):
    assert not [s for f, s in sectors(extract_text(text)) if f == firm]
