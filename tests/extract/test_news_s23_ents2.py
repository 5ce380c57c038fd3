"""Entity classes as fresh news writes them (session 23, helper "ents2"), on sentences
invented here, each beside one of the same shape that must not be read so."""

from __future__ import annotations


def typed(record) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


# Two words NER calls a person's, the first a firm the text names alone, are a firm's arm
# (mention_classes._firm_named_alone).
def test_a_name_led_by_a_firm_named_alone_is_a_firm(extract_text):
    names = typed(extract_text("Daewon said Daewon Jio would list in Seoul. Daewon Jio has 40 million users."))
    assert names.get("Daewon Jio") == "Company"


def test_a_name_led_by_a_given_name_stays_a_person(extract_text):
    names = typed(extract_text("Ana said Ana Lim would list the firm in Seoul. Ana Lim has 40 million users."))
    assert names.get("Ana Lim") == "Person"


# A chain is a firm (names.yaml descriptions): the name after "coffee chain" is one.
def test_a_name_after_a_chain_is_a_firm(extract_text):
    names = typed(extract_text("Hanul Capital invested in coffee chain Daewon Brew."))
    assert names.get("Daewon Brew") == "Company"


def test_a_chain_s_founder_stays_a_person(extract_text):
    names = typed(extract_text("The coffee chain's founder Ana Lim said sales rose."))
    assert names.get("Ana Lim") == "Person"


# A US state as news abbreviates it after a town is no entity, the town a city
# (places.abbreviated_state, places.before_abbreviated_state; names.yaml us_state_abbreviations).
def test_an_abbreviated_state_is_no_firm(extract_text):
    names = typed(extract_text("Hanul Robotics, which is based in Fulton, Md., said it would expand."))
    assert "Md." not in names and names.get("Fulton") == "City"


def test_a_dateline_town_before_a_state_is_a_city(extract_text):
    names = typed(extract_text("Orlando, Fla. — Hanul Robotics opened a plant."))
    assert names.get("Orlando") == "City" and "Fla." not in names and names.get("Hanul Robotics") == "Company"


def test_firms_listed_after_commas_stay_firms(extract_text):
    names = typed(extract_text("Hanul Robotics, Daewon Motors and Arvo Lind signed a supply deal."))
    assert names.get("Hanul Robotics") == "Company" and names.get("Daewon Motors") == "Company"


# A city of the world NER took for a person's name, left or returned to, is the city
# (places.left_or_reached; names.yaml leaving_verbs, returning_verbs).
def test_a_city_left_is_a_city(extract_text):
    names = typed(extract_text("President Ana Lim will leave Abuja on Sunday for a working visit to China."))
    assert names.get("Abuja") == "City" and names.get("Ana Lim") == "Person"


def test_a_city_returned_to_is_a_city(extract_text):
    names = typed(extract_text("The president will return to Abuja on Friday."))
    assert names.get("Abuja") == "City"


def test_a_firm_left_stays_a_firm(extract_text):
    names = typed(extract_text("He left Nokia in 2010 to join Hanul Robotics."))
    assert names.get("Nokia") == "Company"


def test_a_firm_returned_to_stays_a_firm(extract_text):
    names = typed(extract_text("Ana Lim returned to Hanul Robotics as chief executive."))
    assert names.get("Hanul Robotics") == "Company" and names.get("Ana Lim") == "Person"


# A trade's word at a name's end makes a company, whatever word of investing is before it
# (names.yaml trade_tails).
def test_a_trade_word_at_the_end_makes_a_company(extract_text):
    names = typed(extract_text("The company was formed through the merger of biotech developers Hanul Venture Biotech "
                               "and Daewon Bio."))
    assert names.get("Hanul Venture Biotech") == "Company"


def test_an_investment_word_at_the_end_stays_an_investment_firm(extract_text):
    names = typed(extract_text("Hanul Robotics raised $5 million from Daewon Ventures."))
    assert names.get("Daewon Ventures") == "InvestmentFirm"


# A name of generic words that ends in a legal form is a firm's ("News Corp"): people.Titles
# keeps it (people._legal_named).
def test_generic_words_with_a_legal_form_name_a_firm(extract_text):
    names = typed(extract_text("Daewon Group bought a stake in Herald Corp. last month."))
    assert names.get("Herald Corp.") == "Company"


def test_generic_words_without_a_legal_form_name_no_one(extract_text):
    names = typed(extract_text("Hanul Media Group said the Group would grow."))
    assert "Group" not in names and names.get("Hanul Media Group") == "Company"


# A word naming a kind of a sector before its acronym is no firm's name (names.yaml
# acronym_kinds).
def test_a_kind_of_ai_is_no_firm(extract_text):
    names = typed(extract_text("Agentic AI will change how banks work, Hanul Bank said."))
    assert "Agentic AI" not in names and names.get("Hanul Bank") == "Company"


def test_a_firm_named_with_ai_stays_a_firm(extract_text):
    names = typed(extract_text("Velto AI raised $5 million from Daewon Ventures."))
    assert names.get("Velto AI") == "Company"


# A plural common noun opening a sentence names no one, though the tagger calls it a
# proper noun (non_names._plural_opening).
def test_a_plural_noun_opening_a_sentence_is_no_firm(extract_text):
    names = typed(extract_text("Invitees included Hanul Group Chairman Ana Lim and Daewon Motors Chairman Tran Van Minh. "
                               "Also attending were Korea Trade Federation Chairman Mira Sohn."))
    assert "Invitees" not in names and names.get("Hanul Group") == "Company"


def test_a_firm_opening_a_sentence_stays_a_firm(extract_text):
    names = typed(extract_text("Hanul Robotics said sales rose. Daewon said it would expand."))
    assert names.get("Daewon") == "Company"


# A name with a title or honorific before it that ends in an organisation's word is a firm's
# ("Mr Price Group", a retailer), not a person's (mention_classes: titled names).
def test_an_honorific_before_a_group_name_makes_no_person(extract_text):
    names = typed(extract_text("Hanul Robotics bought a stake in retailer Mr Daewon Group last year."))
    assert names.get("Daewon Group") == "Company"


def test_an_honorific_before_a_person_s_name_makes_a_person(extract_text):
    names = typed(extract_text("Hanul Robotics said Mr Minho Kwon, its founder, would step down."))
    assert names.get("Minho Kwon") == "Person"
