"""Places from a fresh story of session 40, re-told: a known city named with its country
after "in" stays a city, where an unknown name so placed is a site."""

from __future__ import annotations

from extract_support import entity_classes, fact_ends


def test_a_known_city_before_in_and_its_country_is_a_city(extract_text):
    record = extract_text("From Madrid, the prime minister will travel to St. Petersburg in Russia from May 31 to June 2.")
    assert entity_classes(record)["St. Petersburg"] == {"City"}
    assert ("St. Petersburg", "Russia") in fact_ends(record, "located_in")
    # A name no gazetteer holds, so placed, is where the meeting happens: a site.
    assert entity_classes(extract_text("The expo opened at COEX in Seoul."))["COEX"] == {"Facility"}
