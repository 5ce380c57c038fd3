"""Homes read from names, session 35 (helper "homes35b"), a kind met on development texts
(two misses, trade-fair and business-forum news from Pakistan and Iran): a chamber of
commerce whose name opens with a city the text names is at home in that city. Sentences
invented here, each beside one of a near shape that must not give the home."""

from __future__ import annotations

from extract_support import fact_ends


def test_a_chamber_named_first_by_a_city_of_the_text_is_at_home_there(extract_text):
    # "Karachi Chamber of Commerce and Industry": the city before "Chamber" gave no home.
    record = extract_text("Officials of the Lahore Chamber of Commerce and Industry met buyers at the fair in Lahore on Monday.",
                          "2024-03-04")
    assert ("Lahore Chamber of Commerce and Industry", "Lahore") in fact_ends(record, "headquartered_in")
    # A city the name places after "of" is a member's or a market's, not the chamber's home.
    record = extract_text("Officials of the Chamber of Lahore Traders met buyers at the fair in Lahore on Monday.", "2024-03-04")
    assert not [end for end in fact_ends(record, "headquartered_in") if end[1] == "Lahore"]
