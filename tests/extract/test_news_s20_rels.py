"""Relations between two names of one sentence that no rule linked (session 20), on
sentences invented here, each beside a sentence of the same shape that must not be read so."""

from __future__ import annotations

import pytest


def facts(record) -> set[tuple[str, str, str]]:
    return {(r["subject"], r["predicate"], r["object"]) for r in record["relations"] if not r.get("candidate")}


def linked(found, one, predicate, other) -> bool:
    return (one, predicate, other) in found or (other, predicate, one) in found


@pytest.mark.parametrize("text", [
    "Korea and Vietnam will boost bilateral trade.",
    "Korea and Vietnam aim to double trade between the two countries by 2030.",
])
def test_countries_that_grow_their_trade_trade(extract_text, text):
    assert linked(facts(extract_text(text)), "South Korea", "trades_with", "Vietnam")


def test_countries_that_grow_their_investment_do_not_trade(extract_text):
    assert not linked(facts(extract_text("Korea and Vietnam aim to double investment by 2030.")), "South Korea", "trades_with", "Vietnam")


def test_one_country_growing_trade_with_another(extract_text):
    assert ("South Korea", "trades_with", "Vietnam") in facts(extract_text("Korea wants to boost trade with Vietnam."))


def test_firms_that_agree_to_form_a_venture_are_partners(extract_text):
    found = facts(extract_text("Hanul Robotics and Minjin Foods agreed to form a joint venture in Busan."))
    assert linked(found, "Hanul Robotics", "partners_with", "Minjin Foods")


def test_firms_that_agree_to_make_investments_are_not_partners(extract_text):
    found = facts(extract_text("Hanul Robotics and Minjin Foods agreed to make investments in Busan."))
    assert not linked(found, "Hanul Robotics", "partners_with", "Minjin Foods")


def test_proceeding_to_a_city_is_a_visit(extract_text):
    assert ("Kim Min-soo", "visits", "Busan") in facts(extract_text("Kim Min-soo proceeded to Busan on Monday."))


def test_proceeding_to_an_agenda_is_no_visit(extract_text):
    assert not any(p == "visits" for _, p, _ in facts(extract_text("Kim Min-soo proceeded to the next item on Monday.")))


def test_names_a_relative_clause_includes_are_the_nouns_members(extract_text):
    found = facts(extract_text("Daewon Group invested in three startups that include Minjin Foods and Sora Robotics."))
    assert ("Daewon Group", "invests_in", "Minjin Foods") in found
    assert ("Daewon Group", "invests_in", "Sora Robotics") in found


def test_a_relative_clause_of_no_names_gives_no_members(extract_text):
    found = facts(extract_text("Daewon Group invested in three startups that include robots."))
    assert not any(p == "invests_in" for _, p, _ in found)


def test_a_firms_affiliates_which_include_names(extract_text):
    found = facts(extract_text("Daewon Motors will buy three Hanul Group affiliates, which include Minjin Foods and Sora Foods."))
    assert ("Minjin Foods", "subsidiary_of", "Hanul Group") in found
    assert ("Sora Foods", "subsidiary_of", "Hanul Group") in found


def test_a_nations_rivals_including_names_are_no_ones_rivals(extract_text):
    found = facts(extract_text("Hanul Robotics faces Korean rivals including Minjin Robotics."))
    assert not any(o in ("South Korea", "Korea") or s in ("South Korea", "Korea") for s, p, o in found if p == "competes_with")


@pytest.mark.parametrize("text, fact", [
    ("Hanul Robotics has backers which include Daewon Ventures.", ("Daewon Ventures", "invests_in", "Hanul Robotics")),
    ("Hanul Robotics has rivals including Minjin Robotics.", ("Minjin Robotics", "competes_with", "Hanul Robotics")),
])
def test_what_one_has_which_includes_names(extract_text, text, fact):
    assert fact in facts(extract_text(text))


def test_what_one_has_that_is_no_title_gives_nothing(extract_text):
    found = facts(extract_text("Hanul Robotics has customers including Minjin Robotics."))
    assert not any({s, o} == {"Hanul Robotics", "Minjin Robotics"} for s, _, o in found)


@pytest.mark.parametrize("text", [
    "Daewon Group will take Hanul Robotics private.",
    "Daewon Group said Tuesday that it will take machinery maker Hanul Robotics private through a tender offer.",
])
def test_taking_a_firm_private_is_buying_it(extract_text, text):
    assert ("Daewon Group", "acquires", "Hanul Robotics") in facts(extract_text(text))


@pytest.mark.parametrize("text", [
    "Daewon Group took Hanul Robotics public in 2019.",
    "Daewon Group will take Hanul Robotics to court.",
])
def test_taking_a_firm_elsewhere_is_not_buying_it(extract_text, text):
    assert ("Daewon Group", "acquires", "Hanul Robotics") not in facts(extract_text(text))


def test_a_venue_with_its_acronym_is_in_the_city_after(extract_text):
    found = facts(extract_text("The forum will be held at the Daewon Convention Centre (DCC) in Busan on June 11."))
    assert ("Daewon Convention Centre", "located_in", "Busan") in found


def test_a_venue_with_its_acronym_is_not_in_the_city_before(extract_text):
    found = facts(extract_text("Busan (BS) in June hosted a forum at the Daewon Convention Centre."))
    assert ("Busan", "located_in", "Daewon Convention Centre") not in found


def test_a_title_of_a_firm_before_the_name_without_a_comma(extract_text):
    found = facts(extract_text("Chairman and CEO of Hanul Robotics Kim Min-soo also took part in the round."))
    assert ("Kim Min-soo", "ceo_of", "Hanul Robotics") in found


def test_a_title_of_a_firm_before_a_firm_names_no_holder(extract_text):
    found = facts(extract_text("The CEO of Hanul Robotics Daewon Group hired said sales rose."))
    assert not any(s == "Daewon Group" for s, p, _ in found if p in ("ceo_of", "executive_of"))


def test_the_person_after_a_countrys_adjective_was_on_the_sidelines(extract_text):
    found = facts(extract_text("Korean President Kim Min-soo said on the sidelines of the Busan Energy Summit that trade would grow."))
    assert ("Kim Min-soo", "participates_in", "Busan Energy Summit") in found
    assert ("South Korea", "participates_in", "Busan Energy Summit") not in found


def test_a_country_named_on_its_own_was_on_the_sidelines(extract_text):
    found = facts(extract_text("Korea sent a delegation and said on the sidelines of the Busan Energy Summit that trade would grow."))
    assert ("South Korea", "participates_in", "Busan Energy Summit") in found
