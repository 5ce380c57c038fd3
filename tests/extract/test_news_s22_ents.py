"""Entity names, boundaries and classes as news writes them (session 22, helper "ents"), on
sentences invented here, each beside one of the same shape that must not be read so."""

from __future__ import annotations


def typed(record) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


def aliases(record) -> dict[str, list[str]]:
    return {e["name"]: e["aliases"] for e in record["entities"]}


# A head word ends a name before the initials in brackets NER ran on into (pipeline._ruled).
def test_a_pact_before_its_initials_is_a_policy(extract_text):
    record = extract_text("Ghana's exports to Hanul Robotics grew under the Continental Free Trade Area (CFTA) last year.")
    assert typed(record).get("Continental Free Trade Area") == "Policy"
    assert "CFTA" in aliases(record)["Continental Free Trade Area"]


def test_a_firm_word_after_a_head_word_still_goes_on(extract_text):
    names = typed(extract_text("Harbor Games Venture Capital invested in Daewon Robotics in May."))
    assert names.get("Harbor Games Venture Capital") == "InvestmentFirm"


# Capitals in brackets spelt by lower-case words ending in a policy's head are a policy's
# name wherever written (acronym_names.common_noun_acronyms).
def test_initials_of_a_lower_case_agreement_are_a_policy(extract_text):
    names = typed(extract_text("Korea signed a free trade agreement (FTA) with Chile in 2004. "
                               "Trade has doubled since the FTA took effect."))
    assert names.get("FTA") == "Policy"


def test_initials_of_a_firm_after_an_agreement_stay_a_firm(extract_text):
    names = typed(extract_text("Hanul Robotics signed a supply agreement with Daewon Robotics (DR) in May."))
    assert names.get("Daewon Robotics") == "Company" and "DR" not in names


def test_initials_the_words_do_not_spell_are_no_policy(extract_text):
    names = typed(extract_text("Hanul Robotics signed a supply agreement (DRX) with Daewon Robotics."))
    assert names.get("DRX") != "Policy"


# A royal title before a name: the titled form is one of the person's names
# (title_forms.royal_forms); titles alone name no one (title_forms.titles_only).
def test_a_royal_title_and_a_given_name_is_a_name(extract_text):
    record = extract_text("King Harald and Queen Sonja greeted Hanul Robotics executives in Oslo.")
    assert typed(record).get("Harald") == "Person" and "King Harald" in aliases(record)["Harald"]


def test_each_royal_title_gives_a_name(extract_text):
    record = extract_text("Minister Ana Lim held talks with Emir Sheikh Tamim bin Khalid in Doha on Daewon Ventures.")
    assert {"Sheikh Tamim bin Khalid", "Emir Sheikh Tamim bin Khalid"} <= set(aliases(record).get("Tamim bin Khalid", []))


def test_an_office_title_gives_no_name(extract_text):
    record = extract_text("President Ana Lim met Daewon Ventures executives in Seoul.")
    assert aliases(record).get("Ana Lim") == []


def test_royal_titles_alone_are_no_name(extract_text):
    names = typed(extract_text("The King and Queen met Daewon Ventures executives in Oslo."))
    assert "King and Queen" not in names and names.get("Daewon Ventures") == "InvestmentFirm"


def test_a_numeral_counts_a_sovereign(extract_text):
    names = typed(extract_text("Hanul Robotics executives laid a wreath at the tomb of Queen Margrethe II in Roskilde."))
    assert {c for n, c in names.items() if "Margrethe" in n} == {"Person"}


# A form of state alone stands for a country it does not name (title_forms.state_form).
def test_the_islamic_republic_alone_is_no_name(extract_text):
    names = typed(extract_text("The Islamic Republic has raised its oil exports to Daewon Robotics."))
    assert not any("Republic" in n for n in names)


def test_a_firm_named_kingdom_stays(extract_text):
    names = typed(extract_text("Kingdom Holding invested in Daewon Robotics."))
    assert names.get("Kingdom Holding") == "Company"


# Initials in brackets after a name shaped like a person's make it an organisation's.
def test_initials_after_a_two_word_name_make_a_firm(extract_text):
    names = typed(extract_text("Daewon bought 10 percent of Marelli Fontana (MF), an Italian parts maker."))
    assert names.get("Marelli Fontana") == "Company"


def test_a_person_without_initials_stays_a_person(extract_text):
    names = typed(extract_text("Daewon hired Maria Fontana, a former banker, as chief executive."))
    assert names.get("Maria Fontana") == "Person"


# A people's adjective NER read with the firm's name after it (title_forms.demonym_led); NER
# reads invented names so seldom, the parse is made by hand.
def test_a_demonym_led_people_is_a_firm():
    import spacy
    from spacy.tokens import Doc, Span

    from kg.extract.title_forms import demonym_led

    doc = Doc(spacy.blank("en").vocab, words=["Saudi", "Petrolux", "bought", "Saudi", "Crown", "Prince", "Sultan"])
    firm, title = Span(doc, 0, 2, label="NORP"), Span(doc, 3, 6, label="NORP")
    assert demonym_led(firm, {"Saudi": "Saudi Arabia"}, frozenset({"crown", "prince"}))
    assert not demonym_led(title, {"Saudi": "Saudi Arabia"}, frozenset({"crown", "prince"}))


def test_a_demonym_led_firm_is_a_firm(extract_text):
    names = typed(extract_text("Saudi Petrolux bought a stake in Hanul Robotics."))
    assert names.get("Saudi Petrolux") == "Company"


def test_a_demonym_before_a_title_stays_a_country(extract_text):
    names = typed(extract_text("Hanul Robotics was backed by Saudi Crown Prince Mohammed bin Salman."))
    assert names.get("Saudi Arabia") == "Country"


# Word lists: "Computing" ends firms' names; a board of investment is a public body.
def test_computing_ends_a_firm_name(extract_text):
    names = typed(extract_text("Daewon Group is in talks to acquire Marlow Computing, people familiar with the matter said."))
    assert names.get("Marlow Computing") == "Company"


def test_a_board_of_investment_is_a_public_body(extract_text):
    names = typed(extract_text("Officials of the Hanul Board of Investment met Daewon Robotics."))
    assert names.get("Hanul Board of Investment") == "GovernmentBody"


def test_an_investment_firm_is_not_a_board(extract_text):
    names = typed(extract_text("The board of Hanul Investments approved a stake in Daewon Robotics."))
    assert names.get("Hanul Investments") == "InvestmentFirm"


# A region of the world is matched whole: the country inside it is no mention (places.world_regions).
def test_the_america_of_a_region_is_no_country(extract_text):
    names = typed(extract_text("Hanul Robotics runs battery plants in China and North America, and 400 Latin American firms buy from it."))
    assert "United States" not in names and names.get("China") == "Country"


def test_america_alone_is_the_country(extract_text):
    names = typed(extract_text("Hanul Robotics runs battery plants in China and America."))
    assert names.get("United States") == "Country"


def test_a_firm_named_with_a_region_stays_whole(extract_text):
    names = typed(extract_text("Jae Park, chief executive of Daewon Motor North America Inc., said the plant would open."))
    assert names.get("Daewon Motor North America Inc.") == "Company"


# A country's name that opens a currency's is the currency's (mention_context.currency_named).
def test_the_country_of_a_currency_name_is_no_mention(extract_text):
    names = typed(extract_text("Hanul Robotics' costs rose as the rupee fell against the US dollar."))
    assert "United States" not in names


def test_the_country_beside_a_currency_stays(extract_text):
    names = typed(extract_text("Hanul Robotics' US unit paid its suppliers in dollars."))
    assert names.get("United States") == "Country"


# Briefs: "foreign trade" after "Minister of ... and" is the minister's brief, no firm
# (names.yaml briefs, read by people.Titles); NER cuts invented sentences so many ways that
# the names are set by hand.
def _titled(extractor, text: str, names: list[tuple[str, str]]) -> list[str]:
    from spacy.tokens import Span

    doc = extractor.nlp(text)
    spans = []
    for name, label in names:
        start = text.index(name)
        spans.append(doc.char_span(start, start + len(name), label=label))
    doc.ents = [s for s in spans if s is not None]
    return [e.text for e in extractor.titles.without_titles(list(doc.ents))]


def test_foreign_trade_in_a_ministers_title_is_no_firm(extractor):
    kept = _titled(extractor, "Exports grew, Minister of Investment and Foreign Trade Karim Masri said.",
                   [("Investment", "ORG"), ("Foreign Trade", "ORG"), ("Karim Masri", "PERSON")])
    assert kept == ["Karim Masri"]


def test_a_firm_after_a_ministers_name_stays(extractor):
    kept = _titled(extractor, "Minister of Investment Karim Masri and Foreign Trade Partners signed a deal.",
                   [("Investment", "ORG"), ("Karim Masri", "PERSON"), ("Foreign Trade Partners", "ORG")])
    assert kept == ["Karim Masri", "Foreign Trade Partners"]


# Capitals named for their country are cities, not the country.
def test_mexico_city_is_a_city(extract_text):
    names = typed(extract_text("Hanul Robotics opened an office in Mexico City last year."))
    assert names.get("Mexico City") == "City" and "Mexico" not in names


def test_mexico_alone_is_the_country(extract_text):
    names = typed(extract_text("Hanul Robotics opened an office in Mexico last year."))
    assert names.get("Mexico") == "Country"


# A name glued to "-backed", "-owned" is a backer's, whatever NER calls it (mention_context.backer_before).
def test_a_backer_glued_to_backed_is_an_organisation(extractor):
    from spacy.tokens import Span

    from kg.extract.mention_context import backer_before

    doc = extractor.nlp("The Oracle-backed chip designer and the Republican majority met.")
    oracle = next(t.i for t in doc if t.text == "Oracle")
    republican = next(t.i for t in doc if t.text == "Republican")
    assert backer_before(Span(doc, oracle, oracle + 1, label="NORP"))
    assert not backer_before(Span(doc, republican, republican + 1, label="NORP"))


# A reference policy written in lower case matches the lower-case words ("the white list"),
# where a capitalised reference name does not match them.
def test_the_white_list_is_a_policy(extract_text):
    names = typed(extract_text("Japan restored South Korea to the white list of trusted partners, Hanul Robotics said."))
    assert names.get("white list") == "Policy"


def test_an_entity_list_in_lower_case_is_no_policy(extract_text):
    names = typed(extract_text("Hanul Robotics keeps an entity list of its suppliers."))
    assert "Entity List" not in names


# The name before a Portuguese family particle is a short form of the person (people.bare_names).
def test_the_name_before_da_is_a_short_form():
    from kg.extract.people import bare_names

    assert bare_names("Marcos Vinicius Tavares da Costa", frozenset()) == {"Tavares", "Costa"}
    assert bare_names("Maria da Costa", frozenset()) == {"Costa"}


# A plural's apostrophe inside a name whose last word is an investor's or a head word's is
# part of it (mention_bounds._plural_owned); a firm's word before it makes an owner and what it owns.
def test_a_plural_owned_pension_plan_is_one_name(extract_text):
    names = typed(extract_text("An affiliate of Alberta Nurses’ Pension Plan offered to acquire Hanul Robotics."))
    assert names.get("Alberta Nurses’ Pension Plan") == "InvestmentFirm"


def test_a_firm_and_its_plan_are_two_names(extract_text):
    names = typed(extract_text("Hanul Electronics’ Daewon Plan was approved."))
    assert names.get("Hanul Electronics") == "Company" and "Hanul Electronics’ Daewon Plan" not in names


# A national plan named by the year it aims at ("Vision 2030"), with or without names before.
def test_a_vision_and_its_year_is_a_policy(extract_text):
    names = typed(extract_text("Hanul Robotics' plans are very much in line with the kingdom's Vision 2030, he said."))
    assert names.get("Vision 2030") == "Policy"


def test_a_firm_named_vision_stays_a_firm(extract_text):
    names = typed(extract_text("Hanul Vision invested in Daewon Robotics."))
    assert names.get("Hanul Vision") == "Company"


# Regional blocs are public bodies, as ASEAN is.
def test_a_regional_bloc_is_a_public_body(extract_text):
    names = typed(extract_text("Hanul Robotics welcomed the BIMSTEC ministers in Bangkok."))
    assert names.get("BIMSTEC") == "GovernmentBody"


# A family name in capitals first ("ZHANG Mingrui") is a person's name (normalize.guess_class);
# capitals that are no family name are an acronym's ("SK Hynix").
def test_a_family_name_in_capitals_is_a_person():
    from kg.ingest.normalize import guess_class

    assert guess_class("ZHANG Wenbo", "Company") == "Person"
    assert guess_class("HK Robotics", "Company") == "Company"
    assert guess_class("SK Daewon", "Company") == "Company"


# Malaysian honorifics are titles: a name of them alone names no one, and "Tengku" is part
# of the name it gives, as royal titles are.
def test_honorifics_alone_name_no_one(extract_text):
    record = extract_text("Trade Minister Datuk Seri Tengku Hafiz Abdul Rahman said Hanul Robotics would open a plant.")
    names = typed(record)
    assert not any("Datuk" in n for n in names)
    person = next(n for n, c in names.items() if c == "Person")
    assert "Tengku Hafiz Abdul Rahman" in [person, *aliases(record)[person]]


def test_a_titled_person_keeps_the_name(extract_text):
    names = typed(extract_text("Prime Minister Datuk Seri Anwar Rahman will attend the Hanul Robotics launch."))
    assert names.get("Anwar Rahman") == "Person"


# A dateline's city in capitals before a mark NER reads across is the city (dateline_cities.dateline_cities).
def test_a_dateline_city_before_a_bullet_is_a_city(extract_text):
    names = typed(extract_text("Hanul deal signed\n\nBEIJING • Daewon Robotics chairman Jae Park cemented a deal with Hanul Robotics."))
    assert names.get("Beijing") == "City" and not any("•" in n for n in names)


def test_capitals_that_are_no_city_stay(extract_text):
    names = typed(extract_text("Hanul deal signed\n\nHANUL • Daewon Robotics chairman Jae Park cemented a deal."))
    assert "Hanul" not in {n for n, c in names.items() if c == "City"}


# A name NER starts with a possessive's clitic is a cut inside another name ("’s Meeting").
def test_a_name_opening_with_a_clitic_is_no_name(extract_text):
    names = typed(extract_text("He spoke at the 19th Minister’s Meeting of the Hanul Robotics Forum in Bangkok."))
    assert not any(n.startswith(("’s", "'s")) for n in names)


# Words of praise or growth narrow no sector (unnarrowing_adjectives of sectors.yaml).
def test_praise_is_no_part_of_a_sector(extract_text):
    names = typed(extract_text("Hanul Biomedical Inc., a U.S.-based company specializing in innovative stem cell treatments, raised $5 million."))
    assert names.get("stem cell treatments") == "Sector" and "innovative stem cell treatments" not in names


def test_a_narrowing_word_stays_in_a_sector(extract_text):
    names = typed(extract_text("Hanul Biomedical Inc., a U.S.-based company specializing in autologous stem cell treatments, raised $5 million."))
    assert "stem cell treatments" not in names
