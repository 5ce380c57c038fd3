"""Invented news told in the shapes of fresh stories read in session 42 (joint ventures of
car and battery makers): a firm whose name ends in a common noun's plural, two firms that
say "they" will form a venture, a person's two titles of two firms, a title set between
commas before its firm, a US town and its state before "-based", and a name the tagger read
as an adverb. Each beside a near text where nothing, or something else, must come."""

from __future__ import annotations

import pytest

from extract_support import direct_facts, entity_classes, fact_ends, parsed_doc


@pytest.mark.parametrize("name", ["Kelvin Controls", "Daewon Cars", "Orvik Gears"])
def test_a_name_ending_in_a_common_plural_is_a_firms(extract_text, name):
    record = extract_text(f"{name} said it was forming a joint venture with Dongfang Gear Co.")
    assert entity_classes(record)[name] == {"Company"}
    assert fact_ends(record, "partners_with") == {(name, "Dongfang Gear Co.")}


@pytest.mark.parametrize("text, name", [
    ("Finance minister Rachel Reeves said the budget was fair.", "Rachel Reeves"),
    ("Keanu Reeves arrived in Seoul on Monday.", "Keanu Reeves"),
    ("Hanul Robotics was founded by Ana Williams in 2019.", "Ana Williams"),
])
def test_a_person_whose_family_name_is_a_plural_stays_a_person(extract_text, text, name):
    assert entity_classes(extract_text(text))[name] == {"Person"}


def test_two_firms_that_say_they_will_form_a_venture_are_partners(extract_text):
    record = extract_text("Kumho Steel and Daewon Motors said they would form a joint venture.")
    assert fact_ends(record, "partners_with") == {("Kumho Steel", "Daewon Motors")}
    # What two firms say of a third is no venture of theirs.
    record = extract_text("Kumho Steel and Daewon Motors said they would buy shares of Hanul Chem.")
    assert fact_ends(record, "partners_with") == set()


def test_a_firms_title_before_a_second_title_of_another_firm(extract_text):
    record = extract_text('"Demand is strong," said Liu Wenbo, Hubei Machinery Group director and chairman of Tongda Machinery.')
    assert fact_ends(record, "executive_of") == {("Liu Wenbo", "Hubei Machinery Group")}
    assert fact_ends(record, "chair_of") == {("Liu Wenbo", "Tongda Machinery")}
    # Two titles sharing one "of" are both that firm's.
    record = extract_text('"Demand is strong," said Liu Wenbo, director and chairman of Tongda Machinery.')
    assert fact_ends(record, "executive_of") == {("Liu Wenbo", "Tongda Machinery")}


def test_a_person_named_after_a_place_word_with_a_firms_title_after_is_a_person(extract_text):
    record = extract_text('"Demand is strong," said Han Minghui, Daewon Group director and chairman of Tongda Machinery.')
    assert entity_classes(record)["Han Minghui"] == {"Person"}
    assert fact_ends(record, "chair_of") == {("Han Minghui", "Tongda Machinery")}


def test_a_title_between_commas_before_its_firm(extract_text):
    record = extract_text("Mark Selby, president, Kelvin Energy Systems, said the venture would grow.")
    assert fact_ends(record, "executive_of") == {("Mark Selby", "Kelvin Energy Systems")}
    # A title with no firm after it names none.
    record = extract_text("Mark Selby, president, said the venture would grow.")
    assert fact_ends(record, "executive_of") == set()


def test_a_us_town_and_its_state_before_based(extract_text):
    record = extract_text("Austin, Texas-based Kelvo Labs raised $5 million.")
    assert fact_ends(record, "headquartered_in") == {("Kelvo Labs", "Austin")}
    record = extract_text("Kelvo Labs raised $5 million from Austin, Texas, investors.")
    assert fact_ends(record, "headquartered_in") == set()


def test_a_name_the_tagger_read_as_an_adverb_is_its_verbs_subject():
    from kg.extract.parse_repair import repair_parse

    # "Geely Auto is a subsidiary of Zhejiang Geely.": the name's "-ly" read as an adverb's.
    doc = parsed_doc(["Geely Auto", "is", "a", "subsidiary", "of", "Zhejiang Geely"], [1, 1, 3, 1, 3, 4],
                     ["advmod", "ROOT", "det", "attr", "prep", "pobj"], ["RB", "VBZ", "DT", "NN", "IN", "NNP"],
                     named=[0, 5], pos=["ADV", "AUX", "DET", "NOUN", "ADP", "PROPN"])
    repair_parse(doc)
    assert (doc[0].dep_, doc[0].pos_) == ("nsubj", "PROPN")
    # A verb that has its subject keeps the adverb an adverb.
    doc = parsed_doc(["Geely Auto", "Hanul", "is", "a", "unit"], [2, 2, 2, 4, 2],
                     ["advmod", "nsubj", "ROOT", "det", "attr"], ["RB", "NNP", "VBZ", "DT", "NN"],
                     named=[0, 1], pos=["ADV", "PROPN", "AUX", "DET", "NOUN"])
    repair_parse(doc)
    assert doc[0].dep_ == "advmod"


def test_a_post_given_with_as_the_is_no_reference_back(extract_text):
    record = extract_text("Hanul Telecom said its board approved the appointment of Kim Min-soo as the new chairman.")
    assert fact_ends(record, "chair_of") == {("Kim Min-soo", "Hanul Telecom")}
    # "The chairman" that opens a later sentence still refers back to the person.
    record = extract_text("Hanul Telecom named Kim Min-soo chairman in March. The chairman visited Busan on Monday.")
    assert fact_ends(record, "visits") == {("Kim Min-soo", "Busan")}


def test_a_unit_in_a_title_before_a_name_does_not_make_it_a_firm(extract_text):
    record = extract_text("Hanul Telecom approved the appointment of head of its media division Kim Min-soo as the new chairman.")
    assert entity_classes(record)["Kim Min-soo"] == {"Person"}
    assert fact_ends(record, "operates_in_sector") == set()
    # Without the title, a unit's description before a name still makes it a firm.
    record = extract_text("Hanul Telecom hired media division Kim Min-soo.")
    assert entity_classes(record)["Kim Min-soo"] == {"Company"}


def test_the_companys_after_a_sentence_about_another_firm_is_that_firms(extract_text):
    text = ("Minjin Chem said profits rose. Minjin Display and Minjin Chem are Minjin Group affiliates. "
            "Hanul Electronics, Korea's largest conglomerate, is set to reshuffle its managers in December. "
            "All eyes are on whether Vice Presidents Kim Min-soo and Lee Ji-hoon, who head the company's chip divisions, will stay.")
    record = extract_text(text)
    posts = {(r["subject"], r["object"]) for r in record["relations"] if r["predicate"] == "executive_of" and r["confidence"] >= 0.5}
    assert ("Lee Ji-hoon", "Hanul Electronics") in posts
    assert not {end for end in posts if end[1].startswith("Minjin")}
    # A plural title before two names is no word of the first name.
    assert "Kim Min-soo" in entity_classes(record) and "Presidents Kim Min-soo" not in entity_classes(record)


def test_a_post_given_as_a_title_starting_later(extract_text):
    record = extract_text("Hanul Energy's board of directors has appointed Chairman Kim Min-soo as the new CEO starting in 2024, "
                          "replacing Lee Young-soo.")
    assert fact_ends(record, "ceo_of") == {("Kim Min-soo", "Hanul Energy")}


def test_a_title_of_a_firm_then_an_honorific_and_the_name(extract_text):
    record = extract_text("The minister met the Chairman of Hanul Trust Limited Mr. Kim Min-soo and the Chairman of "
                          "Daewon Rail Group Limited, Mr. Lee Ji-hoon.")
    assert fact_ends(record, "chair_of") == {("Kim Min-soo", "Hanul Trust Limited"), ("Lee Ji-hoon", "Daewon Rail Group Limited")}


@pytest.mark.parametrize("form", ["the Socialist Republic of Vietnam", "the Republic of Vietnam", "Vietnam"])
def test_a_countrys_formal_name_after_a_title(extract_text, form):
    record = extract_text(f"President Bio held a meeting with the President of {form}, Nguyen Xuan Phuc, in Hanoi.")
    assert fact_ends(record, "head_of_state_of") == {("Nguyen Xuan Phuc", "Vietnam")}


def test_words_of_no_state_form_before_of_stay_apart(extract_text):
    # "the Bank of Korea" is a body, not a formal name of the country.
    record = extract_text("Governor Rhee Chang-yong of the Central Bank of Korea said rates would hold.")
    assert "Central Bank of Korea" not in {name for name, classes in entity_classes(record).items() if "Country" in classes}


def test_a_unit_described_as_an_owners_with_words_between_is_not_its_short_form(extract_text):
    record = extract_text("Kim Min-soo, head of Japan for Hanul Ventures, the corporate venturing subsidiary of US-headquartered "
                          "enterprise software provider Hanul, said the market grew.")
    assert fact_ends(record, "subsidiary_of") == {("Hanul Ventures", "Hanul")}
    assert fact_ends(record, "headquartered_in") == {("Hanul", "United States")}
    # With no unit's noun between, the first word alone is still the firm's short form.
    record = extract_text("Hanul Ventures led the round. Hanul has backed 40 startups, the fund said.")
    assert "Hanul" not in {e["name"] for e in record["entities"]}


@pytest.mark.parametrize("title", ["managing director", "country manager", "chief executive"])
def test_a_title_for_a_firm(extract_text, title):
    record = extract_text(f"Kim Min-soo, {title} for Hanul Ventures, said the market grew.")
    assert {(s, o) for s, p, o in direct_facts(record) if p in ("executive_of", "ceo_of")} == {("Kim Min-soo", "Hanul Ventures")}
    # "for" and a time says how long, no firm.
    record = extract_text(f"Kim Min-soo was {title} for five years before joining Hanul Ventures.")
    assert {(s, o) for s, p, o in direct_facts(record) if p in ("executive_of", "ceo_of")} == set()


def test_a_leaders_family_name_alone_is_the_person_whatever_ner_says(extract_text):
    record = extract_text("China and the US reached a detente last week after Xi and Trump met in Busan. "
                          "China also lifted tariffs on soybeans, critical to farmers who are a key part of Trump’s base.")
    assert entity_classes(record)["Trump"] == {"Person"}


def test_a_post_given_as_a_title_to_succeed_someone(extract_text):
    record = extract_text("Hanul Steel has named Kwon Min-ho as new chief executive to succeed Chung Jae-won.")
    assert fact_ends(record, "ceo_of") == {("Kwon Min-ho", "Hanul Steel")}
