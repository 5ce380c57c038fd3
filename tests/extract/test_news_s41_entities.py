"""Non-sector entities on real news, session 41: public bodies named by plurals and titles,
and names news writes in other forms. Invented sentences and names, each beside a near
sentence where the rule must not fire."""

from __future__ import annotations

from extract_support import direct_facts, entity_classes


def test_the_ministries_of_a_list_are_each_named(extract_text):
    record = extract_text("The Velmar plan was sent to the ministries of heavy industries, external affairs, "
                          "and home affairs for approval.")
    classes = entity_classes(record)
    for name in ("Ministry of Heavy Industries", "Ministry of External Affairs", "Ministry of Home Affairs"):
        assert classes[name] == {"GovernmentBody"}


def test_a_plural_of_ministries_without_briefs_names_none(extract_text):
    record = extract_text("Officials of the ministries of both countries and their agencies met in Lagos on Monday.")
    assert not any(name.startswith("Ministry") for name in entity_classes(record))


def test_a_given_name_alone_before_the_full_name_is_that_person(extract_text):
    record = extract_text("Velmar chief Tarsin Obuya and his wife Amara arrived in Lagos on Monday. "
                          "Later, Amara Obuya opened the new Velmar school.")
    people = [e["name"] for e in record["entities"] if e["type"] == "Person"]
    assert "Amara Obuya" in people and "Amara" not in people


def test_a_given_name_alone_is_not_the_full_name_of_another_given_name(extract_text):
    record = extract_text("Velmar chief Tarsin Obuya and his wife Amara arrived in Lagos on Monday. "
                          "Later, Kofi Obuya opened the new Velmar school.")
    people = [e["name"] for e in record["entities"] if e["type"] == "Person"]
    assert "Kofi Obuya" in people and "Amara" in people


def test_a_sum_with_its_scale_glued_on_opens_no_name(extract_text):
    record = extract_text("Velmar to launch US$400mn European tech fund")
    assert not any(name.startswith(("400mn", "US$400mn")) for name in entity_classes(record))


def test_a_firm_named_by_a_number_without_a_scale_stays(extract_text):
    record = extract_text("Velmar hired 360 Capital as its adviser for the sale on Monday.")
    assert entity_classes(record)["360 Capital"] <= {"Company", "InvestmentFirm"}


def test_a_large_firm_ner_took_for_a_people_is_the_firm(extract_text):
    record = extract_text("Before Velmar, Tarsin Obuya held jobs at Harmony, Anglo American and Kestrel Platinum.")
    classes = entity_classes(record)
    assert classes["Anglo American"] == {"Company"}
    assert "United States" not in classes


def test_a_peoples_words_that_name_no_firm_stay_a_peoples(extract_text):
    record = extract_text("Many Asian American voters in Velmar County backed the plan on Monday.")
    assert "Asian American" not in entity_classes(record)


def test_a_firm_named_after_a_person_is_named_again_by_the_family_name(extract_text):
    record = extract_text("The Tarsin Obuya Company agreed to sell its stake in Velmar to Kestrel. "
                          "Obuya said the deal would close in May.")
    firms = {e["name"]: e["aliases"] for e in record["entities"] if e["type"] == "Company"}
    assert "Obuya" in firms.get("Tarsin Obuya Company", []) and "Obuya" not in firms


def test_a_body_named_after_a_person_without_a_firms_word_keeps_the_family_name_apart(extract_text):
    record = extract_text("The Tarsin Obuya Foundation agreed to sell its stake in Velmar to Kestrel. "
                          "Obuya said the deal would close in May.")
    assert not any("Obuya" in e["aliases"] for e in record["entities"] if e["name"] == "Tarsin Obuya Foundation")


def test_a_firms_name_that_opens_with_a_century_is_whole(extract_text):
    record = extract_text("Velmar bought 21st Century Kestrel in 2019 for $71 billion.")
    assert entity_classes(record)["21st Century Kestrel"] == {"Company"}
    assert ("Velmar", "acquires", "21st Century Kestrel") in direct_facts(record)


def test_a_century_in_lower_case_stays_a_date(extract_text):
    record = extract_text("Velmar grew fast in the 20th century under Kestrel.")
    assert not any("century" in name.lower() for name in entity_classes(record))
