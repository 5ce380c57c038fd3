"""Visits a wire story's dateline tells (session 20, round 2): a leader whose country the
text gives, named in the lead of a story datelined from a city abroad, is in that city; on
sentences invented here, each beside one of the same shape that must not be read so."""

from __future__ import annotations

from extract_support import direct_facts, fact_ends


def visits(record) -> set[tuple[str, str]]:
    return fact_ends(record, "visits")


def test_a_leader_from_elsewhere_in_the_lead_of_a_datelined_story_visits_its_city(extract_text):
    record = extract_text("Pact on ports signed\n\nHanoi (Reuters) - Chilean President Maria Ostrava signed a ports pact "
                          "with Daewon Shipping on Tuesday.\n\nThe pact runs for ten years.")
    assert ("Maria Ostrava", "Hanoi") in visits(record)


def test_a_leader_at_home_in_the_lead_of_a_datelined_story_visits_nothing(extract_text):
    record = extract_text("Pact on ports signed\n\nHanoi (Reuters) - Vietnamese President Maria Ostrava signed a ports pact "
                          "with Daewon Shipping on Tuesday.\n\nThe pact runs for ten years.")
    assert ("Maria Ostrava", "Hanoi") not in visits(record)


def test_a_leader_named_only_after_the_lead_visits_nothing(extract_text):
    record = extract_text("Pact on ports signed\n\nHanoi (Reuters) - Daewon Shipping signed a ports pact on Tuesday.\n\n"
                          "Chilean President Maria Ostrava welcomed the pact.")
    assert ("Maria Ostrava", "Hanoi") not in visits(record)


def events(record) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in direct_facts(record) if p == "participates_in"}


def test_a_speaker_on_a_day_of_an_event_takes_part_in_it(extract_text):
    record = extract_text("Daewon Motors chief executive Ana Lima pledged new investment on the second day of the "
                          "Busan Robot Expo.")
    assert ("Ana Lima", "Busan Robot Expo") in events(record)


def test_a_speaker_on_a_day_the_text_dates_takes_part_in_nothing(extract_text):
    record = extract_text("Daewon Motors chief executive Ana Lima pledged on Tuesday that the Busan Robot Expo "
                          "would grow.")
    assert ("Ana Lima", "Busan Robot Expo") not in events(record)


def test_a_firm_that_shows_its_work_in_an_event_takes_part_in_it(extract_text):
    record = extract_text("Hanul Robotics is pitching its new arm to buyers in the three-day Busan Robot Expo.")
    assert ("Hanul Robotics", "Busan Robot Expo") in events(record)


def test_a_firm_that_shows_its_work_in_a_city_takes_part_in_nothing(extract_text):
    record = extract_text("Hanul Robotics is pitching its new arm to buyers in Busan.")
    assert not events(record)
