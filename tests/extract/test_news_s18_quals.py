"""Qualifiers as real news gives them (session 18: the date, money and stake of a matched
fact in wordings the development texts did not fit), on sentences invented here, each
beside a sentence of the same shape that must not be read so. The news is published on
Wednesday 1 May 2024."""

from __future__ import annotations

import pytest

WEDNESDAY = "2024-05-01"
D, H = "Daewon Ventures", "Hanul Robotics"


def qualifiers_of(record, subject: str, predicate: str, obj: str) -> dict:
    (fact,) = [r for r in record["relations"]
               if (r["subject"], r["predicate"], r["object"]) == (subject, predicate, obj) and not r.get("candidate")]
    return fact["qualifiers"]


@pytest.mark.parametrize("text, date", [
    # "won" of a sum in won, which the parser takes for a verb, holds no clause of its own:
    # the date after it is the deal's ...
    ("Daewon Ventures agreed to acquire Hanul Robotics for 293 billion won last month.", "2024-04"),
    # ... as it is after a sum in another currency.
    ("Daewon Ventures agreed to acquire Hanul Robotics for 293 billion yen last month.", "2024-04"),
    # The verb "won" holds its own date, not the deal's.
    ("Daewon Ventures, which won a contract last month, acquired Hanul Robotics on Monday.", "2024-04-29"),
])
def test_a_sum_in_won_is_no_verb(extract_text, text, date):
    assert qualifiers_of(extract_text(text, WEDNESDAY), D, "acquires", H).get("date") == date


@pytest.mark.parametrize("text, stake", [
    # "an additional stake of up to 4%" that raises the stake to 29.9%: the stake held after ...
    ("Daewon Ventures secured an additional stake of up to 4% in Hanul Robotics, which would raise its voting stake to 29.9%.", 29.9),
    # ... a stake that adds to nothing named is the part bought.
    ("Daewon Ventures secured a stake of up to 4% in Hanul Robotics, which would raise its voting stake to 29.9%.", 4.0),
    # The shares bought restated as a part of the firm ("or 12% of the company") ...
    ("Daewon Ventures bought 10 million shares of Hanul Robotics, or 12% of the company.", 12.0),
    # ... not a percentage of another clause.
    ("Daewon Ventures bought 10 million shares of Hanul Robotics, whose stock rose 12% on the news.", None),
])
def test_the_stake_after_an_added_part_and_a_part_restated(extract_text, text, stake):
    assert qualifiers_of(extract_text(text, WEDNESDAY), D, "holds_stake_in", H).get("stake_percent") == stake


@pytest.mark.parametrize("text, date", [
    # The money of a later statement of the same two ends comes with the day that statement gives ...
    ("Daewon Ventures first invested in Hanul Robotics in 2021. On Monday it led a $50 million round in the company.", "2024-04-29"),
    # ... an undated statement of money leaves the day first read ...
    ("Daewon Ventures agreed on Monday to buy Hanul Robotics. Daewon Ventures will buy Hanul Robotics for $50 million.", "2024-04-29"),
    # ... and a dated statement with no money does not move the day of the money read first.
    ("Daewon Ventures invested $50 million in Hanul Robotics on Monday. Daewon Ventures first invested in Hanul Robotics in 2021.",
     "2024-04-29"),
])
def test_money_and_its_day_go_together(extract_text, text, date):
    record = extract_text(text, WEDNESDAY)
    (found,) = [r["qualifiers"] for r in record["relations"] if r["subject"] == D and r["object"] == H
                and r["predicate"] in ("invests_in", "acquires") and not r.get("candidate")]
    assert found.get("date") == date and found.get("amount") == 50_000_000


@pytest.mark.parametrize("text, date", [
    # A past participle on a noun is a passive told as done: its weekday is the one just gone ...
    ("The deal, announced on Monday, will see Daewon Ventures acquire Hanul Robotics.", "2024-04-29"),
    ("Daewon Ventures will acquire Hanul Robotics in a deal announced on Monday.", "2024-04-29"),
    # ... one of planning is to come.
    ("The deal, slated for March, will see Daewon Ventures acquire Hanul Robotics.", "2025-03"),
    ("The deal, scheduled for Friday, will see Daewon Ventures acquire Hanul Robotics.", "2024-05-03"),
])
def test_a_participle_on_a_noun_is_told_as_done(extract_text, text, date):
    assert qualifiers_of(extract_text(text, WEDNESDAY), D, "acquires", H).get("date") == date


@pytest.mark.parametrize("text, date", [
    # A plan the text does not date is dated by the news that tells it ...
    ("Daewon Ventures will invest $20 million in Hanul Robotics.", WEDNESDAY),
    ("Daewon Ventures plans to invest $20 million in Hanul Robotics.", WEDNESDAY),
    # ... one it dates keeps its own date; a deadline is none (session 20: the corpus dates a
    # deal by its day, and a plan's day is the news') ...
    ("Daewon Ventures plans to invest $20 million in Hanul Robotics in 2026.", "2026"),
    ("Daewon Ventures plans to invest $20 million in Hanul Robotics by 2026.", WEDNESDAY),
    # ... and an investment only declined is no news of the day.
    ("Daewon Ventures declined to invest $20 million in Hanul Robotics.", None),
])
def test_a_plan_is_dated_by_the_news(extract_text, text, date):
    found = [r["qualifiers"] for r in extract_text(text, WEDNESDAY)["relations"]
             if (r["subject"], r["predicate"], r["object"]) == (D, "invests_in", H)]
    assert all(q.get("date") == date for q in found) and (found or date is None)


@pytest.mark.parametrize("text, amount", [
    # A figure in a description set beside the firm bought is the firm's, not the deal's ...
    ("Daewon Ventures acquired Hanul Robotics, a company with $50 million in annual revenue.", None),
    # ... the price after the description is the deal's.
    ("Daewon Ventures acquired Hanul Robotics, a maker of robots, for $300 million.", 300_000_000),
])
def test_a_figure_describing_the_firm_is_no_deals(extract_text, text, amount):
    assert qualifiers_of(extract_text(text, WEDNESDAY), D, "acquires", H).get("amount") == amount
