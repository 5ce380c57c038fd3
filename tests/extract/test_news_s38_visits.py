"""Visits and heads of state, session 38 (the lead's battery of visit wordings): a people's
adjective that opens the visitor's title after the place visited ("his visit to India,
Saudi Crown Prince X") was read as a second country visited, his own; and a leader the list
of office holders knows, called by title alone ("President Joe Biden") in a story of
another country's leader, was guessed that country's head. Sentences invented here, each
beside a near one that must keep its fact."""

from __future__ import annotations

from extract_support import fact_ends


def test_a_demonym_opening_the_visitors_title_is_no_second_place_visited(extract_text):
    record = extract_text("During his visit to India, Saudi Crown Prince Mohammed bin Salman met Prime Minister Narendra Modi.",
                          "2023-04-24")
    assert fact_ends(record, "visits") == {("Mohammed bin Salman", "India")}
    # A list of countries visited stays a list.
    record = extract_text("Mohammed bin Salman toured India, Pakistan and China in February.", "2023-04-24")
    assert fact_ends(record, "visits") == {("Mohammed bin Salman", c) for c in ("India", "Pakistan", "China")}


def _heads(record: dict) -> set[tuple[str, str]]:
    """Candidates too: a wrong guess is wrong either way."""
    return {(r["subject"], r["object"]) for r in record["relations"] if r["predicate"] == "head_of_state_of"}


def test_a_listed_leader_is_no_guessed_head_of_the_storys_other_country(extract_text):
    for day in ("2023-04-24", "2026-01-14"):
        heads = _heads(extract_text("Japanese Prime Minister Fumio Kishida met President Joe Biden at the White House.", day))
        assert ("Joe Biden", "Japan") not in heads and ("Fumio Kishida", "Japan") in heads, day
    # The list's own country, when the text names it, is still his.
    heads = _heads(extract_text("President Joe Biden met Korean President Yoon Suk Yeol in Washington, the United States said.",
                                "2023-04-24"))
    assert ("Joe Biden", "United States") in heads and ("Joe Biden", "South Korea") not in heads
