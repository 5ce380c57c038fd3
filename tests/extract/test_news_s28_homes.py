"""Homes and places of session 28, kinds met on news snippets outside the corpus: where a firm
is based and where a place lies, as news words them. Sentences invented here, each beside one
of a near shape that must not give the fact."""

from __future__ import annotations

from extract_support import direct_facts, fact_ends


def test_a_countrys_name_before_a_peer_or_partner_says_where_it_is_not_whose(extract_text):
    # "the takeover of NXP by its larger US peer Qualcomm" had made Qualcomm the United
    # States' rival; "its China partner" a partner of China.
    record = extract_text("Hanul Robotics lost the order to its larger US peer Minjin Systems.")
    assert ("Minjin Systems", "United States") not in fact_ends(record, "competes_with")
    assert ("Minjin Systems", "United States") in fact_ends(record, "headquartered_in")
    assert ("Minjin Systems", "Hanul Robotics") in fact_ends(record, "competes_with")
    record = extract_text("Hanul Robotics signed a supply deal with its China partner Daewon Motors.")
    assert not [f for f in direct_facts(record) if f[0] == "Daewon Motors" and f[2] == "China" and f[1] != "headquartered_in"]
    # A country's possessive before the title is still whose the title is, and the pattern
    # of a country's name before a leader's title still reads the leader.
    record = extract_text("Japan's Prime Minister Sato Kenji met US President Tom Walker in Osaka.")
    assert ("Sato Kenji", "Japan") in fact_ends(record, "head_of_state_of")
    assert ("Tom Walker", "United States") in fact_ends(record, "head_of_state_of")


def _classes(record: dict) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


def test_a_large_citys_name_written_without_its_accents_is_the_city(extract_text):
    # "Amanco Brasil Ltda. of Sao Paulo": GeoNames writes "São Paulo", and the plain name
    # had made a firm; "Ltda." is a legal form whose stop the tokenizer keeps apart.
    record = extract_text("Daewon Chemicals bought Minjin Plasticos Ltda. of Sao Paulo last year.")
    assert _classes(record)["Sao Paulo"] == "City"
    assert _classes(record)["Minjin Plasticos Ltda"] == "Company"
    assert ("Minjin Plasticos Ltda", "Sao Paulo") in fact_ends(record, "headquartered_in")
    record = extract_text("Hanul Textiles, a Bogota-based maker of fabrics, raised $4 million.")
    assert ("Hanul Textiles", "Bogota") in fact_ends(record, "headquartered_in")
    # A stop ending a sentence before "Of" opens no firm's home.
    record = extract_text("Daewon bought Hanul Textiles. Of Busan's textile firms, Minjin is the largest.")
    assert ("Hanul Textiles", "Busan") not in fact_ends(record, "headquartered_in")


def test_an_indian_wires_dateline_names_its_city_and_country(extract_text):
    # "Pune (Maharashtra) [India], April 10 (ANI):" had made Pune a firm.
    record = extract_text("Pune (Maharashtra) [India], April 10 (ANI): Auto parts maker Hanul Forgings opened its "
                          "third plant on Monday.", "2023-04-10")
    assert _classes(record).get("Pune") == "City"
    assert ("Pune", "India") in fact_ends(record, "located_in")
    # The dateline's city is no home of the firm the story is about.
    assert ("Hanul Forgings", "Pune") not in fact_ends(record, "headquartered_in")
    record = extract_text("Hyderabad (Telangana) [India], April 10 (ANI): Hanul Forgings opened a plant.", "2023-04-10")
    assert _classes(record).get("Hyderabad") == "City"
    # A firm's name with a place in brackets opening a line stays a firm.
    record = extract_text("Hanul Systems (Chongqing) said on Monday it would build a plant.", "2023-04-10")
    assert _classes(record).get("Hanul Systems") == "Company"


def test_a_city_after_a_place_in_it_is_a_city(extract_text):
    # "its plant in Chakan, Pune" had made Pune a firm (NER's), and the dateline's Pune with it.
    record = extract_text("Hanul Forgings opened its plant in Chakan, Pune, with an outlay of $30 million.")
    assert _classes(record).get("Pune") == "City"
    # A firm after a place and a comma is still a firm.
    record = extract_text("In Busan, Hanul Forgings opened a plant. Demand in Busan, Minjin Steel said, is strong.")
    assert _classes(record).get("Minjin Steel") == "Company"


def test_a_place_whose_name_a_demonym_opens_is_no_country(extract_text):
    # "plants in Bac Ninh and Thai Nguyen" had made "Nguyen" a firm headquartered in Thailand.
    record = extract_text("Daewon Electronics has plants in Bac Ninh and Thai Nguyen.")
    assert "Thailand" not in _classes(record)
    assert not [f for f in direct_facts(record) if "Thailand" in (f[0], f[2])]
    record = extract_text("Minjin Glass will invest in Tien Hai Industrial Park (Thai Binh province).")
    assert "Thailand" not in _classes(record)
    # A demonym before a firm's name is still its country.
    record = extract_text("Thai food maker Pelan Foods opened a plant in Thai Nguyen.")
    assert ("Pelan Foods", "Thailand") in fact_ends(record, "headquartered_in")


def test_a_firm_of_the_country_or_of_its_place_after_its_noun_or_short_form(extract_text):
    # "the LH Group of the RoK, the TDH Ecoland company of Vietnam", "Petroquimica Colombiana
    # SA (Petco) of Cartagena, Colombia": homes no pattern read.
    record = extract_text("The park is carried out by the Daewon Group of the United States, the PTL Ecoland company of "
                          "Vietnam, and Korean investors.")
    assert ("Daewon Group", "United States") in fact_ends(record, "headquartered_in")
    assert ("PTL Ecoland", "Vietnam") in fact_ends(record, "headquartered_in")
    # The investors' adjective lists no second country beside Vietnam.
    assert ("PTL Ecoland", "South Korea") not in fact_ends(record, "headquartered_in")
    record = extract_text("Daewon Chemicals bought a stake in Hanul Resinas SA (HRS) of Cartagena, Colombia.")
    assert ("Hanul Resinas SA", "Cartagena") in fact_ends(record, "headquartered_in")
    # Not a market the country names, nor a firm of another's.
    record = extract_text("Sales of Hanul Robotics of the US market rose 5%.")
    assert ("Hanul Robotics", "United States") not in fact_ends(record, "headquartered_in")
    record = extract_text("Minjin Glass bought the PTL Ecoland company of Vietnam's Daewon Group.")
    assert ("PTL Ecoland", "Vietnam") not in fact_ends(record, "headquartered_in")


def test_a_dateline_in_title_case_with_its_day_names_a_city(extract_text):
    # "Bhubaneswar, Nov 18: The second plant of steel major Tata Steel ..." had made the
    # city a firm.
    record = extract_text("Bhubaneswar, Nov 18: The new plant of steel maker Hanul Steel will open today.", "2015-11-18")
    assert _classes(record).get("Bhubaneswar") == "City"
    assert ("Hanul Steel", "Bhubaneswar") not in fact_ends(record, "headquartered_in")
    # A firm opening a line before a comma and a month stays a firm.
    record = extract_text("Hanul Steel, Nov 18: results beat forecasts, the company said.", "2015-11-18")
    assert _classes(record).get("Hanul Steel") != "City"


def test_a_singular_description_before_a_list_describes_its_first_name_only(extract_text):
    # "The joint venture between Tanzanian firm Taifa Gas and Delta Marimba" had homed Delta
    # Marimba in Tanzania too.
    record = extract_text("The venture between Kenyan firm Pelan Gas and Sorae Marimba was signed.")
    assert ("Pelan Gas", "Kenya") in fact_ends(record, "headquartered_in")
    assert ("Sorae Marimba", "Kenya") not in fact_ends(record, "headquartered_in")
    # A plural description is every name's.
    record = extract_text("Kenyan firms Pelan Gas and Sorae Marimba signed a deal.")
    assert {("Pelan Gas", "Kenya"), ("Sorae Marimba", "Kenya")} <= fact_ends(record, "headquartered_in")
