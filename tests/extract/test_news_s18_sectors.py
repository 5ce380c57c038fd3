"""Sectors as news writes them (session 18), on sentences invented here, each beside a
sentence of the same shape that must not be read so."""

from __future__ import annotations

import pytest


def facts(record) -> dict[tuple[str, str, str], dict]:
    return {(r["subject"], r["predicate"], r["object"]): r for r in record["relations"] if not r.get("candidate")}


def sectors_of(record, firm: str) -> set[str]:
    return {o for s, p, o in facts(record) if s == firm and p == "operates_in_sector"}


def sector_names(record) -> set[str]:
    """Every name and alias of the record's sectors, lower case."""
    return {n.lower() for e in record["entities"] if e["type"] == "Sector" for n in [e["name"], *e["aliases"]]}


# -- miners and refiners ----------------------------------------------------------------------

@pytest.mark.parametrize("text, firm, sector, written", [
    ("Indonesian coal miner Minjin Energy said it would cut output.", "Minjin Energy", "mining", "coal miner"),
    ("Minjin Energy, a copper miner, said it would cut output.", "Minjin Energy", "mining", "copper miner"),
    ("Minjin Energy, Korea's largest refiner, said it would cut output.", "Minjin Energy", "refining", "refiner"),
])
def test_a_miner_or_a_refiner_is_a_firm_of_its_trade_named_as_written(extract_text, text, firm, sector, written):
    record = extract_text(text)
    assert sector in sectors_of(record, firm)
    assert written in sector_names(record)


def test_miners_a_firm_employs_are_no_trade_of_it(extract_text):
    record = extract_text("Minjin Energy said on Monday that 200 coal miners went on strike at its mine.")
    assert not sectors_of(record, "Minjin Energy")


# -- a subsidiary named by what it makes ------------------------------------------------------

def test_a_subsidiary_named_by_what_it_makes_works_in_it(extract_text):
    record = extract_text("Daewon said it will buy more shares in its ship parts subsidiary Hanul Heavy Industry Co.")
    assert sectors_of(record, "Hanul Heavy Industry Co.") == {"ship parts"}


def test_a_subsidiary_named_by_place_is_no_sector(extract_text):
    record = extract_text("Daewon said it will buy more shares in its Busan subsidiary Hanul Heavy Industry Co.")
    assert not sectors_of(record, "Hanul Heavy Industry Co.")


# -- "a leading battery company" --------------------------------------------------------------

@pytest.mark.parametrize("text, firm, sector", [
    ("Minjin Corp is a leading battery company.", "Minjin Corp", "batteries"),
    ("Daewon Ventures invested in Hanul, a leading drone startup based in Seoul.", "Hanul", "drones"),
    ("Hanul, Korea's leading battery maker, raised $5 million.", "Hanul", "batteries"),
])
def test_leading_before_the_sector_is_no_part_of_it(extract_text, text, firm, sector):
    assert sectors_of(extract_text(text), firm) == {sector}


def test_a_verb_before_the_words_is_no_description(extract_text):
    record = extract_text("Minjin Corp is a battery company. Hanul is buying battery companies in Europe.")
    assert not sectors_of(record, "Hanul")


# -- words that name no trade alone -----------------------------------------------------------

@pytest.mark.parametrize("text, firm", [
    ("Hanul, a French tech startup, raised $5 million.", "Hanul"),
    ("Hanul Electronics is focusing on technology development and talent.", "Hanul Electronics"),
    ("Hanul develops new technologies for its clients.", "Hanul"),
])
def test_tech_or_technologies_alone_is_no_sector(extract_text, text, firm):
    assert not sectors_of(extract_text(text), firm)


@pytest.mark.parametrize("text, firm, sector", [
    ("Hanul, a climate tech startup, raised $5 million.", "Hanul", "climate tech"),
    ("Hanul develops medical screening products.", "Hanul", "medical screening products"),
])
def test_tech_or_products_narrowed_is_a_sector(extract_text, text, firm, sector):
    assert sector in sectors_of(extract_text(text), firm)


# -- kinds of investor ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Venture capital firm Daewon Partners led the round.",
    "Hanul raised money from private equity funds and venture capital firms.",
    "Hanul will be bought from American private equity group Daewon Partners.",
    "China accounted for most of the venture capital investment in robots.",
])
def test_a_kind_of_investor_said_of_investors_or_money_is_no_sector(extract_text, text):
    record = extract_text(text)
    assert not {"venture capital", "private equity"} & sector_names(record)
    assert not any(p == "operates_in_sector" for _, p, _ in facts(record))


@pytest.mark.parametrize("text", [
    "Daewon Partners, a venture capital firm based in Seoul, led the round.",
    "In the world of venture capital, trust between investors and founders is paramount.",
])
def test_one_investor_described_or_the_trade_itself_is_a_sector(extract_text, text):
    assert "venture capital" in sector_names(extract_text(text))


# -- lists of what a firm makes ---------------------------------------------------------------

@pytest.mark.parametrize("text, firm, sectors", [
    ("Minjin Corp, a maker of batteries and electric motors, raised $5 million.", "Minjin Corp", {"batteries", "electric motors"}),
    ("Minjin Corp makes batteries, solar panels and wind turbines.", "Minjin Corp", {"batteries", "solar panels", "wind turbines"}),
    ("Minjin Corp makes humanoid robots and drones.", "Minjin Corp", {"humanoid robots", "drones"}),
])
def test_each_sector_of_a_list_after_a_reference_sector(extract_text, text, firm, sectors):
    assert sectors_of(extract_text(text), firm) == sectors


@pytest.mark.parametrize("text", [
    "Minjin Corp makes batteries and sells them to Hanul.",
    "Minjin Corp makes batteries and other products.",
])
def test_what_is_joined_to_a_sector_but_names_none_is_no_sector(extract_text, text):
    assert sectors_of(extract_text(text), "Minjin Corp") == {"batteries"}


# -- words around the sector that are no part of it -------------------------------------------

def test_development_after_a_sector_names_the_sector(extract_text):
    record = extract_text("Hanul Electronics is intensifying its focus on robotics development.")
    assert sectors_of(record, "Hanul Electronics") == {"robotics"}


def test_technology_development_is_still_no_sector(extract_text):
    assert not sectors_of(extract_text("Hanul Electronics is intensifying its focus on technology development."), "Hanul Electronics")


def test_an_ordinal_says_which_plant_not_what_is_made(extract_text):
    record = extract_text("Hanul said it will build a second semiconductor fabrication plant in Busan.")
    assert sectors_of(record, "Hanul") == {"semiconductor fabrication"}


def test_the_same_phrase_without_an_ordinal(extract_text):
    record = extract_text("Hanul said it will build a semiconductor fabrication plant in Busan.")
    assert sectors_of(record, "Hanul") == {"semiconductor fabrication"}


# -- a firm's hold on a trade made stronger ---------------------------------------------------

@pytest.mark.parametrize("text, firms, sector", [
    ("Daewon Electronics and Hanul Motor are intensifying their focus on robotics.", {"Daewon Electronics", "Hanul Motor"}, "robotics"),
    ("Hanul Motor bolstered its position in batteries last year.", {"Hanul Motor"}, "batteries"),
])
def test_a_verb_that_strengthens_a_firms_hold_on_a_trade(extract_text, text, firms, sector):
    record = extract_text(text)
    assert all(sector in sectors_of(record, firm) for firm in firms)


def test_a_hold_on_a_place_is_no_sector(extract_text):
    record = extract_text("Daewon Electronics and Hanul Motor are intensifying their focus on Vietnam.")
    assert not sectors_of(record, "Daewon Electronics") and not sectors_of(record, "Hanul Motor")


# -- what a thing relates to ------------------------------------------------------------------

def test_related_products_name_no_trade(extract_text):
    assert not sectors_of(extract_text("Hanul is accelerating its focus on EV-related products."), "Hanul")


def test_what_follows_related_may_name_one(extract_text):
    record = extract_text("Hanul is accelerating its focus on EV-related battery cells.")
    assert sectors_of(record, "Hanul") == {"battery cells"}


# -- "new energy" -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Hanul is a maker of new energy vehicles.",
    "Hanul, a Chinese new energy vehicle maker, raised $5 million.",
    "Hanul makes new energy vehicles and batteries.",
])
def test_new_energy_vehicles_keep_new(extract_text, text):
    assert {"new energy vehicles", "new energy vehicle"} & sectors_of(extract_text(text), "Hanul")


def test_new_before_another_sector_is_still_vague(extract_text):
    record = extract_text("Hanul makes new batteries for Minjin Motor.")
    assert sectors_of(record, "Hanul") == {"batteries"}
