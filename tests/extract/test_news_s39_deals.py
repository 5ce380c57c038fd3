"""Deals and names from a battery of invented news sentences, session 39: the part a buyer
holds "already", told in the sentence after the deal, is no part the deal brings; "formally
known as" links a firm's two names. Each beside a near sentence."""

from __future__ import annotations

from extract_support import entity_classes, fact_qualifiers


def test_a_stake_held_already_is_not_the_deals(extract_text):
    record = extract_text("Dastrel Corp agreed to buy Venmark Foods for $2.1 billion. Dastrel Corp already owns 12% of Venmark Foods.")
    assert "stake_percent" not in fact_qualifiers(record, "Dastrel Corp", "acquires", "Venmark Foods")
    # Told as what the holder will own, the sentence after still gives the stake.
    record = extract_text("Dastrel Corp will invest $20 million in Venmark Foods. Dastrel Corp will own 15% of the company.")
    assert fact_qualifiers(record, "Dastrel Corp", "holds_stake_in", "Venmark Foods").get("stake_percent") == 15.0


def test_formally_known_as_links_a_firms_two_names(extract_text):
    (foxconn,) = [e for e in extract_text("Foxconn, formally known as Hon Hai Precision Industry, makes phones.")["entities"]
                  if "Foxconn" in (e["name"], *e["aliases"])]
    assert foxconn["type"] == "Company" and set(foxconn["aliases"]) | {foxconn["name"]} == {"Foxconn", "Hon Hai Precision Industry"}
    # "formally" before a description names no one.
    record = extract_text("Dastrel Corp, formally a unit of Helgrin AG, makes chips.")
    assert {e["name"] for e in record["entities"] if e["type"] == "Company"} == {"Dastrel Corp", "Helgrin AG"}


def test_a_firm_ner_calls_a_site_takes_money_when_its_name_ends_in_a_trade_word(extract_text):
    # NER reads "Korvane Robotics" after "up to ... in" as a facility; "Robotics" is no site's word.
    record = extract_text("Osterfeld Capital will invest up to 1 trillion won in Korvane Robotics.")
    assert fact_qualifiers(record, "Osterfeld Capital", "invests_in", "Korvane Robotics")["amount"] == 1e12
    # A site's own head word keeps it a site.
    assert entity_classes(extract_text("The summit was held at the Lotte Hotel in Seoul."))["Lotte Hotel"] == {"Facility"}
