"""Partners told by the parties' own wording, session 36 (helper "deals36"), kinds met among
the dev misses of read137 whose two firms kg had found: firms joined by "and" as subjects
of the verb they agreed to ("X, Y and Z have agreed to merge their satellite operations to
create a joint venture": three pairs, one story), the parts of firms merged or pooled
being a venture where a whole firm merged is not; a thing "jointly developed by X and Y"
(one story); a memorandum "signed between" two institutes (one story); ties one agreed to
forge with a bank (one story); and a funding round's investors listed after "such as"
("existing shareholders such as X, Y and Z increased their bets": met in one story, where
each name's Chinese name in brackets still keeps them unread; one missed investment of
another story is read). Sentences invented here, each beside one of a near shape
that must not give the fact."""

from __future__ import annotations

import pytest

from extract_support import fact_ends


def test_firms_that_agreed_to_team_up_are_partners(extract_text):
    # "X and Y agreed to team up": the partnering verb hangs on the verb the two are the
    # subjects of, and only a verb with its own subjects was read both ways.
    record = extract_text("Corvane Holdings and Talvik Systems agreed to team up on satellites, the companies said on Tuesday.",
                          "2024-03-04")
    assert fact_ends(record, "partners_with") == {("Corvane Holdings", "Talvik Systems")}
    # A partnership refused is none.
    record = extract_text("Corvane Holdings and Talvik Systems declined to team up on satellites, the companies said on Tuesday.",
                          "2024-03-04")
    assert fact_ends(record, "partners_with") == set()


def test_firms_merging_their_operations_are_partners_not_firms_merging_whole(extract_text):
    # "X, Y and Z have agreed to merge their satellite operations to create a European joint
    # venture": each pair of the three.
    record = extract_text("Corvane Aerospace, Talvik Systems and Brisco Defence have agreed to merge their satellite operations "
                          "to create a European joint venture.", "2024-03-04")
    assert fact_ends(record, "partners_with") == {("Corvane Aerospace", "Talvik Systems"), ("Corvane Aerospace", "Brisco Defence"),
                                                  ("Talvik Systems", "Brisco Defence")}
    record = extract_text("Halvex Steel and Dunmore Mining will pool their resources to develop the mine, the firms said on Monday.",
                          "2024-03-04")
    assert fact_ends(record, "partners_with") == {("Halvex Steel", "Dunmore Mining")}


@pytest.mark.parametrize("text", [
    # Two firms merged whole make one firm: no partners.
    "Corvane Chemical and Talvik Chemical agreed to merge, creating the largest chemical firm in Korea, the firms said on Monday.",
    "Corvane Chemical and Talvik Chemical agreed to merge next year, the firms said on Monday.",
])
def test_firms_merging_whole_are_no_partners(extract_text, text):
    assert fact_ends(extract_text(text, "2024-03-04"), "partners_with") == set()


def test_a_thing_jointly_developed_by_two_firms_makes_them_partners(extract_text):
    # "A project jointly developed by X and Y is close to completion": the two doers after
    # "by" of a participle that holds both ways.
    record = extract_text("A sensor jointly developed by Corvane Devices and Talvik Labs went on sale in Seoul on Tuesday.", "2024-03-04")
    assert fact_ends(record, "partners_with") == {("Corvane Devices", "Talvik Labs")}
    # Made by both, not said to be together: each may have made its own.
    record = extract_text("A sensor developed by Corvane Devices and Talvik Labs went on sale in Seoul on Tuesday.", "2024-03-04")
    assert fact_ends(record, "partners_with") == set()


def test_a_memorandum_signed_between_two_makes_them_partners(extract_text):
    # "An MoU was also signed between X University and Y University to develop academic
    # exchange": the noun the verb's subject, the parties after the verb's "between".
    record = extract_text("An MoU was also signed between Corvane University and Talvik Federal University to develop academic exchange.",
                          "2024-03-04")
    assert fact_ends(record, "partners_with") == {("Corvane University", "Talvik Federal University")}
    # A sale signed between a buyer and a seller is no partnership.
    record = extract_text("A deal was signed between Brisco Holdings and Halvex Foods to sell the unit, the firms said.", "2024-03-04")
    assert fact_ends(record, "partners_with") == set()


def test_ties_one_forges_make_partners(extract_text):
    # "X said it agreed to forge deeper ties with the Y Bank".
    record = extract_text("Corvane Steel said on Tuesday it agreed to forge deeper ties with Talvik Bank.", "2024-03-04")
    assert fact_ends(record, "partners_with") == {("Corvane Steel", "Talvik Bank")}
    # Ties only told of are no news of a partnership.
    record = extract_text("Corvane Steel said its ties with Talvik Bank remain strong, the company said on Tuesday.", "2024-03-04")
    assert fact_ends(record, "partners_with") == set()


def test_a_rounds_existing_holders_such_as_named_ones_invest_in_it(extract_text):
    # "Existing shareholders such as X, Y and Z increased their bets on the EV maker", after
    # a sentence telling of the round: only "include" opened the round's members.
    record = extract_text("Lixin Automotive raised 50 million dollars in a Series C round on Monday. "
                          "Existing shareholders such as Corvane Capital and Brisco Partners increased their bets on the EV maker.",
                          "2024-03-04")
    assert fact_ends(record, "invests_in") == {("Corvane Capital", "Lixin Automotive"), ("Brisco Partners", "Lixin Automotive")}
    # With no round told of, holders named are no investors in one.
    record = extract_text("Lixin Automotive makes electric cars in Hefei. "
                          "Shareholders such as Corvane Capital and Brisco Partners attended the meeting on Monday.", "2024-03-04")
    assert fact_ends(record, "invests_in") == set()
