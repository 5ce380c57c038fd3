"""Entity names as news writes them (session 21, helper "ents"), on sentences invented
here, each beside one of the same shape that must not be read so."""

from __future__ import annotations


def typed(record) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


# The fields a chamber's or a ministry's name lists after "of" are one name with it
# (name_repairs.briefs_after_of, read by briefs_joined and list_members.lists_split).
def test_a_chamber_of_listed_fields_is_one_name(extract_text):
    names = typed(extract_text("The Tehran Chamber of Commerce, Industries, Mines and Agriculture said on Monday "
                               "that Daewon Ventures will open an office."))
    assert names.get("Tehran Chamber of Commerce, Industries, Mines and Agriculture") == "Company"
    assert "Mines" not in names and "Agriculture" not in names


def test_a_name_after_a_bank_of_a_country_is_another(extract_text):
    names = typed(extract_text("The Bank of Korea and Hanul Capital signed a deal."))
    assert "Bank of Korea" in names and names.get("Hanul Capital") == "InvestmentFirm"


# Briefs before a minister's title are no name (people.Titles._brief_before_title).
def test_listed_briefs_before_a_minister_are_no_name(extract_text):
    names = typed(extract_text("India's Commerce and Industry Minister Piyush Goyal met Daewon Ventures executives in Delhi."))
    assert "Commerce" not in names and "Industry" not in names and names.get("Piyush Goyal") == "Person"


def test_a_firm_before_a_minister_is_a_name(extract_text):
    names = typed(extract_text("Executives of Hanul Robotics and Trade Minister Piyush Goyal met in Delhi."))
    assert names.get("Hanul Robotics") == "Company" and "Trade" not in names


# NER's names of nothing kg holds (non_names): a currency before its sum, a holiday, a
# common noun after "the" that no place is called.
def test_a_currency_code_before_a_sum_is_no_name(extract_text):
    names = typed(extract_text("Hanul Capital offered to acquire 40% of Daewon Robotics for MXN $50.4 billion."))
    assert "MXN" not in names and names.get("Daewon Robotics") == "Company"


def test_a_firm_before_a_sum_stays(extract_text):
    names = typed(extract_text("Hanul Capital paid Daewon Robotics $50.4 billion for the plant."))
    assert names.get("Daewon Robotics") == "Company"


def test_a_holiday_is_no_firm(extract_text):
    names = typed(extract_text("The phone from Daewon Robotics could hit the market around Diwali."))
    assert "Diwali" not in names


def test_a_firm_in_the_same_place_stays(extract_text):
    names = typed(extract_text("The phone could hit the market around Daewon Robotics' launch."))
    assert "Daewon Robotics" in names


def test_the_kingdom_is_no_firm(extract_text):
    names = typed(extract_text("Egypt led the list with $964 million, followed by the Kingdom with $946.7 million."))
    assert "Kingdom" not in names


# "co" joined to the next word by a hyphen is a prefix, no legal form (name_repairs.legal_form_joined).
def test_co_before_a_hyphen_is_no_legal_form(extract_text):
    names = typed(extract_text("Analysts point to Hanul and Google co-developing an affordable phone."))
    assert "Hanul and Google co" not in names


def test_a_legal_form_after_and_a_noun_joins(extract_text):
    names = typed(extract_text("Busan Shipping and Logistics Co. signed a deal with Daewon Ventures."))
    assert names.get("Busan Shipping and Logistics Co.") == "Company"


# A title's opening word left alone once its title is cut off names no one (names.yaml
# lone_title_words).
def test_a_lone_title_word_is_no_name(extract_text):
    names = typed(extract_text("Hanul Kim, President of Daewon Ventures and Chairman and Managing Director, "
                               "Hanul Robotics will visit Dhaka."))
    assert "Managing" not in names and names.get("Hanul Robotics") == "Company"


def test_a_firm_opened_by_a_title_word_stays(extract_text):
    names = typed(extract_text("General Motors and Hanul Robotics signed a battery deal."))
    assert names.get("General Motors") == "Company"


# "Exchange" ends an organisation's name, so a place opening it stays part of it
# (names.yaml organisation_cues: "Stock Exchange" is no person left of "New York").
def test_a_place_s_stock_exchange_is_one_firm(extract_text):
    names = typed(extract_text("Daewon Ventures is close to the market value of Hanul Robotics, "
                               "a New York Stock Exchange-listed Chinese EV maker."))
    assert names.get("New York Stock Exchange") == "Company" and "Stock Exchange" not in names


def test_exchange_as_a_common_word_is_no_name(extract_text):
    names = typed(extract_text("Hanul Robotics earned foreign exchange by selling robots to New York."))
    assert not any("xchange" in n for n in names)


def test_a_new_year_address_names_no_event(extract_text):
    names = typed(extract_text("In his New Year's address, Hanul Kim said Daewon Ventures would invest in Hanul Robotics."))
    assert not any("New Year" in n for n in names)


def test_a_named_summit_in_the_same_place_stays(extract_text):
    names = typed(extract_text("In his Busan Robot Summit address, Hanul Kim said Daewon Ventures would invest in Hanul Robotics."))
    assert names.get("Busan Robot Summit") == "Event"


# Capitalised common words ending in an abstract noun that NER calls an organisation name
# an aim, no firm, unless a firm's word or an acronym is among them (pipeline._mentions,
# unclassed.words_of_an_abstraction).
def test_an_aim_in_capitals_is_no_firm(extract_text):
    names = typed(extract_text("Mr Hanul Kim called for Sustainable Development in roads, said Daewon Ventures."))
    assert "Sustainable Development" not in names and names.get("Hanul Kim") == "Person"


def test_a_firm_of_an_acronym_and_an_abstract_noun_stays(extract_text):
    names = typed(extract_text("HK Innovation signed a battery supply deal with Daewon Ventures."))
    assert names.get("HK Innovation") == "Company"


def test_a_firm_of_abstract_nouns_and_a_firm_word_stays(extract_text):
    names = typed(extract_text("Hanul Development Corporation signed a deal with Daewon Ventures."))
    assert names.get("Hanul Development Corporation") == "Company"


def test_an_aim_in_the_plural_is_no_firm(extract_text):
    names = typed(extract_text("Mr Hanul Kim called for Private Public Partnerships for development and maintenance "
                               "of roads, said Daewon Ventures."))
    assert "Private Public Partnerships" not in names and names.get("Daewon Ventures") == "InvestmentFirm"


# An accented letter is a letter of a person's name (normalize.unaccented in guess_class and
# mention_classes._with_particles).
def test_an_accented_full_name_is_a_person(extract_text):
    names = typed(extract_text("Presidents Luiz Inácio Lula da Silva of Brazil and Claudia Sheinbaum of Mexico "
                               "held a phone call about Daewon Ventures."))
    assert names.get("Luiz Inácio Lula da Silva") == "Person"


def test_an_accented_firm_name_stays_a_firm(extract_text):
    names = typed(extract_text("Daewon Ventures invested in Société Générale Robotics last year."))
    assert names.get("Société Générale Robotics") != "Person"


# A title and a comma before a name shaped as a person's make it a person's
# (PersonCues.titled_before_comma).
def test_a_title_a_comma_and_a_person(extract_text):
    names = typed(extract_text("Malawi Investment Centre (MIC) Public Relations Manager, Deliby Chimbalu said they "
                               "have received confirmations from Daewon Ventures."))
    assert names.get("Deliby Chimbalu") == "Person"


def test_a_title_a_comma_and_a_firm(extract_text):
    names = typed(extract_text("Daewon Ventures hired a new chief executive, Hanul Robotics said on Monday."))
    assert names.get("Hanul Robotics") == "Company"


# A name ending in a trade's word is a firm's, not a person's (organisation_cues).
def test_a_name_ending_in_a_trade_is_a_firm(extract_text):
    names = typed(extract_text("Hanul Kim, general director of Gimhae Dong Pharmacy, said the group will keep the brand."))
    assert names.get("Gimhae Dong Pharmacy") == "Company"


def test_a_three_word_person_stays(extract_text):
    # Session 36: the name after "general director of" is a firm's (descriptions._officers_of,
    # "general director of Takara Belmon" on the dev texts), so the person stands before the title.
    names = typed(extract_text("Gimhae Dong Park, general director of Hanul Kim Pharmacy, said the group will keep the brand."))
    assert names.get("Gimhae Dong Park") == "Person"


# A person's title in the plural and "of" name office holders, no body (non_names).
def test_ministers_of_a_brief_are_no_body(extract_text):
    names = typed(extract_text("The meeting was attended by Ministers of Foreign Affairs of the member states and Daewon Ventures."))
    assert not any(n.startswith("Ministers") for n in names)


def test_a_ministry_of_a_brief_is_a_body(extract_text):
    names = typed(extract_text("The Ministry of Foreign Affairs of Korea met Daewon Ventures."))
    assert names.get("Ministry of Foreign Affairs") == "GovernmentBody"


# A city of the world that NER calls a place is no given name sharing the family name of a
# person beside it (mention_classes: shares_family_name).
def test_a_city_beside_a_two_word_name_is_a_city(extract_text):
    names = typed(extract_text("The Hanul business forum will be held in Muscat and Gimhae North of Oman on October 15 "
                               "and 16, Daewon Ventures said."))
    assert names.get("Muscat") == "City"


def test_given_names_sharing_a_family_name_stay_people(extract_text):
    names = typed(extract_text("Hanul Robotics was founded by Hana, Jisoo and Minho Park in 2019."))
    assert names.get("Hana") == "Person"
