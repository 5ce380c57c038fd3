"""Entity names and classes as fresh news writes them (session 24, helper "ents"), on
sentences invented here, each beside one of the same shape that must not be read so."""

from __future__ import annotations


def typed(record) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


# United States agencies news names by their initials alone are public bodies
# (sectors.yaml public_bodies), not firms.
def test_an_agency_named_by_its_initials_is_a_public_body(extract_text):
    names = typed(extract_text("NASA awarded Hanul Aerospace a launch contract on Monday."))
    assert names.get("NASA") == "GovernmentBody" and names.get("Hanul Aerospace") == "Company"


def test_a_firm_named_by_its_initials_stays_a_firm(extract_text):
    names = typed(extract_text("HRC awarded Hanul Aerospace a launch contract on Monday."))
    assert names.get("HRC") == "Company"


# A regulator whose name says it fights monopolies is a public body (names.yaml government_cues).
def test_an_antimonopoly_service_is_a_public_body(extract_text):
    names = typed(extract_text("The Daewonian Federal Antimonopoly Service cleared the purchase of Hanul Robotics."))
    assert names.get("Daewonian Federal Antimonopoly Service") == "GovernmentBody"


def test_a_service_firm_stays_a_firm(extract_text):
    names = typed(extract_text("Daewon Field Service cleared the purchase of Hanul Robotics."))
    assert names.get("Daewon Field Service") != "GovernmentBody"


# "Caretaker", "Federal" and "Union" before a minister's title are no part of a name
# (names.yaml title_modifiers).
def test_a_union_minister_title_names_no_firm(extract_text):
    names = typed(extract_text("Union Commerce Minister Minjin Kim said the deal would help exporters."))
    assert "Union Commerce" not in names and names.get("Minjin Kim") == "Person"


def test_a_union_bank_is_still_named(extract_text):
    names = typed(extract_text("Union Bank of Daewonia lent Hanul Robotics $5 million."))
    assert any(name.startswith("Union Bank") for name in names)


# A person's name opening with an organisation's initials after a title: the initials are
# the organisation's ("Chairman HRC Minjin Park"), the rest the person's (title_names).
def test_initials_after_a_title_are_no_part_of_the_name(extract_text):
    names = typed(extract_text("Chairman HRC Minjin Park was also present at the meeting."))
    assert names.get("Minjin Park") == "Person" and "HRC Minjin Park" not in names


def test_a_name_after_a_title_stays_whole(extract_text):
    names = typed(extract_text("Chairman Minjin Park was also present at the meeting."))
    assert names.get("Minjin Park") == "Person"


# A name ending in a place's head names a body of the place where the word before its "of"
# heads it (descriptions.Descriptions._body_of_place).
def test_a_committee_of_a_province_is_a_public_body(extract_text):
    names = typed(extract_text("The People's Committee of Daeha Province signed a deal with Hanul Robotics."))
    assert names.get("People's Committee of Daeha Province") == "GovernmentBody"


def test_a_municipality_of_a_district_is_still_a_place(extract_text):
    names = typed(extract_text("Hanul Robotics opened a plant in the Municipality of Sorae District last year."))
    assert names.get("Municipality of Sorae District") == "City"


# A quote's code after an exchange's name and a colon names nothing ("(NASDAQ: ARVO)";
# mention_context.in_ticker).
def test_a_code_after_an_exchange_and_a_colon_is_no_name(extract_text):
    names = typed(extract_text("Arvo Systems (NASDAQ: ARVS) raised $50 million from Daewon Holdings."))
    assert "ARVS" not in names and names.get("Arvo Systems") == "Company"


def test_a_firm_named_by_its_code_alone_stays_a_firm(extract_text):
    names = typed(extract_text("Daewon Holdings bought a stake in ARVS, a robot maker, for $50 million."))
    assert names.get("ARVS") == "Company"


# A firm's name NER ran over an officer's title in capitals is cut before it, and the
# capitalised words after the title are the officer's name (title_names._officer_split).
def test_a_firm_name_run_over_a_title_is_cut(extract_text):
    names = typed(extract_text("Hanul Robotics CFO Park Ji-hoon said sales rose in March."))
    assert names.get("Hanul Robotics") == "Company" and names.get("Park Ji-hoon") == "Person"


def test_a_title_opening_a_name_is_left_alone(extract_text):
    names = typed(extract_text("The CEO Forum of Daewon met in Seoul in March."))
    assert not any(cls == "Person" for cls in names.values())


# A name ending in "Memory" is a chipmaker's, not a person's (names.yaml organisation_cues).
def test_a_memory_maker_is_no_person(extract_text):
    names = typed(extract_text("The Japanese rival Sorae Memory cut prices in March, hurting Hanul Robotics."))
    assert names.get("Sorae Memory") == "Company"


def test_a_rival_named_as_a_person_stays_a_person(extract_text):
    names = typed(extract_text("The Japanese rival Sorae Kim cut prices in March, hurting Hanul Robotics."))
    assert names.get("Sorae Kim") == "Person"


# An organisation's name made only of a title and the words that qualify one is an office,
# no body's name (title_forms.titles_only).
def test_a_ministers_office_names_no_body(extract_text):
    names = typed(extract_text("Caretaker Federal Minister of Trade, Daewon Park, released figures on Tuesday."))
    assert not any(name.startswith("Caretaker") for name in names) and names.get("Daewon Park") == "Person"


def test_a_federal_bank_of_a_country_is_still_named(extract_text):
    names = typed(extract_text("The Federal Bank of Daewonia released figures on Tuesday."))
    assert any(name.startswith("Federal Bank") for name in names)
