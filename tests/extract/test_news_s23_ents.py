"""Entity names, boundaries and classes as news writes them (session 23, helper "ents"), on
sentences invented here, each beside one of the same shape that must not be read so."""

from __future__ import annotations

from kg.ingest.normalize import guess_class


def typed(record) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


# A public body's or a research body's word is no part of a person's name (normalize.guess_class).
def test_a_body_word_makes_no_person():
    assert guess_class("Hanul Export Agency", "Company") == "Company"
    assert guess_class("Daewon Research Academy", "Company") == "Company"


def test_a_person_name_is_still_a_person():
    assert guess_class("Mira Sohn", "Company") == "Person"


# A name ending in a region's kind is a region, no entity (places.region_named).
def test_a_prefecture_named_with_its_kind_is_no_entity(extract_text):
    names = typed(extract_text("Hanul Robotics will build a second plant in Marenza Prefecture, the company said."))
    assert "Marenza Prefecture" not in names and names.get("Hanul Robotics") == "Company"


def test_a_bank_named_after_a_province_stays_a_firm(extract_text):
    names = typed(extract_text("Daeha Province Bank lent Hanul Robotics $5 million in March."))
    assert names.get("Daeha Province Bank") == "Company"


# The last word of another name before a person's name describes nothing (descriptions._before).
def test_a_body_name_before_a_person_does_not_type_the_person(extract_text):
    names = typed(extract_text("Deputy head of the ministry's Daewon Export Promotion Agency Tran Van Minh said "
                               "demand for Hanul Robotics machines was rising."))
    assert names.get("Tran Van Minh") == "Person" and names.get("Daewon Export Promotion Agency") == "GovernmentBody"


def test_a_lower_case_description_still_types_a_name(extract_text):
    names = typed(extract_text("Hanul Robotics bought robot maker Arvo Lind in May."))
    assert names.get("Arvo Lind") == "Company"
