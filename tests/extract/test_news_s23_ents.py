"""Entity names, boundaries and classes as news writes them (session 23, helper "ents"), on
sentences invented here, each beside one of the same shape that must not be read so."""

from __future__ import annotations

from kg.ingest.normalize import guess_class


def typed(record) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


# A public body's or a research body's word is no part of a person's name (normalize.guess_class).
def test_a_body_word_makes_no_person():
    assert guess_class("Hanul Export Agency", "Company") == "Company"
    assert guess_class("Daewon Research Academy", "Company") == "Company"


def test_a_person_name_is_still_a_person():
    assert guess_class("Mira Sohn", "Company") == "Person"


# A name ending in a region's kind is a region, no entity (places.region_named).
def test_a_prefecture_named_with_its_kind_is_no_entity(extract_text):
    names = typed(extract_text("Hanul Robotics will build a second plant in Marenza Prefecture, the company said."))
    assert "Marenza Prefecture" not in names and names.get("Hanul Robotics") == "Company"


def test_a_bank_named_after_a_province_stays_a_firm(extract_text):
    names = typed(extract_text("Daeha Province Bank lent Hanul Robotics $5 million in March."))
    assert names.get("Daeha Province Bank") == "Company"


# The last word of another name before a person's name describes nothing (descriptions._before).
def test_a_body_name_before_a_person_does_not_type_the_person(extract_text):
    names = typed(extract_text("Deputy head of the ministry's Daewon Export Promotion Agency Tran Van Minh said "
                               "demand for Hanul Robotics machines was rising."))
    assert names.get("Tran Van Minh") == "Person" and names.get("Daewon Export Promotion Agency") == "GovernmentBody"


def test_a_lower_case_description_still_types_a_name(extract_text):
    names = typed(extract_text("Hanul Robotics bought robot maker Arvo Lind in May."))
    assert names.get("Arvo Lind") == "Company"


# "H.E." (His or Her Excellency) is a person's title, no word of the name (names.yaml person_titles).
def test_an_excellency_is_a_title(extract_text):
    names = typed(extract_text("The agreement was signed by H.E. Ana Lim and Hanul Robotics."))
    assert names.get("Ana Lim") == "Person" and "H.E. Ana Lim" not in names


# A title's second half after a hyphen ("secretary-general") titles the name after it (people.titled).
def test_a_hyphened_title_makes_a_person(extract_text):
    names = typed(extract_text("The licence was granted after Daewon Motors was approved to invest in the battery industry "
                               "in Thailand to the tune of 8.8 billion baht, DPA secretary-general Somchai Therdwongsakul "
                               "said on Thursday."))
    assert names.get("Somchai Therdwongsakul") == "Person"


# A family name's prefix ("O'", "D'", "Mc") is part of a person's name (normalize.guess_class).
def test_prefixed_family_names_are_people_s():
    assert guess_class("Sean O'Brien", "Company") == "Person"
    assert guess_class("Anil D'Souza", "Company") == "Person"
    assert guess_class("Rahul McKenna", "Company") == "Person"


def test_a_prefixed_word_and_a_firm_word_stay_a_firm():
    assert guess_class("McKenna Global", "Company") == "Company"


def test_a_person_named_with_a_prefix_is_no_firm(extract_text):
    names = typed(extract_text("Hanul Robotics hired Sean O'Brien as chief executive in May."))
    assert names.get("Sean O'Brien") == "Person"


# A dam is a site (names.yaml name_heads: Facility); a firm named after one stays a firm.
def test_a_dam_is_a_facility(extract_text):
    names = typed(extract_text("Hanul Robotics will supply turbines to the Marenza Dam, the company said."))
    assert names.get("Marenza Dam") == "Facility"


def test_a_firm_named_after_a_dam_stays_whole(extract_text):
    names = typed(extract_text("Marenza Dam Holdings bought a stake in Hanul Robotics."))
    assert names.get("Marenza Dam Holdings") == "Company" and "Marenza Dam" not in names


# A board of a brief is a body's whole name, not a firm's organ (people.Titles.without_titles).
def test_a_board_of_a_brief_is_a_public_body(extract_text):
    names = typed(extract_text("The Board of Investment approved Hanul Robotics' plan in May."))
    assert names.get("Board of Investment") == "GovernmentBody"


def test_a_board_of_directors_names_no_body(extract_text):
    names = typed(extract_text("The Board of Directors of Hanul Robotics approved the plan in May."))
    assert set(names) == {"Hanul Robotics"}


# A people's name and a word of three letters at most are one firm's name, whether NER reads
# them as a person's or leaves the word out (title_forms.demonym_led, MissedNames._demonym_led).
def test_a_demonym_and_a_short_word_are_a_firm(extract_text):
    names = typed(extract_text("Swiss Ro said on Tuesday it had agreed to buy a 20% stake in Hanul Insurance."))
    assert names.get("Swiss Ro") == "Company" and "Ro" not in names


def test_a_demonym_and_a_short_word_after_by_are_a_firm(extract_text):
    names = typed(extract_text("The deal was welcomed by Swiss Ro, the reinsurer."))
    assert names.get("Swiss Ro") == "Company"


def test_a_demonym_and_a_place_word_are_no_firm(extract_text):
    names = typed(extract_text("Tensions on the Korean Peninsula worried Hanul Insurance investors."))
    assert not any(name.startswith("Korean") for name in names)


# At a sentence's start, an English noun and "AI" doing a verb's deed are a firm's name
# (acronym_names.acronym_firms_joined); an adjective and "AI" are not.
def test_a_noun_and_ai_opening_a_sentence_are_a_firm(extract_text):
    names = typed(extract_text("Figure AI builds warehouse robots and raised $5 million in March."))
    assert names.get("Figure AI") == "Company"


def test_a_noun_and_ai_before_a_noun_opening_a_sentence_are_no_firm(extract_text):
    names = typed(extract_text("Enterprise AI spending rose 20% at Hanul Bank in March."))
    assert "Enterprise AI" not in names


def facts(record) -> set[tuple[str, str, str]]:
    return {(r["subject"], r["predicate"], r["object"]) for r in record["relations"] if not r.get("candidate")}


# What a trader, a distributor or a dealer deals in is its trade (triggers.yaml sector-head).
def test_a_distributor_s_goods_are_its_sector(extract_text):
    record = extract_text("Hanul Group bought fertilizer distributor Daewon Agro for $20 million.")
    assert typed(record).get("fertilizer") == "Sector"
    assert ("Daewon Agro", "operates_in_sector", "fertilizer") in facts(record)


def test_a_dealer_at_a_firm_gives_no_sector(extract_text):
    record = extract_text("A senior dealer at Hanul Securities said the won fell.")
    assert not any(p == "operates_in_sector" for _, p, _ in facts(record))


# "MD" (managing director) is a person's title, no word of a firm's name (names.yaml person_titles).
def test_a_managing_director_s_initials_end_no_firm_name(extract_text):
    names = typed(extract_text("Demand is rising, Hanul Global MD, display business, Mira Sohn said."))
    assert names.get("Hanul Global") == "Company" and "Hanul Global MD" not in names


def test_md_of_a_firm_is_no_firm_s_word(extract_text):
    record = extract_text("Hanul Robotics appointed Mira Sohn, CEO and MD of Daewon Consultancy Services (DCS), as chairman.")
    assert typed(record).get("Daewon Consultancy Services") == "Company"
    assert ("Mira Sohn", "ceo_of", "Daewon Consultancy Services") in facts(record)


# A model's or a brand's name among a sector's words says which thing, not what trade: the
# words after it may still name one (SectorPhrases.phrase).
def test_a_model_name_leaves_its_sector_words(extractor):
    doc = extractor.nlp("Daewon makes the compact Lumo Good Fox EV.")
    assert extractor.relations.sector_phrases.phrase(list(doc[3:8]), {}) == [("Sector:electric vehicles", False)]


def test_lower_case_words_still_narrow_a_sector(extractor):
    doc = extractor.nlp("Daewon makes compact industrial robots.")
    assert extractor.relations.sector_phrases.phrase(list(doc[2:5]), {}) == [("Sector:compact industrial robots", False)]


# A federation or a chamber is an organisation, not a person (names.yaml organisation_cues).
def test_a_federation_is_no_person():
    assert guess_class("Hanul Federation", "Company") == "Company"
    assert guess_class("Daewon Chamber", "Company") == "Company"


def test_a_family_name_like_a_chamber_is_still_a_person_s():
    assert guess_class("Mira Chambers", "Company") == "Person"


# A province news names bare is a region, no entity (cities.yaml regions).
def test_a_province_named_bare_is_no_entity(extract_text):
    names = typed(extract_text("Hanul Robotics will open a plant in Sindh next year."))
    assert set(names) == {"Hanul Robotics"}


def test_a_province_s_chief_minister_heads_no_firm(extract_text):
    record = extract_text("The minister was joined by Sindh Chief Minister Tran Van Minh, Adviser on Energy Mira Sohn "
                          "and Hanul Robotics executives.")
    assert typed(record).get("Mira Sohn") == "Person" and "Sindh" not in typed(record) and "Adviser" not in typed(record)
    assert not any(p == "ceo_of" for _, p, _ in facts(record))


# A person's name after an honorific inside a run of capitalised words is the person's, and
# the words before it none of it (Titles.without_titles, names.yaml honorifics).
def test_a_name_after_an_inner_honorific_is_a_person_s(extract_text):
    names = typed(extract_text("Hanul Robotics hosted Sindh Governor Ana Lim, Adviser on Energy Dr Asim Karim, "
                               "and Daewon Bank chairman Mira Sohn."))
    assert names.get("Asim Karim") == "Person" and not any("Dr" in name for name in names)


def test_an_inner_honorific_before_firm_words_leaves_the_firm_whole(extract_text):
    names = typed(extract_text("Hanul Robotics signed a supply deal with Daewon Dr Robotics Corp last year."))
    assert names.get("Daewon Dr Robotics Corp") == "Company"
