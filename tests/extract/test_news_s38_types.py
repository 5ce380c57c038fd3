"""Entities' classes, session 38 (helper "types38"), kinds met among the type errors of the
read dev texts: a town the gazetteer does not know, listed with places after a preposition
("held in Muscat and X": a place, not a person's name); a brand a relative clause lists
("brands, which include X and Y") and an app "called" a name (products); a "bio venture"
(a biotech start-up, no investor) and a group's "fund arm" (an investment firm).
Sentences invented here, each beside one of a near shape that must not give the class."""

from __future__ import annotations

from extract_support import entity_classes


def test_a_name_listed_with_places_after_a_preposition_is_a_place(extract_text):
    classes = entity_classes(extract_text("A trade fair of Corvane Group will be held in Lisbon and Kesta Valmor of Portugal next month."))
    assert classes.get("Kesta Valmor") == {"City"}


def test_a_name_listed_with_firms_or_with_countries_alone_is_no_place(extract_text):
    # Countries alone prove nothing (news list firms beside them); a firm's word keeps a firm.
    classes = entity_classes(extract_text("The fund invested in Portugal, Spain and Kesta Valmor last year."))
    assert classes.get("Kesta Valmor") != {"City"}
    classes = entity_classes(extract_text("The fair will be held in Lisbon and Kesta Valmor Holdings of Portugal next month."))
    assert "City" not in classes.get("Kesta Valmor Holdings", {"City"})


def test_brands_a_relative_clause_lists_are_products(extract_text):
    classes = entity_classes(extract_text("The deal gives Corvane access to Halvex's brands, which include Dorvale and Kestin, and a route into Japan."))
    assert classes.get("Dorvale") == {"Product"}
    # Members a relative clause lists after a noun of firms stay firms.
    classes = entity_classes(extract_text("The deal gives Corvane access to Halvex's partners, which include Dorvale and Kestin, and a route into Japan."))
    assert "Product" not in classes.get("Dorvale", set())


def test_an_application_called_a_name_is_a_product(extract_text):
    classes = entity_classes(extract_text("Halvex also runs a short-video mobile application called Torvizo."))
    assert classes.get("Torvizo") == {"Product"}
    classes = entity_classes(extract_text("Halvex also bought a small mobile games studio called Torvizo."))
    assert classes.get("Torvizo") != {"Product"}


def test_a_bio_venture_firm_is_a_company_a_fund_arm_an_investment_firm(extract_text):
    classes = entity_classes(extract_text("Corvane bought a 60% stake in Dralen Gene Inc., a U.S.-based bio venture firm that develops vaccines."))
    assert classes.get("Dralen Gene Inc.") == {"Company"}
    classes = entity_classes(extract_text("Corvane bought a 60% stake in Dralen Gene Inc., a U.S.-based venture firm that backs vaccine makers."))
    assert classes.get("Dralen Gene Inc.") == {"InvestmentFirm"}
    classes = entity_classes(extract_text("Halvex will keep its retail network in Bavaria and its fund arm Kestrelon."))
    assert classes.get("Kestrelon") == {"InvestmentFirm"}


def _missed_people(extractor, text: str) -> set[str]:
    doc = extractor.nlp(text)
    doc.ents = []  # NER found no one (nor the title, as it may read it with the firm)
    return {e.text for e in extractor._missed.added(doc).ents if e.label_ == "PERSON"}


def test_two_names_after_a_title_ner_missed_are_a_person(extractor):
    # "HVB Chief Executive Dieter Rampl said": NER found no one.
    assert "Dorin Velkanu" in _missed_people(extractor, '"We grow," Halvex Chief Executive Dorin Velkanu said last night.')


def test_a_title_before_two_capitalised_words_of_a_name_gives_no_person(extractor):
    # A common word second ("Summit"), or a third capitalised word: no given and family name.
    assert not _missed_people(extractor, "The Halvex Chief Executive Dorin Summit was held last night.")
    assert not _missed_people(extractor, "Halvex Chief Executive Dorin Velkanu Holdings said it would grow.")


def test_a_state_body_that_aims_to_invest_is_an_investment_firm(extract_text):
    # "The X Investment Authority aims to invest $3 billion in ...": the verb its verb goes
    # on to invests, as a sovereign fund does.
    classes = entity_classes(extract_text("The Velmoria Investment Authority aims to invest $3 billion in Orvania's energy sector."))
    assert classes.get("Velmoria Investment Authority") == {"InvestmentFirm"}
    # A body that aims to do something else stays a public body.
    classes = entity_classes(extract_text("The Velmoria Investment Authority aims to review foreign takeovers in Orvania's energy sector."))
    assert classes.get("Velmoria Investment Authority") == {"GovernmentBody"}
