"""Shapes of names that hold for news in general, on hand-written sentences: firms named
after their home city or province, legal forms of more countries, a firm's people after
its "'s", a minister's brief, a public body whose brief is a list. Each rule has several
sentences of its shape, so that a rule fitted to one wording fails here."""

from __future__ import annotations

import pytest

from kg.extract.places import place_led


def types(record) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


@pytest.mark.parametrize("text, name", [
    ("Hefei Lumio and Tianjin Corrix both cut their forecasts on Tuesday.", "Hefei Lumio"),
    ("Hefei Lumio and Tianjin Corrix both cut their forecasts on Tuesday.", "Tianjin Corrix"),
    ("Analysts expect Hunan Veltra to post a loss this quarter.", "Hunan Veltra"),
    ("The contract went to Daegu Marisol after a year of talks.", "Daegu Marisol"),
])
def test_a_name_opening_with_a_city_or_province_of_east_asia_is_a_firm(extract_text, text, name):
    assert types(extract_text(text)).get(name) in ("Company", "InvestmentFirm")


@pytest.mark.parametrize("name, led", [
    ("Zhejiang Morvan", True), ("Busan Tellico", True), ("Osaka Kenji", True),
    # A family name last is a person's, in the given-name-first order of English news.
    ("Yulin Zhang", False), ("Xinyi Wang", False),
    # Given names that are towns elsewhere, and one word alone.
    ("Austin Ferris", False), ("Victoria Lund", False), ("Shenzhen", False),
])
def test_which_names_a_place_opens(name, led):
    assert place_led(name) is led


def test_a_person_whose_name_is_no_place_stays_a_person(extract_text):
    found = types(extract_text("Harriet Olsen met Chen Wei in Hangzhou on Monday."))
    assert (found.get("Harriet Olsen"), found.get("Chen Wei")) == ("Person", "Person")


@pytest.mark.parametrize("text, name", [
    ("Tarvo Oyj said it would cut 300 jobs in Finland.", "Tarvo Oyj"),
    ("Fjellnes ASA agreed to sell its ferry arm.", "Fjellnes ASA"),
    ("Menara Kiri Bhd won the bridge contract.", "Menara Kiri Bhd"),
    ("Orlov Tensor PJSC delayed its bond sale.", "Orlov Tensor PJSC"),
])
def test_legal_forms_of_more_countries_make_a_firm(extract_text, text, name):
    assert types(extract_text(text)).get(name) == "Company"


@pytest.mark.parametrize("text, firm, person", [
    ("Harlow Pike's CEO Dana Ortiz said the plant would open in May.", "Harlow Pike", "Dana Ortiz"),
    ("Quenby Marsh's chairman Ilan Cobb stepped down on Friday.", "Quenby Marsh", "Ilan Cobb"),
    ("Ravel Dunn's founder Mina Holt sold part of her stake.", "Ravel Dunn", "Mina Holt"),
])
def test_the_name_before_a_firm_title_is_a_firms(extract_text, text, firm, person):
    found = types(extract_text(text))
    assert (found.get(firm), found.get(person)) == ("Company", "Person")


@pytest.mark.parametrize("text, person, brief", [
    ("Minister of Mines Tomas Abara flew to Lima on Sunday.", "Tomas Abara", "Mines"),
    ("She met Secretary of Energy Paul Kellan in Houston.", "Paul Kellan", "Energy"),
    ("Federal Minister for Digital Affairs Jana Wolter opened the fair.", "Jana Wolter", "Digital Affairs"),
])
def test_a_ministers_brief_is_no_entity(extract_text, text, person, brief):
    found = types(extract_text(text))
    assert found.get(person) == "Person"
    assert brief not in found


def test_a_title_written_with_a_hyphen_is_no_part_of_the_name(extract_text):
    found = types(extract_text("Director-General Ines Vark warned of slower trade."))
    assert found.get("Ines Vark") == "Person"
    assert "General Ines Vark" not in found


@pytest.mark.parametrize("text, body", [
    ("Korea's Ministry of Oceans, Fisheries and Ports said exports of seaweed rose.", "Ministry of Oceans, Fisheries and Ports"),
    ("The Department of Labor, Skills and Employment will publish the figures.", "Department of Labor, Skills and Employment"),
    ("Officials of the Ministry of Land, Housing and Transport visited the site.", "Ministry of Land, Housing and Transport"),
])
def test_a_public_body_whose_brief_is_a_list_is_one_name(extract_text, text, body):
    assert types(extract_text(text)).get(body) == "GovernmentBody"


def test_a_brief_joined_by_and_and_a_firm_after_a_ministry(extract_text):
    found = types(extract_text("The Ministry of Science and ICT and the Ministry of Finance and Tarvik Motors signed the pact."))
    assert found.get("Ministry of Science and ICT") == "GovernmentBody"
    assert "Tarvik Motors" in found
    assert not any("Tarvik" in name and name != "Tarvik Motors" for name in found)


def test_a_minister_of_a_country_keeps_the_country(extract_text):
    found = types(extract_text("The Prime Minister of Malaysia met Kenji Aso, the president of Torvald Steel."))
    assert (found.get("Malaysia"), found.get("Torvald Steel")) == ("Country", "Company")


@pytest.mark.parametrize("text, firm, person", [
    ("“We will keep hiring,” Tarsk Auto Holdings CEO Ilka Moen told reporters.", "Tarsk Auto Holdings", "Ilka Moen"),
    ("Shares rose after Orvik Marine Vice Chairman Tomas Berg bought more.", "Orvik Marine", "Tomas Berg"),
    ("Interviewed on Monday, Veltra Foods President Mina Holt said prices would rise.", "Veltra Foods", "Mina Holt"),
])
def test_a_firm_before_a_title_and_a_person_is_a_name(extract_text, text, firm, person):
    found = types(extract_text(text))
    assert found.get(firm) in ("Company", "InvestmentFirm") and found.get(person) == "Person"


def test_a_word_that_qualifies_a_title_opens_no_name(extract_text):
    found = types(extract_text("Former CEO Ana Lim left in May. Acting Chairman Ken Obi took over."))
    assert found == {"Ana Lim": "Person", "Ken Obi": "Person"}


@pytest.mark.parametrize("text, name", [
    ("Orsk Shipping and Logistics Co. bought two tankers last year.", "Orsk Shipping and Logistics Co."),
    ("The buses come from Halden Truck and Bus Corp., a unit of a larger group.", "Halden Truck and Bus Corp."),
    ("Tarvik Paper and Pulp Ltd. cut its dividend.", "Tarvik Paper and Pulp Ltd."),
])
def test_a_legal_form_after_and_and_one_word_ends_one_name(extract_text, text, name):
    assert types(extract_text(text)).get(name) == "Company"


def test_two_firms_each_with_a_name_of_their_own_stay_two(extract_text):
    found = types(extract_text("BNW Investment and SJL Partners led the round, with Tarvo Holdings and Kesto Capital Co."))
    assert {"BNW Investment", "SJL Partners", "Tarvo Holdings", "Kesto Capital Co."} <= set(found)


@pytest.mark.parametrize("text, name, cls", [
    ("Exporters fear the Regional Comprehensive Economic Partnership will cut their margins.",
     "Regional Comprehensive Economic Partnership", "Policy"),
    ("Officials said Made in China 2025 still guides the state's lending.", "Made in China 2025", "Policy"),
    ("The firm was added to the Entity List in March.", "Entity List", "Policy"),
    ("NATO members met in Vilnius to discuss spending.", "NATO", "GovernmentBody"),
    ("The OECD cut its growth forecast for Korea.", "OECD", "GovernmentBody"),
])
def test_named_policies_and_bodies_news_often_names(extract_text, text, name, cls):
    assert types(extract_text(text)).get(name) == cls


@pytest.mark.parametrize("text, name", [
    ("Sales at Tarvik Motor India rose 9 percent in May.", "Tarvik Motor India"),
    ("Orvik Electronics USA will hire 300 workers in Tennessee.", "Orvik Electronics USA"),
    ("Shares of Velto Foods Vietnam fell after the recall.", "Velto Foods Vietnam"),
])
def test_a_firms_name_ending_in_a_country_keeps_it(extract_text, text, name):
    assert types(extract_text(text)).get(name) == "Company"


@pytest.mark.parametrize("text, agency", [
    ("SEOUL, Nov. 12 (Yonhap) -- Orvik Steel said Tuesday it would build a mill.", "Yonhap"),
    ("Kyodo reported that the talks would resume in June.", "Kyodo"),
])
def test_a_news_agency_ner_takes_for_a_people_is_an_outlet(extract_text, text, agency):
    assert types(extract_text(text)).get(agency) == "Company"


@pytest.mark.parametrize("text, name", [
    ("Analysts expect Velto Platforms to list next year.", "Velto Platforms"),
    ("Orsa Biosciences said the trial had failed.", "Orsa Biosciences"),
    ("Merin Payments laid off 40 people.", "Merin Payments"),
])
def test_more_words_that_end_firms_names(extract_text, text, name):
    assert types(extract_text(text)).get(name) == "Company"


@pytest.mark.parametrize("text, name", [
    ("Tech site 12Wire reported the round on Monday.", "12Wire"),
    ("Orvik said 4Quanta and 21Lumen would join the deal.", "4Quanta"),
    ("Orvik said 4Quanta and 21Lumen would join the deal.", "21Lumen"),
])
def test_a_number_going_on_with_a_mixed_case_word_is_a_name(extract_text, text, name):
    assert name in types(extract_text(text))


def test_units_and_scales_after_a_number_are_no_names(extract_text):
    assert types(extract_text("The 5G network reached 10M users and 3D printers.")) == {}


@pytest.mark.parametrize("text, name, cls", [
    ("Abu Dhabi's Mubadala Capital took a stake in the miner.", "Mubadala Capital", "InvestmentFirm"),
    ("The loan came from Temasek Capital Management and two banks.", "Temasek Capital Management", "InvestmentFirm"),
    ("Bain Capital Ventures led the seed round.", "Bain Capital Ventures", "InvestmentFirm"),
])
def test_a_known_firms_name_going_on_with_a_firms_word_names_its_arm(extract_text, text, name, cls):
    found = types(extract_text(text))
    assert found.get(name) in (cls, "Company")


@pytest.mark.parametrize("text, name", [
    ("Two funds took stakes in Crestline Robotics, a maker of arms for warehouses.", "Crestline Robotics"),
    ("Shares of Oakridge Motors rose on Tuesday.", "Oakridge Motors"),
])
def test_a_name_ner_calls_a_place_that_ends_in_a_firms_word_is_a_firm(extract_text, text, name):
    assert types(extract_text(text)).get(name) == "Company"


@pytest.mark.parametrize("text, name", [
    ("Orvik unveiled the Lumo X7 in Seoul on Tuesday.", "Lumo X7"),
    ("Buyers lined up for the Vela Q5 in Shanghai.", "Vela Q5"),
    ("Kestrel's KX200 accelerators are in short supply.", "KX200"),
    ("Velmora recalled 3,000 units of its Galen S4 phone.", "Galen S4 phone"),
])
def test_a_models_name_is_a_product(extract_text, text, name):
    assert types(extract_text(text)).get(name) == "Product"


@pytest.mark.parametrize("text, absent", [
    ("Orvik Robotics raised $20 million in a Series C round.", "Series C"),
    ("Kestrel Pharma said its drug passed Phase 3 trials.", "Phase 3"),
    ("The chips will be made at Fab 21 in Arizona, Velmora said.", "Fab 21"),
])
def test_a_round_a_stage_or_a_place_numbered_is_no_product(extract_text, text, absent):
    assert types(extract_text(text)).get(absent) != "Product"


def test_a_firm_with_a_number_in_its_name_stays_a_firm(extract_text):
    found = types(extract_text("SK Materials formed a joint venture with Group 14 Technologies last year."))
    assert found.get("Group 14 Technologies") == "Company"


@pytest.mark.parametrize("text, absent", [
    ("Shoppers lined up for the new phone in Seoul.", "Shoppers"),
    ("Retailers said demand fell in May, Velmora Foods said.", "Retailers"),
])
def test_a_plural_common_noun_opening_a_sentence_is_no_name(extract_text, text, absent):
    assert absent not in types(extract_text(text))


@pytest.mark.parametrize("text, body", [
    ("The UK's Competition and Markets Authority opened a review of the merger.", "Competition and Markets Authority"),
    ("Kenya's Energy and Petroleum Regulatory Authority raised fuel prices.", "Energy and Petroleum Regulatory Authority"),
])
def test_a_body_named_by_its_briefs_before_its_head_is_one_name(extract_text, text, body):
    assert types(extract_text(text)).get(body) == "GovernmentBody"


@pytest.mark.parametrize("text, name", [
    ("Harlan Brooke raised its stake in the port operator to 12%.", "Harlan Brooke"),
    ("Kepler Weber said it would sell its grain unit.", "Kepler Weber"),
    ("Analysts said Marlow Hayes had cut its profit forecast.", "Marlow Hayes"),
])
def test_a_name_whose_subject_owns_its_things_is_a_firms(extract_text, text, name):
    assert types(extract_text(text)).get(name) == "Company"


@pytest.mark.parametrize("text, name", [
    ("Lars Holmberg raised his stake in the firm.", "Lars Holmberg"),
    ("Anna Berg said it was a good deal.", "Anna Berg"),
    ("Chief executive Ana Lim said it would expand its plants.", "Ana Lim"),
])
def test_a_person_stays_a_person_beside_it(extract_text, text, name):
    assert types(extract_text(text)).get(name) == "Person"


@pytest.mark.parametrize("text, person", [
    ("NATO Secretary General Ines Vark urged members to spend more.", "Ines Vark"),
    ("Director General Tomas Abara said the agency would act.", "Tomas Abara"),
])
def test_general_after_a_title_is_no_part_of_the_name(extract_text, text, person):
    found = types(extract_text(text))
    assert found.get(person) == "Person"
    assert f"General {person}" not in found


def test_a_proper_name_before_the_legal_form_is_a_second_firm(extract_text):
    found = types(extract_text("Exporters suffer in Japan, which is home to Tarsk Electron and Velvio Corp."))
    assert "Velvio Corp." in found and "Tarsk Electron and Velvio Corp." not in found
