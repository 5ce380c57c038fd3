"""Whose a possessive pronoun is in a phrase of means, titles the parse makes compounds of a
name, and deeds in a clause of "to" on a noun of intent ("plans to invest") (session 18), on sentences invented here, each beside one of the same shape that
must not be read so."""

from __future__ import annotations

import pytest

from kg.extract.guard import default_min_confidence, is_candidate, mark_candidates


def facts(record) -> set[tuple[str, str, str]]:
    marked = mark_candidates(record, min_confidence=default_min_confidence())
    return {(r["subject"], r["predicate"], r["object"]) for r in marked["relations"] if not is_candidate(r)}


@pytest.mark.parametrize("text, fact, not_fact", [
    # "its" in "through its ..." is the buyer's, not the seller's named nearer.
    ("Daewon Group said it had acquired the battery business of Minjin Corp. through its automotive subsidiary Harman.",
     ("Harman", "subsidiary_of", "Daewon Group"), ("Harman", "subsidiary_of", "Minjin Corp.")),
    ("Daewon Group said it had acquired the business of Minjin Corp. through its automotive subsidiary Hanul Systems.",
     ("Hanul Systems", "subsidiary_of", "Daewon Group"), ("Hanul Systems", "subsidiary_of", "Minjin Corp.")),
    ("Daewon Group invested in Minjin Corp. via its venture arm Daewon Ventures.",
     ("Daewon Ventures", "subsidiary_of", "Daewon Group"), ("Daewon Ventures", "subsidiary_of", "Minjin Corp.")),
    # Listed with the name, "its" is that name's.
    ("Daewon Group acquired Minjin Corp. and its subsidiary Hanul Systems.",
     ("Hanul Systems", "subsidiary_of", "Minjin Corp."), ("Hanul Systems", "subsidiary_of", "Daewon Group")),
])
def test_a_possessive_in_a_phrase_of_means_is_the_subjects(extract_text, text, fact, not_fact):
    found = facts(extract_text(text))
    assert fact in found
    assert not_fact not in found


def test_a_title_compound_with_a_name_needs_a_possessive_pronoun(extract_text):
    # "subsidiary Harman" without a possessor says nothing of whose.
    found = facts(extract_text("Daewon Group said Minjin Corp. had sold subsidiary Harman to investors."))
    assert not any(p == "subsidiary_of" and s == "Harman" and o == "Daewon Group" for s, p, o in found)


@pytest.mark.parametrize("text, fact", [
    ("Daewon Group announced plans to invest $50 million in Hanul Robotics.", ("Daewon Group", "invests_in", "Hanul Robotics")),
    ("Daewon Group reached an agreement to acquire Hanul Robotics for $50 million.", ("Daewon Group", "acquires", "Hanul Robotics")),
    ("Daewon Group is in talks to acquire Hanul Robotics.", ("Daewon Group", "acquires", "Hanul Robotics")),
    ("Daewon Group entered into an agreement to buy Hanul Robotics.", ("Daewon Group", "acquires", "Hanul Robotics")),
])
def test_a_deed_on_a_noun_of_intent_is_the_subjects(extract_text, fact, text):
    assert fact in facts(extract_text(text))


@pytest.mark.parametrize("text, not_buyer", [
    # The one who reports the talks is no party to them.
    ("Hanul Robotics said Daewon Group reached an agreement to acquire Minjin Corp.", "Hanul Robotics"),
    ("Hanul Robotics said that Daewon Group is in talks to acquire Minjin Corp.", "Hanul Robotics"),
    # Whose offer it is the possessor says, not the verb's subject.
    ("Hanul Robotics rejected Daewon Group's offer to acquire Minjin Corp.", "Hanul Robotics"),
    # A noun of leave to act names no intent of its subject.
    ("Regulators gave Daewon Group approval to acquire Hanul Robotics.", "Regulators"),
])
def test_a_noun_of_intent_is_not_read_through_another_subject(extract_text, text, not_buyer):
    assert not any(s == not_buyer and p == "acquires" for s, p, _ in facts(extract_text(text)))
