"""Deals and posts from a battery of invented news sentences, session 40: a board that
approves its firm's deal, a deal noun told in the passive with its maker as agent, and the
chief of one function named before its holder. Each beside a near sentence."""

from __future__ import annotations

from extract_support import fact_ends, fact_qualifiers


def test_a_board_that_approves_a_deal_makes_it_its_firms(extract_text):
    record = extract_text("Dastrel Group's board approved the acquisition of Telvaro Robotics on Monday.")
    assert fact_ends(record, "acquires") == {("Dastrel Group", "Telvaro Robotics")}
    record = extract_text("The board of Dastrel Group approved an investment of $5 million in Telvaro Robotics.")
    assert fact_qualifiers(record, "Dastrel Group", "invests_in", "Telvaro Robotics")["amount"] == 5e6
    # One who approves another's deal is no party to it.
    assert not fact_ends(extract_text("The European Commission approved the acquisition of Telvaro Robotics."), "acquires")


def test_a_deal_noun_in_the_passive_is_its_agents(extract_text):
    record = extract_text("The acquisition of Telvaro Robotics for 2.3 billion euros was announced by Dastrel Group on Monday.")
    assert fact_qualifiers(record, "Dastrel Group", "acquires", "Telvaro Robotics") == {"amount": 2.3e9, "currency": "EUR", "date": "2026-01-12"}
    # A verb that is no light verb of the deal ("approved by") names no party.
    record = extract_text("The acquisition of Telvaro Robotics was approved by Kormund Capital on Monday.")
    assert not fact_ends(record, "acquires")


def test_the_chief_of_one_function_before_its_holder(extract_text):
    record = extract_text("Dastrel Group finance chief Jonas Brek said margins improved.")
    assert fact_ends(record, "executive_of") == {("Jonas Brek", "Dastrel Group")}
    assert fact_qualifiers(record, "Jonas Brek", "executive_of", "Dastrel Group")["role"] == "finance chief"
    # "chief" alone before the name is the firm's chief (ceo_of), not one function's.
    record = extract_text("Dastrel Group chief Jonas Brek said margins improved.")
    assert fact_ends(record, "ceo_of") == {("Jonas Brek", "Dastrel Group")} and not fact_ends(record, "executive_of")


def test_a_unit_sold_by_its_name_in_apposition_goes_to_the_buyer(extract_text):
    record = extract_text("Dastrel Group sold its chip unit, Telvaro Robotics, to Kormund Capital for $2 billion.")
    assert fact_qualifiers(record, "Kormund Capital", "acquires", "Telvaro Robotics")["amount"] == 2e9
    assert ("Dastrel Group", "Telvaro Robotics") not in fact_ends(record, "acquires")
    # A unit sold unnamed names no firm bought.
    assert not fact_ends(extract_text("Dastrel Group sold its chip unit to Kormund Capital for $2 billion."), "acquires")


def test_the_greater_part_of_a_firm_bought_is_an_acquisition(extract_text):
    record = extract_text("Dastrel Group will acquire most of Telvaro Robotics in a stock deal worth $52 billion.")
    assert fact_qualifiers(record, "Dastrel Group", "acquires", "Telvaro Robotics")["amount"] == 52e9
    assert fact_ends(extract_text("Dastrel Group bought the bulk of Telvaro Robotics."), "acquires") == {("Dastrel Group", "Telvaro Robotics")}
    # The greater part of what a firm owns is not the firm.
    assert not fact_ends(extract_text("Dastrel Group agreed to buy the bulk of Telvaro Robotics' assets."), "acquires")


def test_a_title_of_one_of_the_firms_functions_is_the_appointers(extract_text):
    record = extract_text("Dastrel Group named Mira Holten as the company's senior vice president of communications.")
    assert fact_ends(record, "executive_of") == {("Mira Holten", "Dastrel Group")}
    # A title of another body named after "of" is that body's.
    record = extract_text("Dastrel Group named Mira Holten as head of Arvex Systems.")
    assert fact_ends(record, "executive_of") == {("Mira Holten", "Arvex Systems")}
