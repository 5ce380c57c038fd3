"""Facts a text's place names imply (kg.extract.place_facts), on hand-written entities, and
the checks made when the rule is loaded from ontology/triggers.yaml."""

from __future__ import annotations

import re
import shutil

import pytest

from kg.errors import OntologyError
from kg.extract.entities import DocumentEntity
from kg.extract.place_facts import (
    ByPlaceName,
    NameFacts,
    facts_by_place_name,
    load_by_place_name,
)
from kg.ontology import load_ontology
from kg.resources import resource_dir

RULE = ByPlaceName("located_in", 0.7)


def _places(*named: tuple[str, str]) -> dict[str, DocumentEntity]:
    return {n: DocumentEntity(key=n, name=n, cls=c, iri=None, mentions=[(3, 3 + len(n))]) for n, c in named}


def test_a_facility_named_after_a_city_of_the_text_is_in_it():
    places = _places(("Mokpo Harbour Exhibition Hall", "Facility"), ("Mokpo", "City"), ("Mokpo Tigers", "Company"),
                     ("Yeosu Arena", "Facility"))
    found = facts_by_place_name(places, set(), RULE, {})
    assert found == [{
        "subject": "Mokpo Harbour Exhibition Hall", "predicate": "located_in", "object": "Mokpo", "qualifiers": {},
        "confidence": 0.7, "evidence": [3, 32], "implied": True, "frame": "place-names",
    }]


def test_a_city_is_in_its_country_only_when_the_text_names_the_country():
    cities = {"mokpo": "South Korea"}
    named = _places(("Mokpo", "City"), ("South Korea", "Country"))
    assert [(f["subject"], f["object"]) for f in facts_by_place_name(named, set(), RULE, cities)] == [("Mokpo", "South Korea")]
    assert facts_by_place_name(_places(("Mokpo", "City")), set(), RULE, cities) == []
    # A city of the world's list, not of kg's reference data: its country by code.
    world = _places(("Tallinn", "City"), ("Estonia", "Country"))
    assert [(f["subject"], f["object"]) for f in facts_by_place_name(world, set(), RULE, {})] == [("Tallinn", "Estonia")]


def test_the_rule_gives_the_relation_and_confidence_and_a_stated_fact_is_not_repeated():
    named = _places(("Mokpo", "City"), ("South Korea", "Country"))
    other = ByPlaceName("near_to", 0.4)
    assert [(f["predicate"], f["confidence"]) for f in facts_by_place_name(named, set(), other, {"mokpo": "South Korea"})] \
        == [("near_to", 0.4)]
    assert facts_by_place_name(named, {("Mokpo", "located_in", "South Korea")}, RULE, {"mokpo": "South Korea"}) == []
    assert facts_by_place_name(named, set(), None, {"mokpo": "South Korea"}) == []


def test_name_facts_reads_places_and_firms_together():
    entities = _places(("Mokpo", "City"), ("South Korea", "Country"), ("Sunwoo Group", "Company"), ("Sunwoo Robotics", "Company"))
    facts = NameFacts(load_ontology(), {"mokpo": "South Korea"}).implied(entities, [])
    assert {(f["subject"], f["predicate"], f["object"]) for f in facts} == {
        ("Mokpo", "located_in", "South Korea"), ("Sunwoo Robotics", "subsidiary_of", "Sunwoo Group")}
    stated = [{"subject": "Mokpo", "predicate": "located_in", "object": "South Korea"}]
    assert {f["subject"] for f in NameFacts(load_ontology(), {"mokpo": "South Korea"}).implied(entities, stated)} == {"Sunwoo Robotics"}


def test_in_a_text(extract_text):
    record = extract_text("The Busan Exhibition and Convention Center hosted the show, Busan officials said. "
                          "Officials in Daejeon said South Korea would fund the lab.")
    facts = {(r["subject"], r["predicate"], r["object"]): r for r in record["relations"]}
    assert {("Busan Exhibition and Convention Center", "located_in", "Busan"), ("Daejeon", "located_in", "South Korea")} <= set(facts)
    assert facts[("Daejeon", "located_in", "South Korea")]["frame"] == "place-names"


def test_the_shipped_rule_loads():
    assert load_by_place_name(load_ontology()) == ByPlaceName("located_in", 0.7)


def _edited(tmp_path, *edits: tuple[str, str]):
    shutil.copy(resource_dir("ontology") / "triggers.yaml", tmp_path / "triggers.yaml")
    text = (tmp_path / "triggers.yaml").read_text(encoding="utf-8")
    for pattern, replacement in edits:
        edited = re.sub(pattern, replacement, text, count=1)
        assert edited != text, pattern
        text = edited
    (tmp_path / "triggers.yaml").write_text(text, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("pattern, replacement, message", [
    (r"by_place_name: \{confidence: [0-9.]+\}", "by_place_name: {confidence: 7}", "located_in: by_place_name: one relation only"),
    (r"by_place_name: \{confidence: [0-9.]+\}", "by_place_name: {confidence: true}", "located_in: by_place_name: one relation only"),
    (r"by_place_name: \{confidence: [0-9.]+\}", "by_place_name: {confidence: 0.7, classes: [City]}", "located_in: by_place_name: one relation only"),
    (r"by_place_name: \{confidence: [0-9.]+\}", "by_place_name: 0.7", "located_in: by_place_name: one relation only"),
    # A second relation with the rule.
    (r"(  participates_in:\n    carries: \[date, role\]\n)", r"\1    by_place_name: {confidence: 0.6}\n",
     "participates_in: by_place_name: one relation only"),
    # No relation has the rule.
    (r"(  located_in:\n(?:    #.*\n)*    carries: \[\]\n(?:    #.*\n)*)    by_place_name: \{confidence: [0-9.]+\}\n", r"\1",
     None),
])
def test_a_broken_rule_is_refused(tmp_path, pattern, replacement, message):
    folder = _edited(tmp_path, (pattern, replacement))
    if message is None:
        # No relation has the rule: no place facts, and no error.
        assert load_by_place_name(load_ontology(), folder) is None
        return
    with pytest.raises(OntologyError, match=re.escape(message)):
        load_by_place_name(load_ontology(), folder)


def test_a_relation_whose_ends_cannot_be_places_is_refused(tmp_path):
    folder = _edited(tmp_path, (r"(  headquartered_in:\n    carries: \[\]\n)", r"\1    by_place_name: {confidence: 0.6}\n"),
                     (r"    by_place_name: \{confidence: 0.7\}\n", ""))
    with pytest.raises(OntologyError, match=r"headquartered_in: by_place_name: headquarteredIn cannot say a Facility lies in a City"):
        load_by_place_name(load_ontology(), folder)
