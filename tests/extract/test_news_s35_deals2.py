"""Deal facts the wording hid, session 35 (helper "deals35b"), kinds met on the read137
development texts: the subject of a sentence's verb that the parser took into the clause
before it as the firm a stake was bought in ("After X bought 20% of Y, Z announced ...",
the shape of a dev miss told with a clause of its own, invented here in the order that
gives the wrong owner); a firm's home told after its name by "of" and a country, which
NER read as one name (1 dev story: one purchase missed, two wrong facts); a stake taken by a
gerund after a task's noun ("finished the job of acquiring a 57.6 percent stake in Y", 1 dev
story) or after a preposition ("After acquiring a 30 percent stake in Y, X ...", the shape
of a dev story told without "in Y"). Sentences
invented here, each beside one of a near shape that must not give the fact."""

from __future__ import annotations

from extract_support import fact_ends


def test_the_subject_after_a_clause_is_not_the_firm_a_stake_was_bought_in(extract_text):
    # "After X bought 20% of Y, Z announced ...": the parser read "Y, Z" as one phrase, Z its
    # head, and the stake went to Z; Z is the subject of "announced".
    for text in ("After Kestrel Capital bought 20% of Dunmore Plastics, Brisco Group announced a new plant.",
                 "After Kestrel Capital bought 20% of Dunmore Plastics, Brisco Group has announced a new plant."):
        assert fact_ends(extract_text(text), "holds_stake_in") == {("Kestrel Capital", "Dunmore Plastics")}, text
    # Two names the clause's verb takes, joined by "and", stay the clause's.
    record = extract_text("After Kestrel Capital bought 20% of Dunmore Plastics and Brisco Group, it announced a new plant.")
    assert fact_ends(record, "holds_stake_in") == {("Kestrel Capital", "Dunmore Plastics"), ("Kestrel Capital", "Brisco Group")}


def test_a_country_after_of_and_a_firm_name_end_is_the_firm_home(extract_text):
    # "X has agreed to buy HVB Group of Germany": NER read one name; the firm bought is
    # "... Group", at home in Germany.
    record = extract_text("Corvane Bank has agreed to buy Talvik Group of Germany in a large deal.")
    assert fact_ends(record, "acquires") == {("Corvane Bank", "Talvik Group")}
    assert fact_ends(record, "headquartered_in") == {("Talvik Group", "Germany")}
    record = extract_text("Corvane Bank has agreed to buy Talvik Holdings of South Korea.")
    assert fact_ends(record, "acquires") == {("Corvane Bank", "Talvik Holdings")}
    # A bank named for its country keeps the country in its name.
    record = extract_text("The Industrial Bank of Korea invested in Talvik Systems.")
    assert ("Industrial Bank of Korea", "Talvik Systems") in fact_ends(record, "invests_in")


def test_a_stake_taken_by_a_gerund_is_the_clause_subject(extract_text):
    # "X has finished the job of acquiring a 57.6 percent stake in Y and a 50 percent stake
    # in Z" (1 dev story), "After acquiring a 30 percent stake in Y, X opened a plant": the
    # gerund's stake had no holder.
    record = extract_text("After acquiring a 30 percent stake in Dunmore Plastics, Kestrel Capital opened a plant.")
    assert fact_ends(record, "holds_stake_in") == {("Kestrel Capital", "Dunmore Plastics")}
    record = extract_text("Kestrel Capital has finished the job of acquiring a 57.6 percent stake in Dunmore Plastics.")
    assert fact_ends(record, "acquires") == {("Kestrel Capital", "Dunmore Plastics")}
    # The one who says so holds nothing: the task's own verb's subject takes the stake.
    record = extract_text("Brisco Group said Kestrel Capital is in the process of taking a 20% stake in Dunmore Plastics.")
    assert fact_ends(record, "holds_stake_in") == {("Kestrel Capital", "Dunmore Plastics")}
    # A stake a gerund of no deal tells ("of reviewing") is no holding.
    record = extract_text("Kestrel Capital is in the process of reviewing a 20% stake in Dunmore Plastics.")
    assert fact_ends(record, "holds_stake_in") == set()
