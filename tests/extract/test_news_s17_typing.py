"""Names and their classes as real news writes them (session 17): products and brands,
public bodies, fragments that name nothing; on sentences invented here, each beside one of
the same shape that must not be read so."""

from __future__ import annotations

import pytest


def classes(record) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


# A list a kind of product heads names products: "marques such as" as "brands including".
def test_names_a_list_of_marques_gives_are_products(extract_text):
    found = classes(extract_text("Kim Min-soo will hand over leadership of Daewon Motors, the maker of marques such as "
                                 "Tarvo, Belvio, Corsan and Dodra, to an interim committee."))
    assert all(found.get(name) == "Product" for name in ("Tarvo", "Belvio", "Corsan", "Dodra"))


def test_names_a_list_of_firms_gives_stay_firms(extract_text):
    found = classes(extract_text("Kim Min-soo will hand over leadership of Daewon Motors, the owner of firms such as "
                                 "Tarvo, Belvio, Corsan and Dodra, to an interim committee."))
    assert not any(found.get(name) == "Product" for name in ("Tarvo", "Belvio", "Corsan", "Dodra"))


# A name written before a product's noun with the noun's own modifiers between them.
def test_a_name_before_a_brand_noun_and_its_modifiers_is_a_product(extract_text):
    found = classes(extract_text("Daewon Pharma will acquire Hanul's operations, including its Kansho Hanami medical "
                                 "liqueur brand, for $5 million."))
    assert found.get("Kansho Hanami") == "Product"


def test_a_name_the_text_also_uses_alone_is_no_product(extract_text):
    found = classes(extract_text("Kansho Hanami said sales rose. Daewon Pharma will acquire Hanul's operations, including "
                                 "its Kansho Hanami medical liqueur brand, for $5 million."))
    assert found.get("Kansho Hanami") != "Product"


# A name in apposition to a product's noun; not to a brand, which may be a firm that acts.
def test_a_name_in_apposition_to_a_product_noun_is_a_product(extract_text):
    found = classes(extract_text("Hanul Telecom rejected the offer to focus on its next-generation processor, RNX, "
                                 "slated for mass production next year."))
    assert found.get("RNX") == "Product"


@pytest.mark.parametrize("text, name", [
    ("Hanul Telecom rejected the offer to focus on its next-generation service, RNX, slated for launch next year.", "RNX"),
    ("Daewon said its premium electric vehicle brand, Velto, will take control of its sister brand Orvik.", "Velto"),
])
def test_a_name_in_apposition_to_another_noun_is_no_product(extract_text, text, name):
    assert classes(extract_text(text)).get(name) != "Product"


# A quote's code with its exchange, as wire copy writes it after a firm's name, names nothing.
def test_a_ticker_with_its_exchange_is_no_name(extract_text):
    found = classes(extract_text("Daewon Media DWMD.KS said on Wednesday it had raised its stake in Hanul Broadcasting to 29.9%."))
    assert "DWMD.KS" not in found and found.get("Daewon Media") == "Company"


def test_a_name_with_a_dot_inside_is_still_a_name(extract_text):
    found = classes(extract_text("Daewon Media said on Wednesday the U.S. market grew."))
    assert found.get("United States") == "Country"


# A compass point a headline abbreviates, right before a place, names no firm.
def test_a_compass_point_before_a_place_is_no_name(extract_text):
    assert "SW" not in classes(extract_text("German chancellor arrives in SW China"))


# "X, the Ministry of Trade said, ...": a body's name, capitalised, is no description of X.
def test_a_body_named_after_a_comma_is_no_description(extract_text):
    found = classes(extract_text("The visit to Hanul Fab, the Ministry of Trade said, underscored the shared vision of the two countries."))
    assert found.get("Hanul Fab") != "GovernmentBody" and found.get("Ministry of Trade") == "GovernmentBody"


def test_a_description_in_lower_case_after_a_comma_still_describes(extract_text):
    found = classes(extract_text("Hanul Enterprises LLP, the family office of Kim Min-soo, invested $5 million in Orvik."))
    assert found.get("Hanul Enterprises LLP") == "InvestmentFirm"


# "the Government" capitalised alone describes a country's state, as "the government" does.
def test_the_government_capitalised_alone_is_no_entity(extract_text):
    found = classes(extract_text('"I thank President Kim, the Korean people and the Government for their warmth," said Arvo Lind.'))
    assert "Government" not in found


# Initials in brackets after a product's noun are the noun's, no product's name.
def test_initials_after_a_product_noun_are_no_product(extract_text):
    found = classes(extract_text("Hanul AI is building so-called large language models (LLMs), which underpin applications like chatbots."))
    assert found.get("LLMs") != "Product"


def aliases(record) -> dict[str, list[str]]:
    return {e["name"]: e["aliases"] for e in record["entities"]}


# A patronymic's particle: the text names the person again by the given name before it.
def test_a_given_name_before_bin_is_the_person_named_again(extract_text):
    record = extract_text("Daewon Capital bought a stake in the firm of Prince Faisal Bin Rashid. Daewon Capital acquired 16.9% "
                          "of Hanul Holding Co. from Prince Faisal. The investment brings Faisal, whose grandfather founded "
                          "the kingdom, closer to the government.")
    assert "Faisal" in aliases(record).get("Faisal Bin Rashid", []) and "Faisal" not in classes(record)


def test_a_given_name_without_a_particle_is_not_the_person_named_again(extract_text):
    record = extract_text("The investment brings Faisal Rashid, whose grandfather founded the kingdom, closer to the "
                          "government. Faisal said on Monday it would grow.")
    assert "Faisal" not in aliases(record).get("Faisal Rashid", [])


# "X Family Office": an investment firm, though neither word alone says so.
def test_a_family_office_is_an_investment_firm(extract_text):
    found = classes(extract_text("NowPay, a payments startup, raised $13 million in seed funding from Orvik Ventures, "
                                 "HNL Family Office and Arvo Lind."))
    assert found.get("HNL Family Office") == "InvestmentFirm"


def test_an_office_word_alone_makes_no_investment_firm(extract_text):
    found = classes(extract_text("NowPay, a payments startup, raised $13 million in seed funding from Orvik Ventures, "
                                 "HNL Office Systems and Arvo Lind."))
    assert found.get("HNL Office Systems") == "Company"


# A dateline's city that is also an English word ("Nairobi" is in the lemmatizer's nouns)
# is a city still; a common noun opening a sentence, named once, is still no name.
def test_a_dateline_city_is_a_city(extract_text):
    found = classes(extract_text("Nairobi — The board of Hanul Telecom has elected Adil Khawaja as its chair, the company said on Thursday."))
    assert found.get("Nairobi") == "City"


def test_a_common_noun_opening_a_sentence_is_still_no_name(extract_text):
    assert "Inclusion" not in classes(extract_text("Inclusion on the list means Hanul Telecom cannot buy American chips."))


# A name NER calls a people's that ends a list of firms, whatever the parse made of the list.
def test_a_name_ending_a_list_of_firms_is_a_firm(extract_text):
    found = classes(extract_text("As robot makers like Velcom, Orvicom, and Tarvian pour money into humanoids, Hanulcom is also "
                                 "embracing robotics."))
    assert found.get("Tarvian") == "Company"


def test_a_peoples_word_ending_a_list_of_places_is_no_firm(extract_text):
    found = classes(extract_text("As robot makers pour money into humanoids in Busan, Seoul, and Tarvian towns, Hanulcom is also "
                                 "embracing robotics."))
    assert found.get("Tarvian") != "Company"


# A name ending in a software product's head word names the product, not a firm.
def test_a_name_ending_in_assistant_is_a_product(extract_text):
    found = classes(extract_text("The new TV runs the newly added Velcom Assistant, which answers questions."))
    assert found.get("Velcom Assistant") == "Product"


def test_a_name_with_a_firms_word_after_assistant_is_a_firm(extract_text):
    found = classes(extract_text("Daewon hired Velcom Assistant Services to run its offices."))
    assert found.get("Velcom Assistant Services") == "Company"


# A seat of government named as the building one goes to or meets at is a facility; as
# the one that speaks, the body.
def test_a_seat_of_government_one_meets_at_is_a_facility(extract_text):
    found = classes(extract_text("Yuko Park will meet Jill Biden at the White House, the spokesman said Friday."))
    assert found.get("White House") == "Facility"


def test_a_seat_of_government_that_speaks_is_the_body(extract_text):
    found = classes(extract_text("The White House said on Friday it would review the deal."))
    assert found.get("White House") == "GovernmentBody"


# A body's name NER ended before "of" and a country goes on to the country.
def test_a_body_of_a_country_is_one_name(extract_text):
    found = classes(extract_text("Adil Khawaja, who is an advocate of the High Court of Kenya with 30 years of experience, chairs Hanul Telecom."))
    assert found.get("High Court of Kenya") == "GovernmentBody"


def test_a_firm_of_a_country_is_two_names(extract_text):
    found = classes(extract_text("Adil Khawaja, who is an adviser to Hanul Telecom of Kenya with 30 years of experience, chairs Daewon."))
    assert found.get("Hanul Telecom") == "Company" and found.get("Kenya") == "Country"
