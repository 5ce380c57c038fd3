"""Titles of session 19 (helper titles3), on sentences invented here, each with a sentence of
the same shape that must not be read so: a possessed title with "new" or "former" before it
is the possessor's post, not the story's firm's; a head of state called by title holds no
firm's post nor partners one; and a role keeps every word of the function it names."""

from __future__ import annotations

import pytest


def facts(record) -> dict[tuple[str, str, str], dict]:
    return {(r["subject"], r["predicate"], r["object"]): r for r in record["relations"] if not r.get("candidate")}


@pytest.mark.parametrize("text, fact", [
    # "new" and "former" narrow the title as other words do; the gold keeps a past post too.
    ("Daewon said Hanul Robotics' new chief executive Kim Min-jun will start in June.",
     ("Kim Min-jun", "ceo_of", "Hanul Robotics")),
    ("Daewon Group's former chairman Lee Jae-won spoke at the forum.", ("Lee Jae-won", "chair_of", "Daewon Group")),
])
def test_a_possessed_new_or_former_title_is_the_possessors(extract_text, text, fact):
    assert fact in facts(extract_text(text))


def test_a_possessed_title_with_no_name_after_it_names_no_holder(extract_text):
    found = facts(extract_text("Hanul Robotics' new chief executive met Kim Min-jun in Busan."))
    assert ("Kim Min-jun", "ceo_of", "Hanul Robotics") not in found


def test_a_role_keeps_the_first_word_of_its_function(extract_text):
    found = facts(extract_text("Hanul Robotics named Lee Soo-ah its public relations manager."))
    assert found[("Lee Soo-ah", "executive_of", "Hanul Robotics")]["qualifiers"]["role"] == "public relations manager"


def test_a_role_still_leaves_out_new(extract_text):
    found = facts(extract_text("Hanul Robotics hired Lee Soo-ah as its new manager."))
    assert found[("Lee Soo-ah", "executive_of", "Hanul Robotics")]["qualifiers"]["role"] == "manager"


def test_a_possessed_title_is_not_also_the_storys_firms(extract_text):
    # The title's own firm is named before it: not the firm of the one who tells.
    found = facts(extract_text("Daewon said Hanul Robotics' new chief executive Kim Min-jun will start in June."))
    assert ("Kim Min-jun", "ceo_of", "Daewon") not in found


def test_a_title_no_firm_possesses_is_still_the_storys_firms(extract_text):
    found = facts(extract_text("Daewon said new chief executive Kim Min-jun will start in June."))
    assert ("Kim Min-jun", "ceo_of", "Daewon") in found


def every_fact(record) -> set[tuple[str, str, str]]:
    return {(r["subject"], r["predicate"], r["object"]) for r in record["relations"]}


def test_a_head_of_state_by_title_holds_no_post_in_the_storys_firm(extract_text):
    # In office on the story's day (data/reference/office_holders.yaml), called by that
    # office's title: no firm's president, not even as a candidate.
    record = extract_text("Daewon Group and President Biden met in Seoul.", "2024-05-01")
    assert not {f for f in every_fact(record) if f[0] == "Biden" and f[2] == "Daewon Group"}


def test_a_firms_president_of_another_name_is_still_read(extract_text):
    record = extract_text("Daewon Group and President Kim Min-jun met in Seoul.", "2024-05-01")
    assert ("Kim Min-jun", "executive_of", "Daewon Group") in every_fact(record)


def test_a_titled_official_is_no_partner(extract_text):
    record = extract_text("Daewon Group and Minister Kim Min-jun signed an agreement on chips.", "2024-05-01")
    assert not {f for f in every_fact(record) if f[1] == "partners_with"}


def test_two_firms_that_sign_an_agreement_are_still_partners(extract_text):
    record = extract_text("Daewon Group and Hanul Robotics signed an agreement on chips.", "2024-05-01")
    assert ("Daewon Group", "partners_with", "Hanul Robotics") in every_fact(record)
