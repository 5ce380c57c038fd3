"""Names from invented news told in the shapes of fresh stories read in session 41: a firm's
name that opens with its own capital "The" after the firm's description, a name after a
trade's "group" ("agribusiness group"), and a name the gazetteer knows as a city that the text
says is based somewhere. Each beside a near text."""

from __future__ import annotations

from extract_support import entity_classes, fact_ends


def test_a_described_name_opening_with_the_is_a_firms(extract_text):
    record = extract_text("Logistics firm Dastrel Freight, foodtech company The Velmira Kitchen, and e-commerce startup "
                          "Orvanto also attracted investments this week.")
    assert entity_classes(record).get("Velmira Kitchen") == {"Company"}
    # A "The" that opens a sentence after another ends no description.
    record = extract_text("Kim Dae-ho spoke to the company. The Velmira Kitchen opened in Busan.")
    assert entity_classes(record)["Velmira Kitchen"] == {"Person"}


def test_a_trade_group_before_a_name_makes_it_a_firm(extract_text):
    record = extract_text("Orvanto sold its animal feed unit Neovar to global agribusiness group Kormund Daniels Midland.")
    assert entity_classes(record)["Kormund Daniels Midland"] == {"Company"}
    assert fact_ends(record, "acquires") == {("Kormund Daniels Midland", "Neovar")}
    # A rights group is no firm.
    record = extract_text("Kim Dae-ho joined rights group Kormund Daniels Watch last year.")
    assert "Company" not in entity_classes(record).get("Kormund Daniels Watch", set())


def test_a_based_name_the_gazetteer_knows_as_a_city_is_a_firm(extract_text):
    record = extract_text("Veolia and Suez announced a merger deal on Monday. Paris-based Suez rebuffed Veolia's advances.")
    assert entity_classes(record)["Suez"] == {"Company"}
    assert fact_ends(record, "headquartered_in") == {("Suez", "Paris")}
    # Named as a place only, the city stays one.
    record = extract_text("Veolia opened a plant in Suez on Monday.")
    assert entity_classes(record)["Suez"] == {"City"}
