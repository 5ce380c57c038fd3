"""Policies from a battery of invented news sentences, session 40: a measure's rate told
between it and what it falls on, and a pact two countries sign named by what it is. Each
beside a near sentence."""

from __future__ import annotations

from extract_support import entity_classes, fact_ends


def test_a_measures_rate_is_part_of_its_phrase(extract_text):
    record = extract_text("The European Union imposed tariffs of up to 35% on Chinese electric vehicles.")
    assert fact_ends(record, "policy_of") == {("tariffs of up to 35% on Chinese electric vehicles", "European Union")}
    # An "of" phrase with no figure is no rate: the measure stops before it, as before.
    record = extract_text("The European Union imposed tariffs of its own on Chinese electric vehicles.")
    assert "tariffs of its own on Chinese electric vehicles" not in entity_classes(record)


def test_a_pact_countries_sign_is_each_ones_policy(extract_text):
    record = extract_text("South Korea and Vietnam signed a free trade agreement in 2015.")
    assert fact_ends(record, "policy_of") == {("free trade agreement", "South Korea"), ("free trade agreement", "Vietnam")}
    # No word says which pact; a firm among the signatories makes it no state's pact.
    assert not fact_ends(extract_text("South Korea and Vietnam signed a new agreement on Monday."), "policy_of")
    assert not fact_ends(extract_text("South Korea and Dastrel Group signed a free trade agreement."), "policy_of")
