"""Events named as the reference knows them with an edition's year, or with a plan's head
word, session 39 (a battery of invented sentences): "at Computex 2025" is that edition, not
the reference's "Computex" with a year left over; "a speech at the Future Investment
Initiative" is at an event, not at a plan. Each beside a near sentence."""

from __future__ import annotations

from extract_support import entity_classes, fact_qualifiers


def test_an_edition_of_a_known_event_keeps_its_year(extract_text):
    record = extract_text("Samsung Electronics showcased its latest chips at Computex 2025 in Taipei.")
    assert entity_classes(record).get("Computex 2025") == {"Event"}
    assert fact_qualifiers(record, "Samsung Electronics", "participates_in", "Computex 2025")["date"] == "2025"
    # No year, the reference's name.
    assert "Computex" in entity_classes(extract_text("Samsung Electronics showcased its latest chips at Computex in Taipei."))


def test_a_plan_shaped_name_one_is_at_is_an_event(extract_text):
    record = extract_text("President Ravel Ostrom delivered a keynote speech at the Future Investment Initiative in Riyadh on Tuesday.")
    assert entity_classes(record)["Future Investment Initiative"] == {"Event"}
    assert fact_qualifiers(record, "Future Investment Initiative", "event_held_at", "Riyadh")["date"] == "2026-01-13"
    # Not after "at", or a noun goes on: a plan's name as before.
    assert entity_classes(extract_text("The Hanul Growth Initiative will cut costs at Daewon Group."))["Hanul Growth Initiative"] == {"Policy"}
