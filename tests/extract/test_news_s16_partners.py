"""Partners, rivals and events as real news writes them (session 16), on sentences invented
here, each beside a sentence of the same shape that must not be read so."""

from __future__ import annotations

import pytest


def facts(record) -> dict[tuple[str, str, str], dict]:
    return {(r["subject"], r["predicate"], r["object"]): r for r in record["relations"] if not r.get("candidate")}


@pytest.mark.parametrize("text", [
    "Daewon Motors, a unit of Minjin Group, said it will form a joint venture with Hanul Robotics.",
    "Daewon Motors, which Minjin Group owns, said on Monday it had formed a joint venture with Hanul Robotics.",
])
def test_it_in_a_reported_clause_is_the_reporter_not_a_name_between(extract_text, text):
    found = facts(extract_text(text))
    assert ("Daewon Motors", "partners_with", "Hanul Robotics") in found
    assert ("Minjin Group", "partners_with", "Hanul Robotics") not in found


def test_it_reported_by_a_person_is_still_the_firm_named(extract_text):
    # The reporter is a person, whom "it" cannot stand for: the firm named stays.
    found = facts(extract_text("Kim Min-soo, chairman of Daewon Motors, said it will form a joint venture with Hanul Robotics."))
    assert ("Daewon Motors", "partners_with", "Hanul Robotics") in found
    assert not any(s == "Kim Min-soo" and p == "partners_with" for s, p, _ in found)
