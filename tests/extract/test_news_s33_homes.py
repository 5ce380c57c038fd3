"""Homes and places of session 33, kinds met on news outside the corpus (wire and trade-press
stories on deals in Japan, Nigeria, India, Sri Lanka, Brazil and Saudi Arabia): a city
and its country set off by commas after "based in" or before the firm the participle
tells of, a part of a country named by its side ("central Japan"), a government's
ministry named with its country's adjective or after "of", a firm's description set beside
an investment firm's name (an Emirati daily), and a participle in a firm's description by
its trade in a country (a Nigerian tech site). Sentences invented here, each
beside one of a near shape that must not be read so."""

from __future__ import annotations

from extract_support import fact_ends

HOME = "headquartered_in"


def test_a_fronted_participle_of_home_with_the_citys_country(extract_text):
    # "Based in Fukui, central Japan, Mitani has ..." had given no home at all: the
    # country between the city and the firm stopped the frame.
    record = extract_text("Based in Okcheon, central South Korea, Minjin Robotics makes robot arms.")
    assert ("Minjin Robotics", "Okcheon") in fact_ends(record, HOME)
    assert ("Minjin Robotics", "South Korea") in fact_ends(record, HOME)
    assert ("Okcheon", "South Korea") in fact_ends(record, "located_in")
    # A participle that tells of no home reads nothing.
    record = extract_text("Selling in Okcheon, central South Korea, Minjin Robotics makes robot arms.")
    assert not [pair for pair in fact_ends(record, HOME) if pair[0] == "Minjin Robotics"]


def test_a_firm_based_in_a_city_and_its_country_is_at_home_in_both(extract_text):
    # "Hanul, based in Busan, South Korea, makes ...": only the city had been the firm's.
    record = extract_text("Minjin Robotics, based in Okcheon, South Korea, makes robot arms.")
    assert {("Minjin Robotics", "Okcheon"), ("Minjin Robotics", "South Korea")} <= fact_ends(record, HOME)
    # The city and country of an office opened there are no home.
    record = extract_text("Minjin Robotics opened an office in Okcheon, South Korea, on Monday.")
    assert ("Okcheon", "South Korea") in fact_ends(record, "located_in")
    assert ("Minjin Robotics", "South Korea") not in fact_ends(record, HOME)
    # Nor is a list of places one city in the next country.
    record = extract_text("Minjin Robotics has offices in Okcheon, Japan, Vietnam and China.")
    assert ("Okcheon", "Japan") not in fact_ends(record, "located_in")


def test_a_government_ministry_named_with_its_countrys_adjective(extract_text):
    # "The Indian finance ministry said" had no home.
    record = extract_text("The Indian finance ministry said the deficit would narrow.")
    assert ("finance ministry", "India") in fact_ends(record, HOME)
    # A country's adjective of another noun places no ministry.
    record = extract_text("An Indian delegation met the finance ministry on Monday.")
    assert ("finance ministry", "India") not in fact_ends(record, HOME)


def test_a_government_ministry_of_a_country(extract_text):
    # "the Ministry of Foreign Affairs of Sri Lanka": the parse had ended the name before its country.
    record = extract_text("The Ministry of Foreign Affairs of Sri Lanka said the talks went well.")
    assert ("Ministry of Foreign Affairs", "Sri Lanka") in fact_ends(record, HOME)
    # A country the ministry deals with is not its own.
    record = extract_text("The Ministry of Foreign Affairs welcomed the envoy of Sri Lanka.")
    assert ("Ministry of Foreign Affairs", "Sri Lanka") not in fact_ends(record, HOME)


def test_a_firms_description_beside_an_investment_firms_name_refers_to_no_one_else(extract_text):
    # "Fajr joins HSBC and Waha Capital, the Abu Dhabi investment company": the description
    # had also been read as a reference back, to a firm of the line before, which it gave
    # Abu Dhabi (the name beside it is an investment firm's, the description a company's).
    record = extract_text("Minjin Bank posted a record profit. Sora joins Daewon and Hanul Capital, the Busan investment company.")
    assert ("Hanul Capital", "Busan") in fact_ends(record, HOME)
    assert ("Minjin Bank", "Busan") not in fact_ends(record, HOME)
    # A description of its own sentence, set beside no name, still refers back.
    record = extract_text("Daewon Motors bought a stake in Sora on Monday. The Busan company said it would buy more.")
    assert ("Daewon Motors", "Busan") in fact_ends(record, HOME)


def test_a_firm_described_by_a_participle_and_its_trade_in_a_country(extract_text):
    # "Wakanow, a leading travel operator in Nigeria," had no home: "leading" was read as a verb.
    record = extract_text("Hanul Travel, a leading travel operator in Nigeria, bought Minjin.")
    assert ("Hanul Travel", "Nigeria") in fact_ends(record, HOME)
    # The description of the firm bought is not the buyer's.
    record = extract_text("Hanul Travel bought Minjin, a leading travel operator in Nigeria.")
    assert ("Hanul Travel", "Nigeria") not in fact_ends(record, HOME)
