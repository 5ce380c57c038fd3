"""Money and stakes of session 31, kinds met on funding, stake and trade news outside the
corpus (Korea, India, Kenya, Japan): a sum told after "worth" whose currency is a word, an
investor listed as its owner's arm, investors listed under the raising verb of their round.
Sentences invented here, each beside one of a near shape that must not be read so."""

from __future__ import annotations

from extract_support import direct_facts, fact_dates, fact_qualifiers


def test_a_stake_worth_a_sum_in_a_currency_word_is_bought_in_its_firm(extract_text):
    record = extract_text("Corvan Holdings bought a stake worth 31.5 billion won in Velmora Bio.", "2023-03-14")
    assert fact_qualifiers(record, "Corvan Holdings", "invests_in", "Velmora Bio") == {
        "amount": 31.5e9, "currency": "KRW", "date": "2023-03-14"}
    assert ("Corvan Holdings", "holds_stake_in", "Velmora Bio") in direct_facts(record)
    record = extract_text("Corvan Holdings bought shares worth Rs 320 crore in Velmora Bio.", "2023-03-14")
    assert fact_qualifiers(record, "Corvan Holdings", "invests_in", "Velmora Bio")["amount"] == 3.2e9


def test_investments_worth_a_sum_received_from_a_firm_are_its(extract_text):
    record = extract_text("Velmora Bio received investments worth 8 billion yen from Corvan Capital.", "2023-03-14")
    assert fact_qualifiers(record, "Corvan Capital", "invests_in", "Velmora Bio") == {
        "amount": 8e9, "currency": "JPY", "date": "2023-03-14"}


def test_shares_worth_a_sum_sold_give_no_stake_bought(extract_text):
    record = extract_text("Corvan Holdings sold shares worth 31.5 billion won in Velmora Bio.", "2023-03-14")
    assert ("Corvan Holdings", "invests_in", "Velmora Bio") not in direct_facts(record)
    assert ("Corvan Holdings", "holds_stake_in", "Velmora Bio") not in direct_facts(record)
    record = extract_text("Corvan Holdings signed contracts worth 31.5 billion won with Velmora Bio.", "2023-03-14")
    assert ("Corvan Holdings", "invests_in", "Velmora Bio") not in direct_facts(record)


def test_an_investor_listed_as_an_owners_arm_is_the_arm(extract_text):
    record = extract_text("Velmora Pay raised 4.2 billion yen. Investors include Corvan Motor unit Corvan Finance.", "2019-05-07")
    assert ("Corvan Finance", "invests_in", "Velmora Pay") in direct_facts(record)
    assert ("Corvan Motor", "invests_in", "Velmora Pay") not in direct_facts(record)
    record = extract_text("Velmora Pay raised 4.2 billion yen. Investors include Corvan Motor and Tesk Bank.", "2019-05-07")
    assert {("Corvan Motor", "invests_in", "Velmora Pay"), ("Tesk Bank", "invests_in", "Velmora Pay")} <= direct_facts(record)


def test_investors_listed_under_a_raising_verb_are_in_its_subjects_round(extract_text):
    record = extract_text("Venture funding rose 50% to 345 billion yen, according to data compiled by advisory firm Orbel "
                          "Advisory. The average raised per deal rose 6% to 334 million yen. Payment app operator Velmora Pay "
                          "said last September that it had secured 4.2 billion yen from investors including Corvan Finance.",
                          "2019-05-07")
    assert fact_qualifiers(record, "Corvan Finance", "invests_in", "Velmora Pay") == {
        "amount": 4.2e9, "currency": "JPY", "date": "2018-09"}
    assert ("Corvan Finance", "invests_in", "Orbel Advisory") not in direct_facts(record)


def test_investors_listed_under_a_funds_raising_verb_are_in_no_other_round(extract_text):
    record = extract_text("Velmora Pay raised $5 million last year. This year, Corvan Capital raised $30 million from "
                          "investors including Tesk Finance.", "2018-07-15")
    assert ("Tesk Finance", "invests_in", "Velmora Pay") not in direct_facts(record)


def test_a_listed_investor_with_a_sum_of_its_own_takes_no_day_of_an_earlier_round(extract_text):
    # The raiser found above the list (session 31) still let the round told the sentence
    # before lend its day: "said in March ... secured 4.2 billion yen" was dated last week.
    record = extract_text("Corvane raised $12.5 million from Talvik Ventures last week.\n"
                          "Velmora Pay said in March that it had secured 4.2 billion yen from investors "
                          "including Corvan Finance.", "2026-07-10")
    assert fact_dates(record, "invests_in")[("Corvan Finance", "Velmora Pay")] == "2026-03"
    # The same round told again with its own sum keeps the day it was raised.
    again = extract_text("Hanul raised $20 million in January. Daewon Capital led the $20 million round, "
                         "Hanul said on Tuesday.", "2026-07-10")
    assert fact_dates(again, "invests_in") == {("Daewon Capital", "Hanul"): "2026-01"}
