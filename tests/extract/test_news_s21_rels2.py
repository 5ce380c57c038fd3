"""Deal and round wordings of session 21 that gave no fact: a round's leader hung on the
money, a deal noun's infinitive the parser takes for a relative clause, a purchase that is
the purpose of a payment, a firm sold told of in the passive. Sentences invented here,
each beside one of the same shape that must not be read so."""

from __future__ import annotations

import pytest

from extract_support import direct_facts, fact_qualifiers

WEDNESDAY = "2024-05-01"
D, H, M = "Daewon Ventures", "Hanul Robotics", "Minjin Capital"


@pytest.mark.parametrize("text, read", [
    # The leader of a round the parser hung on the money: an investment in that round ...
    ("Hanul Robotics raises $20M in Series B led by Daewon Ventures.", True),
    # ... not money of another kind led by someone.
    ("Hanul Robotics' revenue of $20M in 2023, led by Daewon Ventures orders, rose.", False),
])
def test_a_round_led_by_hung_on_the_money(extract_text, text, read):
    record = extract_text(text, WEDNESDAY)
    assert ((D, "invests_in", H) in direct_facts(record)) is read
    if read:
        assert fact_qualifiers(record, D, "invests_in", H).get("round") == "series-b"


@pytest.mark.parametrize("text, buyer", [
    # "a deal to acquire": the subject of the verb the deal noun hangs on buys ...
    ("Daewon Ventures announced a $1.2 billion deal to acquire Hanul Robotics.", D),
    # ... not when another firm's deal is told of.
    ("Daewon Ventures rejected Minjin Capital's offer to buy Hanul Robotics.", None),
])
def test_a_deal_noun_with_an_infinitive(extract_text, text, buyer):
    buyers = {s for s, p, o in direct_facts(extract_text(text, WEDNESDAY)) if p == "acquires" and o == H}
    assert buyers == ({buyer} if buyer else set())


@pytest.mark.parametrize("text, buyer", [
    # A purchase that is what a payment is for: the payer buys, at that price ...
    ("Daewon Ventures agreed to pay $1.2 billion to buy Hanul Robotics.", D),
    # ... not one another firm is helped to make, nor a payment for something else.
    ("Daewon Ventures agreed to help Minjin Capital to buy Hanul Robotics.", None),
    ("Daewon Ventures agreed to pay $1.2 billion to settle claims against Hanul Robotics.", None),
])
def test_a_purchase_as_the_purpose_of_a_payment(extract_text, text, buyer):
    record = extract_text(text, WEDNESDAY)
    buyers = {s for s, p, o in direct_facts(record) if p == "acquires" and o == H}
    assert buyers == ({buyer} if buyer else set())
    if buyer:
        assert fact_qualifiers(record, D, "acquires", H).get("amount") == 1.2e9


@pytest.mark.parametrize("text, read", [
    # A firm sold to another, told in the passive or in a clause on its name ...
    ("Hanul Robotics was sold to Daewon Ventures for $600 million.", True),
    ("Hanul Robotics, sold to Daewon Ventures in 2019, posted a loss.", True),
    # ... not what a firm sold to another, nor goods sold.
    ("Hanul Robotics, which sold robots to Daewon Ventures, posted a loss.", False),
    ("The robots of Hanul Robotics were sold to Daewon Ventures for $600 million.", False),
])
def test_a_firm_sold_in_the_passive(extract_text, text, read):
    assert ((D, "acquires", H) in direct_facts(extract_text(text, WEDNESDAY))) is read


ROUND = "Hanul Robotics raised $20 million in a Series B round. "
PLANT = "Hanul Robotics opened a plant in Busan. "


@pytest.mark.parametrize("text, investors", [
    # A round's investors told of with no round named, after the sentence telling of it ...
    (ROUND + "Backers include Daewon Ventures and Minjin Capital.", {D, M}),
    (ROUND + "Investors include Daewon Ventures.", {D}),
    (ROUND + "Daewon Ventures was among the investors.", {D}),
    (ROUND + "Daewon Ventures also took part.", {D}),
    # ... not after a sentence that tells of no round, nor investors of a firm named.
    (PLANT + "Backers include Daewon Ventures and Minjin Capital.", set()),
    (PLANT + "Daewon Ventures was among the investors.", set()),
    ("Hanul Robotics held a robotics fair. Daewon Ventures also took part.", set()),
])
def test_the_investors_of_the_round_told_of_before(extract_text, text, investors):
    found = {s for s, p, o in direct_facts(extract_text(text, WEDNESDAY)) if p == "invests_in" and o == H}
    assert found == investors


def test_an_investor_among_those_of_a_firm_named_is_that_firms(extract_text):
    facts = direct_facts(extract_text(ROUND + "Daewon Ventures was among the investors in Minjin Capital.", WEDNESDAY))
    assert (D, "invests_in", M) in facts and (D, "invests_in", H) not in facts


@pytest.mark.parametrize("text, read", [
    # A stake whose price stands between it and its firm: the stake, and the investment at
    # that price ...
    ("Daewon Ventures took a 15% stake worth $200 million in Hanul Robotics.", True),
    ("Daewon Ventures bought a 15% stake valued at $200 million in Hanul Robotics.", True),
    # ... not a deal of another kind, worth money, done in a place.
    ("Daewon Ventures signed a contract worth $200 million in Busan.", False),
    ("Daewon Ventures signed a contract valued at $200 million in Busan.", False),
])
def test_a_stake_worth_money_in_a_firm(extract_text, text, read):
    record = extract_text(text, WEDNESDAY)
    assert ((D, "holds_stake_in", H) in direct_facts(record)) is read
    if read:
        assert fact_qualifiers(record, D, "holds_stake_in", H).get("stake_percent") == 15.0
        # "valued at" may be the firm's valuation, which no amount is taken from.
        if "worth" in text:
            assert fact_qualifiers(record, D, "invests_in", H).get("amount") == 2e8


OTHER = "Minjin Foods raised $5 million last year. Minjin Foods also opened a plant in Busan, Minjin Foods said. "


@pytest.mark.parametrize("text, investor", [
    # In a roundup, the round unsaid is the one of the firm the sentence before says raised
    # money, not of the firm the text named most ...
    (OTHER + ROUND + "Backers include Daewon Ventures and Sora Partners.", "Daewon Ventures"),
    (OTHER + ROUND + "Sora Partners contributed $5 million.", "Sora Partners"),
])
def test_a_roundups_round_unsaid_is_the_one_just_told(extract_text, text, investor):
    facts = direct_facts(extract_text(text, WEDNESDAY))
    assert (investor, "invests_in", H) in facts
    assert (investor, "invests_in", "Minjin Foods") not in facts


FIRMS = "Hanul Robotics makes robots. Minjin Foods said Hanul Robotics supplies it. Minjin Foods makes noodles. "


@pytest.mark.parametrize("text, investor, read", [
    # A round no sentence before tells of is the firm's the text named most, counting the
    # firm its investor's own title names ...
    (FIRMS + "The chief executive of Hanul Robotics, Kim Min-soo, also took part in the funding round.",
     "Kim Min-soo", True),
    # ... but not the firms the subject says took part themselves.
    (FIRMS + "Daewon Ventures and Hanul Robotics took part in the funding round.", "Daewon Ventures", False),
])
def test_a_firm_of_the_investors_title_may_own_the_round(extract_text, text, investor, read):
    assert ((investor, "invests_in", H) in direct_facts(extract_text(text, WEDNESDAY))) is read


@pytest.mark.parametrize("text, read", [
    # Money paid for a firm named buys it, the payer's own verb or the one it governs ...
    ("Daewon Ventures paid $1.2 billion for Hanul Robotics.", True),
    ("Daewon Ventures agreed to pay $1.2 billion for Hanul Robotics.", True),
    # ... not money paid for the firm's goods or for something the firm's name describes.
    ("Daewon Ventures paid $5 million for Hanul Robotics' robots.", False),
    ("Daewon Ventures will pay $5 million for Hanul Robotics technology.", False),
])
def test_money_paid_for_a_firm(extract_text, text, read):
    record = extract_text(text, WEDNESDAY)
    assert ((D, "acquires", H) in direct_facts(record)) is read
    if read:
        assert fact_qualifiers(record, D, "acquires", H).get("amount") == 1.2e9


def test_a_stake_paid_for_under_a_verb_of_agreeing(extract_text):
    record = extract_text("Daewon Ventures agreed to pay $300 million for a 40% stake in Hanul Robotics.", WEDNESDAY)
    assert fact_qualifiers(record, D, "holds_stake_in", H).get("stake_percent") == 40.0
    assert fact_qualifiers(record, D, "invests_in", H).get("amount") == 3e8
    assert (D, "acquires", H) not in direct_facts(record)


@pytest.mark.parametrize("text, percent", [
    # A percentage glued to "owned" by a hyphen is the owner's stake, as without it ...
    ("Hanul Robotics, 40%-owned by Daewon Ventures, posted a loss.", 40.0),
    ("Hanul Robotics, 40% owned by Daewon Ventures, posted a loss.", 40.0),
    # ... and a percentage glued to another word states no stake.
    ("Hanul Robotics sales rose 40%-plus last year, Daewon Ventures said.", None),
])
def test_a_percentage_owned_with_a_hyphen(extract_text, text, percent):
    record = extract_text(text, WEDNESDAY)
    if percent is None:
        assert (D, "holds_stake_in", H) not in direct_facts(record)
    else:
        assert fact_qualifiers(record, D, "holds_stake_in", H).get("stake_percent") == percent
