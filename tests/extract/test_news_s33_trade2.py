"""Trade figures, visits and deals of session 33 (short helper "trade2"), kinds met on trade
and diplomacy news outside the corpus (India, Korea, China): a ministry named by its initials
after "the" that announces someone's visit; a rise told beside how many points lower it was.
Sentences invented here, each beside one of a near shape that must not give the fact."""

from __future__ import annotations

from extract_support import fact_ends, fact_qualifiers

from kg.extract.guard import default_min_confidence, mark_candidates


def test_a_body_named_by_initials_after_the_is_no_visitor(extract_text):
    # "The MEA had announced his official visit to India" (an Indian daily) had typed the
    # foreign ministry's initials a person's and given it the visit "his" tells.
    record = mark_candidates(extract_text("Prime Minister Tomas Varela of Portugal will travel to New Delhi next week. "
                                          "The MEA had announced his official visit to India on Monday.", "2026-12-01"),
                             min_confidence=default_min_confidence())
    assert ("Tomas Varela", "India") in fact_ends(record, "visits")
    assert ("MEA", "India") not in fact_ends(record, "visits")
    assert {e["name"]: e["type"] for e in record["entities"]}["MEA"] != "Person"
    # A person's name before the same words is still the one who visits.
    near = extract_text("Tomas Varela, Portugal's prime minister, will travel to New Delhi next week. Varela had "
                        "announced his official visit to India on Monday.", "2026-12-01")
    assert ("Tomas Varela", "India") in fact_ends(near, "visits")


def test_a_rise_told_beside_how_much_lower_it_was_stays_a_rise(extract_text):
    # "rose 3.8%, 23.8 percentage points lower than the year before" (a Chinese customs
    # story) had given a growth of -3.8: the parse hangs the first figure on "lower".
    rose = extract_text("Trade between Portugal and Brazil rose 3.8 percent, 23.8 percentage points lower than the year before.")
    assert fact_qualifiers(rose, "Portugal", "trades_with", "Brazil")["growth_percent"] == 3.8
    # A fall told so stays a fall.
    fell = extract_text("Trade between Portugal and Brazil fell 3.8 percent, 2.1 percentage points lower than the year before.")
    assert fact_qualifiers(fell, "Portugal", "trades_with", "Brazil")["growth_percent"] == -3.8
