"""Descriptions that refer back ("the German firm"), as real news writes them (session 20):
not to the subject of the verb a participle's clause hangs on, and never read as a member of
the list before them; on sentences invented here, each beside one of the same shape that
must be read so."""

from __future__ import annotations

from extract_support import fact_ends


def homes(record) -> set[tuple[str, str]]:
    return fact_ends(record, "headquartered_in")


def test_a_description_in_a_participle_clause_is_not_the_governing_subject(extract_text):
    # Daewon, named most, would be the description's pick without the rule.
    record = extract_text("Daewon Motors bought shares of Kuka Robotics last year. Daewon Motors makes cars. Daewon Motors "
                          "is based in Busan. In June, Daewon Motors announced an offer of 115 euros per share, valuing "
                          "the German firm at about 5 billion dollars.")
    found = homes(record)
    assert ("Daewon Motors", "Germany") not in found
    assert ("Kuka Robotics", "Germany") in found


def test_a_description_in_a_participle_clause_may_be_the_governing_object(extract_text):
    # The object of the verb the clause hangs on is what the participle tells of.
    record = extract_text("Daewon Motors is a Korean carmaker. On Monday Daewon Motors bought Kuka Robotics, "
                          "valuing the German firm at about 5 billion dollars.")
    assert ("Kuka Robotics", "Germany") in homes(record)


def test_a_description_after_a_comma_is_no_member_of_a_list(extract_text):
    record = extract_text("Daewon Motors bought shares of Kuka Robotics last year. Daewon Motors makes cars. Daewon Motors "
                          "is based in Busan. Daewon Motors now holds 13.5 percent of the German firm, the company said "
                          "on its website.")
    found = homes(record)
    assert ("Daewon Motors", "Germany") not in found
    assert ("Kuka Robotics", "Germany") in found


def test_names_after_a_comma_are_still_a_list(extract_text):
    record = extract_text("German firms Kuka Robotics, Hanul Werke and Daewon Technik signed the deal.")
    assert {("Kuka Robotics", "Germany"), ("Hanul Werke", "Germany"), ("Daewon Technik", "Germany")} <= homes(record)
