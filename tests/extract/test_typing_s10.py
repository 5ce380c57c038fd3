"""The class of names no reference data knows (session 10): what the text says a name is
outweighs the class its head word suggests."""

from __future__ import annotations


def classes(record) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


def test_a_description_outweighs_a_policy_head_word(extract_text):
    # "Initiative" ends plans' names; the apposition says this one is a think tank.
    record = extract_text("The tariffs will hurt exporters, said Mina Cho, director of Open Markets Initiative, "
                          "a Seoul-based economic policy think tank.")
    assert classes(record).get("Open Markets Initiative") == "ResearchOrg"


def test_a_policy_head_word_without_a_description_stays_a_policy(extract_text):
    record = extract_text("Hanul Robotics will receive grants under the Smart Factory Initiative.")
    assert classes(record).get("Smart Factory Initiative") == "Policy"


def test_a_description_outweighs_an_event_head_word(extract_text):
    # "Forum" ends events' names; the apposition says this one is an investment firm.
    record = extract_text("Daewon Ventures raised $20 million from Minjin Forum, a venture capital firm based in Busan.")
    assert classes(record).get("Minjin Forum") == "InvestmentFirm"


def test_a_person_shaped_name_listed_among_firms_is_a_firm(extract_text):
    # "investors" describes people too; the names listed with this one are all firms'.
    record = extract_text("Hanul Robotics said its earlier investors – Keel Capital, Daewon Ventures and "
                          "Arvo Lindqvist – took part in the round.")
    assert classes(record).get("Arvo Lindqvist") == "Company"


def test_a_person_named_as_an_investor_stays_a_person(extract_text):
    record = extract_text("The round drew billionaire investor Arvo Lindqvist, who backed Hanul Robotics in 2019.")
    assert classes(record).get("Arvo Lindqvist") == "Person"


def test_a_name_coordinated_with_a_person_is_a_person(extract_text):
    # NER may take "Jae Park" for a site, "Park" ending parks' names.
    record = extract_text("Hanul Robotics was founded in 2015 by Jae Park and Mira Sohn.")
    assert classes(record).get("Jae Park") == "Person"


def test_descriptions_name_public_bodies_research_bodies_and_investors(extract_text):
    record = extract_text("Daewon Ventures sold its stake to Orvel, a family office, with approval from Sejin, "
                          "a state commission. Taebaek, a business school, studied the sale.")
    found = classes(record)
    assert found.get("Orvel") == "InvestmentFirm"
    assert found.get("Sejin") == "GovernmentBody"
    assert found.get("Taebaek") == "ResearchOrg"


def test_abbreviations_of_common_nouns_name_no_firm(extract_text):
    # NER may take "JV" and "IoT" for firms' names; they abbreviate common nouns.
    record = extract_text("Hanul Robotics and Daewon Motors formed a JV in March. The JV will make IoT sensors for "
                          "Daewon Motors.")
    found = classes(record)
    assert "JV" not in found and "IoT" not in found
    assert found.get("Hanul Robotics") == "Company"


def test_a_plural_title_alone_names_no_one(extract_text):
    record = extract_text("Hanul Robotics named three Executive Vice Presidents on Friday, and Mira Sohn will "
                          "chair the board.")
    assert "Presidents" not in classes(record)
    assert classes(record).get("Mira Sohn") == "Person"


def test_a_place_the_initials_spell_belongs_to_the_name(extract_text):
    record = extract_text("The fair is backed by the Association of Hanul Traders in Korea (AHTK). AHTK will invite firms.")
    assert "Association of Hanul Traders in Korea" in classes(record)
    assert "Association of Hanul Traders" not in classes(record)


def test_a_place_the_initials_do_not_spell_stays_apart(extract_text):
    # "HRO" does not end with the place's initial: Hanul Robotics' ticker, not a name.
    record = extract_text("Shares of Hanul Robotics in Korea (HRO) rose 4% on Monday.")
    assert "Hanul Robotics in Korea" not in classes(record)
