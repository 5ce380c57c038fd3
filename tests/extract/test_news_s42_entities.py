"""Entity names and classes on fresh real news, session 42: who backs a round invests for a
living, and well-known investors whose names carry no word of investing. Invented
sentences and names, each beside a near sentence where the rule must not fire."""

from __future__ import annotations

from extract_support import entity_classes


def test_a_name_a_raised_sum_is_led_by_is_an_investment_firm(extract_text):
    classes = entity_classes(extract_text("Lendora, a payments startup, raised $30 million led by Quillan Forge."))
    assert classes["Quillan Forge"] == {"InvestmentFirm"}
    # A sum that is no raised round's ("a plant led by") says nothing of its leader's trade.
    classes = entity_classes(extract_text("Lendora built a $30 million plant led by Quillan Forge."))
    assert classes.get("Quillan Forge") != {"InvestmentFirm"}


def test_the_later_names_of_a_rounds_participants_are_investment_firms(extract_text):
    classes = entity_classes(extract_text("Lendora has raised $12 million in a round led by Tessel Ventures, "
                                          "with participation from Halvard Ventures and Ombra."))
    assert classes["Ombra"] == {"InvestmentFirm"}
    # A firm joined to a startup that was backed is no investor ("backed by" a person, not a round).
    classes = entity_classes(extract_text("Medora, a startup backed by Ombra, opened a store in Lagos."))
    assert classes.get("Ombra") == {"Company"}


def test_a_round_backed_by_a_name_makes_it_an_investor(extract_text):
    classes = entity_classes(extract_text("Clinic chain Medora closed a $50 million Series B round, backed by Quillan Forge."))
    assert classes["Quillan Forge"] == {"InvestmentFirm"}


def test_well_known_investors_without_a_word_of_investing(extract_text):
    classes = entity_classes(extract_text("Medora closed a seed round backed by General Catalyst and Bpifrance."))
    assert classes["General Catalyst"] == {"InvestmentFirm"} and classes["Bpifrance"] == {"InvestmentFirm"}
    # A name that merely begins like one is not it.
    classes = entity_classes(extract_text("General Catalytics Corp. opened a plant in Lyon."))
    assert "General Catalyst" not in classes


def test_a_title_case_headline_verb_of_divesting_is_no_name(extract_text):
    record = extract_text("Hanul Divests Daewon Robotics\nHanul Group agreed to sell its stake in Daewon Robotics to Kormund Capital.")
    classes = entity_classes(record)
    assert "Hanul Divests Daewon Robotics" not in classes and "Divests Daewon Robotics" not in classes
    assert classes["Daewon Robotics"] == {"Company"}
    # A headline whose verb is lower case keeps its names whole.
    classes = entity_classes(extract_text("Kormund Capital to buy Daewon Robotics\nKormund Capital agreed to buy Daewon Robotics."))
    assert classes["Kormund Capital"] == {"InvestmentFirm"} and classes["Daewon Robotics"] == {"Company"}


def test_a_states_office_of_a_field_is_a_public_body(extract_text):
    classes = entity_classes(extract_text("The Office of Foreign Assets Control fined Velmar Robotics $1 million."))
    assert classes["Office of Foreign Assets Control"] == {"GovernmentBody"}
    # An office a firm keeps is no public body.
    classes = entity_classes(extract_text("Hanul Family Office invested $5 million in Velmar Robotics."))
    assert classes["Hanul Family Office"] == {"InvestmentFirm"}


def test_a_corps_is_a_public_body(extract_text):
    classes = entity_classes(extract_text("Washington sanctioned the Hanul Production and Construction Corps on Monday."))
    assert classes["Hanul Production and Construction Corps"] == {"GovernmentBody"}
    # A corps in lower case, of engineers, names no one.
    assert not any("corps" in name.lower() for name in entity_classes(extract_text("Velmar hired a corps of engineers in Lagos.")))


def test_a_currency_before_a_hyphened_word_is_no_name(extract_text):
    classes = entity_classes(extract_text("Velmar Robotics will sell Rupee-denominated bonds in London."))
    assert "Rupee" not in classes and classes["Velmar Robotics"] == {"Company"}
