"""Rivals, policies and subsidiaries as real news writes them (session 15), on sentences
invented here, each beside a sentence of the same shape that must not be read so."""

from __future__ import annotations

import pytest


#: Facts under 0.5 are candidates, which the output marks so (kg/extract/guard.py).
def facts(record) -> dict[tuple[str, str, str], dict]:
    return {(r["subject"], r["predicate"], r["object"]): r for r in record["relations"]
            if r["confidence"] >= 0.5}


def test_a_policy_signed_by_a_person_is_not_the_persons(extract_text):
    found = facts(extract_text("The CHIPS and Science Act, signed by President Joe Biden in 2022, gives grants to the chipmakers."))
    assert not any(p == "policy_of" for _, p, _ in found)


def test_a_policy_a_country_adopts_is_the_countrys(extract_text):
    found = facts(extract_text("Japan adopted the Hanul Data Act in March to protect the data of its citizens."))
    assert ("Hanul Data Act", "policy_of", "Japan") in found


def test_a_firms_arm_in_a_country_is_no_subsidiary_of_the_country(extract_text):
    found = facts(extract_text("Hanul Energy, the US arm of Daewon Group, opened a plant in Busan on Monday."))
    assert ("Hanul Energy", "subsidiary_of", "Daewon Group") in found
    assert ("Hanul Energy", "subsidiary_of", "United States") not in found
