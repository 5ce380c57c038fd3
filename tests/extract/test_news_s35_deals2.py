"""Deal facts the wording hid, session 35 (helper "deals35b"), kinds met on the read137
development texts: the subject of a sentence's verb that the parser took into the clause
before it as the firm a stake was bought in ("After X bought 20% of Y, Z announced ...",
the shape of a dev miss told with a clause of its own, invented here in the order that
gives the wrong owner); a firm's home told after its name by "of" and a country, which
NER read as one name (1 dev story: one purchase missed, two wrong facts). Sentences
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
