"""Visits, events and whose policy, session 25: kinds met on news snippets outside the corpus.
A visitor is a person ("the India-hosted G20 meeting" is no visit of the G20); the place one
leaves for a visit is no one who went ("left Seoul for a state visit to Laos"); the first,
last or only one to do a deed does it ("the first Korean president to visit Australia"); a
gerund after a preposition of time or means is its clause's subject's deed ("before
addressing the forum"). Sentences invented here, each beside one of the same shape that must
not be read so."""

from __future__ import annotations

from extract_support import fact_ends

from kg.extract.guard import default_min_confidence, mark_candidates

VISITS = "visits"
PART = "participates_in"


def kept(record) -> dict:
    """*record* with the facts below the default confidence marked as candidates, as `kg
    extract` writes it."""
    return mark_candidates(record, min_confidence=default_min_confidence())


def test_a_body_hosted_by_a_country_visits_nothing(extract_text):
    record = kept(extract_text("Kim Min-soo spoke at the Japan-hosted Hanul Council meeting in Tokyo."))
    assert ("Hanul Council", "Japan") not in fact_ends(record, VISITS)


def test_a_person_hosted_by_a_country_visits_it(extract_text):
    record = extract_text("Japan hosted Kim Min-soo on Monday.")
    assert fact_ends(record, VISITS) == {("Kim Min-soo", "Japan")}


def test_a_country_the_parser_makes_a_subject_beside_its_leader_visits_nothing(extract_text):
    record = kept(extract_text("Lao Prime Minister Sonexay Siphandone welcomed Kim Min-soo in Vientiane.\n\n"
                               "Lao Prime Minister Sonexay Siphandone and his entourage arrived in Hanoi on Monday."))
    assert ("Laos", "Hanoi") not in fact_ends(record, VISITS)
    assert ("Sonexay Siphandone", "Hanoi") in fact_ends(record, VISITS)


def test_who_leaves_a_city_for_a_visit_visits_the_place_of_the_visit(extract_text):
    record = extract_text("Kim Min-soo left Seoul on Monday for a two-day official visit to Laos.")
    assert fact_ends(record, VISITS) == {("Kim Min-soo", "Laos")}


def test_who_thanks_someone_for_a_visit_visits_nothing(extract_text):
    record = extract_text("Kim Min-soo thanked Park Ji-hoon on Monday for a visit to Laos.")
    assert ("Kim Min-soo", "Laos") not in fact_ends(record, VISITS)


def test_the_first_leader_to_visit_a_country_visits_it(extract_text):
    record = extract_text("Kim Min-soo is the first Korean president to visit Australia in a decade.")
    assert fact_ends(record, VISITS) == {("Kim Min-soo", "Australia")}


def test_the_first_leader_to_visit_set_beside_the_name_visits(extract_text):
    record = extract_text("Kim Min-soo, the first Korean premier to visit Peru in a decade, met Park Ji-hoon.")
    assert ("Kim Min-soo", "Peru") in fact_ends(record, VISITS)


def test_the_man_to_visit_a_country_has_not_visited_it(extract_text):
    record = extract_text("Kim Min-soo is the right envoy to visit Peru next year.")
    assert fact_ends(record, VISITS) == set()


def test_a_forum_addressed_after_a_tour_is_taken_part_in(extract_text):
    record = extract_text("Kim Min-soo will tour the port before addressing the Hanul Business Forum.")
    assert fact_ends(record, PART) == {("Kim Min-soo", "Hanul Business Forum")}


def test_a_summit_attended_before_a_flight_is_taken_part_in(extract_text):
    record = extract_text("After attending the Hanul Energy Summit, Kim Min-soo flew to Tokyo.")
    assert ("Kim Min-soo", "Hanul Energy Summit") in fact_ends(record, PART)


def test_a_forum_talked_about_is_no_forum_taken_part_in(extract_text):
    record = extract_text("Kim Min-soo toured the port before talking about the Hanul Business Forum.")
    assert fact_ends(record, PART) == set()


def test_a_vietnamese_leader_named_again_by_the_given_name_is_the_same_person(extract_text):
    record = extract_text("Prime Minister Pham Minh Chinh met Kim Min-soo in Hanoi on Monday.\n\n"
                          "PM Chinh then flew to Tokyo for talks.")
    assert ("Pham Minh Chinh", "Tokyo") in fact_ends(record, VISITS)
    assert "Chinh" not in {e["name"] for e in record["entities"]}


def test_a_chinese_name_s_given_name_alone_is_no_short_form(extract_text):
    record = extract_text("Chairman Wang Jianlin met Kim Min-soo in Hanoi on Monday.\n\n"
                          "Chairman Jianlin then flew to Tokyo for talks.")
    assert ("Wang Jianlin", "Tokyo") not in fact_ends(record, VISITS)


def test_a_welcoming_ceremony_is_no_part_of_the_story_s_event(extract_text):
    record = extract_text("Kim Min-soo arrived in Busan for the Hanul Investment Summit.\n\n"
                          "The welcoming ceremony for Kim was held at the Lotte Hotel Busan.")
    assert fact_ends(record, "event_held_at") == set()


def test_an_opening_ceremony_is_part_of_the_story_s_event(extract_text):
    record = extract_text("Kim Min-soo arrived in Busan for the Hanul Investment Summit.\n\n"
                          "The opening ceremony was held at the Lotte Hotel Busan.")
    assert ("Hanul Investment Summit", "Busan") in fact_ends(record, "event_held_at")


def test_an_association_attended_by_someone_is_no_event(extract_text):
    record = extract_text("Daewon is the Hanul Trade Association, organizer of the fair, also attended by Kim Min-soo.")
    assert fact_ends(record, PART) == set()
    assert {e["name"]: e["type"] for e in record["entities"]}.get("Hanul Trade Association") != "Event"


def test_a_name_ending_in_no_body_s_word_attended_is_an_event(extract_text):
    record = extract_text("Kim Min-soo attended Daewon Connect in Busan on Monday.")
    assert fact_ends(record, PART) == {("Kim Min-soo", "Daewon Connect")}


def test_where_an_event_gets_underway_it_is_held(extract_text):
    record = extract_text("The Hanul Trade Fair got underway at Pragati Maidan on Sunday.")
    assert fact_ends(record, "event_held_at") == {("Hanul Trade Fair", "Pragati Maidan")}


def test_where_an_event_gets_a_boost_it_is_not_held(extract_text):
    record = extract_text("The Hanul Trade Fair got a boost in Busan on Sunday.")
    assert fact_ends(record, "event_held_at") == set()
