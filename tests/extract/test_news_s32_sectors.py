"""What firms do, as fresh news writes it (session 32): service firms named by the trade
they broker, represent or franchise ("insurance brokerage", "talent agency", "salon
franchise"). On sentences invented here, each beside one of a near shape that must not be
read so."""

from __future__ import annotations

from extract_support import fact_ends


def sectors(record) -> set[tuple[str, str]]:
    return fact_ends(record, "operates_in_sector")


def sector_names(record) -> set[str]:
    return {e["name"] for e in record["entities"] if e["type"] == "Sector"}


def sector_aliases(record) -> set[str]:
    return {a for e in record["entities"] if e["type"] == "Sector" for a in [e["name"], *e.get("aliases", [])]}


def test_a_broker_is_in_the_trade_it_brokers(extract_text):
    record = extract_text("Tamna Partners, a mortgage broker, was bought by Gaon Bank.")
    assert ("Tamna Partners", "mortgage") in sectors(record)
    assert "mortgage brokerage" in sector_aliases(record)


def test_an_insurance_brokerage_is_in_insurance(extract_text):
    record = extract_text("Koru Holdings agreed to buy Nuri Risk, an employee benefits and insurance brokerage.")
    assert ("Nuri Risk", "insurance") in sectors(record)
    assert "insurance brokerage" in sector_aliases(record)


def test_an_agency_is_in_the_trade_it_serves(extract_text):
    found = sectors(extract_text("Bora Media took a stake in advertising agency Hanbit Ideas Co."))
    assert ("Hanbit Ideas Co.", "advertising") in found


def test_a_news_agency_cited_is_no_trade_told(extract_text):
    record = extract_text("Bora Media will cut 300 jobs, news agency Hanbit Wire reported on Monday.")
    assert not any(sector == "news" for _, sector in sectors(record))


def test_a_franchise_is_in_its_trade(extract_text):
    found = sectors(extract_text("Mirae Equity invested $20 million in Sori Beauty Ltd, a hair salon franchise."))
    assert ("Sori Beauty Ltd", "hair salon") in found


def test_a_compound_with_of_is_read_whole(extract_text):
    record = extract_text("Koru Group bought retail point of sale software vendor Dano Systems.")
    found = sectors(record)
    assert any(sector.endswith("point of sale software") for company, sector in found if company == "Dano Systems")
    assert "sale software" not in sector_names(record)


def test_a_hyphened_compound_with_of_is_read_whole(extract_text):
    record = extract_text("Koru Group bought point-of-sale software vendor Dano Systems.")
    assert not any(name.startswith("of-") for name in sector_aliases(record))
    assert "point-of-sale software" in sector_aliases(record)


def test_a_maker_of_goods_is_no_compound(extract_text):
    found = sectors(extract_text("Dano Systems, a maker of sales software, raised $5 million."))
    assert ("Dano Systems", "sales software") in found


def test_a_word_for_a_young_firm_is_no_trade(extract_text):
    record = extract_text("Koru Group bought start-up software company Dano Labs last year.")
    assert ("Dano Labs", "software") in sectors(record)
    assert not any(name.startswith("start") for name in sector_names(record))


def test_core_operations_name_the_trade_alone(extract_text):
    record = extract_text("Hanbit Holdings will sell its hotels to focus on its core cement operations.")
    assert ("Hanbit Holdings", "cement") in sectors(record)
    assert not any("operations" in name or name.startswith("core") for name in sector_names(record))


def test_operations_sold_are_no_trade(extract_text):
    found = sectors(extract_text("Hanbit Holdings sold its cement operations to Koru Group."))
    assert ("Hanbit Holdings", "cement") not in found


def test_what_a_firms_products_include_is_its_trade(extract_text):
    found = sectors(extract_text("Nuri Pay, whose products include card readers and payroll software, raised $8 million."))
    assert {("Nuri Pay", "card readers"), ("Nuri Pay", "payroll software")} <= found


def test_what_a_firms_customers_include_is_no_trade(extract_text):
    found = sectors(extract_text("Nuri Pay, whose customers include card issuers and payroll firms, raised $8 million."))
    assert not any(company == "Nuri Pay" for company, _ in found)


def test_a_firms_core_business_is_its_trade_whatever_the_words(extract_text):
    found = sectors(extract_text("Tamna Foods' core business is canned tuna and pickled radish."))
    assert {("Tamna Foods", "canned tuna"), ("Tamna Foods", "pickled radish")} <= found


def test_the_production_of_goods_names_the_goods(extract_text):
    record = extract_text("Tamna Foods' main business is the production of frozen noodles.")
    assert ("Tamna Foods", "frozen noodles") in sectors(record)
    assert "production" not in sector_names(record)


def test_a_business_told_of_without_a_thing_is_no_trade(extract_text):
    record = extract_text("Tamna Foods' core business was growing fast, and its business is strongest in Busan.")
    assert not sectors(record)


def test_a_meal_kit_startup_is_in_meal_kits(extract_text):
    found = sectors(extract_text("Sori Table, a meal kit startup based in Daegu, raised $4 million."))
    assert ("Sori Table", "meal kit") in found


def test_a_startup_of_a_stage_is_in_no_trade(extract_text):
    found = sectors(extract_text("Sori Table, a seed-stage startup based in Daegu, raised $4 million."))
    assert not any(company == "Sori Table" for company, _ in found)


def test_the_shops_a_firm_runs_are_its_trade(extract_text):
    found = sectors(extract_text("Hanbit Retail, which operates 240 convenience stores in Busan, raised $30 million."))
    assert ("Hanbit Retail", "convenience stores") in found


def test_the_plants_a_firm_runs_are_no_trade(extract_text):
    found = sectors(extract_text("Hanbit Retail, which operates two warehouses in Busan, raised $30 million."))
    assert not any(company == "Hanbit Retail" for company, _ in found)
