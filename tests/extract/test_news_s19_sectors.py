"""Sectors as news writes them (session 19), on sentences invented here, each beside a
sentence of the same shape that must not be read so."""

from __future__ import annotations

import pytest


def sector_names(record) -> set[str]:
    """Every name and alias of the record's sectors, lower case."""
    return {n.lower() for e in record["entities"] if e["type"] == "Sector" for n in [e["name"], *e["aliases"]]}


# -- a list of sectors, with no firm ------------------------------------------------------------

@pytest.mark.parametrize("text, sectors", [
    ("The accords cover a broad range of sectors, including aquaculture, shipping, tourism and health.",
     {"aquaculture", "shipping", "tourism", "health"}),
    ("Hanul products are made in key sectors of the economy such as fisheries, manufacturing and agro-processing.",
     {"fisheries", "manufacturing", "agro-processing"}),
    ("Daewon Ventures backs firms in industries like renewable energy, logistics and real estate.",
     {"renewable energy", "logistics", "real estate"}),
    ("Hanul Media also invests in tech businesses such as e-commerce and online dating.", {"e-commerce", "online dating"}),
    ("Daewon Ventures backs startups in fields such as new energy and intelligent connected vehicles.",
     {"new energy", "intelligent connected vehicles"}),
])
def test_each_item_of_a_list_of_sectors_is_a_sector(extract_text, text, sectors):
    assert sectors <= sector_names(extract_text(text))


def test_activities_and_names_in_such_a_list_are_no_sectors(extract_text):
    names = sector_names(extract_text(
        "The accords cover many sectors, including trade, investment, science and technology and sustainable development."))
    assert not names & {"trade", "investment", "science", "technology", "sustainable development"}
    record = extract_text("Korean industries like Hanul Robotics and Minjin Steel are growing in China.")
    assert not {e["name"] for e in record["entities"] if e["type"] == "Sector"} & {"Hanul Robotics", "Minjin Steel"}


def test_businesses_such_as_firms_are_no_sectors(extract_text):
    record = extract_text("Daewon Ventures invested in businesses such as Hanul Robotics and Minjin Media.")
    assert not {e["name"] for e in record["entities"] if e["type"] == "Sector"}


def test_a_list_opened_by_no_sector_noun_names_no_sectors(extract_text):
    names = sector_names(extract_text("The ministers discussed many issues, including aquaculture, fisheries and tourism."))
    assert not names & {"aquaculture", "fisheries", "tourism"}


def sectors_of(record, firm: str) -> set[str]:
    return {r["object"] for r in record["relations"] if r["subject"] == firm and r["predicate"] == "operates_in_sector"}


# -- "internet unicorn Hanul", "a Kosdaq-listed drone maker" --------------------------------------

def test_a_unicorn_named_by_its_trade_works_in_it(extract_text):
    assert sectors_of(extract_text("Korean internet unicorn Hanul Labs invested $30 million in Daewon Ventures."),
                      "Hanul Labs") == {"internet"}
    assert not sectors_of(extract_text("Daewon Ventures bought a stake in Hanul Labs, a unicorn valued at $2 billion."),
                          "Hanul Labs")


@pytest.mark.parametrize("text", [
    "Hanul Robotics, a Kosdaq-listed drone maker, said sales rose.",
    "Investors compared Daewon with Hanul Robotics, a New York Stock Exchange-listed Chinese drone maker.",
])
def test_where_a_firm_is_listed_is_no_part_of_its_trade(extract_text, text):
    assert sectors_of(extract_text(text), "Hanul Robotics") == {"drones"}


def test_a_listed_firm_of_no_trade_named_has_no_sector(extract_text):
    assert not sectors_of(extract_text("Hanul Robotics, a Kosdaq-listed firm, said sales rose."), "Hanul Robotics")


# -- "battery materials": the materials, not the batteries ----------------------------------------

@pytest.mark.parametrize("text, sector", [
    ("Hanul Chem is a battery materials maker based in Busan.", "battery materials"),
    ("Hanul Chem, a display material supplier, said sales rose.", "display material"),
    ("Hanul Chem will tap into the lithium-ion battery material business.", "lithium-ion battery material"),
])
def test_materials_of_a_sector_are_a_sector_of_their_own(extract_text, text, sector):
    assert sectors_of(extract_text(text), "Hanul Chem") == {sector}


def test_materials_a_firm_buys_are_no_part_of_its_sector(extract_text):
    assert sectors_of(extract_text("Hanul Chem makes batteries, and buys raw materials from Daewon."), "Hanul Chem") == {"batteries"}
