"""Facts carried to the place their object's own sentence puts it in (``through`` in
ontology/triggers.yaml, kg/extract/carried_facts.py)."""

from __future__ import annotations

import pytest

from kg.errors import OntologyError
from kg.extract.carried_facts import Carrying, carried_facts, load_carryings
from kg.ontology import load_ontology


def triples(record) -> set[tuple[str, str, str]]:
    return {(r["subject"], r["predicate"], r["object"]) for r in record["relations"] if not r.get("candidate")}


def test_a_visit_to_a_named_site_is_a_visit_to_its_city(extract_text):
    record = extract_text("Chancellor Olaf Scholz toured the Bosch plant in Chongqing on Sunday.")
    assert {("Olaf Scholz", "visits", "Bosch plant"), ("Olaf Scholz", "visits", "Chongqing")} <= triples(record)
    carried = next(r for r in record["relations"] if r["object"] == "Chongqing" and r["predicate"] == "visits")
    assert carried["frame"].startswith("through:located_in:") and carried["confidence"] < 0.85
    assert carried["qualifiers"].get("date")  # the visit's own date goes with it


def _fact(subject, predicate, obj, evidence, confidence=0.8):
    return {"subject": subject, "predicate": predicate, "object": obj, "qualifiers": {}, "confidence": confidence,
            "evidence": evidence, "implied": False, "frame": "verb-active"}


def test_only_a_placing_of_the_facts_own_sentence_carries_it():
    how = {"visits": [Carrying("located_in", frozenset({"Facility"}), 0.8)]}
    visit = _fact("Kim", "visits", "Hanul plant", [0, 40])
    classes = {"Hanul plant": "Facility", "Busan": "City"}
    assert carried_facts([visit, _fact("Hanul plant", "located_in", "Busan", [41, 90])], classes, how) == []
    assert [f["object"] for f in carried_facts([visit, _fact("Hanul plant", "located_in", "Busan", [0, 40])], classes, how)] \
        == ["Busan"]
    # Not to a place stated already, nor from an object of another class.
    stated = [visit, _fact("Hanul plant", "located_in", "Busan", [0, 40]), _fact("Kim", "visits", "Busan", [0, 40])]
    assert carried_facts(stated, classes, how) == []
    assert carried_facts([visit, _fact("Hanul plant", "located_in", "Busan", [0, 40])], {"Hanul plant": "City"}, how) == []


def test_a_city_visited_is_not_carried_to_its_country(extract_text):
    record = extract_text("Olaf Scholz visited Chongqing, China's largest city, on Sunday.")
    assert ("Olaf Scholz", "visits", "Chongqing") in triples(record)
    assert ("Olaf Scholz", "visits", "China") not in triples(record)


def test_a_fact_of_a_frame_named_in_not_frames_is_not_carried():
    how = {"visits": [Carrying("located_in", frozenset({"Facility"}), 0.8, frozenset({"verb-active"}))]}
    facts = [_fact("Kim", "visits", "Hanul plant", [0, 40]), _fact("Hanul plant", "located_in", "Busan", [0, 40])]
    assert carried_facts(facts, {"Hanul plant": "Facility"}, how) == []
    how = {"visits": [Carrying("located_in", frozenset({"Facility"}), 0.8, frozenset({"verb-passive"}))]}
    assert [f["object"] for f in carried_facts(facts, {"Hanul plant": "Facility"}, how)] == ["Busan"]


@pytest.mark.parametrize("new, message", [
    ("through: {located_at: {object: [Facility], factor: 0.8}}", "unknown relation 'located_at'"),
    ("through: {located_in: {object: [Facility], factor: 2}}", "factor must be a number"),
    ("through: {located_in: {object: [Plant], factor: 0.8}}", "Plant"),
    ("through: {located_in: {object: [Company], factor: 0.8}}", "a Company is not what located_in places"),
    ("through: {located_in: {object: Facility, factor: 0.8}}", "object must be a list of classes"),
    ("through: {located_in: {factor: 0.8}}", "must be a mapping of object (classes) and factor"),
    ("through: {located_in: {object: [Facility], factor: 0.8, not_frames: verb-active}}", "not_frames must be a list"),
], ids=["unknown-relation", "factor-above-one", "unknown-class", "class-not-placed", "not-a-list", "no-object",
        "not-frames-not-a-list"])
def test_broken_carryings_are_refused(rules_copy, new, message):
    folder = rules_copy("through: {located_in: {object: [Facility], factor: 0.8}}", new)
    with pytest.raises(OntologyError) as raised:
        load_carryings(load_ontology(), folder)
    assert str(raised.value).startswith("triggers.yaml: visits: through") and message in str(raised.value), str(raised.value)
