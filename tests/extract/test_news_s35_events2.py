"""Events and who takes part, session 35 (helper "events35b"), a kind met among the dev
misses (read137, 1 miss: the country a summit's name joins to another side by a dash was a
candidate, below the threshold, like the countries of a business forum's or an expo's
name, 3 of 5 of which were wrong there): the country a summit's name joins by a dash ("the
Peru-Oceania Summit") now takes part in it as a fact; those of a forum's name stay
candidates. Sentences invented here, each beside a near one that must not give the fact."""

from __future__ import annotations

from kg.extract.guard import default_min_confidence, mark_candidates

PART = "participates_in"


def kept_ends(record: dict) -> set[tuple[str, str]]:
    """The (subject, object) of each fact of taking part the guard keeps: at or above its threshold."""
    marked = mark_candidates(record, min_confidence=default_min_confidence())
    return {(r["subject"], r["object"]) for r in marked["relations"] if r["predicate"] == PART and not r["candidate"]}


def test_the_country_a_summit_s_name_joins_by_a_dash_takes_part(extract_text):
    record = extract_text("Leaders of 40 nations gathered for the inaugural Peru-Oceania Summit in Lima on Monday.")
    assert ("Peru", "Peru-Oceania Summit") in kept_ends(record)
    record = extract_text("Kim Min-soo attended the Peru-Chile summit in Lima on Monday.")
    assert {("Peru", "Peru-Chile summit"), ("Chile", "Peru-Chile summit")} <= kept_ends(record)


def test_the_countries_a_forum_s_name_joins_stay_candidates(extract_text):
    record = extract_text("Kim Min-soo attended the Peru-Chile business forum in Lima on Monday.")
    assert kept_ends(record) == {("Kim Min-soo", "Peru-Chile business forum")}
