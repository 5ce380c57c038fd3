"""Events, visits and where events are held, told the way wire news tells them (session 14):
an event named once and then by a common noun ("the event", "the opening ceremony"), on
sentences invented here, each with a sentence of the same shape that must not give the fact."""

from __future__ import annotations

import pytest


def triples(record) -> set[tuple[str, str, str]]:
    return {(r["subject"], r["predicate"], r["object"]) for r in record["relations"] if not r.get("candidate")}


@pytest.mark.parametrize("text, fact", [
    ("The Busan Robot Expo opened on Monday. Speaking at the opening ceremony, Kim Min-soo said the industry would grow.",
     ("Kim Min-soo", "participates_in", "Busan Robot Expo")),
    ("The Busan Robot Expo opened on Monday. The event was held at BEXCO in Busan.",
     ("Busan Robot Expo", "event_held_at", "BEXCO")),
    ("The Busan Robot Expo opened on Monday. More than 100 companies took part in the event, including Hanul Robotics and Daewon.",
     ("Daewon", "participates_in", "Busan Robot Expo")),
])
def test_an_event_named_before_is_the_event_a_common_noun_names(extract_text, text, fact):
    assert fact in triples(extract_text(text))


def test_a_part_of_another_event_is_that_events(extract_text):
    found = triples(extract_text("The Busan Robot Expo opened on Monday and drew 5,000 visitors. Kim Min-soo later "
                                 "spoke at the opening ceremony of the Asia Energy Summit."))
    assert ("Kim Min-soo", "participates_in", "Asia Energy Summit") in found
    assert ("Kim Min-soo", "participates_in", "Busan Robot Expo") not in found


@pytest.mark.parametrize("text, fact", [
    ("Kim Min-soo met Park Ji-hoon in Hanoi on Monday.", ("Kim Min-soo", "visits", "Hanoi")),
    ("Kim Min-soo held talks with Park Ji-hoon in Hanoi on Monday.", ("Kim Min-soo", "visits", "Hanoi")),
    ("Kim Min-soo returned from Tokyo on Friday.", ("Kim Min-soo", "visits", "Tokyo")),
    ("Kim Min-soo came to Tokyo in May to meet investors.", ("Kim Min-soo", "visits", "Tokyo")),
    ("Kim Min-soo flew into Tokyo on Friday.", ("Kim Min-soo", "visits", "Tokyo")),
])
def test_where_one_meets_comes_and_returns_from_is_visited(extract_text, text, fact):
    assert fact in triples(extract_text(text))


@pytest.mark.parametrize("text", [
    # A firm is no place one visits, however one meets there.
    "Kim Min-soo met Park Ji-hoon at Hanul Robotics on Monday.",
    # A firm that comes to a country enters its market; it pays it no visit.
    "Hanul Robotics came to Japan in 2010.",
    "Hanul Robotics returned from Tokyo with a new contract.",
])
def test_no_visit_without_a_visitor_and_a_place(extract_text, text):
    assert not any(p == "visits" for _, p, _ in triples(extract_text(text)))


@pytest.mark.parametrize("text, fact", [
    ("Kim Min-soo was present at the Asia Energy Summit.", ("Kim Min-soo", "participates_in", "Asia Energy Summit")),
    ("Hanul Robotics will also be at the Busan Robot Expo.", ("Hanul Robotics", "participates_in", "Busan Robot Expo")),
    ("Kim Min-soo represented Korea at the Asia Energy Summit.", ("Kim Min-soo", "participates_in", "Asia Energy Summit")),
    ("Hanul Robotics won an innovation award at the Busan Robot Expo.", ("Hanul Robotics", "participates_in", "Busan Robot Expo")),
    ("Hanul Robotics showed off its new robot at the Busan Robot Expo.", ("Hanul Robotics", "participates_in", "Busan Robot Expo")),
    ("Kim Min-soo presided over the Asia Energy Summit.", ("Kim Min-soo", "participates_in", "Asia Energy Summit")),
    ("Kim Min-soo opened the Asia Energy Summit with a speech on Monday.", ("Kim Min-soo", "participates_in", "Asia Energy Summit")),
    ("The Asia Energy Summit featured Kim Min-soo and Park Ji-hoon.", ("Park Ji-hoon", "participates_in", "Asia Energy Summit")),
    ("Kim Min-soo held a bilateral meeting with Park Ji-hoon at the Asia Energy Summit.",
     ("Kim Min-soo", "participates_in", "Asia Energy Summit")),
    ("Kim Min-soo took the stage at the Busan Robot Expo.", ("Kim Min-soo", "participates_in", "Busan Robot Expo")),
    ("Kim Min-soo was a guest at the Asia Energy Summit.", ("Kim Min-soo", "participates_in", "Asia Energy Summit")),
])
def test_what_one_does_at_an_event_is_taking_part(extract_text, text, fact):
    assert fact in triples(extract_text(text))


@pytest.mark.parametrize("text", [
    "Hanul Robotics opened a plant in Busan on Monday.",
    "Hanul Robotics won a contract from Daewon in Busan.",
    "Hanul Robotics will be at the center of the Busan Robot Expo.",
])
def test_no_part_taken_without_an_event_attended(extract_text, text):
    assert not any(p == "participates_in" and s == "Hanul Robotics" for s, p, _ in triples(extract_text(text)))


_OPENED = "The Asia Energy Summit opened in Busan on Monday. "


@pytest.mark.parametrize("text, fact", [
    (_OPENED + "Kim Min-soo also attended.", ("Kim Min-soo", "participates_in", "Asia Energy Summit")),
    (_OPENED + "Kim Min-soo and Park Ji-hoon took part.", ("Park Ji-hoon", "participates_in", "Asia Energy Summit")),
    (_OPENED + "Participants included Kim Min-soo and Park Ji-hoon.", ("Park Ji-hoon", "participates_in", "Asia Energy Summit")),
    (_OPENED + "Kim Min-soo attended the two-day summit.", ("Kim Min-soo", "participates_in", "Asia Energy Summit")),
    (_OPENED + "Kim Min-soo attended this year's summit.", ("Kim Min-soo", "participates_in", "Asia Energy Summit")),
    (_OPENED + "Kim Min-soo attended the annual event.", ("Kim Min-soo", "participates_in", "Asia Energy Summit")),
    (_OPENED + "Kim Min-soo attended the 10th edition of the summit.", ("Kim Min-soo", "participates_in", "Asia Energy Summit")),
    (_OPENED + "Hanul Robotics exhibited at the show.", ("Hanul Robotics", "participates_in", "Asia Energy Summit")),
])
def test_an_event_left_unsaid_or_described_is_the_one_named(extract_text, text, fact):
    assert fact in triples(extract_text(text))


@pytest.mark.parametrize("text", [
    # No event named: nothing to have attended.
    "Kim Min-soo also attended.",
    # Joining a round told just before is investing, not taking part in the event.
    "The Busan Robot Expo opened on Monday. Hanul Robotics raised $20 million last week. Minjin Capital also participated.",
])
def test_no_event_left_unsaid_where_none_is_told(extract_text, text):
    assert not any(p == "participates_in" for _, p, _ in triples(extract_text(text)))


@pytest.mark.parametrize("text, facts", [
    ("Kim Min-soo will travel to Gyeongju for the APEC summit.",
     {("Kim Min-soo", "visits", "Gyeongju"), ("Kim Min-soo", "participates_in", "APEC summit")}),
    ("Kim Min-soo arrived in Gyeongju for the APEC summit on Friday.",
     {("Kim Min-soo", "visits", "Gyeongju"), ("Kim Min-soo", "participates_in", "APEC summit")}),
    ("Kim Min-soo, who is in Gyeongju for the APEC summit, met Park Ji-hoon.",
     {("Kim Min-soo", "visits", "Gyeongju"), ("Kim Min-soo", "participates_in", "APEC summit")}),
    ("Kim Min-soo left for the APEC summit on Friday.", {("Kim Min-soo", "participates_in", "APEC summit")}),
])
def test_being_somewhere_for_an_event_is_visiting_and_taking_part(extract_text, text, facts):
    assert facts <= triples(extract_text(text))


@pytest.mark.parametrize("text", [
    # Being somewhere, said bare or for a time, is as often living there.
    "Kim Min-soo is in Gyeongju.",
    "Kim Min-soo was in Seoul for years.",
])
def test_being_somewhere_is_no_visit(extract_text, text):
    assert not any(p == "visits" for _, p, _ in triples(extract_text(text)))


@pytest.mark.parametrize("text, fact", [
    ("Kim Min-soo visited the Korea-China Business Forum on Tuesday.",
     ("Kim Min-soo", "participates_in", "Korea-China Business Forum")),
    ("Hanul Robotics, a participant in the Korea-China Business Forum, showed its robots.",
     ("Hanul Robotics", "participates_in", "Korea-China Business Forum")),
    # The parser hangs "at the forum" on "understanding", below the verb.
    ("Hanul Robotics signed a memorandum of understanding with Daewon at the Korea-China Business Forum.",
     ("Hanul Robotics", "participates_in", "Korea-China Business Forum")),
])
def test_visiting_an_event_or_signing_at_it_is_taking_part(extract_text, text, fact):
    assert fact in triples(extract_text(text))


def test_an_event_visited_is_no_place(extract_text):
    record = extract_text("Kim Min-soo visited the Korea-China Business Forum on Tuesday.")
    assert {e["name"]: e["type"] for e in record["entities"]}["Korea-China Business Forum"] == "Event"
    assert not any(p == "visits" for _, p, _ in triples(record))


@pytest.mark.parametrize("text", [
    # A place named in the description of the one met is that one's.
    "Kim Min-soo met Park Ji-hoon, the chief executive of Hanul Robotics in Busan.",
    "Kim Min-soo met executives of firms in Busan.",
])
def test_the_place_of_the_one_met_is_not_visited(extract_text, text):
    assert not any(p == "visits" for _, p, _ in triples(extract_text(text)))


@pytest.mark.parametrize("text, fact", [
    ("The Ministry of Trade held the Korea-China Business Forum on Monday.",
     ("Ministry of Trade", "participates_in", "Korea-China Business Forum")),
    ("The Korea-China Business Forum returns to Seoul this year.", ("Korea-China Business Forum", "event_held_at", "Seoul")),
    ("The Lotte Hotel, the venue of the Korea-China Business Forum, was packed.",
     ("Korea-China Business Forum", "event_held_at", "Lotte Hotel")),
    ("The venue for the Korea-China Business Forum is the Lotte Hotel in Seoul.",
     ("Korea-China Business Forum", "event_held_at", "Lotte Hotel")),
])
def test_who_holds_an_event_and_where_it_comes(extract_text, text, fact):
    assert fact in triples(extract_text(text))


@pytest.mark.parametrize("text", [
    # Talks held are no event named; a firm that comes to a city holds no event there.
    "Kim Min-soo held talks with Park Ji-hoon on Monday.",
    "Hanul Robotics returns to Seoul this year.",
])
def test_no_event_held_without_an_event(extract_text, text):
    assert not any(p in ("participates_in", "event_held_at") for _, p, _ in triples(extract_text(text)))


@pytest.mark.parametrize("text, fact", [
    ("Kim Min-soo met Park Ji-hoon on the sidelines of the G20 summit in Osaka.", ("Park Ji-hoon", "participates_in", "G20 summit")),
    ("Kim Min-soo met with Park Ji-hoon at the Asia Energy Summit.", ("Park Ji-hoon", "participates_in", "Asia Energy Summit")),
    ("The Busan Robot Expo opened on Monday. The organizers, Daewon and Hanul Robotics, expect 50,000 visitors.",
     ("Hanul Robotics", "participates_in", "Busan Robot Expo")),
    ("The Busan Robot Expo opens in July. The organizers -- Daewon and Hanul Robotics -- will provide booths.",
     ("Daewon", "participates_in", "Busan Robot Expo")),
])
def test_the_one_met_at_an_event_and_its_organizers_named_after_take_part(extract_text, text, fact):
    assert fact in triples(extract_text(text))


@pytest.mark.parametrize("text", [
    "Kim Min-soo met Park Ji-hoon at Hanul Robotics.",
    # No event named: the organizers of nothing the text tells.
    "The organizers, Daewon and Hanul Robotics, expect 50,000 visitors.",
])
def test_no_part_taken_in_no_event(extract_text, text):
    assert not any(p == "participates_in" for _, p, _ in triples(extract_text(text)))


@pytest.mark.parametrize("text, fact", [
    ("Park Ji-hoon welcomed Kim Min-soo in Hanoi on Monday.", ("Kim Min-soo", "visits", "Hanoi")),
    ("King Charles received Kim Min-soo at Windsor Castle.", ("Kim Min-soo", "visits", "Windsor Castle")),
])
def test_the_one_welcomed_somewhere_visits_it(extract_text, text, fact):
    found = triples(extract_text(text))
    assert fact in found
    # The host is at home.
    assert not any(p == "visits" and s != fact[0] for s, p, _ in found)


def test_a_firm_welcoming_people_has_no_visitor(extract_text):
    assert not any(p == "visits" for _, p, _ in triples(extract_text("Hanul Robotics welcomed investors in Busan.")))


def entities(record) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


@pytest.mark.parametrize("text, name", [
    ("Kim Min-soo attended the third Korea-China-Japan trilateral summit in Seoul.", "Korea-China-Japan trilateral summit"),
    ("The Korea-Japan business summit will be held in Seoul.", "Korea-Japan business summit"),
])
def test_names_joined_by_dashes_before_a_summit_name_it(extract_text, text, name):
    assert entities(extract_text(text)).get(name) == "Event"


def test_a_summit_of_a_firm_is_no_named_event(extract_text):
    assert "Event" not in entities(extract_text("Samsung's annual summit drew 500 people.")).values()


def test_an_events_name_goes_on_through_for_and_a_place(extract_text):
    record = extract_text("Kim Min-soo attended the Boao Forum for Asia on Monday.")
    assert entities(record).get("Boao Forum for Asia") == "Event"
    assert ("Kim Min-soo", "participates_in", "Boao Forum for Asia") in triples(record)


def test_an_events_name_stops_before_a_person(extract_text):
    record = extract_text("Kim Min-soo attended the Asia Energy Summit for Kim Ji-won.")
    assert entities(record).get("Asia Energy Summit") == "Event"


@pytest.mark.parametrize("text, fact", [
    ("The Busan Robot Expo, where Hanul Robotics unveiled its robot, closed on Sunday.",
     ("Hanul Robotics", "participates_in", "Busan Robot Expo")),
    ("Hanul Robotics returned to the Busan Robot Expo, where it showcased a new robot.",
     ("Hanul Robotics", "participates_in", "Busan Robot Expo")),
    ("Park Ji-hoon flew to the Asia Energy Summit on Monday.", ("Park Ji-hoon", "participates_in", "Asia Energy Summit")),
])
def test_where_one_does_something_at_an_event_and_flies_to_it(extract_text, text, fact):
    assert fact in triples(extract_text(text))


def test_an_event_flown_to_is_no_place_visited(extract_text):
    record = extract_text("Park Ji-hoon flew to the Asia Energy Summit on Monday.")
    assert entities(record).get("Asia Energy Summit") == "Event"
    assert not any(p == "visits" for _, p, _ in triples(record))


def test_where_one_invests_is_not_where_one_takes_part(extract_text):
    found = triples(extract_text("Daewon expanded in Busan, where it invested $5 million in Hanul Robotics."))
    assert not any(o == "Busan" and p in ("invests_in", "participates_in") for _, p, o in found)


@pytest.mark.parametrize("text, fact", [
    ("During the Asia Energy Summit, Hanul Robotics unveiled a robot.", ("Hanul Robotics", "participates_in", "Asia Energy Summit")),
    ("Kim Min-soo said during the Asia Energy Summit that prices would fall.",
     ("Kim Min-soo", "participates_in", "Asia Energy Summit")),
])
def test_what_one_does_during_an_event_is_taking_part(extract_text, text, fact):
    assert fact in triples(extract_text(text))


def test_what_one_does_during_a_time_is_no_part_taken(extract_text):
    assert not any(p == "participates_in" for _, p, _ in triples(extract_text("During the pandemic, Hanul Robotics unveiled a robot.")))


@pytest.mark.parametrize("text, fact", [
    ("Kim Min-soo's visit to Hanul Robotics' Busan plant drew attention.", ("Kim Min-soo", "visits", "Busan")),
    ("Kim Min-soo began his visit in Hanoi on Monday.", ("Kim Min-soo", "visits", "Hanoi")),
])
def test_a_site_named_by_its_city_and_a_visit_begun_in_one(extract_text, text, fact):
    assert fact in triples(extract_text(text))


def test_a_visit_in_a_month_visits_no_place(extract_text):
    assert not any(p == "visits" for _, p, _ in triples(extract_text("Kim Min-soo's visit in May was his first.")))


def test_being_somewhere_to_do_something_is_visiting_it(extract_text):
    assert ("Kim Min-soo", "visits", "Gyeongju") in triples(extract_text("Kim Min-soo was in Gyeongju to attend the APEC summit."))


def test_being_somewhere_to_stay_is_no_visit(extract_text):
    assert not any(p == "visits" for _, p, _ in triples(extract_text("Kim Min-soo was in Seoul to stay.")))
