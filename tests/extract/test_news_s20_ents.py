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


def sectors(record) -> set[str]:
    return {e["name"] for e in record["entities"] if e["type"] == "Sector"}


# The fields of a working together, and the words before a plural sector head.
@pytest.mark.parametrize("text, named", [
    ("The ministers of Orvik and Malawi discussed cooperation in agriculture, fisheries and livestock.",
     {"agriculture", "fisheries", "livestock"}),
    ("Hanul Robotics sought investments and collaboration in the field of forestry, agriculture and food-processing.",
     {"forestry", "agriculture", "food-processing"}),
    ("Daewon Ventures was invited to invest in Malawi's forestry and aviation sectors.", {"forestry", "aviation"}),
    ("Daewon Holdings runs hotel and real estate businesses in Busan.", {"hotel", "real estate"}),
])
def test_a_list_of_fields_names_sectors(extract_text, text, named):
    assert named <= sectors(extract_text(text))


@pytest.mark.parametrize("text", [
    "Malawi and Orvik agreed on cooperation in the areas of trade, economy and investment.",
    "Daewon Ventures will invest in various commercial and investment sectors.",
    "Hanul Robotics discussed cooperation in the region with Daewon Ventures.",
    "Daewon Ventures runs the forestry sector in Busan.",
    "The leaders of Malawi and Orvik agreed to expand cooperation in various fields.",
])
def test_no_list_of_fields_names_no_sector(extract_text, text):
    assert not sectors(extract_text(text)) - {"aviation"}


# A sector's adjective alone before a firm's head word names the sector.
@pytest.mark.parametrize("text, firm, sector", [
    ("Daewon Ventures acquired a stake in pharmaceutical company Hanul Pharma.", "Hanul Pharma", "pharmaceuticals"),
    ("Hanul Motors, an automotive company based in Busan, raised funds.", "Hanul Motors", "automotive"),
])
def test_a_sector_adjective_before_a_firm_word_names_the_sector(extract_text, text, firm, sector):
    assert (firm, "operates_in_sector", sector) in facts(extract_text(text))


@pytest.mark.parametrize("text", [
    "Daewon Ventures invested in autonomous startup Hanul Motors last year.",
    "Daewon Group bought Minjin through its automotive subsidiary Hanul Motors.",
])
def test_an_adjective_that_opens_a_sector_or_a_part_names_none(extract_text, text):
    assert not [f for f in facts(extract_text(text)) if f[1] == "operates_in_sector"]


# Capitalised common words ending in an abstract noun name no one.
@pytest.mark.parametrize("text, abstract", [
    ("Public Relations", True), ("Sustainable Development", True), ("Export Development", True),
    ("Bill Gates", False), ("Tomas Ness", False), ("Lena Varga", False), ("Development", False),
])
def test_words_of_an_abstraction_are_no_persons_name(extractor, text, abstract):
    from kg.extract.unclassed import words_of_an_abstraction

    assert words_of_an_abstraction(text, extractor._common_nouns()) is abstract


# A leader's name before "administration" names the government, whatever NER calls the name.
@pytest.mark.parametrize("text, body", [
    ("The Trump administration announced it is imposing tariffs on steel from Orvik.", "Trump administration"),
    ("The Biden administration said Hanul Robotics would get a grant.", "Biden administration"),
])
def test_a_leaders_administration_is_a_public_body(extract_text, text, body):
    assert classes(extract_text(text)).get(body) == "GovernmentBody"


def test_a_hospital_administration_is_no_public_body(extract_text):
    assert "GovernmentBody" not in classes(extract_text("The hospital administration of Hanul Medical said so.")).values()


# "the Chilean capital of Santiago": a city of the world after "capital of" is the city.
def test_a_city_after_capital_of_is_a_city(extract_text):
    record = extract_text("President Kim arrived in the Chilean capital of Santiago for a state visit.")
    assert classes(record).get("Santiago") == "City"


def test_the_capital_of_a_fund_is_no_city(extract_text):
    assert "City" not in classes(extract_text("Daewon raised the capital of Hanul Ventures last year.")).values()
