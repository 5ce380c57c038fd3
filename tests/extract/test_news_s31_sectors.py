"""What firms do, as fresh news writes it (session 31): a sum read whole that ends in a unit
("9 million pounds of yarn"), a verb the parse hangs on a sector's noun ("tariffs hit steel"),
price bands ("high-end"), goods named by the industry they serve ("equipment for the
flexible-packaging industry"), "small business" lending, "the e-commerce trade", textile
goods, and items of a list sharing the last item's words ("paper and plastic packaging
products"). On sentences invented here, each beside one of a near shape that must not be
read so."""

from __future__ import annotations

from extract_support import fact_ends


def sectors(record) -> set[tuple[str, str]]:
    return fact_ends(record, "operates_in_sector")


def sector_names(record) -> set[str]:
    return {e["name"] for e in record["entities"] if e["type"] == "Sector"}


def test_a_weight_read_as_a_sum_is_no_trade_the_thing_weighed_is(extract_text):
    record = extract_text("Tamna Mills produces 4 million pounds of cotton thread a year.")
    assert ("Tamna Mills", "cotton thread") in sectors(record)
    assert not any("pounds" in name for name in sector_names(record))


def test_a_sum_of_money_made_is_no_trade(extract_text):
    record = extract_text("Tamna Mills makes 4 million pounds a year from its shops.")
    assert not any("pounds" in name for name in sector_names(record))


def test_a_verb_in_the_past_narrows_no_sector(extract_text):
    record = extract_text("Duties under Section 232 hit steel made by Gaon Metals Corp in Ulsan.")
    assert not any(name.startswith("hit") for name in sector_names(record))
    assert ("Gaon Metals Corp", "steel") in sectors(record)


def test_verbs_read_as_nouns_narrow_no_sector(extract_text):
    record = extract_text("Koru Dynamics designs, tests and manufactures parcel robots.")
    assert not any(name.startswith(("manufactures", "tests")) for name in sector_names(record))


def test_a_price_band_narrows_no_sector(extract_text):
    found = sectors(extract_text("Nuri Ltd, a high-end ceramic tile maker, raised $20 million."))
    assert ("Nuri Ltd", "ceramic tile") in found
    assert not any(sector.startswith("high-end") for _, sector in found)


def test_goods_are_named_by_the_industry_they_serve(extract_text):
    found = sectors(extract_text("Gaon Ltd, a maker of equipment for the corrugated-board industry, was bought by Koru Group."))
    assert ("Gaon Ltd", "corrugated-board equipment") in found
    assert ("Gaon Ltd", "equipment") not in found


def test_goods_of_a_trade_keep_their_name_beside_the_industry_they_serve(extract_text):
    found = sectors(extract_text("Gaon Ltd, a maker of batteries for the automotive industry, was bought by Koru Group."))
    assert ("Gaon Ltd", "batteries") in found


def test_small_business_lending_keeps_its_size_word(extract_text):
    found = sectors(extract_text("Bora Ltd, a small business lending platform, raised $10 million."))
    assert ("Bora Ltd", "small business lending") in found


def test_a_size_word_of_the_firm_stays_out(extract_text):
    found = sectors(extract_text("Bora Ltd, a small software company, raised $10 million."))
    assert ("Bora Ltd", "software") in found
    assert not any(sector.startswith("small") for _, sector in found)


def test_the_trade_of_a_sector_is_the_sector(extract_text):
    record = extract_text("Hana Corp is pushing into the e-commerce trade.")
    assert "e-commerce trade" not in sector_names(record)


def test_textile_goods_name_a_sector(extract_text):
    found = sectors(extract_text("Sora Textiles Ltd, a yarn and fabric maker, cut 200 jobs."))
    assert {("Sora Textiles Ltd", "yarn"), ("Sora Textiles Ltd", "fabric")} <= found


def test_items_share_the_words_after_the_last_items_first(extract_text):
    found = sectors(extract_text("Daebo Corp makes glass and metal packaging products."))
    assert {("Daebo Corp", "glass packaging products"), ("Daebo Corp", "metal packaging products")} <= found


def test_a_last_item_that_is_a_sectors_name_shares_nothing(extract_text):
    found = sectors(extract_text("Hanul Corp provides software and cloud computing services."))
    assert ("Hanul Corp", "software computing services") not in found


def test_a_participle_narrows_a_listed_item(extract_text):
    found = sectors(extract_text("Unifi Corp is a leading producer of dyed staple and filament yarn."))
    assert {("Unifi Corp", "dyed staple yarn"), ("Unifi Corp", "filament yarn")} <= found


def test_a_word_that_is_a_trade_of_its_own_shares_nothing(extract_text):
    found = sectors(extract_text("Hanul Corp makes chemical and plastic packaging products."))
    assert ("Hanul Corp", "chemical packaging products") not in found
    assert ("Hanul Corp", "plastic packaging products") in found


def test_a_microlender_is_in_microfinance(extract_text):
    found = sectors(extract_text("Minjin Credit Ltd, a microlender, raised $5 million from Koru Partners."))
    assert ("Minjin Credit Ltd", "microfinance") in found


def test_a_microfinance_group_named_after_it_is_in_microfinance(extract_text):
    found = sectors(extract_text("Koru Bank bought a stake in the second-largest microfinance group, Tamna Credit Ltd, for $80 million."))
    assert ("Tamna Credit Ltd", "microfinance") in found
    assert ("Koru Bank", "microfinance") not in found


def test_a_lender_described_as_a_borrower_of_microloans_is_no_microlender(extract_text):
    found = sectors(extract_text("Minjin Credit Ltd lent $5 million to a microlender in Lima."))
    assert ("Minjin Credit Ltd", "microfinance") not in found


def test_a_yarn_spinner_is_in_yarn(extract_text):
    found = sectors(extract_text("Korean yarn spinner Daebo Spinning Co bought Tamna Mills Inc."))
    assert ("Daebo Spinning Co", "yarn") in found


def test_a_spinner_of_no_trade_word_names_no_sector(extract_text):
    found = sectors(extract_text("Daebo Spinning Co, a political spinner, bought Tamna Mills Inc."))
    assert not any(firm == "Daebo Spinning Co" for firm, _ in found)
