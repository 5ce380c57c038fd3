"""Where firms are at home, as real news says it (session 17), on sentences invented here,
each beside a sentence of the same shape that must not be read so."""

from __future__ import annotations

import pytest

from kg.extract.guard import default_min_confidence, is_candidate, mark_candidates


def homes(record) -> set[tuple[str, str]]:
    marked = mark_candidates(record, min_confidence=default_min_confidence())
    return {(r["subject"], r["object"]) for r in marked["relations"]
            if r["predicate"] == "headquartered_in" and not is_candidate(r)}


@pytest.mark.parametrize("text, home", [
    # A description ending in a firm's noun, with "from" a place.
    ("Hanul Robotics, a start-up from Hangzhou, raised 500 million yuan.", ("Hanul Robotics", "Hangzhou")),
    ("Hanul Robotics, a Chinese start-up from Hangzhou, raised 500 million yuan.", ("Hanul Robotics", "Hangzhou")),
    # Hyphenated "start-up" and "chipmaker" end a city's description as "startup" does.
    ("Hanul Robotics, a Busan start-up, raised money.", ("Hanul Robotics", "Busan")),
    ("Hanul, a Tokyo chipmaker, raised money.", ("Hanul", "Tokyo")),
    # The headquarters said with "be".
    ("Hanul Robotics, whose headquarters are in Hangzhou, raised money.", ("Hanul Robotics", "Hangzhou")),
    ("Hanul's headquarters are located in Hangzhou.", ("Hanul", "Hangzhou")),
])
def test_descriptions_and_headquarters_say_where_a_firm_is_at_home(extract_text, text, home):
    assert home in homes(extract_text(text))


@pytest.mark.parametrize("text, firm", [
    # A market, not a home.
    ("Hanul Robotics, the largest chipmaker in China, raised money.", "Hanul Robotics"),
    # Plants are not the headquarters.
    ("Hanul's plants are in Hangzhou.", "Hanul"),
])
def test_a_firm_in_a_place_is_not_always_at_home_there(extract_text, text, firm):
    assert not any(subject == firm for subject, _ in homes(extract_text(text)))


def test_a_participle_after_a_partner_in_apposition_tells_of_the_partner(extract_text):
    found = homes(extract_text("Daewon and its partner Hanul Systems (HS), based in Busan, applied to build a plant."))
    assert ("Hanul Systems", "Busan") in found
    assert ("Daewon", "Busan") not in found


def test_a_participle_after_a_list_tells_of_every_member(extract_text):
    found = homes(extract_text("Daewon and Hanul Systems, based in Busan, applied to build a plant."))
    assert {("Hanul Systems", "Busan"), ("Daewon", "Busan")} <= found


def sectors(record) -> set[tuple[str, str]]:
    marked = mark_candidates(record, min_confidence=default_min_confidence())
    return {(r["subject"], r["object"]) for r in marked["relations"]
            if r["predicate"] == "operates_in_sector" and not is_candidate(r)}


@pytest.mark.parametrize("text, fact", [
    ("Hanul Robotics dominates the global memory chip market.", ("Hanul Robotics", "memory chip")),
    ("Hanul Robotics wants to strengthen its competitiveness in the battery materials market.",
     ("Hanul Robotics", "battery materials")),
])
def test_a_market_a_firm_dominates_or_competes_in_is_its_sector(extract_text, text, fact):
    assert fact in sectors(extract_text(text))


def test_dominating_what_is_no_market_gives_no_sector(extract_text):
    assert not sectors(extract_text("Hanul Robotics dominated the news on Monday."))


def test_its_in_a_clause_of_to_is_the_subject_of_the_verb_it_depends_on(extract_text):
    # Not Minjin, the firm named last: the clause tells what Hanul formed the venture for.
    found = sectors(extract_text("Hanul said it will form a venture with Daewon, a unit of Minjin, "
                                 "to strengthen its competitiveness in the battery materials market."))
    assert ("Hanul", "battery materials") in found
    assert ("Minjin", "battery materials") not in found


def test_its_in_a_clause_of_to_with_its_own_subject_is_that_subjects(extract_text):
    found = sectors(extract_text("Hanul said the deal allows Minjin Systems to expand its presence in the robot market."))
    assert ("Hanul", "robotics") not in found


def test_its_in_a_clause_of_to_after_an_object_is_the_objects(extract_text):
    # "helps X to": X acts in the clause, not the deal (no name) nor Hanul.
    found = sectors(extract_text("Hanul said the deal helps Minjin Systems to expand its presence in the robot market."))
    assert found == {("Minjin Systems", "robotics")}


@pytest.mark.parametrize("text, fact", [
    ("Hanul said it will form a joint venture with Daewon to tap into the lithium-ion battery material business.",
     ("Hanul", "lithium-ion battery material")),
    ("Hanul plans to expand further into lithium-ion materials.", ("Hanul", "lithium-ion materials")),
    ("Hanul aims to expand its sales of pharmaceuticals and health functional foods.", ("Hanul", "pharmaceuticals")),
    ("Hanul aims to expand its sales of pharmaceuticals and health functional foods.", ("Hanul", "health functional foods")),
])
def test_what_a_firm_moves_into_or_sells_is_its_sector(extract_text, text, fact):
    assert fact in sectors(extract_text(text))


@pytest.mark.parametrize("text", [
    "Hanul will expand into Europe next year.",
    "Hanul moved into a new office in Busan.",
    "Hanul announced the sale of its chip unit to Daewon.",
])
def test_moving_into_a_place_or_selling_a_unit_gives_no_sector(extract_text, text):
    assert not sectors(extract_text(text))


def test_a_plural_before_and_is_no_modifier_of_the_last_noun(extract_text):
    found = sectors(extract_text("Hanul aims to expand its sales of pharmaceuticals and health functional foods."))
    assert ("Hanul", "pharmaceuticals foods") not in found
    # A modifier before "and" still narrows the noun.
    assert {("Hanul", "educational robots"), ("Hanul", "humanoid robots")} <= sectors(extract_text("Hanul makes educational and humanoid robots."))


@pytest.mark.parametrize("text", [
    "Daewon Bank invested 10 billion won in Hanul Robotics as it expands into industrial robots.",
    # The clause of "as" hangs on "said"; the reported clause's subject is still who acts.
    "Daewon Bank invested 10 billion won in Hanul Robotics, the company said on Monday, as it expands into industrial robots.",
])
def test_it_in_a_clause_of_as_is_the_subject_of_the_clause_it_hangs_on(extract_text, text):
    found = sectors(extract_text(text))
    assert ("Daewon Bank", "industrial robots") in found
    assert ("Hanul Robotics", "industrial robots") not in found


def test_it_in_a_clause_of_its_own_verb_stays_the_name_nearest(extract_text):
    # A relative clause, not an adverbial one: no jump to the main subject.
    found = sectors(extract_text("Daewon Bank invested in Hanul Robotics, which said it makes industrial robots."))
    assert ("Daewon Bank", "industrial robots") not in found
