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
