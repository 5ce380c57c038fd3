"""What firms do, as fresh news writes it (session 33): a firm told "one of the largest makers
of X" in apposition (an Indian deals site), words that say whether a firm's shares trade or
what it was before ("unlisted cosmetics maker", "the former mirror company": a British wire's
Seoul desk and a European auto-industry magazine on Indian parts makers); and shapes probed
after Nigerian fintech, Gulf and South African logistics and Indian parts-maker stories: "a
Lagos-based fintech" in apposition, "is engaged in the manufacture of", "is active in" after
the copula, two fields before a plural "sectors". On sentences invented here, each beside
one of a near shape that must not be read so."""

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

def test_a_city_based_fintech_in_apposition_is_in_fintech(extract_text):
    found = sectors(extract_text("Kuda Pay Ltd, a Lagos-based fintech, raised $10 million."))
    assert ("Kuda Pay Ltd", "fintech") in found


def test_a_city_based_investor_backing_a_fintech_is_in_no_fintech(extract_text):
    found = sectors(extract_text("Kuda Capital Ltd, a Lagos-based investor, backed the fintech Sora Pay Ltd."))
    assert ("Kuda Capital Ltd", "fintech") not in found


def test_a_firm_engaged_in_making_goods_is_in_their_trade(extract_text):
    found = sectors(extract_text("Hanul Textiles Ltd is engaged in the manufacture of denim fabrics."))
    assert ("Hanul Textiles Ltd", "denim fabrics") in found


def test_a_firm_engaged_in_talks_is_in_no_trade(extract_text):
    found = sectors(extract_text("Hanul Textiles Ltd is engaged in talks with Daewon Steel Co on battery supply."))
    assert not found


def test_a_firm_active_in_a_trade_after_the_copula_is_in_it(extract_text):
    found = sectors(extract_text("Hanul Co is active in the semiconductor business."))
    assert ("Hanul Co", "semiconductors") in found


def test_a_firm_active_in_a_market_of_no_trade_is_in_none(extract_text):
    found = sectors(extract_text("Hanul Co remains active in the Korean market and on social media."))
    assert not found


def test_two_fields_before_a_plural_sectors_are_two_trades(extract_text):
    record = extract_text("Hanul Co operates in the logistics and warehousing sectors.")
    assert sectors(record) == {("Hanul Co", "logistics"), ("Hanul Co", "warehousing")}
    assert "logistics and warehousing" not in sector_names(record)


def test_a_sector_named_with_and_before_a_plural_stays_one(extract_text):
    found = sectors(extract_text("Hanul Co focuses on the oil and gas industries."))
    assert found == {("Hanul Co", "petroleum")}
