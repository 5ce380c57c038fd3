"""Stakes as real news writes them (session 15), on sentences invented here, each beside
a sentence of the same shape that must not be read so."""

from __future__ import annotations

import pytest


def facts(record) -> dict[tuple[str, str, str], dict]:
    return {(r["subject"], r["predicate"], r["object"]): r for r in record["relations"] if not r.get("candidate")}


@pytest.mark.parametrize("text, percent", [
    ("Daewon Ventures completed the purchase of a 33.6 percent stake in Hanul Robotics.", 33.6),
    ("Daewon Ventures completed its acquisition of a 20% stake in Hanul Robotics.", 20.0),
    ("Daewon Ventures announced the purchase of shares in Hanul Robotics on Monday.", None),
    ("Daewon Ventures' purchase of a 20% stake in Hanul Robotics was approved.", 20.0),
    ("Daewon Ventures will invest $10 million for a 20% stake in Hanul Robotics.", 20.0),
    ("Daewon Ventures paid $5 million for a 15 percent stake in Hanul Robotics.", 15.0),
])
def test_a_stake_bought_or_paid_for_is_held_and_invested_in(extract_text, text, percent):
    found = facts(extract_text(text))
    stake = found[("Daewon Ventures", "holds_stake_in", "Hanul Robotics")]
    assert stake["qualifiers"].get("stake_percent") == percent
    assert ("Daewon Ventures", "invests_in", "Hanul Robotics") in found


def test_money_paid_for_a_stake_is_the_investments_amount(extract_text):
    found = facts(extract_text("Daewon Ventures will invest $10 million for a 20% stake in Hanul Robotics."))
    qualifiers = found[("Daewon Ventures", "invests_in", "Hanul Robotics")]["qualifiers"]
    assert (qualifiers.get("amount"), qualifiers.get("currency")) == (10_000_000, "USD")


@pytest.mark.parametrize("text", [
    "Daewon Ventures completed the purchase of a controlling stake in Hanul Robotics.",
    "Daewon Ventures paid $5 million for a 60% stake in Hanul Robotics.",
])
def test_a_controlling_stake_bought_so_is_an_acquisition(extract_text, text):
    found = facts(extract_text(text))
    assert ("Daewon Ventures", "acquires", "Hanul Robotics") in found
    assert ("Daewon Ventures", "holds_stake_in", "Hanul Robotics") not in found


@pytest.mark.parametrize("text", [
    # What is bought is no stake: nothing held.
    "Daewon Ventures completed the purchase of a factory from Hanul Robotics.",
    # Money paid for something else than a part of the firm.
    "Daewon Ventures paid $5 million for a license from Hanul Robotics.",
    # A deal signed is not a stake bought.
    "Daewon Ventures announced the signing of a share deal with Hanul Robotics.",
])
def test_other_purchases_give_no_stake(extract_text, text):
    found = facts(extract_text(text))
    assert not any(p == "holds_stake_in" for _, p, _ in found)
