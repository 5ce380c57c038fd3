"""Events of session 30 (helper "events"), kinds met on news snippets outside the corpus:
where an event is held named by a word of cities ("the forum in the Peruvian capital, Lima",
"in the southern Chinese city of Guangzhou"), those who attend named after a noun of another
kind in a list ("attended by chambers of commerce and representatives from Peru and Chile"),
a title's opening word taken for a person ("X, Permanent Secretary, Ministry of Trade"), lists of
leaders that give each title first ("the President of Togo, Ms. X, the President of Benin, Mr. Y"),
and the parties a meeting's name joins by a dash ("the Peru-Chile business forum").
Sentences invented here, each beside one of the same shape that must not be read so."""

from __future__ import annotations

from extract_support import fact_ends

from kg.extract.guard import default_min_confidence, mark_candidates

PART, HELD = "participates_in", "event_held_at"


def candidate_ends(record: dict, predicate: str) -> set[tuple[str, str]]:
    """The (subject, object) of each candidate fact of *predicate*: below the guard's threshold."""
    marked = mark_candidates(record, min_confidence=default_min_confidence())
    return {(r["subject"], r["object"]) for r in marked["relations"] if r["predicate"] == predicate and r["candidate"]}


def typed(record) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


# pattern event-held-at-city-of: an event, "in" and a word of cities before the city.
def test_an_event_in_a_country_s_capital_named_after_a_comma_is_held_there(extract_text):
    record = extract_text("Kim Min-soo attended the Andes Mining Forum in the Ecuadorian capital, Quito, on Monday.")
    assert fact_ends(record, HELD) == {("Andes Mining Forum", "Quito")}


def test_an_event_in_a_city_of_a_region_is_held_there(extract_text):
    record = extract_text("Hanul Robotics showed its robots at the Pearl River Trade Fair in the southern Chinese city of "
                          "Guangzhou.")
    assert fact_ends(record, HELD) == {("Pearl River Trade Fair", "Guangzhou")}


def test_a_city_after_an_event_and_another_noun_is_not_where_it_is_held(extract_text):
    record = extract_text("Kim Min-soo attended the Andes Mining Forum in the Ecuadorian capital's absence of Lima firms.")
    assert fact_ends(record, HELD) == set()


# end_resolution: a word of places in apposition is the place named, not the country before it.
def test_held_in_a_capital_named_in_apposition_is_the_city(extract_text):
    record = extract_text("The Andes Mining Forum was held in the Ecuadorian capital, Quito, on Monday.")
    assert fact_ends(record, HELD) == {("Andes Mining Forum", "Quito")}


def test_held_in_a_capital_beside_a_person_s_name_is_not_held_at_the_person(extract_text):
    record = extract_text("The Andes Mining Forum was held in the Ecuadorian capital, Maria Lopez said.")
    assert fact_ends(record, HELD) <= {("Andes Mining Forum", "Ecuador")}


# end_resolution.senders: a noun of those who come, coordinated with another noun.
def test_those_sent_from_countries_after_another_noun_take_part(extract_text):
    record = extract_text("The Andes Mining Forum was attended by chambers of commerce and representatives from Chile "
                          "and Paraguay.")
    assert fact_ends(record, PART) == {("Chile", "Andes Mining Forum"), ("Paraguay", "Andes Mining Forum")}


def test_envoys_from_a_country_take_part(extract_text):
    record = extract_text("The Andes Mining Forum was attended by bankers and envoys from Chile.")
    assert fact_ends(record, PART) == {("Chile", "Andes Mining Forum")}


def test_nouns_of_those_who_do_not_come_send_no_one(extract_text):
    record = extract_text("The Andes Mining Forum was attended by bankers and journalists from Chile and Paraguay.")
    assert fact_ends(record, PART) == set()


# names.yaml lone_title_words: "Permanent" of "Permanent Secretary" names no one.
def test_the_first_word_of_a_permanent_secretary_s_title_is_no_person(extract_text):
    record = extract_text("The forum was opened by Ambassador Kwame Boateng, Permanent Secretary, Ministry of Trade of "
                          "Ghana.")
    assert "Permanent" not in typed(record)
    assert typed(record).get("Kwame Boateng") == "Person"


# end_tokens.titled_name_after and frame title-of-comma-honorific-name: lists of leaders
# that give each title first, the name after it with an honorific.
def test_titles_listed_before_names_with_honorifics_are_the_names_after(extract_text):
    record = extract_text("Guests included the President of Ghana, Mr. Kofi Mensah, the President of Togo, Ms. Ama "
                          "Dossou, and the Prime Minister of Benin, Mr. Paul Hounkpe.")
    assert fact_ends(record, "head_of_state_of") == {("Kofi Mensah", "Ghana"), ("Ama Dossou", "Togo"),
                                                     ("Paul Hounkpe", "Benin")}


def test_titles_listed_after_names_without_honorifics_are_the_names_before(extract_text):
    record = extract_text("Kofi Mensah, chairman of Daewon Group, Lee Ji-won, chief executive of Hanul Robotics, and "
                          "Park Min, chairman of Minjin Foods, attended the forum.")
    assert fact_ends(record, "chair_of") == {("Kofi Mensah", "Daewon Group"), ("Park Min", "Minjin Foods")}
    assert fact_ends(record, "ceo_of") == {("Lee Ji-won", "Hanul Robotics")}


# name_facts.facts_by_party_names: the parties an event's name joins by a dash, as candidates.
def test_countries_an_event_s_name_joins_by_a_dash_take_part(extract_text):
    record = extract_text("Kim Min-soo attended the Peru-Chile business forum in Lima on Monday.")
    assert candidate_ends(record, PART) == {("Peru", "Peru-Chile business forum"), ("Chile", "Peru-Chile business forum")}


def test_people_an_event_s_name_joins_by_a_dash_take_part(extract_text):
    record = extract_text("Kofi Mensah and Ama Dossou met in Lome. The Mensah-Dossou Summit ended on Friday.")
    # A summit's sides surely meet: facts, not candidates (session 35).
    parties = {("Kofi Mensah", "Mensah-Dossou Summit"), ("Ama Dossou", "Mensah-Dossou Summit")}
    assert parties <= fact_ends(record, PART) and not parties & candidate_ends(record, PART)


def test_regions_an_event_s_name_joins_by_a_dash_take_no_part(extract_text):
    record = extract_text("Kim Min-soo attended the Asia-Pacific Economic Forum in Lima on Monday.")
    assert fact_ends(record, PART) == {("Kim Min-soo", "Asia-Pacific Economic Forum")}


def test_a_country_in_an_event_s_name_without_a_dash_takes_no_part(extract_text):
    record = extract_text("Kim Min-soo attended the Peru Mining Forum in Lima on Monday.")
    assert fact_ends(record, PART) == {("Kim Min-soo", "Peru Mining Forum")}


def test_the_parties_take_the_date_of_the_event_s_other_facts(extract_text):
    record = extract_text("Kim Min-soo attended the Peru-Chile business forum in Lima on Monday.", "2024-05-02")
    dates = {(r["subject"], r["object"]): r["qualifiers"].get("date") for r in record["relations"] if r["predicate"] == PART}
    assert dates[("Peru", "Peru-Chile business forum")] == "2024-04-29"


def test_an_event_not_named_as_a_meeting_takes_no_parties_from_its_name(extract_text):
    record = extract_text("The Peru-Chile border war ended in 1883, Kim Min-soo said at the Lima Mining Forum.")
    assert all(subject not in ("Peru", "Chile") for subject, _ in fact_ends(record, PART))


# end_resolution._among: an end already found is told by its position (spaCy makes a new
# Token object at each access, so an identity test never found one).
def test_an_end_already_found_is_found_again_by_position():
    import spacy

    from kg.extract.end_resolution import _among

    doc = spacy.blank("en")("Hanul and Minjin joined")
    assert _among(doc[2], [(doc[0], False), (doc[2], True)])
    assert not _among(doc[2], [(doc[0], False), ("minjin", True)])
    assert _among("minjin", [("minjin", True)])
