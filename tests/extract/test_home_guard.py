"""Visits read from meetings kept only for visitors away from home (``away_only`` in
ontology/triggers.yaml, kg/extract/home_guard.py)."""

from __future__ import annotations

import pytest

from kg.errors import OntologyError
from kg.extract.guard import default_min_confidence, mark_candidates
from kg.extract.home_guard import load_away_only
from kg.ontology import load_ontology


def visits(record, *, candidates: bool = False) -> set[tuple[str, str]]:
    """The visits of *record* kept as facts, or (*candidates*) as candidates, by the default threshold."""
    marked = mark_candidates(record, min_confidence=default_min_confidence())
    return {(r["subject"], r["object"]) for r in marked["relations"]
            if r["predicate"] == "visits" and bool(r.get("candidate")) == candidates}


def test_a_leader_meeting_abroad_visits(extract_text):
    record = extract_text("Chinese Premier Li Qiang met Russian President Vladimir Putin in Moscow on Tuesday.")
    assert ("Li Qiang", "Moscow") in visits(record)


def test_a_leader_meeting_at_home_does_not_visit(extract_text):
    record = extract_text("Russian President Vladimir Putin met Chinese Premier Li Qiang in Moscow on Tuesday.")
    assert ("Vladimir Putin", "Moscow") not in visits(record) | visits(record, candidates=True)


def test_an_executive_meeting_at_his_firms_home_does_not_visit(extract_text):
    record = extract_text("Kim Min-soo, chief executive of Seoul-based Hanul Robotics, met Jensen Huang in Seoul on Monday.")
    assert ("Kim Min-soo", "Seoul") not in visits(record) | visits(record, candidates=True)


def test_a_meeting_of_someone_with_no_home_told_is_a_candidate_visit(extract_text):
    record = extract_text("Kim Min-soo met Jensen Huang in Seoul on Thursday.")
    assert ("Kim Min-soo", "Seoul") in visits(record, candidates=True)
    assert ("Kim Min-soo", "Seoul") not in visits(record)


def test_a_stated_visit_needs_no_home(extract_text):
    record = extract_text("Kim Min-soo visited Seoul on Thursday.")
    assert ("Kim Min-soo", "Seoul") in visits(record)


@pytest.mark.parametrize("old, new, message", [
    ("homes: {head_of_state_of: direct,", "homes: {head_of_state: direct,", "unknown relation 'head_of_state'"),
    ("places: located_in,", "places: lies_in,", "unknown relation 'lies_in'"),
    ("unknown_confidence: 0.45,", "unknown_confidence: 2,", "unknown_confidence must be a number from 0 to 1"),
    ("away_only: {triggers: [meet, talk, welcome],", "away_only: {triggers: meet,", "triggers must be a list of words"),
    ("places: located_in, unknown_confidence: 0.45,", "unknown_confidence: 0.45,", "must map triggers, homes, places"),
], ids=["unknown-home-relation", "unknown-places-relation", "bad-confidence", "triggers-not-a-list", "missing-key"])
def test_broken_away_only_is_refused(rules_copy, old, new, message):
    with pytest.raises(OntologyError) as raised:
        load_away_only(load_ontology(), rules_copy(old, new))
    assert str(raised.value).startswith("triggers.yaml: visits: away_only") and message in str(raised.value), str(raised.value)
