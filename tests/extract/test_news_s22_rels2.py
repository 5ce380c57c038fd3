"""Relations of session 22's second round on relations ("rels2"): wordings the rules missed,
on sentences invented here, each beside one of the same shape that must not be read so."""

from __future__ import annotations

from extract_support import fact_ends


def test_a_visit_one_arrives_for_is_one_s_own(extract_text):
    record = extract_text("Hanul President Kim Min-soo arrived on Monday for a state visit to Laos.")
    assert ("Kim Min-soo", "Laos") in fact_ends(record, "visits")
    record = extract_text("Kim Min-soo arrived here Tuesday for the Busan Robot Forum and an official visit to Laos.")
    assert ("Kim Min-soo", "Laos") in fact_ends(record, "visits")


def test_a_visit_one_thanks_another_for_is_not_one_s_own(extract_text):
    record = extract_text("Kim Min-soo thanked Lee Jae-won for a visit to Laos.")
    assert ("Kim Min-soo", "Laos") not in fact_ends(record, "visits")


def test_control_undone_by_a_stake_of_half_or_less_told_elsewhere(extract_text):
    # The verb needs more than half: a percentage of another sentence is checked too.
    record = extract_text("Daewon Group controls Hanul Robotics. Daewon Group will buy a 41 percent stake in Hanul Robotics.")
    assert ("Hanul Robotics", "Daewon Group") not in fact_ends(record, "subsidiary_of")
    record = extract_text("Daewon Group controls Hanul Robotics. Daewon Group will buy a 60 percent stake in Hanul Robotics.")
    assert ("Hanul Robotics", "Daewon Group") in fact_ends(record, "subsidiary_of")


def test_a_share_a_parent_sells_does_not_undo_its_control(extract_text):
    record = extract_text("Daewon Group owns Hanul Robotics. Minjin Foods will acquire a 30% stake in Hanul Robotics "
                          "from Sora Capital and a 20% stake from Daewon Group.")
    assert ("Hanul Robotics", "Daewon Group") in fact_ends(record, "subsidiary_of")


def test_listed_demonyms_before_listed_firms_go_in_order(extract_text):
    homes = fact_ends(extract_text("Dutch and German firms Hanul Robotics and Daewon Foods signed a deal."), "headquartered_in")
    assert ("Hanul Robotics", "Netherlands") in homes and ("Daewon Foods", "Germany") in homes
    assert ("Hanul Robotics", "Germany") not in homes and ("Daewon Foods", "Netherlands") not in homes


def test_one_demonym_before_listed_firms_is_each_one_s(extract_text):
    homes = fact_ends(extract_text("German firms Hanul Robotics and Daewon Foods signed a deal."), "headquartered_in")
    assert ("Hanul Robotics", "Germany") in homes and ("Daewon Foods", "Germany") in homes


def _amounts(record, predicate):
    return {(r["subject"], r["object"]): r["qualifiers"].get("amount") for r in record["relations"] if r["predicate"] == predicate}


def test_the_level_a_participle_says_reached_is_the_fact_s_money(extract_text):
    record = extract_text("Trade between Vietnam and Laos has grown in recent years, reaching about $1.1 billion in 2024.")
    assert _amounts(record, "trades_with")[("Vietnam", "Laos")] == 1.1e9
    record = extract_text("Trade between Vietnam and Laos grew last year, rising to $3 billion.")
    assert _amounts(record, "trades_with")[("Vietnam", "Laos")] == 3e9


def test_a_level_another_subject_reached_is_not_the_fact_s_money(extract_text):
    record = extract_text("Trade between Vietnam and Laos grew 5% last year, with Daewon Group reaching $2 billion in sales.")
    assert _amounts(record, "trades_with")[("Vietnam", "Laos")] is None
