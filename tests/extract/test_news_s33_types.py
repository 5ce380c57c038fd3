"""Types of names met on news snippets outside the corpus (session 33, helper "types"):
financial watchdogs and state offices news names by initials or with no body's word (US
banking-enforcement news, Australian and Ghanaian mining news), compliance's abbreviations
NER took for firms. Each case beside one of a near shape that must not be read so."""

from __future__ import annotations


def named(record) -> set[tuple[str, str]]:
    return {(e["name"], e["type"]) for e in record["entities"]}


def names(record) -> set[str]:
    return {e["name"] for e in record["entities"]}


def test_a_state_office_task_force_or_deposit_insurer_is_a_public_body(extract_text):
    # "the Office of the Comptroller of the Currency (OCC)", "the Financial Action Task Force
    # (FATF)" and a deposit insurer had been firms, and so had their initials after.
    record = extract_text("The Office of the Trade Ombudsman fined Daeha Bank on Monday. The Brisland Financial Task Force "
                          "(BFTF) kept Daeha on its grey list, and the BFTF said progress was slow.")
    assert {("Office of the Trade Ombudsman", "GovernmentBody"), ("Brisland Financial Task Force", "GovernmentBody"),
            ("Daeha Bank", "Company")} <= named(record)
    insurer = extract_text("The Brisland Deposit Insurance Corporation (BDIC) sold its stake in Hanul Bank. BDIC said the sale "
                           "raised $1 billion.")
    assert ("Brisland Deposit Insurance Corporation", "GovernmentBody") in named(insurer)
    # An insurer of another kind is a firm still.
    firm = extract_text("Brisland Life Insurance Corporation sold its stake in Hanul Bank.")
    assert ("Brisland Life Insurance Corporation", "Company") in named(firm)


def test_watchdogs_named_by_initials_alone_are_public_bodies(extract_text):
    # "FinCEN announced penalties against ..." had given no entity, "the OCC" a firm.
    record = extract_text("FinCEN and the OCC fined Daeha Bank $5 million for lapses in its AML checks.")
    assert {("Financial Crimes Enforcement Network", "GovernmentBody"), ("Office of the Comptroller of the Currency", "GovernmentBody"),
            ("Daeha Bank", "Company")} <= named(record)
    # The compliance's abbreviation names no one; a firm's initials still do.
    assert "AML" not in names(record)
    firm = extract_text("Daeha Bank hired AMLX to run its checks.")
    assert ("AMLX", "Company") in named(firm)


def test_a_name_bought_or_held_a_stake_in_is_a_firms(extract_text):
    # "agreed to buy Harmony Gold"-like objects NER read as a person's name had stayed people.
    for text in ("Talvik Group agreed to buy Kestrel Copper for $300 million.",
                 "Talvik Group took a 20% stake in Kestrel Copper."):
        assert ("Kestrel Copper", "Company") in named(extract_text(text)), text
    # Those one backs or is led by are people still.
    backed = extract_text("The round was led by Kestrel Cooper, a former banker.")
    assert ("Kestrel Cooper", "Person") in named(backed)


def test_its_plant_under_the_verbs_preposition_makes_its_subject_a_firm(extract_text):
    # "Brenner Chemie cut jobs at its plant" had given a person Brenner Chemie.
    record = extract_text("Brenner Chemie cut jobs at its plant in Ludwigshafen.")
    assert ("Brenner Chemie", "Company") in named(record)
    # A thing named between owns "its": the subject stays a person.
    person = extract_text("Lena Ortiz praised the company for its results.")
    assert ("Lena Ortiz", "Person") in named(person)


def test_a_region_after_words_that_qualify_its_kind_is_no_entity(extract_text):
    # "in the northern state of Durango" had given a city Durango; "the state of" alone did not.
    for text in ("Daewon will build a plant in the northern state of Durango.",
                 "Daewon will build a plant in the restive southwestern province of Durango."):
        assert "Durango" not in names(extract_text(text)), text
    # A city after a kind of place that is no region's stays one.
    city = extract_text("Daewon will build a plant in the northern city of Durango.")
    assert ("Durango", "City") in named(city)


def test_initials_between_a_policys_capitalised_name_and_its_head_name_the_policy(extract_text):
    # "the Production Linked Incentive (PLI) scheme" had given a firm "PLI"; "till FY 2025-26" a firm "FY".
    record = extract_text("The government extended the Brisland Clean Farming (BCF) programme till FY 2027-28. Hanul joined "
                          "the BCF programme in May.")
    policies = {e["name"]: e for e in record["entities"] if e["type"] == "Policy"}
    assert policies["Brisland Clean Farming"]["aliases"] == ["BCF"]
    assert not {"BCF", "FY"} & names(record)
    # A firm's initials before a plan stay the firm's.
    firm = extract_text("Talvik backed the Hanul Robotics (HR) plan in May.")
    assert ("Hanul Robotics", "Company") in named(firm)
    assert ("Hanul Robotics", "Policy") not in named(firm)


def test_a_legal_form_after_a_country_in_a_firms_name_makes_no_city(extract_text):
    # "Foxconn Singapore Pte Ltd" had lost the firm for a country "Singapore" (alias
    # "Singapore Pte"): the city's name with the legal form dropped is the city's alone.
    record = extract_text("Hanul Singapore Pte Ltd owns the plant in Jurong.")
    assert ("Hanul Singapore Pte Ltd", "Company") in named(record)
    assert "Singapore" not in names(record)
    # A city whose name a country's opens is still that city.
    city = extract_text("Hanul opened an office in Kuwait City on Monday.")
    assert ("Kuwait City", "City") in named(city)
