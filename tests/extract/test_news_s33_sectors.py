"""What firms do, as fresh news writes it (session 33): a firm told "one of the largest makers
of X" in apposition (an Indian deals site), words that say whether a firm's shares trade or
what it was before ("unlisted cosmetics maker", "the former mirror company": a British wire's
Seoul desk and a European auto-industry magazine on Indian parts makers). On sentences
invented here, each beside one of a near shape that must not be read so."""

from __future__ import annotations

from extract_support import fact_ends


def sectors(record) -> set[tuple[str, str]]:
    return fact_ends(record, "operates_in_sector")


def sector_names(record) -> set[str]:
    return {e["name"] for e in record["entities"] if e["type"] == "Sector"}


def test_one_of_the_makers_of_goods_in_apposition_is_in_their_trade(extract_text):
    found = sectors(extract_text("Minjin Wheels Ltd, one of the largest makers of steering yokes, raised $5 million."))
    assert ("Minjin Wheels Ltd", "steering yokes") in found


def test_one_of_the_buyers_of_goods_is_in_no_trade(extract_text):
    found = sectors(extract_text("Minjin Wheels Ltd, one of the largest buyers of steering yokes, raised $5 million."))
    assert not any(company == "Minjin Wheels Ltd" for company, _ in found)


def test_one_of_the_founders_in_apposition_founded_the_firm(extract_text):
    found = fact_ends(extract_text("Kim Min-soo, one of the founders of Hanul Robotics, said the firm would list."), "founded_by")
    assert ("Hanul Robotics", "Kim Min-soo") in found


def test_an_unlisted_maker_is_in_the_trade_alone(extract_text):
    record = extract_text("Daewon bought unlisted cosmetics maker Hanul Co for $300 million.")
    assert ("Hanul Co", "cosmetics") in sectors(record)
    assert not any(name.startswith("unlisted") for name in sector_names(record))


def test_a_former_trade_company_is_in_the_trade_alone(extract_text):
    record = extract_text("Daewon bought Hanul Glass, the former mirror company Sorae, last year.")
    assert ("Sorae", "mirror") in sectors(record)
    assert "former mirror" not in sector_names(record)
