"""Money and stakes of session 29, kinds met on funding, stake and trade news outside the
corpus (India, Korea, Japan, Brazil): a round told of with its owner's possessive when the
parse lost the raising verb. Sentences invented here, each beside one of a near shape that
must not be read so."""

from __future__ import annotations

from extract_support import direct_facts, fact_qualifiers

_EARLIER = "Velmora, a food startup, has raised Rs 5 crore from Orbel Partners. Velmora will use the money to hire staff.\n"


def test_a_round_referred_to_is_the_one_its_possessor_secured_just_before(extract_text):
    record = extract_text(_EARLIER + "Tesk Logistics, a freight platform, secured USD 90 million in its Series D funding round. "
                          "This round was led by Corvan Capital.", "2024-06-29")
    assert fact_qualifiers(record, "Corvan Capital", "invests_in", "Tesk Logistics") == {
        "amount": 90e6, "currency": "USD", "round": "series-d", "date": "2024-06-29"}  # the round's day (session 40)
    assert ("Corvan Capital", "invests_in", "Velmora") not in direct_facts(record)


def test_a_round_referred_to_after_a_relative_clause_is_its_antecedents(extract_text):
    record = extract_text(_EARLIER + "Investors backed growth-stage companies this week, including Tesk Logistics, a freight "
                          "platform, which secured USD 90 million in its Series D round.\nThis round was led by Corvan Capital.",
                          "2024-06-29")
    qualifiers = fact_qualifiers(record, "Corvan Capital", "invests_in", "Tesk Logistics")
    assert (qualifiers["amount"], qualifiers["round"]) == (90e6, "series-d")  # not the firms' "growth-stage"
    assert ("Corvan Capital", "invests_in", "Velmora") not in direct_facts(record)


def test_a_round_only_planned_by_another_firm_gives_no_investor_to_the_first(extract_text):
    record = extract_text(_EARLIER + "Tesk Logistics said its Series D round would close next month. The round was led by "
                          "Corvan Capital.", "2024-06-29")
    assert ("Corvan Capital", "invests_in", "Velmora") not in direct_facts(record)


def test_a_stake_a_buyer_is_in_talks_to_acquire_is_the_buyers(extract_text):
    record = extract_text("Corvan Group is in advanced negotiations to buy a 40 percent stake in Velmora Foods for 2 billion reais.",
                          "2017-05-12")
    assert fact_qualifiers(record, "Corvan Group", "holds_stake_in", "Velmora Foods")["stake_percent"] == 40.0
    assert fact_qualifiers(record, "Corvan Group", "invests_in", "Velmora Foods")["amount"] == 2e9


def test_talks_taken_part_in_to_sell_a_stake_give_no_stake(extract_text):
    record = extract_text("Corvan Group took part in talks to sell a 30% stake in Velmora Foods.", "2017-05-12")
    assert ("Corvan Group", "holds_stake_in", "Velmora Foods") not in direct_facts(record)


def test_a_part_and_a_sum_bought_together_are_neither_buyers_own(extract_text):
    record = extract_text("Corvan Group and Tesk Capital together bought 60% of Velmora Foods for $2 billion.", "2022-10-26")
    for buyer in ("Corvan Group", "Tesk Capital"):
        qualifiers = fact_qualifiers(record, buyer, "acquires", "Velmora Foods")
        assert "stake_percent" not in qualifiers and "amount" not in qualifiers
    record = extract_text("Corvan Group and Tesk Capital jointly acquired Velmora Foods for $2 billion.", "2022-10-26")
    assert "amount" not in fact_qualifiers(record, "Tesk Capital", "acquires", "Velmora Foods")


def test_a_part_each_buyer_bought_is_its_own(extract_text):
    record = extract_text("Corvan Group and Tesk Capital each bought 10% of Velmora Foods.", "2022-10-26")
    for buyer in ("Corvan Group", "Tesk Capital"):
        assert fact_qualifiers(record, buyer, "holds_stake_in", "Velmora Foods")["stake_percent"] == 10.0
    record = extract_text("Corvan Group acquired 30% of Velmora Foods for $2 billion.", "2022-10-26")
    assert fact_qualifiers(record, "Corvan Group", "holds_stake_in", "Velmora Foods")["stake_percent"] == 30.0
