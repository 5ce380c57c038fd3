"""People, firms and places NER reads the wrong way, session 39 (a battery of invented news
sentences with unfamiliar names): a name that is the subject of "is/became/serves as/joined
... as" a person's title, has an age set off by commas, or arrives where NER saw a site, is a
person's; a bank named in its own language ("Banco X"), a firm named with a plural trade word
("X Advisors") or right after a place's "-based" is a firm's; a listed firm with a word in
lower case ("SK hynix") is found at all, and beside a state names its arm ("TSMC Arizona");
"the drugmaker" refers back; Korean and Japanese cities GeoNames writes with a suffix are
found bare. Each beside a near sentence where the cue must not fire."""

from __future__ import annotations

import pytest
from extract_support import direct_facts, entity_classes


@pytest.mark.parametrize(("text", "fact"), [
    ("Arno Weil is the chief executive of Dastrel Group.", ("Arno Weil", "ceo_of", "Dastrel Group")),
    ("Arno Weil became chairman of Dastrel Group in 2019.", ("Arno Weil", "chair_of", "Dastrel Group")),
    ("Arno Weil currently serves as chief strategy officer of Dastrel Group.", ("Arno Weil", "executive_of", "Dastrel Group")),
    ("Arno Weil joined Dastrel Group as chief financial officer in 2015.", ("Arno Weil", "executive_of", "Dastrel Group")),
    ("Dastrel Group said Arno Weil would replace Lina Perrot as chief executive.", ("Arno Weil", "ceo_of", "Dastrel Group")),
])
def test_the_subject_of_a_title_is_a_person(extract_text, text, fact):
    record = extract_text(text)
    assert entity_classes(record)["Arno Weil"] == {"Person"}
    assert fact in direct_facts(record)


def test_a_name_with_an_age_is_a_persons(extract_text):
    record = extract_text("Arno Weil, 54, is the chief executive of Dastrel Group.")
    assert entity_classes(record)["Arno Weil"] == {"Person"}
    assert ("Arno Weil", "ceo_of", "Dastrel Group") in direct_facts(record)


@pytest.mark.parametrize("text", [
    "Velmora is the leader in robot arms in Asia.",  # a firm leads a market, holds no post
    "Velmora became the first supplier to ship the chip.",
    "Dastrel Capital is the adviser on the deal.",  # a title a firm may hold
    "Velmora, 2024, was a good year for the firm.",  # a year, no age
])
def test_a_firm_stays_a_firm(extract_text, text):
    classes = entity_classes(extract_text(text))
    assert "Person" not in set().union(*classes.values())


def test_banks_named_in_their_own_language_are_firms(extract_text):
    classes = entity_classes(extract_text("The deal was financed by Banco Sertão and Caixa Valente, two Brazilian lenders."))
    assert classes["Banco Sertão"] == {"Company"} and classes["Caixa Valente"] == {"Company"}


def test_a_firm_named_with_a_plural_trade_word_is_no_plural_title(extract_text):
    record = extract_text("Tavi Okonkwo, a partner at Brightwater Advisors, said the market had turned.")
    assert "Brightwater Advisors" in entity_classes(record)
    assert ("Tavi Okonkwo", "executive_of", "Brightwater Advisors") in direct_facts(record)
    # A plural title after a body's name still names the people who hold it, no body.
    assert "Cabinet Secretaries" not in entity_classes(extract_text("The Cabinet Secretaries met on Monday in Nairobi."))


def test_a_name_after_a_places_based_is_a_firms(extract_text):
    record = extract_text("Seoul-based Hanmi Semicon said it would supply bonding equipment to Daewon Group.")
    assert entity_classes(record)["Hanmi Semicon"] == {"Company"}
    assert ("Hanmi Semicon", "headquartered_in", "Seoul") in direct_facts(record)
    # A person after a title stays a person, the common noun between says who is based.
    classes = entity_classes(extract_text("Seoul-based analyst Kim Min-soo said chip prices would rise."))
    assert classes.get("Kim Min-soo") == {"Person"}


def test_a_listed_firm_with_a_word_in_lower_case_is_found(extract_text):
    # NER, led by capitals, finds no name in "SK hynix"; the ruler names it from firms.yaml.
    record = extract_text("Nvidia buys memory chips from SK hynix and Samsung.")
    assert entity_classes(record).get("SK hynix") == {"Company"}
    assert entity_classes(extract_text("SK hynix Inc. said on Thursday that profit rose.")).get("SK hynix") == {"Company"}


def test_a_name_ner_calls_a_site_that_arrives_is_a_persons(extract_text):
    # NER reads "Prabowo Subianto" as a facility; a site arrives nowhere.
    record = extract_text("Prabowo Subianto arrived in Seoul on Sunday for a three-day state visit.")
    assert entity_classes(record)["Prabowo Subianto"] == {"Person"}
    assert ("Prabowo Subianto", "visits", "Seoul") in direct_facts(record)


def test_the_drugmaker_refers_back_to_the_firm_named_before(extract_text):
    record = extract_text("Velmora Bio said its drug had passed a trial. Shares of the Boston-based drugmaker rose 30%.")
    assert ("Velmora Bio", "headquartered_in", "Boston") in direct_facts(record)
    # No firm named before: the description stands for no one.
    assert not direct_facts(extract_text("Shares of the Boston-based drugmaker rose 30% on Monday."))


def test_korean_and_japanese_cities_geonames_writes_with_their_suffix(extract_text):
    # GeoNames has "Goyang-si" and "Nara-shi" (and a smaller Nara in Mali).
    record = extract_text("The Seoul Mobility Show runs until April 6 at a convention center in Goyang.")
    assert entity_classes(record).get("Goyang") == {"City"}
    assert ("Nara", "located_in", "Japan") in direct_facts(extract_text("Leaders met in Nara, the ancient capital of Japan."))


def test_a_listed_firm_and_a_state_side_by_side_name_its_arm(extract_text):
    record = extract_text("The chips will be made by TSMC Arizona, a unit of TSMC.")
    assert ("TSMC Arizona", "subsidiary_of", "TSMC") in direct_facts(record)
    assert "TSMC Arizona" in entity_classes(extract_text("TSMC Arizona will hire 2,000 workers in Phoenix."))
    # A state after "in", or after a comma, names where, not an arm.
    assert set(entity_classes(extract_text("TSMC opened a plant in Arizona."))) == {"TSMC"}
