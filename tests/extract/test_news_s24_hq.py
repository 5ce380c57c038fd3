"""Where organisations are based, as fresh news writes it (session 24): a participle of
where opening the sentence, more nouns that say a firm is one ("trading house", "uranium
explorer", "news agency"); on sentences invented here, each beside one of the same shape
that must not be read so."""

from __future__ import annotations

import pytest

from extract_support import fact_ends


def homes(record) -> set[tuple[str, str]]:
    return fact_ends(record, "headquartered_in")


@pytest.mark.parametrize("text, firm, place", [
    ("Headquartered in Changsha, the capital of Hunan province, Hanul Batteries sells its cells across Asia.",
     "Hanul Batteries", "Changsha"),
    ("Based in Busan, Hanul Robotics makes welding robots.", "Hanul Robotics", "Busan"),
])
def test_a_participle_of_where_opening_the_sentence_tells_of_its_subject(extract_text, text, firm, place):
    assert (firm, place) in homes(extract_text(text))


def test_an_opening_participle_of_a_plant_gives_its_firm_no_home(extract_text):
    # the clause's subject is a plant, not the firm named inside it
    record = extract_text("Based in Busan, the Hanul Robotics plant makes welding robots.")
    assert ("Hanul Robotics", "Busan") not in homes(record)


def test_an_opening_participle_with_a_subject_of_its_own_is_not_the_clause_subjects(extract_text):
    record = extract_text("Daewon Motors said on Monday that Hanul Robotics, based in Busan, makes welding robots.")
    assert ("Daewon Motors", "Busan") not in homes(record)


@pytest.mark.parametrize("text, firm, country", [
    ("Japanese trading house Sojiro & Co. said it will buy a 10 percent stake in Hanul Robotics.", "Sojiro & Co.", "Japan"),
    ("Daewon agreed to buy a 10.3 percent stake in Australian uranium explorer Kalbarri Minerals Ltd.",
     "Kalbarri Minerals Ltd.", "Australia"),
    ("Hanul Seats agreed to a buyout offer by affiliates of its Chinese partner Ningpo Jifang Auto Parts.",
     "Ningpo Jifang Auto Parts", "China"),
    ("Daewon bought a stake in Hanul, Japan's news agency Kyodo said.", "Kyodo", "Japan"),
])
def test_more_nouns_that_say_what_a_firm_is(extract_text, text, firm, country):
    assert (firm, country) in homes(extract_text(text))


def test_a_house_that_is_no_firm_gives_no_home(extract_text):
    # a people's adjective before a plural of no firm, then a name: no description of it
    record = extract_text("Japanese households bought more cars from Sojiro Motors in May.")
    assert ("Sojiro Motors", "Japan") not in homes(record)


@pytest.mark.parametrize("text, firm, place", [
    ("Kim Min-soo founded Hanul Robotics in Busan in 2015.", "Hanul Robotics", "Busan"),
    ("Daewon established Hanul Japan in Tokyo last year.", "Hanul Japan", "Tokyo"),
    # the place hung on the name in apposition to the object
    ("After a career in research, he founded the battery maker Hanul in the southern Chinese city of Shenzhen.",
     "Hanul", "Shenzhen"),
])
def test_what_one_founds_somewhere_is_at_home_there(extract_text, text, firm, place):
    assert (firm, place) in homes(extract_text(text))


def test_a_unit_established_abroad_gives_its_founder_no_home(extract_text):
    record = extract_text("Daewon Motors established a unit in Japan last year.")
    assert ("Daewon Motors", "Japan") not in homes(record)


def test_a_place_inside_an_apposition_to_the_founded_firm_is_no_home(extract_text):
    record = extract_text("He founded the battery maker Hanul, a supplier to carmakers in Japan.")
    assert ("Hanul", "Japan") not in homes(record)


@pytest.mark.parametrize("text, firm, place", [
    ("Hanul Hydrogen Systems (Chongqing) Co., Ltd. opened a plant in Chongqing.",
     "Hanul Hydrogen Systems (Chongqing) Co., Ltd.", "Chongqing"),
    # the country in brackets, named nowhere else
    ("Daewon Holdings (Singapore) Pte Ltd bought a stake in Hanul Robotics.", "Daewon Holdings (Singapore) Pte Ltd",
     "Singapore"),
    # in brackets after the name
    ("Minjin Cables (Mexico) and Hanul Wires (Brazil) signed a supply deal.", "Minjin Cables", "Mexico"),
])
def test_a_place_in_brackets_in_or_after_a_firms_name(extract_text, text, firm, place):
    assert (firm, place) in homes(extract_text(text))


@pytest.mark.parametrize("text", [
    "Shares of Hanul Robotics (005930.KS) rose 3% in Seoul.",
    "Hanul Robotics (HK) Ltd bought a stake in Minjin Cables.",
])
def test_brackets_that_hold_no_place_give_no_home(extract_text, text):
    assert not {(s, o) for s, o in homes(extract_text(text)) if s.startswith("Hanul")}


@pytest.mark.parametrize("text, firm, place", [
    # a sector, or words joined by hyphens, between "X-based" and the firm's noun
    ("Seoul-based e-commerce platform Hanul Mall raised $5 million.", "Hanul Mall", "Seoul"),
    ("Tel Aviv-based video-on-demand startup Vonetra is shifting toward addressable TV.", "Vonetra", "Tel Aviv"),
    # the name given by "called"
    ("Daewon invested in a Busan-based startup called Hanul Robotics.", "Hanul Robotics", "Busan"),
    ("Daewon invested in a Busan startup called Hanul Robotics.", "Hanul Robotics", "Busan"),
    ("He referred me to an Israeli startup called Approvix, which we later bought.", "Approvix", "Israel"),
])
def test_descriptions_of_a_firm_with_more_words_between(extract_text, text, firm, place):
    assert (firm, place) in homes(extract_text(text))


def test_a_verb_after_a_based_description_ends_it(extract_text):
    # "the Busan-based firm sold Hanul": the firm that sold is based in Busan, not Hanul
    record = extract_text("The Busan-based firm sold Hanul Robotics to Daewon Motors.")
    assert ("Hanul Robotics", "Busan") not in homes(record)


def test_a_name_called_after_a_description_of_a_person_is_no_firm(extract_text):
    record = extract_text("An Israeli startup founder named Dana Levi joined Hanul Robotics.")
    assert not {s for s, _ in homes(record)} & {"Dana Levi"}
    assert any(e["name"] == "Dana Levi" and e["type"] == "Person" for e in record["entities"])


@pytest.mark.parametrize("text", [
    "Hanul Robotics moved its headquarters to Busan in 2019.",
    "Hanul Robotics will relocate its headquarters to Busan.",
])
def test_where_a_firm_moves_its_headquarters_is_its_home(extract_text, text):
    assert ("Hanul Robotics", "Busan") in homes(extract_text(text))


def test_where_a_firm_moves_a_plant_is_no_home(extract_text):
    assert ("Hanul Robotics", "Busan") not in homes(extract_text("Hanul Robotics moved its plant to Busan in 2019."))


@pytest.mark.parametrize("text", [
    "Hanul Robotics, whose head office is in Busan, raised $5 million.",
    "Hanul Robotics' registered office is located in Busan.",
])
def test_a_head_or_registered_office_is_the_home(extract_text, text):
    assert ("Hanul Robotics", "Busan") in homes(extract_text(text))


def test_any_office_is_no_home(extract_text):
    record = extract_text("Hanul Robotics, whose office is in Busan, raised $5 million.")
    assert ("Hanul Robotics", "Busan") not in homes(record)


def test_two_trades_joined_before_the_firm_noun_after_a_country_possessive(extract_text):
    record = extract_text("South Korea's chemical and energy giant Daewon Group will invest 20 trillion won.")
    assert ("Daewon Group", "South Korea") in homes(record)


def test_a_country_possessive_before_joined_nouns_of_no_firm(extract_text):
    record = extract_text("South Korea's exports and imports fell, Daewon Group said.")
    assert ("Daewon Group", "South Korea") not in homes(record)


@pytest.mark.parametrize("text", [
    "Seoul based startup Hanul Robotics raised $5 million.",
    "Hanul Robotics, a Seoul based startup, raised $5 million.",
])
def test_based_without_its_hyphen(extract_text, text):
    assert ("Hanul Robotics", "Seoul") in homes(extract_text(text))


def test_a_place_that_based_something_is_no_home(extract_text):
    record = extract_text("Seoul based the decision on data from Hanul Robotics.")
    assert ("Hanul Robotics", "Seoul") not in homes(record)


def test_a_description_that_names_the_firm_by_its_city(extract_text):
    record = extract_text("Hanul Robotics raised $10 million on Monday. The Shenzhen company makes delivery robots.")
    assert ("Hanul Robotics", "Shenzhen") in homes(record)


def test_a_city_description_is_not_a_firm_the_text_placed_in_another_city(extract_text):
    record = extract_text("Daewon Motors of Seoul bought Hanul Robotics on Monday. The Shenzhen company makes delivery robots.")
    assert ("Daewon Motors", "Shenzhen") not in homes(record)
    assert ("Hanul Robotics", "Shenzhen") in homes(record)


def test_a_city_description_refers_to_the_firm_placed_there(extract_text):
    record = extract_text("Daewon Motors bought Busan-based Hanul Robotics on Monday. The Busan company makes delivery robots.")
    assert ("Daewon Motors", "Busan") not in homes(record)
    assert ("Hanul Robotics", "delivery robots") in fact_ends(record, "operates_in_sector")


def test_a_city_before_an_event_word_refers_to_no_firm(extract_text):
    record = extract_text("Hanul Robotics showed robots at the Busan Robot Expo. The Busan expo drew 10,000 visitors.")
    assert ("Hanul Robotics", "Busan") not in homes(record)


@pytest.mark.parametrize("text, country", [
    ("Hanul Robotics, one of China's largest robot makers, raised $5 million.", "China"),
    ("Hanul Robotics, among Korea's biggest chipmakers, raised $5 million.", "South Korea"),
    ("Hanul Robotics is one of Japan's leading robot makers.", "Japan"),
    ("Hanul Robotics, one of the largest Chinese carmakers, raised $5 million.", "China"),
])
def test_one_of_a_countrys_firms(extract_text, text, country):
    assert ("Hanul Robotics", country) in homes(extract_text(text))


def test_a_firm_that_supplies_one_of_a_countrys_firms_is_not_one(extract_text):
    assert ("Hanul Robotics", "China") not in homes(extract_text("Hanul Robotics supplies one of China's largest carmakers."))


@pytest.mark.parametrize("text, firm, country", [
    ("Hanul Tambang, an Indonesian state-owned miner, signed the deal.", "Hanul Tambang", "Indonesia"),
    ("Daewon's Japanese unit Hanul Robotics signed the deal.", "Hanul Robotics", "Japan"),
])
def test_more_descriptions_with_a_demonym(extract_text, text, firm, country):
    assert (firm, country) in homes(extract_text(text))


def test_a_demonym_before_no_firm_noun_describes_no_name_after_it(extract_text):
    record = extract_text("Daewon's Japanese sales rose, Hanul Robotics said.")
    assert ("Hanul Robotics", "Japan") not in homes(record)


@pytest.mark.parametrize("text", [
    "Hanul Robotics was set up in Busan in 2015.",
    "Hanul Robotics, set up in Busan in 2015, raised $5 million.",
    "Kim Min-soo set up Hanul Robotics in Busan in 2015.",
    "Founded in Busan, Hanul Robotics makes welding robots.",
])
def test_where_a_firm_was_set_up_or_founded(extract_text, text):
    assert ("Hanul Robotics", "Busan") in homes(extract_text(text))


@pytest.mark.parametrize("text", [
    "Hanul Robotics set up a plant in Busan in 2015.",
    "Hanul Robotics agreed to establish a plant in Busan.",
    "Hanul Robotics plans to set up a plant in Busan.",
    "Hanul Robotics set a record in Busan in 2015.",
])
def test_what_a_firm_sets_up_elsewhere_is_no_home(extract_text, text):
    assert ("Hanul Robotics", "Busan") not in homes(extract_text(text))


@pytest.mark.parametrize("text", [
    "Hanul Robotics, the Busan firm, raised $5 million.",
    "Hanul Robotics (Busan, South Korea) raised $5 million.",
    "Hanul Robotics, from Busan, raised $5 million.",
])
def test_a_city_set_off_after_the_name(extract_text, text):
    assert ("Hanul Robotics", "Busan") in homes(extract_text(text))


def test_from_a_place_to_another_is_no_home(extract_text):
    record = extract_text("Daewon moved Hanul Robotics, from Busan to Seoul.")
    assert ("Hanul Robotics", "Busan") not in homes(record)


def test_based_out_of_a_place(extract_text):
    assert ("Hanul Robotics", "Busan") in homes(extract_text("Hanul Robotics, which is based out of Busan, raised $5 million."))


def test_a_bid_based_on_data_from_a_place_is_no_home(extract_text):
    record = extract_text("Hanul Robotics based its bid in part on data from Busan.")
    assert ("Hanul Robotics", "Busan") not in homes(record)
