"""Classes of news wording for events, spouses, rivals, sectors and policies, each on
sentences invented here (firms such as Hanul Robotics, Daewon Motors, Minjin Capital),
with sentences of the same shape that must give nothing."""

from __future__ import annotations

import pytest

from kg.errors import OntologyError
from kg.extract.entities import DocumentEntity
from kg.extract.name_facts import ByCountryName, facts_by_country_name, load_by_country_name
from kg.ontology import load_ontology
from kg.resources import resource_dir


def triples(record) -> set[tuple[str, str, str]]:
    return {(r["subject"], r["predicate"], r["object"]) for r in record["relations"]}


def subjects_of(record, predicate: str) -> set[str]:
    return {r["subject"] for r in record["relations"] if r["predicate"] == predicate}


@pytest.mark.parametrize("text, fact", [
    # An event that takes place somewhere; the city of the venue it is held at.
    ("The Busan Robot Expo will take place in Busan from May 3.", ("Busan Robot Expo", "event_held_at", "Busan")),
    ("Over 200 firms will exhibit at the Busan Robot Expo at BEXCO in Busan.", ("Busan Robot Expo", "event_held_at", "Busan")),
    # Who organises an event takes part in it.
    ("Daewon Group is the organizer of the Busan Robot Expo.", ("Daewon Group", "participates_in", "Busan Robot Expo")),
    ("The Busan Robot Expo, organized by Daewon Group, drew 300 firms.", ("Daewon Group", "participates_in", "Busan Robot Expo")),
    # A spouse after "and", the title in capitals.
    ("President Kim Min-soo and First Lady Lee Ji-won arrived in Hanoi.", ("Lee Ji-won", "spouse_of", "Kim Min-soo")),
    # Passing another firm is competing with it.
    ("Hanul Motors has overtaken Daewon Motors in sales.", ("Hanul Motors", "competes_with", "Daewon Motors")),
    ("Minjin Auto outpaced Hanul Motors in Vietnam last year.", ("Minjin Auto", "competes_with", "Hanul Motors")),
    # A firm that is someone's brainchild was founded by them.
    ("Hanul Capital is the brainchild of Kim Min-soo and Lee Ji-won.", ("Hanul Capital", "founded_by", "Lee Ji-won")),
    # Speaking, a booth or a delegation at an event is taking part in it.
    ("Kim Min-soo said at the Asia Energy Summit that demand was rising.", ("Kim Min-soo", "participates_in", "Asia Energy Summit")),
    ("Hanul Robotics' booth at the Busan Robot Expo drew crowds.", ("Hanul Robotics", "participates_in", "Busan Robot Expo")),
    ("Daewon Group set up a booth at the Busan Robot Expo.", ("Daewon Group", "participates_in", "Busan Robot Expo")),
    # Who holds an event takes part in it.
    ("Minjin Capital's Busan Investment Summit drew 300 guests.", ("Minjin Capital", "participates_in", "Busan Investment Summit")),
    # A trip told of in an adjunct is the clause subject's.
    ("During his visit to Hanoi, Kim Min-soo signed a supply deal.", ("Kim Min-soo", "visits", "Hanoi")),
    ("Kim Min-soo, on a trip to Vietnam, said demand was rising.", ("Kim Min-soo", "visits", "Vietnam")),
    # Two firms that open a plant together, or one that builds it with another, partner.
    ("Last spring Hanul Motors and Daewon Energy opened the first battery cell plant in Ohio.",
     ("Hanul Motors", "partners_with", "Daewon Energy")),
    ("Hanul Motors built a factory with Daewon Energy in Ohio.", ("Hanul Motors", "partners_with", "Daewon Energy")),
    # The one who adopts a policy owns it.
    ("Japan adopted the Hanul Data Protection Act in March.", ("Hanul Data Protection Act", "policy_of", "Japan")),
])
def test_news_wording(extract_text, text, fact):
    assert fact in triples(extract_text(text))


@pytest.mark.parametrize("text, predicate", [
    # Things that overtake are no firms: no rivals.
    ("Exports overtook imports in May.", "competes_with"),
    # A country passing another is a ranking, not a rivalry of firms.
    ("China has overtaken South Korea in terms of robot density.", "competes_with"),
    # A plant of one firm alone.
    ("Hanul Motors opened a plant in Busan with help from the city.", "partners_with"),
    # Speaking at a firm is no taking part in an event.
    ("Kim Min-soo said at Hanul Robotics that demand was rising.", "participates_in"),
    # "organizer" of what is no event.
    ("Kim Min-soo, an organizer at Hanul Robotics, said sales rose.", "participates_in"),
])
def test_no_such_fact(extract_text, text, predicate):
    assert not {t for t in triples(extract_text(text)) if t[1] == predicate}


def test_a_sector_noun_before_a_list_names_each_firms_sector(extract_text):
    record = extract_text("Korean automakers such as Hanul Motors, Daewon Motors and Minjin Auto are building plants in Vietnam.")
    assert {"Hanul Motors", "Daewon Motors", "Minjin Auto"} <= subjects_of(record, "operates_in_sector")


@pytest.mark.parametrize("text, firm, sector", [
    ("Minjin Chips, the world's largest memory chip supplier, said sales rose.", "Minjin Chips", "memory chip"),
    ("Hanul Appliances, China's major home appliance manufacturer, said sales rose.", "Hanul Appliances", "home appliances"),
])
def test_a_possessor_before_the_sector_words_of_an_apposition(extract_text, text, firm, sector):
    assert (firm, "operates_in_sector", sector) in triples(extract_text(text))


def test_a_name_beside_a_description_beats_what_the_description_refers_back_to(extract_text):
    record = extract_text("Daewon Motors is a big American car maker. But a new rival worries the American maker. "
                          "Park Ji-hoon founded the battery maker Hanul Energy in Busan in 1995.")
    facts = triples(record)
    assert ("Hanul Energy", "founded_by", "Park Ji-hoon") in facts
    assert ("Daewon Motors", "founded_by", "Park Ji-hoon") not in facts
    assert ("Daewon Motors", "operates_in_sector", "batteries") not in facts


def _policy(name: str) -> DocumentEntity:
    return DocumentEntity(key=name, name=name, cls="Policy", iri=None, mentions=[(0, len(name))])


RULE = ByCountryName("policy_of", frozenset({"Policy"}), frozenset({"on", "against"}), 0.7)


@pytest.mark.parametrize("name, owners", [
    ("German Hanul Data Act", {"Germany"}),
    ("Made in Japan 2030", {"Japan"}),
    ("Sanctions on Russia Act", set()),
    ("Daewon Data Act", set()),
])
def test_a_policy_named_after_a_country_is_its(name, owners):
    facts = facts_by_country_name({name: _policy(name)}, set(), RULE)
    assert {f["object"] for f in facts} == owners
    assert all(f["implied"] and f["predicate"] == "policy_of" for f in facts)


def test_a_policy_fact_stated_already_is_not_implied_again():
    name = "German Hanul Data Act"
    assert facts_by_country_name({name: _policy(name)}, {(name, "policy_of", "Germany")}, RULE) == []


def test_the_shipped_country_name_rule_loads():
    rule = load_by_country_name(load_ontology())
    assert rule is not None and rule.relation == "policy_of" and "on" in rule.not_after and "Policy" in rule.classes


@pytest.mark.parametrize("old, new, message", [
    ("by_country_name: {classes: [Policy],", "by_country_name: {classes: [City],", "cannot take a City as its subject"),
    ("by_country_name: {classes: [Policy],", "by_country_name: {classes: Policy,", "by_country_name: one relation only"),
])
def test_a_broken_country_name_rule_is_refused(tmp_path, old, new, message):
    text = (resource_dir("ontology") / "triggers.yaml").read_text(encoding="utf-8")
    assert text.count(old) == 1
    (tmp_path / "triggers.yaml").write_text(text.replace(old, new), encoding="utf-8")
    with pytest.raises(OntologyError, match=message):
        load_by_country_name(load_ontology(), tmp_path)


def test_a_name_before_a_title_in_a_list_is_the_titles_alone(extract_text):
    facts = triples(extract_text("Hanul Energy will supply Daewon Motors, Minjin Auto and Sora unit Kora Trucks."))
    assert ("Kora Trucks", "subsidiary_of", "Sora") in facts
    assert not {f for f in facts if f[1] == "subsidiary_of" and f[2] in ("Daewon Motors", "Minjin Auto")}


def test_returning_somewhere_is_no_visit(extract_text):
    facts = triples(extract_text("Kim Min-soo returned to Seoul on Friday after a week in Hanoi."))
    assert ("Kim Min-soo", "visits", "Seoul") not in facts


def test_titles_with_their_own_of_are_not_crossed(extract_text):
    facts = triples(extract_text("Kim Min-soo, chairman of Hanul Robotics and chief executive of Daewon Group, said sales rose."))
    assert ("Kim Min-soo", "chair_of", "Hanul Robotics") in facts and ("Kim Min-soo", "ceo_of", "Daewon Group") in facts
    assert ("Kim Min-soo", "chair_of", "Daewon Group") not in facts and ("Kim Min-soo", "ceo_of", "Hanul Robotics") not in facts


def test_a_rival_named_with_its_possessor_is_not_the_buyers(extract_text):
    facts = triples(extract_text("Last year, Daewon Motors bought Hanul's rival Minjin Energy for $218 million."))
    assert ("Minjin Energy", "competes_with", "Hanul") in facts
    assert not {f for f in facts if f[1] == "competes_with" and "Daewon Motors" in (f[0], f[2])}
