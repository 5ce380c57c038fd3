"""Names and their classes as real news writes them (session 19): people named by a title
or in a list with other people, firms in a list with a person; on sentences invented
here, each beside one of the same shape that must not be read so."""

from __future__ import annotations

import pytest

from extract_support import direct_facts


def classes(record) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


# A surname after a personal title stays a person's, whatever class a frame wants at that end.
def test_a_titled_surname_stays_a_person(extract_text):
    record = extract_text("Prime Minister Okabe hosted President Varga in Tokyo.")
    found = classes(record)
    assert found.get("Okabe") == "Person" and found.get("Varga") == "Person"
    assert not any(p == "executive_of" for _, p, _ in direct_facts(record))


def test_an_untitled_one_word_name_a_frame_wants_is_a_firm(extract_text):
    record = extract_text("Hanul Ventures has backed Keenon since 2023.")
    assert classes(record).get("Keenon") == "Company"
    assert ("Hanul Ventures", "invests_in", "Keenon") in direct_facts(record)


# Names listed as the subject of a verb only people do are all people's.
@pytest.mark.parametrize("text", [
    "Okabe and Varga met in Seoul on Monday.",
    "Sato and Varga met in Seoul.",
])
def test_surnames_listed_before_a_person_verb_are_people(extract_text, text):
    found = classes(extract_text(text))
    assert found.get("Varga") == "Person"


def test_a_firm_listed_with_a_person_stays_a_firm(extract_text):
    found = classes(extract_text("Daewon Group and President Varga met in Seoul."))
    assert found.get("Daewon Group") == "Company" and found.get("Varga") == "Person"


def test_firms_listed_before_a_person_verb_stay_firms(extract_text):
    found = classes(extract_text("Daewon Group and Hanul Robotics met in Seoul."))
    assert found.get("Daewon Group") == "Company" and found.get("Hanul Robotics") == "Company"


# NER's name of an office's place glued to its holder's ("President of Kazakhstan |
# Kassym-Zhomart Tokayev" read as one organisation): the place and the person.
def _span(extractor, text: str, start: int, end: int, label: str):
    from spacy.tokens import Span

    return Span(extractor.nlp(text), start, end, label=label)


def test_a_person_after_a_titled_place_is_cut_from_it(extractor):
    from spacy.tokens import Span

    from kg.extract.ruled_overlaps import person_after_titled_place

    name = _span(extractor, "President of Kazakhstan Nurlan Abenov will visit Uzbekistan.", 2, 5, "ORG")
    place = Span(name.doc, 2, 3, label="KG:Country")
    assert person_after_titled_place(name, [place], extractor._person_titles)


def test_a_firm_after_a_titled_place_stays_whole(extractor):
    from spacy.tokens import Span

    from kg.extract.ruled_overlaps import person_after_titled_place

    name = _span(extractor, "The chairman of Korea Hanul Tech said the plant would open.", 3, 6, "ORG")
    place = Span(name.doc, 3, 4, label="KG:Country")
    assert not person_after_titled_place(name, [place], extractor._person_titles)


# A person's name NER calls an organisation's once and a person's elsewhere, or spells
# another way beside the person's full name, is the person's.
def test_a_person_named_as_an_organisation_once_is_a_person(extractor):
    ent = _span(extractor, "A few months after Darius Pavri's ouster, the board met.", 4, 6, "ORG")
    placed = extractor.classes.classify(ent, ent.text, {"PERSON": {"Darius Pavri"}, "ORG": {"Darius Pavri"},
                                                         "titled-people": {"Darius Pavri"}})
    assert placed is not None and placed[0] == "Person"


def test_a_firm_named_as_a_person_once_without_a_title_stays_a_firm(extractor):
    ent = _span(extractor, "Arden Capital has invested in Pellston Mills.", 4, 6, "ORG")
    placed = extractor.classes.classify(ent, ent.text, {"PERSON": {"Pellston Mills"}, "ORG": {"Pellston Mills"}})
    assert placed is not None and placed[0] == "Company"


def test_a_family_firm_named_as_a_person_once_is_a_firm(extractor):
    ent = _span(extractor, "Hanul Sons sacked its chairman in 2016.", 0, 2, "ORG")
    placed = extractor.classes.classify(ent, ent.text, {"PERSON": {"Hanul Sons", "Darius Pavri"}, "ORG": {"Hanul Sons"}})
    assert placed is not None and placed[0] == "Company"


@pytest.mark.parametrize("name, other, same", [
    ("Kasym-Zhomart Tokayev", "Kassym-Zhomart Tokayev", True),
    ("N Chandrasekaran", "Natarajan Chandrasekaran", True),
    ("N. Chandrasekaran", "Natarajan Chandrasekaran", True),
    ("Hana Park", "Mina Park", False),
    ("Jae-yong Lee", "Jae-hyun Lee", False),
])
def test_names_spelt_alike(name, other, same):
    from kg.extract.entities import spelt_alike

    assert spelt_alike(name, other) is same


def test_an_initialled_name_is_the_person_named_in_full(extract_text):
    record = extract_text("Daewon Robotics appointed Darius Pavri as chairman in 2019. D Pavri had joined Daewon Robotics in 1990.")
    pavri = next(e for e in record["entities"] if e["name"] == "Darius Pavri")
    assert pavri["type"] == "Person" and "D Pavri" in pavri["aliases"]
    assert "D Pavri" not in [e["name"] for e in record["entities"]]


# A given name in a quote after the person's full name ("Natascha" after "Natascha
# Viljoen"), which NER calls a person's: the person, not a firm of that name.
def test_a_given_name_after_the_full_name_is_the_person(extract_text):
    record = extract_text('Hanul Mining appointed Pieter Botha as chief operating officer. '
                          '"Pieter was particularly strong on processing," an analyst said.')
    botha = next(e for e in record["entities"] if e["name"] == "Pieter Botha")
    assert "Pieter" in botha["aliases"] and "Pieter" not in classes(record)


def test_a_given_name_also_named_as_an_organisation_stays_a_firm(extractor):
    ent = _span(extractor, "Pieter said on Monday it would build a plant.", 0, 1, "PERSON")
    placed = extractor.classes.classify(ent, ent.text, {"PERSON": {"Pieter", "Pieter Botha"}, "ORG": {"Pieter"},
                                                         "given-names": {"Pieter"}})
    assert placed is not None and placed[0] == "Company"


# A family name NER calls a person's once and an organisation's elsewhere, of a person
# named in full after a minister's title and brief: the person's.
def test_a_family_name_after_a_ministers_full_name_is_the_person(extract_text):
    record = extract_text("Minister of Industry, Trade and Tourism Kondwani Phiri has said Malawi will host the forum in June. "
                          "Phiri said 600 delegates had confirmed. \"We have confirmations from 29 countries,\" said Phiri.")
    assert classes(record).get("Kondwani Phiri") == "Person" and "Phiri" not in classes(record)


@pytest.mark.parametrize("name, given", [
    ("Pieter Botha", "Pieter"),
    ("Wang Chuanfu", None),  # family name first
    ("Shandong Minyu", None),  # a firm that opens with its province, which NER may call a person
    ("Hanul Robotics", None),
])
def test_given_names(extractor, name, given):
    from kg.extract.entities import given_name

    assert given_name(name, extractor._family_first) == given


# A dateline in capitals with a colon, as South Asian papers write it: the city.
def test_a_dateline_with_a_colon_is_a_city(extract_text):
    record = extract_text("Hanul Textiles to open a mill\n\nKARACHI: Federal Minister for Commerce Asif Rana said on Monday that "
                          "Hanul Textiles will open a mill.")
    assert classes(record).get("Karachi") == "City" and "KARACHI" not in classes(record)


def test_a_heading_word_with_a_colon_is_no_city(extract_text):
    record = extract_text("Hanul Textiles to open a mill\n\nUPDATE: Federal Minister for Commerce Asif Rana said on Monday that "
                          "Hanul Textiles will open a mill.")
    assert "City" not in {classes(record).get(n) for n in ("Update", "UPDATE")}


# A town NER calls a place, placed in a region named right after it: a city, though no
# city of GeoNames; not a firm before a region's possessive.
def test_a_town_placed_in_a_region_is_a_city(extract_text):
    record = extract_text("Kim Min-soo joined Hanul Robotics in 1990 after completing a degree from a college in Trichy, Tamil Nadu.")
    assert classes(record).get("Trichy") == "City"


def test_a_firm_before_a_regions_possessive_is_no_city(extract_text):
    record = extract_text("Daewon Capital bought a stake in Minjin, Gujarat's largest robot maker.")
    assert classes(record).get("Minjin") == "Company"
