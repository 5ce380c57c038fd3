"""Visits, events and whose policy, session 25: kinds met on news snippets outside the corpus.
A visitor is a person ("the India-hosted G20 meeting" is no visit of the G20). Sentences invented here, each beside one of the same shape that must
not be read so."""

from __future__ import annotations

from extract_support import fact_ends

from kg.extract.guard import default_min_confidence, mark_candidates

VISITS = "visits"


def kept(record) -> dict:
    """*record* with the facts below the default confidence marked as candidates, as `kg
    extract` writes it."""
    return mark_candidates(record, min_confidence=default_min_confidence())


def test_a_body_hosted_by_a_country_visits_nothing(extract_text):
    record = kept(extract_text("Kim Min-soo spoke at the Japan-hosted Hanul Council meeting in Tokyo."))
    assert ("Hanul Council", "Japan") not in fact_ends(record, VISITS)


def test_a_person_hosted_by_a_country_visits_it(extract_text):
    record = extract_text("Japan hosted Kim Min-soo on Monday.")
    assert fact_ends(record, VISITS) == {("Kim Min-soo", "Japan")}


def test_a_country_the_parser_makes_a_subject_beside_its_leader_visits_nothing(extract_text):
    record = kept(extract_text("Lao Prime Minister Sonexay Siphandone welcomed Kim Min-soo in Vientiane.\n\n"
                               "Lao Prime Minister Sonexay Siphandone and his entourage arrived in Hanoi on Monday."))
    assert ("Laos", "Hanoi") not in fact_ends(record, VISITS)
    assert ("Sonexay Siphandone", "Hanoi") in fact_ends(record, VISITS)
