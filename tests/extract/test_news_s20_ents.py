"""Names, boundaries and classes as real news writes them (session 20); on sentences
invented here, each beside one of the same shape that must not be read so."""

from __future__ import annotations

import pytest


def classes(record) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


def facts(record) -> set[tuple[str, str, str]]:
    return {(r["subject"], r["predicate"], r["object"]) for r in record["relations"] if not r.get("candidate")}


# A minister's title with the brief after it implies the ministry the text does not name.
@pytest.mark.parametrize("text, person, body, country", [
    ("Orvik's Minister for Commerce, Lena Varga, met Hanul Robotics in Seoul.", "Lena Varga", "Ministry of Commerce", "Orvik"),
    ("Minister of Industry, Mines and Energy Tomas Rell said Orvik would build the plant.",
     "Tomas Rell", "Ministry of Industry, Mines and Energy", None),
    ("Orvik's Deputy Minister of Foreign Affairs Lena Varga visited Seoul.", "Lena Varga", "Ministry of Foreign Affairs", "Orvik"),
])
def test_a_ministers_title_of_a_brief_implies_the_ministry(extract_text, text, person, body, country):
    text = text.replace("Orvik", "Malawi")
    country = country and "Malawi"
    record = extract_text(text)
    assert classes(record).get(body) == "GovernmentBody"
    assert (person, "executive_of", body) in facts(record)
    if country:
        assert (body, "headquartered_in", country) in facts(record)


@pytest.mark.parametrize("text", [
    "Prime Minister of Malawi Tomas Rell met Hanul Robotics in Seoul.",
    "Minister of State Tomas Rell met Hanul Robotics in Seoul.",
])
def test_a_title_of_no_brief_implies_no_ministry(extract_text, text):
    assert not [n for n in classes(extract_text(text)) if n.startswith("Ministry")]


def test_a_ministry_the_text_names_is_not_implied_again(extract_text):
    record = extract_text("Malawi's commerce ministry approved the deal. Minister of Commerce Tomas Rell said so.")
    assert not [n for n in classes(record) if n.startswith("Ministry of")]
