"""Names kg missed or mistyped, round 2 (session 20): places NER calls firms, on sentences
invented here, each beside one of the same shape that must not be read so."""

from __future__ import annotations

import pytest


def classes(record) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


# "the province of X" and a compass word before a place name a region, which no class of
# kg's holds, whatever NER calls the name.
@pytest.mark.parametrize("text, region", [
    ("Hanul Robotics builds ships at a yard in the province of Valdora.", "Valdora"),
    ("Daewon Ventures sold its stake to the province of Valdora.", "Valdora"),
    ("Hanul Robotics is a Marenza-based company with 40 stores in North Marenza.", "North Marenza"),
])
def test_a_region_by_its_wording_is_no_firm(extract_text, text, region):
    assert region not in classes(extract_text(text))


@pytest.mark.parametrize("text, firm", [
    ("Hanul Robotics signed a deal with the State Bank of Valdora.", "State Bank of Valdora"),
    ("Daewon Ventures bought a stake in North Kavala Mining.", "North Kavala Mining"),
])
def test_a_firm_named_with_a_region_word_stays_a_firm(extract_text, text, firm):
    assert classes(extract_text(text)).get(firm) == "Company"


# "a X-based company": X is a place, whatever NER calls it (here a site's name).
def test_a_based_place_is_a_city(extract_text):
    assert classes(extract_text("Hanul Robotics is a Marenza-based company.")).get("Marenza") == "City"


def test_a_based_product_names_no_city(extract_text):
    assert classes(extract_text("Daewon Ventures makes Marenza-based chips.")).get("Marenza") != "City"


def facts(record) -> set[tuple[str, str, str]]:
    return {(r["subject"], r["predicate"], r["object"]) for r in record["relations"] if not r.get("candidate")}


# "bike-sharing firm X": lower-case nouns right before a plain firm's word name its trade,
# though no sector word is among them.
@pytest.mark.parametrize("text, firm, sector", [
    ("Daewon Ventures bought Chinese bike-sharing firm Hanul Mobility last year.", "Hanul Mobility", "bike-sharing"),
    ("The sale was handled by local brokerage firms Orvik Securities and Hanul Securities.", "Hanul Securities", "brokerage"),
])
def test_nouns_before_a_firms_word_name_its_trade(extract_text, text, firm, sector):
    record = extract_text(text)
    assert classes(record).get(sector) == "Sector"
    assert any(s == firm and o == sector for s, _, o in facts(record))


@pytest.mark.parametrize("text", [
    "Daewon Ventures sold its parent company Hanul Holdings.",
    "Daewon Ventures beat rival firm Hanul Robotics.",
    "Daewon Ventures bought holding company Hanul Group.",
    "Daewon Ventures bought Swiss engineering firm Hanul Works.",
])
def test_a_role_or_a_broad_word_before_a_firms_word_names_no_trade(extract_text, text):
    assert "Sector" not in classes(extract_text(text)).values()


# "an Orvik Development Bank meeting" is one of the body's meetings: the body stays named;
# "the ... meeting" still names an event.
def test_a_bodys_meeting_with_an_indefinite_article_keeps_the_body(extract_text):
    record = extract_text("The visit precedes an Asian Development Bank meeting next week.")
    assert classes(record).get("Asian Development Bank") == "GovernmentBody"
    assert "Event" not in classes(record).values()


def test_the_bodys_meeting_is_an_event(extract_text):
    assert classes(extract_text("Leaders gathered for the APEC meeting in Lima.")).get("APEC meeting") == "Event"


# A single name right after a verb of going and "to" is a place, whatever NER calls it.
def test_a_name_travelled_to_is_a_city(extract_text):
    assert classes(extract_text("Kim flew to Marenza on Monday.")).get("Marenza") == "City"


def test_a_name_sold_to_is_no_city(extract_text):
    assert classes(extract_text("Daewon Ventures sold its stake to Hanul Robotics.")).get("Hanul Robotics") == "Company"
