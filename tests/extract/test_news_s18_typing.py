"""Names and their classes as real news writes them (session 18): pacts, numbered orders and
rules as policies, natural features and armed groups as no entity; on sentences invented
here, each beside one of the same shape that must not be read so."""

from __future__ import annotations

import pytest


def classes(record) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


# A pact's name that ends in a phrase whose last word alone ends no policy's name.
def test_a_free_trade_area_is_a_policy(extract_text):
    found = classes(extract_text("Talks on an upgrade of the Korea-Chile Free Trade Area advanced this year, Kim Min-soo said."))
    assert found.get("Korea-Chile Free Trade Area") == "Policy"


def test_another_area_is_no_policy(extract_text):
    found = classes(extract_text("Daewon Logistics opened a warehouse in the Orvik Trade Area this year, Kim Min-soo said."))
    assert "Policy" not in found.values()


# A numbered rule or order with capitalised words before it.
@pytest.mark.parametrize("text, name", [
    ("Hanul Robotics must follow Executive Order 14002, which bars such deals.", "Executive Order 14002"),
    ("Press Note 7 says that approval is needed for investments from Orvik.", "Press Note 7"),
])
def test_a_numbered_order_is_a_policy(extract_text, text, name):
    assert classes(extract_text(text)).get(name) == "Policy"


def test_a_numbered_stage_is_no_policy(extract_text):
    found = classes(extract_text("Hanul Bio said its drug entered Phase 3 trials in Busan."))
    assert "Policy" not in found.values()


# A name and its initials before a lower-case noun of rules: the rules, written whole.
def test_a_name_before_rules_is_a_policy(extract_text):
    found = classes(extract_text("The deal was reviewed under the Outbound Capital Screening (OCS) rules, which require "
                                 "approval for investments from abroad."))
    assert found.get("Outbound Capital Screening (OCS) rules") == "Policy"


def test_a_firm_before_rules_stays_a_firm(extract_text):
    found = classes(extract_text("Hanul Bank rules on lending were changed. Hanul Bank said it would comply."))
    assert found.get("Hanul Bank") == "Company" and "Policy" not in found.values()


# Natural features and armed groups: no class of kg's holds them.
@pytest.mark.parametrize("text, name", [
    ("Daewon Mining will extract lithium in the Salar de Tarvo from 2026 to 2040.", "Salar de Tarvo"),
    ("Hanul Shipping said its tankers would avoid the Red Sea until June.", "Red Sea"),
    ("The list names groups such as the Taliban besides Daewon Trading.", "Taliban"),
])
def test_natural_features_and_armed_groups_are_no_entities(extract_text, text, name):
    assert name not in classes(extract_text(text))


def test_a_firm_named_for_the_sea_stays_a_firm(extract_text):
    found = classes(extract_text("Daewon Ocean Shipping said it would build ten tankers in Busan."))
    assert found.get("Daewon Ocean Shipping") == "Company"


# Abbreviations of technologies name no firm.
def test_a_technology_abbreviation_is_no_firm(extract_text):
    found = classes(extract_text("Hanul Pay said it would sell NFC-enabled terminals to 5,000 shops by June."))
    assert "NFC" not in found and found.get("Hanul Pay") == "Company"


# A common noun of one word that only kg's repairs took for a firm's name, named once and
# in no fact, is a headline's word; a firm NER names so stays.
def test_a_headline_common_noun_is_no_firm(extract_text):
    found = classes(extract_text("Local Glass and Cable Makers Agree to Merge Amid Price War\n"
                                 "Daewon Systems said on Monday it would merge with a rival."))
    assert "Cable" not in found and found.get("Daewon Systems") == "Company"


def test_a_firm_named_by_a_common_noun_stays(extract_text):
    found = classes(extract_text("Apple said on Monday it would open a store in Busan."))
    assert found.get("Apple") == "Company"


# A ministry whose brief is a list, NER's name holding the list's "and" or cut before it.
@pytest.mark.parametrize("name", ["Ministry of SMEs and Startups", "Ministry of Road Transport and Highways",
                                  "Ministry of Micro, Small and Medium Enterprises"])
def test_a_ministry_of_a_list_of_briefs_is_one_body(extract_text, name):
    found = classes(extract_text(f"The {name} said on Monday that Hanul Robotics would get a grant."))
    assert found.get(name) == "GovernmentBody" and list(found).count(name) == 1 and len(found) == 2


def test_a_ministry_and_a_firm_stay_two(extract_text):
    found = classes(extract_text("The Ministry of SMEs and Hanul Robotics said on Monday that they would build a plant."))
    assert found.get("Ministry of SMEs") == "GovernmentBody" and found.get("Hanul Robotics") == "Company"


# Regulators, central banks and parties named by words no firm's name holds.
@pytest.mark.parametrize("name", ["Financial Supervisory Service", "Reserve Bank of Australia",
                                  "Liberal Democratic Party", "Democratic Party"])
def test_regulators_central_banks_and_parties_are_public_bodies(extract_text, name):
    assert classes(extract_text(f"Hanul Robotics said the {name} backed its plan on Monday.")).get(name) == "GovernmentBody"


def test_a_bank_of_a_firm_stays_a_firm(extract_text):
    assert classes(extract_text("Hanul Robotics said the Orvia Savings Bank backed its plan on Monday.")).get("Orvia Savings Bank") == "Company"


# A lender whose name ends in a known central bank's, after "the" or a dashed word, is
# named whole, not as the central bank.
@pytest.mark.parametrize("text, name", [
    ("Hanul Robotics said the Industrial Bank of Korea approved its loan on Monday.", "Industrial Bank of Korea"),
    ("Export-Import Bank of Korea approved the loan to Hanul Robotics on Monday.", "Export-Import Bank of Korea"),
])
def test_a_lender_ending_in_a_central_banks_name_is_named_whole(extract_text, text, name):
    found = classes(extract_text(text))
    assert name in found and "Bank of Korea" not in found


def test_the_central_bank_itself_stays(extract_text):
    assert classes(extract_text("Hanul Robotics said the Bank of Korea raised rates on Monday.")).get("Bank of Korea") == "GovernmentBody"


# A name before a noun of making that describes a firm named with it is what the firm makes.
@pytest.mark.parametrize("text, name", [
    ("Velmo maker Hanul Robotics said on Monday it would build a plant in Busan.", "Velmo"),
    ("Daewon Systems, the Tarvix developer, said on Monday it would build a plant in Busan.", "Tarvix"),
])
def test_a_name_a_firm_makes_is_a_product(extract_text, text, name):
    found = classes(extract_text(text))
    assert found.get(name) == "Product" and "Company" in found.values()


@pytest.mark.parametrize("text, name", [
    ("Busan developer Hanul said on Monday it would build a plant.", "Busan"),
    ("Daewon Motors supplier Hanul said on Monday it would build a plant.", "Daewon Motors"),
])
def test_a_place_or_a_customer_before_a_firms_noun_is_no_product(extract_text, text, name):
    assert classes(extract_text(text)).get(name) not in (None, "Product")
