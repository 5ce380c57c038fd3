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


def test_a_bid_that_failed_lends_no_price_and_is_no_purchase(extract_text):
    # "X agreed to buy Y. X's $3 billion bid for Y failed last year" had given the purchase
    # the failed bid's sum.
    record = extract_text("Sora Foods agreed to buy Corex Dairy on Tuesday. Sora Foods' $900 million bid for Corex Dairy "
                          "collapsed in 2025.", "2027-06-11")
    assert "amount" not in fact_qualifiers(record, "Sora Foods", "acquires", "Corex Dairy")
    failed = extract_text("Sora Foods made a failed $900 million bid for Corex Dairy in 2025.", "2027-06-11")
    assert ("Sora Foods", "Corex Dairy") not in fact_ends(failed, "acquires")
    # A bid that won keeps its sum.
    won = extract_text("Sora Foods agreed to buy Corex Dairy on Tuesday. Sora Foods' $900 million bid for Corex Dairy "
                       "won the backing of its board.", "2027-06-11")
    assert fact_qualifiers(won, "Sora Foods", "acquires", "Corex Dairy")["amount"] == 9e8


def test_a_party_added_to_a_list_after_its_parent_is_not_the_parent(extract_text):
    # "Kumo Electric, its parent and Seoul-listed Daewon Sports" had made Kumo a subsidiary
    # of the exchange named before "-listed".
    record = extract_text("The suit names Pado Chemical, its parent and Nasdaq-listed Sora Labs as defendants.")
    assert not fact_ends(record, "subsidiary_of")
    # Two titles joined by "and" before a name are both the name's.
    titled = extract_text("Pado Chemical founder and chairman Lee Su-jin said sales rose.")
    assert ("Pado Chemical", "Lee Su-jin") in fact_ends(titled, "founded_by")
    assert ("Lee Su-jin", "Pado Chemical") in fact_ends(titled, "chair_of")
