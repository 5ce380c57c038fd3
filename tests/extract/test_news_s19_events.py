"""Events, who takes part in them and visits, as news tells them (session 19, helper
"events"), on sentences invented here, each beside one of the same shape that must not be
read so."""

from __future__ import annotations

import pytest

from kg.extract.event_names import edition_of
from extract_support import direct_facts


def events(record) -> set[str]:
    return {e["name"] for e in record["entities"] if e["type"] == "Event"}


# Those who come to an event from a country or a body stand for it (end_nouns: sender).
@pytest.mark.parametrize("sentence, takers", [
    ("Delegates from Vietnam and Laos attended the Asia Energy Forum.", ["Vietnam", "Laos"]),
    ("Delegations from Vietnam, the Netherlands and Laos took part in the Asia Energy Forum.", ["Vietnam", "Netherlands", "Laos"]),
    ("Executives from Hanul Robotics spoke at the Asia Energy Forum.", ["Hanul Robotics"]),
    ("Kim Min-soo met delegates from Vietnam and Laos at the Asia Energy Expo.", ["Vietnam", "Laos"]),
])
def test_those_sent_to_an_event_stand_for_who_sent_them(extract_text, sentence, takers):
    found = direct_facts(extract_text(sentence))
    event = next(o for s, p, o in found if p == "participates_in")
    for taker in takers:
        assert (taker, "participates_in", event) in found


def test_those_sent_somewhere_else_stand_for_no_one(extract_text):
    found = direct_facts(extract_text("Executives from Hanul Robotics flew to Hanoi on Monday."))
    assert not any(s == "Hanul Robotics" for s, p, o in found if p == "visits")


# "held talks with Y at the forum": Y was there too (frame noun-met-with).
@pytest.mark.parametrize("sentence, other, event", [
    ("Hanul Robotics held talks with Daewon Ventures at the Asia Energy Expo.", "Daewon Ventures", "Asia Energy Expo"),
    ("Kim Min-soo had a meeting with Park Ji-ho during the Asia Energy Summit.", "Park Ji-ho", "Asia Energy Summit"),
    ("Hanul Robotics held talks with Daewon Ventures during the second day of the Asia Energy Expo.", "Daewon Ventures", "Asia Energy Expo"),
])
def test_the_one_talked_with_at_an_event_takes_part(extract_text, sentence, other, event):
    assert (other, "participates_in", event) in direct_facts(extract_text(sentence))


def test_the_one_talked_with_in_a_city_visits_nothing(extract_text):
    found = direct_facts(extract_text("Kim Min-soo held talks with Park Ji-ho in Hanoi on Monday."))
    assert ("Park Ji-ho", "visits", "Hanoi") not in found


# A head word that opens an event's name, with a year, an ordinal or a place; a numbered
# meeting's acronym.
@pytest.mark.parametrize("sentence, name", [
    ("Expo 2031 was held in Busan.", "Expo 2031"),
    ("Hanul Robotics exhibited at Expo Vietnam 2031 on Monday.", "Expo Vietnam 2031"),
    ("Hanul Robotics exhibited at the 12th Expo Vietnam on Monday.", "12th Expo Vietnam"),
    ("Hanul Robotics exhibited at Expo 2031 Hanoi on Monday.", "Expo 2031 Hanoi"),
    ("COP41 opened in Busan on Thursday.", "COP41"),
    ("Leaders gathered in Busan for COP 41.", "COP 41"),
])
def test_an_event_named_by_its_head_first(extract_text, sentence, name):
    assert name in events(extract_text(sentence))


@pytest.mark.parametrize("sentence", [
    "Hanul Robotics signed a deal with Expo Holdings in 2031.",
    "The COP process has stalled, Kim Min-soo said.",
])
def test_a_head_word_alone_opens_no_event(extract_text, sentence):
    assert not events(extract_text(sentence))


def test_an_edition_by_its_ordinal_and_by_its_year_is_one():
    assert edition_of("12th Expo Vietnam".split(), "Expo Vietnam 2031".split())
    assert not edition_of("12th Expo Vietnam".split(), "Expo Laos 2031".split())


def test_where_people_gather_for_a_meeting_is_where_it_is_held(extract_text):
    assert ("COP 41", "event_held_at", "Busan") in direct_facts(extract_text("Leaders gathered in Busan for COP 41."))


# The one welcomed or received somewhere is there as a visitor (frame verb-passive-marker;
# the home guard keeps a visitor at home out).
def test_the_one_welcomed_somewhere_visits_it(extract_text):
    found = direct_facts(extract_text("South Korean President Lee Jae-sung was welcomed by Park Ji-ho in Hanoi on Monday."))
    assert ("Lee Jae-sung", "visits", "Hanoi") in found


def test_a_firm_welcomed_somewhere_visits_nothing(extract_text):
    found = direct_facts(extract_text("Hanul Robotics was welcomed by investors in Busan on Monday."))
    assert not any(p == "visits" for s, p, o in found)


@pytest.mark.parametrize("sentence, place", [
    ("Kim Min-soo stopped in Singapore on his way to Hanoi.", "Singapore"),
    ("Kim Min-soo is expected in Hanoi on Monday.", "Hanoi"),
])
def test_a_person_stopping_or_expected_somewhere_visits_it(extract_text, sentence, place):
    assert ("Kim Min-soo", "visits", place) in direct_facts(extract_text(sentence))


@pytest.mark.parametrize("sentence", [
    "Production stopped in Busan last month.",
    "Rain is expected in Busan on Monday.",
])
def test_what_stops_or_is_expected_somewhere_visits_nothing(extract_text, sentence):
    assert not any(p == "visits" for s, p, o in direct_facts(extract_text(sentence)))


@pytest.mark.parametrize("sentence", [
    "The Asia Energy Forum drew Hanul Robotics and Daewon Ventures.",
    "The Asia Energy Expo attracted more than 300 exhibitors, including Hanul Robotics and Daewon Ventures.",
])
def test_those_an_event_draws_take_part(extract_text, sentence):
    found = direct_facts(extract_text(sentence))
    event = next(e for e in ("Asia Energy Forum", "Asia Energy Expo") if e in sentence)
    assert {("Hanul Robotics", "participates_in", event), ("Daewon Ventures", "participates_in", event)} <= found


def test_those_a_firm_draws_take_part_in_nothing(extract_text):
    found = direct_facts(extract_text("Hanul Robotics drew Daewon Ventures into talks on Monday."))
    assert not any(p == "participates_in" for s, p, o in found)


# "a delegation led by Kim" stands for Kim, for a visit or an event; not those it came from
# for a visit.
@pytest.mark.parametrize("sentence, fact", [
    ("A delegation led by Lee Jae-sung arrived in Hanoi on Monday.", ("Lee Jae-sung", "visits", "Hanoi")),
    ("The delegation, led by Lee Jae-sung, visited Hanoi and Vientiane.", ("Lee Jae-sung", "visits", "Vientiane")),
    ("A delegation headed by Lee Jae-sung attended the Asia Energy Forum.", ("Lee Jae-sung", "participates_in", "Asia Energy Forum")),
])
def test_a_delegation_stands_for_its_leader(extract_text, sentence, fact):
    assert fact in direct_facts(extract_text(sentence))


def test_a_delegation_from_a_country_is_no_visit_of_the_country(extract_text):
    assert not any(p == "visits" for s, p, o in direct_facts(extract_text("A delegation from Vietnam visited Busan on Monday.")))


def test_one_who_tells_an_event_takes_part(extract_text):
    assert ("Kim Min-soo", "participates_in", "Asia Energy Forum") in direct_facts(
        extract_text("Kim Min-soo told the Asia Energy Forum that growth would slow."))
    assert not any(p == "participates_in" for s, p, o in direct_facts(extract_text("Kim Min-soo told Hanul Robotics that growth would slow.")))


@pytest.mark.parametrize("sentence", [
    "Delegates from 20 countries, including Vietnam and Laos, attended the Asia Energy Forum.",
    "Exhibitors from countries such as Vietnam and Laos took part in the Asia Energy Forum.",
])
def test_the_countries_named_among_those_sent_take_part(extract_text, sentence):
    found = direct_facts(extract_text(sentence))
    assert {("Vietnam", "participates_in", "Asia Energy Forum"), ("Laos", "participates_in", "Asia Energy Forum")} <= found


def test_countries_only_counted_take_part_as_no_one(extract_text):
    found = direct_facts(extract_text("Delegates from 20 countries attended the Asia Energy Forum."))
    assert not any(p == "participates_in" for s, p, o in found)


# Shows news names bare (names.yaml events), a city's auto show, an airshow.
@pytest.mark.parametrize("sentence, event", [
    ("Hanul Robotics unveiled its robot at CES in Las Vegas.", "CES"),
    ("Hanul Robotics unveiled its robot at Computex in Taipei.", "Computex"),
    ("Hanul Robotics showed its robot at the Busan auto show on Monday.", "Busan auto show"),
    ("Hanul Robotics showed its drone at the Busan Airshow on Monday.", "Busan Airshow"),
])
def test_a_show_named_bare_or_by_its_city_is_an_event(extract_text, sentence, event):
    assert ("Hanul Robotics", "participates_in", event) in direct_facts(extract_text(sentence))


def test_a_makers_trade_named_after_a_city_is_no_show(extract_text):
    assert not events(extract_text("Hanul Robotics bought an auto parts maker in Busan on Monday."))


# "received visiting South Korean President Lee in Hanoi": the visitor is where the meeting
# is; the host visits no country the visitor's adjective names.
@pytest.mark.parametrize("sentence", [
    "Vietnamese President Park Ji-ho received visiting South Korean President Lee Jae-sung in Hanoi on Monday.",
    "Park Ji-ho held talks with visiting South Korean President Lee Jae-sung in Hanoi on Monday.",
    "Visiting South Korean President Lee Jae-sung met Park Ji-ho in Hanoi on Monday.",
])
def test_a_visiting_leader_visits_where_the_meeting_is(extract_text, sentence):
    found = direct_facts(extract_text(sentence))
    assert ("Lee Jae-sung", "visits", "Hanoi") in found
    assert ("Park Ji-ho", "visits", "South Korea") not in found


def test_a_visiting_leader_visits_no_place_a_statement_names(extract_text):
    found = direct_facts(extract_text("Visiting South Korean President Lee Jae-sung said investment in Vietnam would grow."))
    assert not any(p == "visits" for s, p, o in found)


@pytest.mark.parametrize("sentence, place", [
    ("Lee Jae-sung, who is in Hanoi on an official visit, met Park Ji-ho.", "Hanoi"),
    ("Lee Jae-sung was in Tokyo this week on a three-day trip.", "Tokyo"),
])
def test_one_somewhere_on_a_visit_visits_it(extract_text, sentence, place):
    assert ("Lee Jae-sung", "visits", place) in direct_facts(extract_text(sentence))


def test_one_somewhere_on_a_panel_about_visits_visits_nothing(extract_text):
    assert not any(p == "visits" for s, p, o in direct_facts(extract_text("Lee Jae-sung was in Tokyo on a panel about visits.")))
