"""Entity types of unfamiliar names as fresh news writes them (session 25, helper "types"),
on sentences invented here, each beside one of the same shape that must not be read so."""

from __future__ import annotations

from extract_support import direct_facts


def typed(record) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


# "Director General", "Secretary-General": the title's second word is no one's name, and
# no fact of its own (people.PersonCues.title_half).
def test_the_second_word_of_a_title_names_no_one(extract_text):
    record = extract_text("Minjin Sora, Director General of Industry at the Ministry of Commerce of Daewonia, "
                          "said the plant would open in March.")
    assert "General" not in typed(record)
    assert not any("General" in (s, o) for s, _, o in direct_facts(record))


def test_a_general_named_after_a_title_is_still_named(extract_text):
    names = typed(extract_text("Chairman Hanul Park of Daewon General Insurance said the plant would open in March."))
    assert names.get("Hanul Park") == "Person" and "General" not in names


# A stage and its number ("Phase I", "Phase One") is no organisation, whatever NER calls it
# (unclassed.no_class_name).
def test_a_numbered_phase_names_no_firm(extract_text):
    record = extract_text("The Public Authority for Industrial Estates (Daewon) celebrated on Sunday the inauguration of "
                          "Phase I of Hanul Industrial City. Speaking at the ceremony of the Hanul Industrial City project "
                          "(Phase One), its director said Phase One cost 9 million rials.")
    names = typed(record)
    assert "Phase I" not in names and "Phase One" not in names
    assert not any(s.startswith("Phase") for s, _, _ in direct_facts(record))


def test_a_firm_named_with_a_stage_word_stays(extract_text):
    names = typed(extract_text("Phase Robotics celebrated the opening of its plant in Hanul Industrial City on Sunday."))
    assert names.get("Phase Robotics") == "Company"


# Quotes in brackets: the exchanges' names and the codes after a colon name no firm and make
# no partner of the deal (mention_context.in_ticker).
def test_exchanges_and_codes_in_brackets_name_no_firm(extract_text):
    record = extract_text("Daewon Minerals (TSX, NYSE: DWM) has signed a deal with Hanul Metals (CSE: HNM)(OTCQB: HNMLF) "
                          "to buy the shares it does not own.")
    names = typed(record)
    assert not {"TSX", "NYSE", "DWM", "CSE", "HNMLF", "OTCQB"} & set(names)
    assert names.get("Daewon Minerals") == "Company" and names.get("Hanul Metals") == "Company"


def test_initials_in_brackets_without_a_colon_stay_a_name(extract_text):
    names = typed(extract_text("Daewon Minerals (DWM) has signed a deal with Hanul Metals to buy its shares."))
    assert names.get("Daewon Minerals") == "Company"


# A firm named with its legal form, then without it where NER calls it a place, is the firm;
# and a short form merged into it, merged in turn, follows it (no lost entity).
def test_a_firm_without_its_legal_form_is_no_place(extract_text):
    record = extract_text("TORONTO, June 18 Marlow Bay Holdings Ltd, a Canadian mineral exploration company, said on "
                          "Wednesday it has signed a preliminary deal with Daewon Plc for the two to partner on Marlow Bay's "
                          "copper project. The option gives Daewon a 70 percent interest in the Storm project, which is "
                          "controlled by Marlow Bay. \"Our agreement with Daewon will advance the project,\" said Marlow's "
                          "Chief Executive Officer Ana Lim.")
    names = typed(record)
    assert names.get("Marlow Bay Holdings Ltd") == "Company" and "Marlow Bay" not in names
    assert ("Ana Lim", "ceo_of", "Marlow Bay Holdings Ltd") in direct_facts(record)


# A region written with its compass point after its name ("Batinah North") or ending in
# "Governorate" is no firm and no person (places.region_named, names.yaml region_tails).
def test_a_region_with_its_compass_point_after_is_no_entity(extract_text):
    names = typed(extract_text("Hanul Aluminium will build a plant in Qurayat North, the company said. "
                               "The Al Minjin Governorate hosts the port."))
    assert "Qurayat North" not in names and "Al Minjin Governorate" not in names


def test_a_firm_ending_in_a_compass_word_stays(extract_text):
    names = typed(extract_text("Hanul Minerals sold its stake to Daewon West Ltd, the company said."))
    assert "Daewon West Ltd" in names or "Daewon West" in names


# A comma and "which" after a name NER calls a person's: a firm's name, as people are "who".
def test_a_name_followed_by_which_is_no_person(extract_text):
    names = typed(extract_text("Its earlier backers include Hanul Telecom and Marlow Lind, which provided $15m later the same year."))
    assert names.get("Marlow Lind") == "Company"


def test_a_name_followed_by_who_stays_a_person(extract_text):
    names = typed(extract_text("Its earlier backers include Hanul Telecom and Marlow Lind, who provided $15m later the same year."))
    assert names.get("Marlow Lind") == "Person"


# A code a firm owns before "unit", "arm" or "division" is that part of the firm, no model.
def test_a_code_before_unit_is_no_product(extract_text):
    names = typed(extract_text("Its earlier backers include Hanul's K12 unit, which first invested in 2018."))
    assert names.get("K12") != "Product"


def test_a_code_before_chip_is_a_product(extract_text):
    names = typed(extract_text("Its earlier phones used Hanul's K12 chip, which first shipped in 2018."))
    assert names.get("K12") == "Product" or "K12 chip" in names


# "an investment subsidiary of" describes an investment firm (names.yaml descriptions).
def test_an_investment_subsidiary_is_an_investment_firm(extract_text):
    names = typed(extract_text("The deal will allow DV, an early-stage investment subsidiary of Hanul Group, to exit."))
    assert names.get("DV") == "InvestmentFirm"


def test_a_subsidiary_stays_a_firm(extract_text):
    names = typed(extract_text("The deal will allow DV, a subsidiary of Hanul Group, to exit."))
    assert names.get("DV") == "Company"


# Scooters and motorcycles are products (names.yaml product_nouns).
def test_a_scooter_named_in_apposition_is_a_product(extract_text):
    names = typed(extract_text("Orvik too will be launching its electric scooter, Breeze, in Daewonia."))
    assert names.get("Breeze") == "Product" and names.get("Orvik") != "Product"


def test_a_scooter_maker_stays_a_firm(extract_text):
    names = typed(extract_text("Breeze, an electric scooter maker, will be launching in Daewonia."))
    assert names.get("Breeze") == "Company"


# A palace, an airport or a hotel a name stands before is a site (names.yaml site_nouns).
def test_a_name_before_palace_is_a_facility(extract_text):
    names = typed(extract_text("The two presidents were to hold talks at the Velmar palace before a state banquet."))
    assert names.get("Velmar palace") == "Facility"


def test_a_firm_named_alone_keeps_its_palace(extract_text):
    names = typed(extract_text("Velmar said the Velmar palace hotel would reopen. Velmar owns four hotels."))
    assert names.get("Velmar") == "Company"


# A one-word name after "in" that a site's noun governs, or before "based" without a dash,
# is a town's (mention_context.sited_in, based_in).
def test_a_town_after_a_plant_is_a_city(extract_text):
    names = typed(extract_text("The minister opened a plant for producing starches at the industrial estate in Qurvat."))
    assert names.get("Qurvat") == "City"


def test_a_firm_after_a_stake_stays_a_firm(extract_text):
    names = typed(extract_text("The minister sold a stake in Qurvat to a Daewon fund."))
    assert names.get("Qurvat") != "City"


def test_a_town_before_based_is_a_city(extract_text):
    names = typed(extract_text("This Qurvat based EV startup raised $1.6 million in its first round."))
    assert names.get("Qurvat") == "City"


def test_a_firm_that_based_its_plan_stays_a_firm(extract_text):
    names = typed(extract_text("Qurvat based its forecast on strong scooter sales, the startup said."))
    assert names.get("Qurvat") != "City"


# A city of the world listed with a place after a verb of going, or a town listed after
# one placed in a region, is a city whatever NER calls it.
def test_a_city_listed_with_a_city_is_a_city(extract_text):
    names = typed(extract_text("The five-day visit will take him to Toulouse and Avignon in southern France."))
    assert names.get("Toulouse") == "City"


def test_a_firm_named_like_a_city_with_a_legal_form_stays(extract_text):
    names = typed(extract_text("The deal will take Toulouse Ltd and Avignon Ltd into one group."))
    assert names.get("Toulouse Ltd") == "Company"


def test_a_town_listed_in_a_region_is_a_city(extract_text):
    names = typed(extract_text("The firm has two plants, in Howrah, West Bengal, and Qurvat, Tamil Nadu."))
    assert names.get("Qurvat") == "City"


def test_a_firm_of_a_region_stays_a_firm(extract_text):
    names = typed(extract_text("The firm sold its plant to Qurvat, Tamil Nadu's biggest scooter maker."))
    assert names.get("Qurvat") != "City"


# A person's name and "'s" before "disease" names a disease, no entity.
def test_a_disease_named_for_a_person_is_no_entity(extract_text):
    names = typed(extract_text("Inflaco develops treatments for Alzheimer's and Parkinson's diseases and Crohn's disease."))
    assert not {"Alzheimer", "Parkinson", "Crohn"} & set(names)


def test_a_person_whose_firm_is_named_stays(extract_text):
    names = typed(extract_text("Dr Marlow Parkinson's treatments for rare diseases were approved, Inflaco said."))
    assert names.get("Marlow Parkinson") == "Person"


# What a name with an investment word is said to do decides its class: a broker or a
# maker is a firm; one that raises a fund, an investment firm (descriptions.py).
def test_a_brokerage_with_capital_in_its_name_is_a_firm(extract_text):
    names = typed(extract_text("On Monday, brokerage Marlow Capital said it would buy a stake in Hanul Robotics. "
                               "Sora Ventures, a broker based in Busan, agreed to sell its unit."))
    assert names.get("Marlow Capital") == "Company" and names.get("Sora Ventures") == "Company"


def test_a_venture_firm_with_capital_in_its_name_stays(extract_text):
    names = typed(extract_text("On Monday, venture firm Marlow Capital said it would buy a stake in Hanul Robotics."))
    assert names.get("Marlow Capital") == "InvestmentFirm"


def test_a_name_that_raises_a_fund_is_an_investment_firm(extract_text):
    names = typed(extract_text("Daewon has raised a $100 million fund to invest in 20 startups in Asia."))
    assert names.get("Daewon") == "InvestmentFirm"


def test_a_name_that_raises_funding_stays_a_firm(extract_text):
    names = typed(extract_text("Daewon has raised $100 million in funding to build 20 plants in Asia."))
    assert names.get("Daewon") != "InvestmentFirm"
