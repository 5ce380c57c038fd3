"""Homes and places of session 28, kinds met on news snippets outside the corpus: where a firm
is based and where a place lies, as news words them. Sentences invented here, each beside one
of a near shape that must not give the fact."""

from __future__ import annotations

from extract_support import direct_facts, fact_ends


def test_a_countrys_name_before_a_peer_or_partner_says_where_it_is_not_whose(extract_text):
    # "the takeover of NXP by its larger US peer Qualcomm" had made Qualcomm the United
    # States' rival; "its China partner" a partner of China.
    record = extract_text("Hanul Robotics lost the order to its larger US peer Minjin Systems.")
    assert ("Minjin Systems", "United States") not in fact_ends(record, "competes_with")
    assert ("Minjin Systems", "United States") in fact_ends(record, "headquartered_in")
    assert ("Minjin Systems", "Hanul Robotics") in fact_ends(record, "competes_with")
    record = extract_text("Hanul Robotics signed a supply deal with its China partner Daewon Motors.")
    assert not [f for f in direct_facts(record) if f[0] == "Daewon Motors" and f[2] == "China" and f[1] != "headquartered_in"]
    # A country's possessive before the title is still whose the title is, and the pattern
    # of a country's name before a leader's title still reads the leader.
    record = extract_text("Japan's Prime Minister Sato Kenji met US President Tom Walker in Osaka.")
    assert ("Sato Kenji", "Japan") in fact_ends(record, "head_of_state_of")
    assert ("Tom Walker", "United States") in fact_ends(record, "head_of_state_of")
