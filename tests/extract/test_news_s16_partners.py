"""Partners, rivals and events as real news writes them (session 16), on sentences invented
here, each beside a sentence of the same shape that must not be read so."""

from __future__ import annotations

import pytest


def facts(record) -> dict[tuple[str, str, str], dict]:
    return {(r["subject"], r["predicate"], r["object"]): r for r in record["relations"] if not r.get("candidate")}


@pytest.mark.parametrize("text", [
    "Daewon Motors, a unit of Minjin Group, said it will form a joint venture with Hanul Robotics.",
    "Daewon Motors, which Minjin Group owns, said on Monday it had formed a joint venture with Hanul Robotics.",
])
def test_it_in_a_reported_clause_is_the_reporter_not_a_name_between(extract_text, text):
    found = facts(extract_text(text))
    assert ("Daewon Motors", "partners_with", "Hanul Robotics") in found
    assert ("Minjin Group", "partners_with", "Hanul Robotics") not in found


def test_it_reported_by_a_person_is_still_the_firm_named(extract_text):
    # The reporter is a person, whom "it" cannot stand for: the firm named stays.
    found = facts(extract_text("Kim Min-soo, chairman of Daewon Motors, said it will form a joint venture with Hanul Robotics."))
    assert ("Daewon Motors", "partners_with", "Hanul Robotics") in found
    assert not any(s == "Kim Min-soo" and p == "partners_with" for s, p, _ in found)


@pytest.mark.parametrize("text", [
    "Minjin Steel announced a joint venture between Daewon Motors and Hanul Robotics.",
    "The partnership between Daewon Motors and Hanul Robotics will build batteries.",
])
def test_a_venture_between_two_firms_makes_them_partners(extract_text, text):
    found = facts(extract_text(text))
    assert ("Daewon Motors", "partners_with", "Hanul Robotics") in found or \
        ("Hanul Robotics", "partners_with", "Daewon Motors") in found
    assert not any(s == "Minjin Steel" and p == "partners_with" for s, p, _ in found)


@pytest.mark.parametrize("text", [
    # Countries: a pact the gold keeps as their policy, not a partnership of each pair.
    "The partnership between Korea, Japan and the United States covers chips.",
    # A merger between two firms is no partnership.
    "The merger between Daewon Motors and Hanul Robotics was approved.",
])
def test_other_things_between_two_names_are_no_partnership(extract_text, text):
    assert not any(p == "partners_with" for _, p, _ in facts(extract_text(text)))


def names(record) -> set[str]:
    return {e["name"] for e in record["entities"]}


@pytest.mark.parametrize("text, name", [
    ("Daewon Motors signed a deal with Hanul Engineering and Construction Co. on Monday.",
     "Hanul Engineering and Construction Co."),
    ("Daewon Motors signed a deal with Hanul Science and Technology on Monday.", "Hanul Science and Technology"),
])
def test_a_firm_named_for_two_trades_is_one_partner(extract_text, text, name):
    record = extract_text(text)
    assert name in names(record)
    assert ("Daewon Motors", "partners_with", name) in facts(record)


@pytest.mark.parametrize("text, two", [
    # The word after "and" is no trade: two firms.
    ("Daewon Electronics and Apple signed a deal on Monday.", {"Daewon Electronics", "Apple"}),
    # Two names each ending in a trade: two firms.
    ("Hanul Robotics and Daewon Energy signed a deal on Monday.", {"Hanul Robotics", "Daewon Energy"}),
])
def test_a_list_of_two_firms_stays_two(extract_text, text, two):
    assert two <= names(extract_text(text))


@pytest.mark.parametrize("title", ["", "Korea's Vice Minister of Trade ", "Vice Minister "])
def test_one_speaking_at_an_event_with_a_countrys_title_takes_part(extract_text, title):
    found = facts(extract_text(
        f"The 5th Busan Robot Expo kicked off on Tuesday in Busan. Speaking at the expo, {title}Kim Min-soo said sales would rise."))
    assert ("Kim Min-soo", "participates_in", "5th Busan Robot Expo") in found


def test_one_speaking_elsewhere_than_the_event_does_not(extract_text):
    # What is spoken at is no event: no one takes part in the expo for it.
    found = facts(extract_text(
        "The 5th Busan Robot Expo kicked off on Tuesday in Busan. Speaking at a press briefing in Seoul, "
        "Korea's Vice Minister of Trade Kim Min-soo said sales would rise."))
    assert not any(s == "Kim Min-soo" and p == "participates_in" for s, p, _ in found)


@pytest.mark.parametrize("text", [
    "Hanul Robotics acts as a technology partner to Daewon Motors.",
    "Hanul Robotics, a key partner to Daewon Motors, posted a profit.",
])
def test_a_partner_to_a_firm_is_its_partner(extract_text, text):
    assert ("Hanul Robotics", "partners_with", "Daewon Motors") in facts(extract_text(text))


def test_a_trading_partner_to_a_country_is_no_partner(extract_text):
    assert not any(p == "partners_with" for _, p, _ in facts(extract_text("Korea is a major trading partner to Japan.")))


def test_the_likes_of_names_are_the_ends(extract_text):
    found = facts(extract_text("Daewon Motors competes with the likes of Hanul Robotics and Minjin Foods."))
    assert ("Daewon Motors", "competes_with", "Hanul Robotics") in found
    assert ("Daewon Motors", "competes_with", "Minjin Foods") in found


def test_the_likes_of_no_name_is_no_end(extract_text):
    found = facts(extract_text("Daewon Motors competes with the likes of robot makers."))
    assert not any(p == "competes_with" for _, p, _ in found)


@pytest.mark.parametrize("text", [
    "Delegates gathered in Busan for the Busan Robot Expo.",
    "Delegates gathered in Busan for the annual Busan Robot Expo on Monday.",
])
def test_where_people_gather_for_an_event_it_is_held(extract_text, text):
    assert ("Busan Robot Expo", "event_held_at", "Busan") in facts(extract_text(text))


@pytest.mark.parametrize("text", [
    # Arriving somewhere for an event says not where it is.
    "Kim Min-soo arrived in Seoul for the Busan Robot Expo.",
    # The event is said to be elsewhere.
    "Delegates gathered in Seoul for the Busan Robot Expo in Busan.",
])
def test_where_people_come_from_for_an_event_is_not_where_it_is(extract_text, text):
    assert ("Busan Robot Expo", "event_held_at", "Seoul") not in facts(extract_text(text))
