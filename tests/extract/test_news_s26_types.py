"""Entity types of unfamiliar names as fresh news writes them (session 26, helper "types"),
on sentences invented here, each beside one of the same shape that must not be read so."""

from __future__ import annotations

from extract_support import direct_facts


def typed(record) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


# A city of the world with a dash and "based" before any noun is where a firm is
# ("Hyderabad-based enterprise software platform, X"), not a firm that others invest in
# (mention_context.based_in).
def test_a_world_city_based_before_any_noun_is_a_city(extract_text):
    record = extract_text("The week was led by Hyderabad-based enterprise software platform, Qorvanta, "
                          "which raised $16 million.")
    assert typed(record).get("Hyderabad") == "City"
    assert not any(o == "Hyderabad" for _, p, o in direct_facts(record) if p == "invests_in")


def test_a_firm_based_before_a_noun_stays_no_city(extract_text):
    names = typed(extract_text("The week was led by Orvik-based enterprise software platform, Qorvanta, "
                               "which raised $16 million."))
    assert names.get("Orvik") != "City"


# A secretariat or a diwan ends the names of government offices (names.yaml government_tails).
def test_a_diwan_is_a_public_body(extract_text):
    names = typed(extract_text("The emir received the delegation at the Amiri Diwan on Sunday."))
    assert names.get("Amiri Diwan") == "GovernmentBody"


def test_a_firm_named_with_secretariat_stays_a_firm(extract_text):
    names = typed(extract_text("Secretariat Foods Ltd sold its plant in Busan on Sunday."))
    assert names.get("Secretariat Foods Ltd") == "Company"


# A public body named with an investment word that invests or leads a round is a state
# fund (descriptions.Descriptions._invests); one that issues licences stays a body.
def test_an_investment_authority_that_invests_is_an_investment_firm(extract_text):
    record = extract_text("The Daewon Investment Authority led the $200 million round in Velto Robotics.")
    assert typed(record).get("Daewon Investment Authority") == "InvestmentFirm"
    assert ("Daewon Investment Authority", "invests_in", "Velto Robotics") in direct_facts(record)


def test_an_investment_authority_led_a_round_is_an_investment_firm(extract_text):
    names = typed(extract_text("Velto Robotics raised $200 million in a round led by the Daewon Investment Authority."))
    assert names.get("Daewon Investment Authority") == "InvestmentFirm"


def test_an_investment_authority_that_licenses_stays_a_body(extract_text):
    names = typed(extract_text("The Daewon Investment Authority issued new licences to 40 foreign firms on Monday."))
    assert names.get("Daewon Investment Authority") == "GovernmentBody"


# A name with an investment word that makes things is a firm of that trade
# (descriptions.Descriptions._plies_a_trade).
def test_ventures_that_make_drugs_are_a_firm(extract_text):
    names = typed(extract_text("Marlow Pharma Ventures, which makes generic drugs, acquired a 20% stake in Sora Labs."))
    assert names.get("Marlow Pharma Ventures") == "Company"


def test_ventures_that_make_investments_stay_an_investment_firm(extract_text):
    names = typed(extract_text("Marlow Pharma Ventures, which makes investments in startups, acquired a 20% stake in Sora Labs."))
    assert names.get("Marlow Pharma Ventures") == "InvestmentFirm"


# The brands a firm owns or sells under are its products ("under brands such as A and B");
# "Chinese brands such as A and B" names firms (descriptions.Descriptions._owned_brands).
def test_brands_a_firm_sells_under_are_products(extract_text):
    record = extract_text("Hanul Electronics sells washing machines under brands such as Velmo and Qirra.")
    names = typed(record)
    assert names.get("Velmo") == "Product" and names.get("Qirra") == "Product"


def test_brands_of_a_country_stay_firms(extract_text):
    names = typed(extract_text("Chinese brands such as Velmo and Qirra are growing fast in Europe."))
    assert names.get("Velmo") == "Company" and names.get("Qirra") == "Company"


# A list after its plural description goes on past places in brackets after its names
# ("funds such as A (Norway), B and C (Canada)"; descriptions.Descriptions._list_head).
def test_a_list_with_bracketed_places_keeps_its_description(extract_text):
    names = typed(extract_text("Its investors were sovereign funds such as Keldra (Norway), Vantor and Olmi (Canada)."))
    assert names.get("Vantor") == "InvestmentFirm" and names.get("Olmi") == "InvestmentFirm"


def test_a_list_with_bracketed_places_and_no_description_stays_firms(extract_text):
    names = typed(extract_text("Keldra (Norway), Vantor and Olmi (Canada) signed the supply deal on Monday."))
    assert names.get("Vantor") == "Company"


# "SWFs" (sovereign wealth funds) is a common noun's abbreviation, no firm.
def test_swfs_name_no_firm(extract_text):
    names = typed(extract_text("In the energy sector, SWFs seem to favour grid firms such as Qorvanta."))
    assert "SWFs" not in names and names.get("Qorvanta") == "Company"


# A name someone is welcomed to or received at, with its city after a comma, is a venue,
# and so is its other mention (mention_context.site_in_place); "a State reception" names
# no firm (names.yaml state_form_words).
def test_a_venue_one_is_welcomed_to_is_a_facility(extract_text):
    names = typed(extract_text("President Orvan Telu welcomed President Mira Sandu to Velmar House, Nairobi, with a "
                               "State reception. Telu then held talks with Sandu at Velmar House."))
    assert names.get("Velmar House") == "Facility" and "State" not in names


def test_a_name_one_gives_money_to_stays_no_venue(extract_text):
    names = typed(extract_text("Hanul Group contributed troops and funds to Velmar House in Nairobi, the group said."))
    assert names.get("Velmar House") == "Company"


def test_the_state_of_a_country_is_no_firm(extract_text):
    record = extract_text("The emir of the State of Qatar received the delegation in Doha.")
    assert "State" not in typed(record)
    assert not any(s == "State" for s, _, _ in direct_facts(record))


# A title between commas after a person's name is held at the body named after it
# ("X, former CEO, Y"; people.PersonCues.title_of_named), which is no person.
def test_the_body_after_a_person_s_title_is_an_organisation(extract_text):
    names = typed(extract_text("The round was led by Ravi Malkani, former CEO, Qorvel Coffee Day, and saw participation "
                               "from Keel Ventures."))
    assert names.get("Qorvel Coffee Day") == "Company" and names.get("Ravi Malkani") == "Person"


def test_a_person_after_a_title_between_commas_stays_a_person(extract_text):
    record = extract_text("The round was led by Keel Ventures, said its former chief executive, Ravi Malkani, on Monday.")
    assert typed(record).get("Ravi Malkani") == "Person"
    assert ("Ravi Malkani", "ceo_of", "Keel Ventures") in direct_facts(record)


# A given name NER read as an organisation before a family name it read as a person's is
# the person's first name (spans.whole_person_names).
def test_a_given_name_read_as_a_firm_joins_the_person(extract_text):
    record = extract_text("The round was led by Naresh Malhotra, who founded Keel Ventures in 2015.")
    names = typed(record)
    assert names.get("Naresh Malhotra") == "Person" and "Naresh" not in names
    assert ("Keel Ventures", "founded_by", "Naresh Malhotra") in direct_facts(record)


# A name NER calls a person's after a title elsewhere in the text stays the person where
# its last word is one firms' names end in ("President Mira Daewon Bio"; mention_classes).
def test_a_titled_person_named_like_a_firm_stays_one_person(extract_text):
    record = extract_text("President Mira Daewon Bio arrived in Nairobi on Monday. The visiting President, "
                          "Mira Daewon Bio is in Kenya on a State Visit.")
    assert [e["type"] for e in record["entities"] if e["name"] == "Mira Daewon Bio"] == ["Person"]


def test_a_firm_named_like_a_person_with_bio_stays_a_firm(extract_text):
    names = typed(extract_text("Keldra Bio raised $10 million. Its investors, Daewon Bio is in Kenya on a visit."))
    assert names.get("Keldra Bio") == "Company"


# A name a product's noun is called or dubbed, or a quoted name right before one, is that
# product, and so is its other mention (product_mentions: described_as_product,
# product_elsewhere); "the new company will be called X" names a firm.
def test_a_chip_dubbed_a_name_is_a_product(extract_text):
    names = typed(extract_text("Daewon unveiled its new AI chip architecture, dubbed \"Qorva,\" at its developer event. "
                               "Qorva comes months after the upcoming \"Velmo\" model, which ships in March."))
    assert names.get("Qorva") == "Product" and names.get("Velmo") == "Product" and names.get("Daewon") == "Company"


def test_a_processor_called_a_name_is_a_product(extract_text):
    assert typed(extract_text("The new CPU will be called Tarsi, Daewon said.")).get("Tarsi") == "Product"


def test_a_company_called_a_name_stays_a_firm(extract_text):
    assert typed(extract_text("The new company will be called Tarsi, Daewon said.")).get("Tarsi") == "Company"
