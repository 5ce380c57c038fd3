"""People and posts as real news writes them (session 16), on sentences invented here, each
beside a sentence of the same shape that must not be read so."""

from __future__ import annotations

import pytest

from kg.extract.guard import default_min_confidence, is_candidate, mark_candidates


def facts(record) -> set[tuple[str, str, str]]:
    marked = mark_candidates(record, min_confidence=default_min_confidence())
    return {(r["subject"], r["predicate"], r["object"]) for r in marked["relations"] if not is_candidate(r)}


def classes(record) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


@pytest.mark.parametrize("text, firm", [
    ("The board of Hanul Robotics has elected Adil Khawaja as its chairman, the company said on Thursday.", "Hanul Robotics"),
    # The firm described before its name: the board is the named firm's.
    ("Seoul — The board of Korea's biggest robot maker Hanul Robotics has elected Adil Khawaja as its chair.", "Hanul Robotics"),
])
def test_a_board_of_a_firm_gives_the_firm_its_post(extract_text, text, firm):
    record = extract_text(text)
    assert ("Adil Khawaja", "chair_of", firm) in facts(record)
    assert classes(record)["Adil Khawaja"] == "Person"


def test_a_board_of_no_organisation_gives_no_post(extract_text):
    found = facts(extract_text("The board of directors has elected Adil Khawaja as its chairman."))
    assert not any(p == "chair_of" for _, p, _ in found)


@pytest.mark.parametrize("text, name, cls", [
    # Appointed "as" a person's title: a person, whatever NER says of the name.
    ("Hanul Robotics has elected Adil Khawaja as its chair.", "Adil Khawaja", "Person"),
    # Appointed as something no person's title names: the name keeps its class.
    ("Hanul Robotics has chosen Daewon Ventures as its lead investor.", "Daewon Ventures", "InvestmentFirm"),
    # "who" after a name: a person's; "which" after a firm's keeps it a firm.
    ("Khawaja Adil, who is an advocate, will join the board of Hanul Robotics.", "Khawaja Adil", "Person"),
    ("Daewon Ventures, which is based in Seoul, will join the round of Hanul Robotics.", "Daewon Ventures", "InvestmentFirm"),
])
def test_what_a_name_is_given_or_followed_by_says_if_it_is_a_persons(extract_text, text, name, cls):
    assert classes(extract_text(text))[name] == cls


@pytest.mark.parametrize("text, name, cls", [
    # A place by its cue once ("a plant in Gumi"), a firm by NER's label alone elsewhere
    # ("the Gumi plant"): one place.
    ("Daewon will invest in Hanul's cathode plant in Gumi, which opened last year. The venture will build a line at the Gumi plant.",
     "Gumi", "City"),
    ("Modi and Ishiba visited a chip factory in Sendai. The two leaders took a train to reach Sendai, where Modi received a warm welcome.",
     "Sendai", "City"),
])
def test_a_name_typed_by_a_cue_once_is_one_entity(extract_text, text, name, cls):
    found = [(e["name"], e["type"]) for e in extract_text(text)["entities"] if e["name"] == name]
    assert found == [(name, cls)]


def test_a_firm_named_like_a_persons_family_stays_a_firm(extract_text):
    found = classes(extract_text("Bill Ford said Ford Motor would build a plant in Ohio. Ford shares rose 3%."))
    assert (found.get("Bill Ford"), found.get("Ford Motor")) == ("Person", "Company")


@pytest.mark.parametrize("text, expected", [
    # "firm" names a company as well as a fund.
    ("Hanul Chem posted record profit last year. The South Korean firm will invest $5 million in Daewon Materials.",
     {("Hanul Chem", "headquartered_in", "South Korea"), ("Hanul Chem", "invests_in", "Daewon Materials")}),
    ("Daewon Ventures raised a new fund last year. The firm will invest $5 million in Hanul Materials.",
     {("Daewon Ventures", "invests_in", "Hanul Materials")}),
])
def test_the_firm_refers_back_to_a_company_or_a_fund(extract_text, text, expected):
    assert expected <= facts(extract_text(text))


def test_the_firm_with_nothing_named_before_refers_to_no_one(extract_text):
    found = facts(extract_text("The South Korean firm will invest $5 million in Daewon Materials."))
    assert not any(s != "Daewon Materials" and p == "invests_in" for s, p, _ in found)
    assert not any(p == "headquartered_in" and o == "South Korea" for _, p, o in found)
