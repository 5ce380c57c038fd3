"""Rivals, policies and subsidiaries as real news writes them (session 15), on sentences
invented here, each beside a sentence of the same shape that must not be read so."""

from __future__ import annotations

import pytest


#: Facts under 0.5 are candidates, which the output marks so (kg/extract/guard.py).
def facts(record) -> dict[tuple[str, str, str], dict]:
    return {(r["subject"], r["predicate"], r["object"]): r for r in record["relations"]
            if r["confidence"] >= 0.5}


def test_a_policy_signed_by_a_person_is_not_the_persons(extract_text):
    found = facts(extract_text("The CHIPS and Science Act, signed by President Joe Biden in 2022, gives grants to the chipmakers."))
    assert not any(p == "policy_of" for _, p, _ in found)


def test_a_policy_a_country_adopts_is_the_countrys(extract_text):
    found = facts(extract_text("Japan adopted the Hanul Data Act in March to protect the data of its citizens."))
    assert ("Hanul Data Act", "policy_of", "Japan") in found


def test_a_firms_arm_in_a_country_is_no_subsidiary_of_the_country(extract_text):
    found = facts(extract_text("Hanul Energy, the US arm of Daewon Group, opened a plant in Busan on Monday."))
    assert ("Hanul Energy", "subsidiary_of", "Daewon Group") in found
    assert ("Hanul Energy", "subsidiary_of", "United States") not in found


def classes(record) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


@pytest.mark.parametrize("text, body", [
    ("The Inflation Reduction Act (IRA) passed by the US Congress offers tax credits for electric vehicles.", "US Congress"),
    ("The law was passed by the Mexican Congress in 2022 and offers tax credits for electric vehicles.", "Mexican Congress"),
])
def test_a_countrys_congress_is_its_legislature(extract_text, text, body):
    record = extract_text(text)
    assert classes(record)[body] == "GovernmentBody"


def test_a_law_a_countrys_congress_passed_is_its_policy(extract_text):
    found = facts(extract_text("The Inflation Reduction Act (IRA) passed by the US Congress offers tax credits for electric vehicles."))
    assert ("Inflation Reduction Act", "policy_of", "US Congress") in found


def test_a_congress_named_otherwise_is_an_event(extract_text):
    record = extract_text("Hanul Robotics showed its robots at the World Mobile Congress in Barcelona on Monday.")
    assert classes(record)["World Mobile Congress"] == "Event"


@pytest.mark.parametrize("text", [
    "Hanul Robotics trails Minjin Foods in the market for delivery robots.",
    "Hanul Robotics is closing in on Minjin Foods in the market for robots.",
    "Hanul Robotics has been losing ground to Minjin Foods in the market for robots.",
    "Hanul Robotics lost market share to Minjin Foods in the market for robots last year.",
])
def test_a_firm_behind_another_in_a_race_is_its_rival(extract_text, text):
    found = facts(extract_text(text))
    assert ("Hanul Robotics", "competes_with", "Minjin Foods") in found


@pytest.mark.parametrize("text", [
    # A country behind another is a ranking.
    "Japan trails China in the exports of cars to the United States.",
    # What one closes in on, or sells, is no rival.
    "Hanul Robotics is closing in on a deal with Minjin Foods for the robots.",
    "Hanul Robotics sold a plot of ground to Minjin Foods in the city last year.",
])
def test_other_races_and_grounds_make_no_rivals(extract_text, text):
    found = facts(extract_text(text))
    assert not any(p == "competes_with" for _, p, _ in found)


@pytest.mark.parametrize("text", [
    "Hanul Energy said that its parent company Daewon Group would invest in the plant.",
    "Hanul Energy and its parent firm Daewon Group opened a plant in Busan on Monday.",
])
def test_its_parent_company_named_after_it_is_the_parent(extract_text, text):
    found = facts(extract_text(text))
    assert ("Hanul Energy", "subsidiary_of", "Daewon Group") in found


def test_a_parent_company_not_named_is_no_parent(extract_text):
    found = facts(extract_text("Hanul Energy said its parent company and Daewon Group would invest in the plant."))
    assert not any(p == "subsidiary_of" for _, p, _ in found)


@pytest.mark.parametrize("text, fact", [
    ("The Digital Markets Act, the EU's landmark law on platforms, applies to the largest platforms.",
     ("Digital Markets Act", "policy_of", "European Union")),
    ("Japan's new export rule, the Hanul Trade Order, took effect on Monday and covers the chips.",
     ("Hanul Trade Order", "policy_of", "Japan")),
    ("The K-Chips Act is South Korea's main policy for the chipmakers, the ministry said.",
     ("K-Chips Act", "policy_of", "South Korea")),
    ("The Hanul Data Act, Japan's plan for the data of its citizens, took effect in March.",
     ("Hanul Data Act", "policy_of", "Japan")),
])
def test_a_named_policy_described_as_a_countrys_law_is_its(extract_text, text, fact):
    assert fact in facts(extract_text(text))


@pytest.mark.parametrize("text", [
    # A firm is no policy, though described as the EU's.
    "Hanul Robotics, the EU's largest maker of robots, opened a plant in Busan.",
    # A firm's plan is no policy of a country.
    "Minjin Foods said the Hanul Data Act, the company's plan for the data of its clients, took effect.",
])
def test_other_things_described_so_are_no_policies(extract_text, text):
    found = facts(extract_text(text))
    assert not any(p == "policy_of" for _, p, _ in found)


@pytest.mark.parametrize("text", [
    "Hanul Energy, which is partly owned by Daewon Group and Minjin Foods, opened a plant.",
    "Hanul Energy is partially owned by Daewon Group, the company said on Monday.",
    "Daewon Group partly owns Hanul Energy, the company said on Monday.",
])
def test_a_firm_partly_owned_is_no_subsidiary(extract_text, text):
    found = facts(extract_text(text))
    assert not any(p == "subsidiary_of" for _, p, _ in found)


@pytest.mark.parametrize("text", [
    "Hanul Energy, which is owned by Daewon Group, opened a plant in Busan on Monday.",
    "Hanul Energy is wholly owned by Daewon Group, the company said on Monday.",
])
def test_a_firm_owned_whole_is_a_subsidiary(extract_text, text):
    assert ("Hanul Energy", "subsidiary_of", "Daewon Group") in facts(extract_text(text))


@pytest.mark.parametrize("text", [
    "The price war between Hanul Robotics and Minjin Foods has hit the profits of both.",
    "The rivalry between Hanul Robotics and Minjin Foods goes back a long way, analysts say.",
    "The competition between Hanul Robotics and Minjin Foods has hit the profits of both.",
    "Hanul Robotics' battle with Minjin Foods for the market has hit its profits.",
])
def test_a_rivalry_between_two_firms_makes_them_rivals(extract_text, text):
    found = facts(extract_text(text))
    assert {("Hanul Robotics", "competes_with", "Minjin Foods"), ("Minjin Foods", "competes_with", "Hanul Robotics")} & set(found)


@pytest.mark.parametrize("text", [
    # A trade war is no rivalry of firms, nor a merger or a partnership one.
    "The trade war between China and the United States has hit the profits of the firms.",
    "The merger between Hanul Robotics and Minjin Foods was approved by the regulator.",
    "The partnership between Hanul Robotics and Minjin Foods was signed in Seoul on Monday.",
])
def test_other_things_between_two_make_no_rivals(extract_text, text):
    found = facts(extract_text(text))
    assert not any(p == "competes_with" for _, p, _ in found)


@pytest.mark.parametrize("text, rivals", [
    ("Hanul Robotics faces rivals such as Minjin Foods and Sora Ventures in the market.", ["Minjin Foods", "Sora Ventures"]),
    ("Hanul Robotics competes with rivals including Minjin Foods and Sora Ventures in the market.", ["Minjin Foods", "Sora Ventures"]),
    ("Hanul Robotics competes with Chinese rivals such as Minjin Foods in the market for robots.", ["Minjin Foods"]),
    ("Hanul Robotics joined rivals like Minjin Foods in cutting its prices in the market.", ["Minjin Foods"]),
    ("Hanul Robotics' rivals, such as Minjin Foods and Sora Ventures, have cut their prices.", ["Minjin Foods", "Sora Ventures"]),
])
def test_rivals_a_list_names_are_the_firms_rivals(extract_text, text, rivals):
    found = facts(extract_text(text))
    for rival in rivals:
        assert ("Hanul Robotics", "competes_with", rival) in found


@pytest.mark.parametrize("text", [
    # Investors listed so, or rivals supplied, are no rivals read here.
    "Hanul Robotics' investors, such as Minjin Foods and Sora Ventures, have cut their stakes.",
    "Hanul Robotics supplies rivals such as Minjin Foods with the chips for their robots.",
])
def test_other_lists_make_no_rivals(extract_text, text):
    found = facts(extract_text(text))
    assert not any(p == "competes_with" for _, p, _ in found)


@pytest.mark.parametrize("text, name", [
    ("Saudi Arabia's Vision 2030 plan aims to cut the reliance of the country on oil.", "Vision 2030"),
    ("Under the government's Hanul Bridge programme, the firms get grants for the robots.", "Hanul Bridge"),
])
def test_a_name_before_a_plan_a_country_owns_is_a_policy(extract_text, text, name):
    assert classes(extract_text(text))[name] == "Policy"


def test_a_countrys_named_plan_is_its_policy(extract_text):
    found = facts(extract_text("Saudi Arabia's Vision 2030 plan aims to cut the reliance of the country on oil."))
    assert ("Vision 2030", "policy_of", "Saudi Arabia") in found


@pytest.mark.parametrize("text, name", [
    # A firm's plan to do something, or a plan a firm owns: the name stays a firm's.
    ("China's BYD plan to build a plant in Hungary was approved on Monday.", "BYD"),
    ("Minjin Foods' Hanul Bridge programme pays for the robots of its factories.", "Hanul Bridge"),
])
def test_a_firm_before_a_plan_stays_a_firm(extract_text, text, name):
    assert classes(extract_text(text))[name] == "Company"


@pytest.mark.parametrize("text", [
    "Hanul Robotics cut the prices of its robots on Monday. Rival Minjin Foods said it would follow with cuts of its own.",
    "Hanul Robotics warned of weak demand on Monday. While European rivals such as Minjin Foods are also struggling, "
    "the warning of Hanul Robotics alarmed investors.",
])
def test_a_rival_named_with_no_ones_is_the_storys_firms(extract_text, text):
    assert ("Minjin Foods", "competes_with", "Hanul Robotics") in facts(extract_text(text))


def test_a_rival_after_another_name_is_that_names(extract_text):
    found = facts(extract_text("Hanul Robotics cut its prices on Monday. Sora Ventures and rival Minjin Foods said they would follow."))
    assert ("Minjin Foods", "competes_with", "Hanul Robotics") not in found


@pytest.mark.parametrize("text", [
    "Hanul Energy, a former subsidiary of Daewon Group, opened a plant in Busan on Monday.",
    "Hanul Energy, once part of Daewon Group, opened a plant in Busan on Monday.",
    "Hanul Energy, formerly part of Daewon Group, opened a plant in Busan on Monday.",
])
def test_a_former_subsidiary_is_none(extract_text, text):
    found = facts(extract_text(text))
    assert not any(p == "subsidiary_of" for _, p, _ in found)


@pytest.mark.parametrize("text", [
    "Hanul Energy is a Daewon Group company that makes the batteries for the cars.",
    "Hanul Energy is a Daewon Group company, the firm said on Monday.",
])
def test_a_firm_that_is_a_groups_company_is_its_subsidiary(extract_text, text):
    assert ("Hanul Energy", "subsidiary_of", "Daewon Group") in facts(extract_text(text))


@pytest.mark.parametrize("text, owner", [
    ("Under the Hanul Investment Act, South Korea requires the approval of the deals.", "South Korea"),
    ("Under the Hanul Investment Act, the Korean government will refund part of the costs.", "Korean government"),
])
def test_the_country_that_acts_under_a_law_owns_it(extract_text, text, owner):
    assert ("Hanul Investment Act", "policy_of", owner) in facts(extract_text(text))


@pytest.mark.parametrize("text", [
    # A firm acting under a law owns none; nor does the country whose firms act.
    "Under the Hanul Investment Act, Minjin Foods must seek the approval of the deals.",
    "Under the Hanul Investment Act, South Korea's firms must seek the approval of the deals.",
])
def test_others_acting_under_a_law_do_not_own_it(extract_text, text):
    found = facts(extract_text(text))
    assert not any(p == "policy_of" for _, p, _ in found)


def test_a_capital_that_owns_a_named_policy_is_its_government(extract_text):
    record = extract_text("Beijing's Anti-Foreign Sanctions Law allows the state to seize the assets of the firms.")
    assert classes(record)["Beijing"] == "GovernmentBody"
    assert ("Anti-Foreign Sanctions Law", "policy_of", "Beijing") in facts(record)


@pytest.mark.parametrize("text", [
    "Tokyo's new rules on the exports of chips took effect in July.",
    "Beijing's Xinfadi market was closed on Monday after the outbreak.",
])
def test_a_capital_that_owns_other_things_stays_a_city(extract_text, text):
    record = extract_text(text)
    assert "GovernmentBody" not in classes(record).values()


@pytest.mark.parametrize("text", [
    "Hanul Robotics, which is battling Minjin Foods for market share, cut its prices.",
    "Hanul Robotics has surpassed Minjin Foods as the largest seller of robots in Korea.",
    "Hanul Robotics lags behind Minjin Foods in the market for delivery robots.",
    "Hanul Robotics is catching up with Minjin Foods in the market for delivery robots.",
    "Hanul Robotics ranks second behind Minjin Foods in the market for delivery robots.",
    "Hanul Robotics outbid Minjin Foods for the contract of the city.",
])
def test_a_firm_passing_or_chasing_another_is_its_rival(extract_text, text):
    assert ("Hanul Robotics", "competes_with", "Minjin Foods") in facts(extract_text(text))


@pytest.mark.parametrize("text", [
    "Japan has surpassed China as the largest buyer of the chips.",
    "Hanul Robotics surpassed its sales target for the year.",
    "Hanul Robotics caught up with Minjin Foods chief Kim Min-soo at the fair in Seoul.",
])
def test_rankings_of_countries_and_targets_make_no_rivals(extract_text, text):
    found = facts(extract_text(text))
    assert not any(p == "competes_with" for _, p, _ in found)


@pytest.mark.parametrize("text, fact", [
    ("Japan rolled out the Hanul Data Plan in March to support the chipmakers.", ("Hanul Data Plan", "policy_of", "Japan")),
    ("China issued the Hanul Export Rules in March to curb the sales of the chips.", ("Hanul Export Rules", "policy_of", "China")),
    ("Japan will implement the Hanul Data Act from April, the ministry said.", ("Hanul Data Act", "policy_of", "Japan")),
    ("China has enforced the Hanul Export Rules since March, the ministry said.", ("Hanul Export Rules", "policy_of", "China")),
])
def test_a_country_that_issues_or_enforces_a_policy_owns_it(extract_text, text, fact):
    assert fact in facts(extract_text(text))


@pytest.mark.parametrize("text", [
    # A firm's programme launched, or a statement issued on a law, is no country's policy.
    "Hanul Robotics launched the Hanul Care Program for its customers on Monday.",
    "Hanul Robotics issued a statement on the Hanul Data Act on Monday.",
])
def test_launching_or_issuing_other_things_owns_no_policy(extract_text, text):
    found = facts(extract_text(text))
    assert not any(p == "policy_of" for _, p, _ in found)


def test_a_firms_named_programme_is_none_of_its_firms(extract_text):
    found = facts(extract_text("Minjin Foods' Hanul Bridge programme pays for the robots of its factories."))
    assert not any(p == "subsidiary_of" for _, p, _ in found)


def test_a_firms_named_firm_is_its_subsidiary(extract_text):
    found = facts(extract_text("Daewon Group's Hanul Energy opened a plant in Busan on Monday."))
    assert ("Hanul Energy", "subsidiary_of", "Daewon Group") in found
