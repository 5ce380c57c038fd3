"""Classes of news wording for places, visits, stakes and offices (session 11), each on
sentences invented here (firms such as Hanul Robotics, Daewon Ventures, Minjin Capital),
with sentences of the same shape that must give nothing."""

from __future__ import annotations

import pytest


def triples(record) -> set[tuple[str, str, str]]:
    return {(r["subject"], r["predicate"], r["object"]) for r in record["relations"] if not r.get("candidate")}


@pytest.mark.parametrize("text, fact", [
    # A word for a kind of place stands for the place it names.
    ("Kim Min-soo arrived in the city of Hefei on Monday.", ("Kim Min-soo", "visits", "Hefei")),
    ("Kim Min-soo arrived in Chongqing Municipality on Monday.", ("Kim Min-soo", "visits", "Chongqing")),
    ("Hanul Robotics is based in the city of Hefei.", ("Hanul Robotics", "headquartered_in", "Hefei")),
    ("The Busan Robot Expo was held in the city of Busan.", ("Busan Robot Expo", "event_held_at", "Busan")),
    # A city before the words that say what a firm is.
    ("Busan startup Hanul Robotics raised $10 million.", ("Hanul Robotics", "headquartered_in", "Busan")),
    ("Shenzhen battery maker Minjin Energy opened a plant.", ("Minjin Energy", "headquartered_in", "Shenzhen")),
])
def test_news_wording(extract_text, text, fact):
    assert fact in triples(extract_text(text))


@pytest.mark.parametrize("text, predicate", [
    # A kind of place with no place named gives no end.
    ("Kim Min-soo arrived in the capital on Monday.", "visits"),
    # A city that is no modifier of the firm's words.
    ("Tokyo stocks rose as Hanul Robotics gained.", "headquartered_in"),
])
def test_no_such_fact(extract_text, text, predicate):
    assert not {t for t in triples(extract_text(text)) if t[1] == predicate}
