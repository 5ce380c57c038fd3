"""Executives, officials and their titles as news writes them (session 19), on sentences
invented here, each beside a sentence of the same shape that must not be read so."""

from __future__ import annotations

import pytest

from kg.extract.guard import default_min_confidence, is_candidate, mark_candidates


def facts(record) -> set[tuple[str, str, str]]:
    marked = mark_candidates(record, min_confidence=default_min_confidence())
    return {(r["subject"], r["predicate"], r["object"]) for r in marked["relations"] if not is_candidate(r)}


def names(record) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


@pytest.mark.parametrize("text, person, relation, firm", [
    # The title's first words are no part of the firm's name, though NER took them in.
    ("Daewon Robotics Chief Technology Officer Kim Min-soo said the firm would expand.",
     "Kim Min-soo", "executive_of", "Daewon Robotics"),
    # "Manager" is a title, no part of the person's name.
    ("Hanul Motors General Manager Park Ji-hoon said sales rose.", "Park Ji-hoon", "executive_of", "Hanul Motors"),
    # The firm's acronym in brackets between the firm and the title; the title no one's name.
    ("Daewon Robotics (DR) Public Relations Manager, Kim Min-soo said the plan was ready.",
     "Kim Min-soo", "executive_of", "Daewon Robotics"),
    # A firm's name that is also an English noun, opening the sentence before a title.
    ("Nissan chief financial officer Stephen Ma said profits fell.", "Stephen Ma", "executive_of", "Nissan"),
])
def test_names_around_a_title_are_drawn_where_the_title_is(extract_text, text, person, relation, firm):
    record = extract_text(text)
    assert (person, relation, firm) in facts(record)
    assert names(record)[person] == "Person"
    assert not any(n.startswith(("Manager", "Public")) or n.endswith(("Chief Technology", "Chief")) for n in names(record))


@pytest.mark.parametrize("text, firm", [
    # A firm's own last word that is also an officer's function stays its own.
    ("Hanul Technology CEO Kim Min-soo said the plan was ready.", "Hanul Technology"),
    ("Hanul Technology Chief Technology Officer Kim Min-soo said the plan was ready.", "Hanul Technology"),
    # "Group" of "Group Chairman" names no firm.
    ("Daewon Group Chairman Kim Min-soo said the plan was ready.", "Daewon Group"),
])
def test_a_firms_own_words_before_a_title_stay_its_own(extract_text, text, firm):
    record = extract_text(text)
    assert any(o == firm and s == "Kim Min-soo" for s, _, o in facts(record))


def test_a_lone_group_before_a_title_is_no_firm(extract_text):
    record = extract_text("Group Chairman Kim Min-soo said in September that the brands would merge.")
    assert "Group" not in names(record)
    assert not any(o == "Group" for _, _, o in facts(record))


def test_a_lower_case_title_before_a_comma_names_no_firm(extract_text):
    record = extract_text("The public relations manager, Kim Min-soo, said the plan was ready.")
    assert names(record).get("Kim Min-soo") == "Person"
    assert not facts(record)


def test_a_brief_before_a_title_is_no_firm(extract_text):
    record = extract_text("Commerce secretary Kim Min-soo met delegates from Vietnam.")
    assert "Commerce" not in names(record)


@pytest.mark.parametrize("text, found", [
    ("Kim Min-soo took the helm at Hanul Robotics in March.", True),
    ("Kim Min-soo took the reins of Hanul Robotics after Park Ji-hoon retired.", True),
    # The helm of no organisation named: no post.
    ("Kim Min-soo took the helm in March, Hanul Robotics said.", False),
])
def test_taking_the_helm_of_a_firm_is_a_post_in_it(extract_text, text, found):
    assert (("Kim Min-soo", "executive_of", "Hanul Robotics") in facts(extract_text(text))) == found


@pytest.mark.parametrize("text, person, body, found", [
    ("Kim Min-soo, secretary of the Department of Commerce, said exports rose.", "Kim Min-soo", "Department of Commerce", True),
    # The body's acronym in brackets between its name and the title.
    ("Hanul Trade Authority (HTA) secretary Park Ji-hoon was also present.", "Park Ji-hoon", "Hanul Trade Authority", True),
    # "Secretary of State": a brief, no body; the firm after it is no one's post.
    ("Secretary of State Kim Min-soo met Hanul Robotics executives.", "Kim Min-soo", "Hanul Robotics", False),
])
def test_a_secretary_holds_a_post_in_the_body_named(extract_text, text, person, body, found):
    assert ((person, "executive_of", body) in facts(extract_text(text))) == found


def test_a_firm_read_as_a_works_title_before_a_firms_title_is_a_firm(extract_text):
    record = extract_text("Deep Robotics founder and CEO Zhu Qiuguo said the new funding would be used for research.")
    assert {("Deep Robotics", "founded_by", "Zhu Qiuguo"), ("Zhu Qiuguo", "ceo_of", "Deep Robotics")} <= facts(record)


def test_a_name_before_no_title_keeps_what_it_is(extract_text):
    record = extract_text("Deep Robotics fans and Zhu Qiuguo said the new funding would be used for research.")
    assert not any(p in ("founded_by", "ceo_of") for _, p, _ in facts(record))


@pytest.mark.parametrize("text, found", [
    # A professor teaches at a university; the gold gives him no senior post in it.
    ("Kim Min-soo, an associate professor at Daewon University, said the funding would help.", False),
    ("Kim Min-soo, a director at Daewon University, said the funding would help.", True),
])
def test_a_professor_holds_no_post_a_director_does(extract_text, text, found):
    assert (("Kim Min-soo", "executive_of", "Daewon University") in facts(extract_text(text))) == found


@pytest.mark.parametrize("text, found", [
    ("Daewon Motors said Hanul Robotics acting chairman Kim Min-soo would visit Busan.", True),
    # A word of time before no title: no post.
    ("Daewon Motors said Hanul Robotics new plant Kim Min-soo would visit Busan.", False),
])
def test_a_word_of_time_before_a_title_keeps_the_post(extract_text, text, found):
    assert (("Kim Min-soo", "chair_of", "Hanul Robotics") in facts(extract_text(text))) == found
