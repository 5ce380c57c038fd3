"""Posts, deals, money and dates as fresh news writes them (session 30): kinds of wording
that gave a wrong fact or missed one; each on a sentence invented here, beside one of a near
shape that must not be read so."""

from __future__ import annotations

from extract_support import fact_ends, fact_qualifiers


def test_a_part_the_buyer_sells_on_is_no_stake_of_its_purchase(extract_text):
    # "After completing the deal, X will sell 20 pct of Y to Z" had given X's purchase of Y
    # a stake of 20.
    record = extract_text("Sora Foods agreed to buy Corex Dairy for $250 million on Tuesday. Once the deal closes, "
                          "Sora Foods will sell 30 percent of Corex Dairy to Pado Capital.", "2027-06-11")
    assert "stake_percent" not in fact_qualifiers(record, "Sora Foods", "acquires", "Corex Dairy")
    assert fact_qualifiers(record, "Pado Capital", "holds_stake_in", "Corex Dairy")["stake_percent"] == 30.0
    # The part the buyer is sold is its own.
    bought = extract_text("Sora Foods agreed to buy Corex Dairy for $250 million on Tuesday. Pado Capital will sell "
                          "70 percent of Corex Dairy to Sora Foods.", "2027-06-11")
    assert fact_qualifiers(bought, "Sora Foods", "acquires", "Corex Dairy")["stake_percent"] == 70.0
