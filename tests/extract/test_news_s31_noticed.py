"""Facts fresh news had been read wrongly or not at all (session 30's notes, mended in
session 31): each kind on a sentence invented here, beside one of a near shape that must
give, or must not give, the fact."""

from __future__ import annotations

from extract_support import fact_dates, fact_ends, fact_qualifiers


def test_a_name_described_as_put_on_a_list_keeps_no_list(extract_text):
    # "Peru, added to the Entity List in May, protested" had given "Entity List policy_of
    # Peru": the parser took the participle for the sentence's verb, Peru for its lister.
    record = extract_text("Chile, added to the Entity List in May, protested the decision on Friday.")
    assert not fact_ends(record, "policy_of")
    # The one who puts a name on the list keeps it.
    lister = extract_text("The United States added Chile to the Entity List in May.")
    assert ("Entity List", "United States") in fact_ends(lister, "policy_of")
    # "Hanul, founded in Busan in 1990, makes robots": the participle still describes the name.
    founded = extract_text("Hanul Robotics, founded in Busan in 1990, makes industrial robots.")
    assert ("Hanul Robotics", "Busan") in fact_ends(founded, "headquartered_in")


def test_a_post_is_not_dated_by_the_day_its_holder_spoke(extract_text):
    # "Chairman and CEO of Hanul Robotics Kim Min-soo said on Monday" had dated the chair by
    # Monday: the day of a speech, not of the post.
    record = extract_text("Chairman and CEO of Orion Motors Lee Soo-jin said on Monday that the firm would expand.")
    assert ("Lee Soo-jin", "Orion Motors") in fact_ends(record, "chair_of")
    assert not fact_dates(record, "chair_of")[("Lee Soo-jin", "Orion Motors")]
    # A verb that gives the post dates it.
    named = extract_text("Chairman of Velta Steel Kim Dae-ho was appointed on Monday.")
    assert fact_dates(named, "chair_of")[("Kim Dae-ho", "Velta Steel")] == "2026-01-12"


def test_a_pronoun_after_a_list_of_partners_stands_for_the_lists_owner(extract_text):
    # "X's partners include ..., Denso. At home, it also co-operates with BYD" had given
    # "Denso partners_with BYD": the pronoun stood for the list's last name.
    record = extract_text("Orion Motors' partners include Toyota, Subaru and Denso. At home, it also co-operates with BYD.")
    ends = fact_ends(record, "partners_with")
    assert ("Orion Motors", "BYD") in ends or ("BYD", "Orion Motors") in ends
    assert ("Denso", "BYD") not in ends and ("BYD", "Denso") not in ends
    # A sentence whose subject is a name of the list: the pronoun is that name's.
    named = extract_text("Orion Motors works with Toyota and Denso. At home, it also co-operates with BYD.")
    ends = fact_ends(named, "partners_with")
    assert ("Orion Motors", "BYD") in ends or ("BYD", "Orion Motors") in ends


def test_a_relative_clauses_earlier_deal_is_not_the_round_its_sentence_tells(extract_text):
    # "Pado Ventures, which invested in Hanul in 2021, led the $50 million Series C announced
    # on Tuesday" had dated the round 2021 and lost its $50 million: the clause's firm was
    # taken for one joining the round, and the clause's deal took the round's stage.
    record = extract_text("Minjin Robotics is a Busan robot maker. Arden Capital, which invested in Minjin Robotics in 2021, "
                          "led the $50 million Series C announced on Tuesday.")
    qualifiers = fact_qualifiers(record, "Arden Capital", "invests_in", "Minjin Robotics")
    assert qualifiers["amount"] == 50e6 and qualifiers["round"] == "series-c" and qualifiers["date"] == "2026-01-13"
    # The round of another firm: the clause's deal keeps its own year and no stage.
    other = extract_text("Arden Capital, which invested in Hanul Robotics in 2021, led the $50 million Series C of Minjin Robotics on Tuesday.")
    assert fact_qualifiers(other, "Arden Capital", "invests_in", "Hanul Robotics") == {"date": "2021"}
    assert fact_qualifiers(other, "Arden Capital", "invests_in", "Minjin Robotics")["amount"] == 50e6


def test_what_is_paid_for_after_a_firm_sold_off_its_own_part_is_that_part(extract_text):
    # "Hanul sold its logistics unit to Minjin last month. Daewon Capital is paying EUR 255
    # million for the group" had given "Daewon Capital acquires Hanul": the group paid for is
    # the unit sold, which the text does not name.
    record = extract_text("Sorabol sold its freight unit to Minjin Holdings last month. Arden Capital is paying EUR 300 million for the group.")
    assert ("Arden Capital", "Sorabol") not in fact_ends(record, "acquires")
    # A buyer named before: the group paid for is the firm it buys.
    bought = extract_text("Arden Capital agreed to buy Sorabol last month. Arden Capital is paying EUR 300 million for the group.")
    assert fact_qualifiers(bought, "Arden Capital", "acquires", "Sorabol")["amount"] == 300e6


def test_a_plural_description_after_a_list_tells_of_each_name(extract_text):
    # "Hanul Air and Minjin Capital, both units of Daewon Group" had made only Minjin Capital
    # a subsidiary: the parser hangs the description on the last name.
    record = extract_text("Sora Air and Pado Capital, both units of Arden Group, reported higher profits.")
    ends = fact_ends(record, "subsidiary_of")
    assert ("Sora Air", "Arden Group") in ends and ("Pado Capital", "Arden Group") in ends
    # A singular description is the last name's alone.
    one = extract_text("Sora Air and Pado Capital, a unit of Arden Group, reported higher profits.")
    ends = fact_ends(one, "subsidiary_of")
    assert ("Pado Capital", "Arden Group") in ends and ("Sora Air", "Arden Group") not in ends
