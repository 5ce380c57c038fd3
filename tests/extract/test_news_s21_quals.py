"""Qualifiers of session 21: the money of a deal that a stake also tells as an investment, a
deal noun set beside the firm bought, and the stake a purchase leaves its buyer with.
Sentences invented here, each beside one of the same shape that must not be read so. The
news is published on Wednesday 1 May 2024."""

from __future__ import annotations

import pytest

from extract_support import fact_qualifiers

WEDNESDAY = "2024-05-01"
D, H, M = "Daewon Group", "Hanul Robotics", "Minjin Capital"


@pytest.mark.parametrize("text, amount", [
    # A stake taken is also an investment, whose deal nouns price it ("in a deal valued at") ...
    ("Daewon Group took a 20 percent stake in Hanul Robotics in a deal valued at 800 billion won.", 8e11),
    ("Daewon Group acquired a 20 percent stake in Hanul Robotics in a deal worth 800 billion won.", 8e11),
    # ... a firm's value, in a clause on a name, prices no deal.
    ("Daewon Group took a 20 percent stake in Hanul Robotics, valued at 800 billion won.", None),
])
def test_the_deal_of_a_stake_prices_the_investment_it_also_states(extract_text, text, amount):
    found = fact_qualifiers(extract_text(text, WEDNESDAY), D, "invests_in", H)
    assert found.get("amount") == amount


@pytest.mark.parametrize("text, amount", [
    # A deal noun beside the firm bought tells the deal's price ...
    ("Daewon Group completed its acquisition of Hanul Robotics, a deal worth $1.2 billion.", 1.2e9),
    ("Daewon Group bought Hanul Robotics, a transaction worth $1.2 billion.", 1.2e9),
    # ... a description of the firm tells its own figures.
    ("Daewon Group acquired Hanul Robotics, a company with $50 million in annual revenue.", None),
    ("Daewon Group acquired Hanul Robotics, a firm worth $50 million.", None),
])
def test_a_deal_noun_in_apposition_prices_the_deal(extract_text, text, amount):
    found = fact_qualifiers(extract_text(text, WEDNESDAY), D, "acquires", H)
    assert found.get("amount") == amount


@pytest.mark.parametrize("text, percent", [
    # A participle on the purchase moves the buyer's own stake: the stake it holds after ...
    ("Daewon Group bought more shares in Hanul Robotics, taking its stake to 25%.", 25.0),
    ("Daewon Group bought 2 million shares in Hanul Robotics, raising its stake to 25%.", 25.0),
    ("Daewon Group bought more shares in Hanul Robotics, lifting its holding in the company to 25 percent.", 25.0),
    # ... not a stake in another firm, another holder's, or a figure that is no stake.
    ("Daewon Group bought more shares in Hanul Robotics, raising its stake in Minjin Capital to 25%.", None),
    ("Daewon Group bought more shares in Hanul Robotics, while Minjin Capital raised its stake to 25%.", None),
    ("Daewon Group bought more shares in Hanul Robotics, raising its revenue by 25%.", None),
])
def test_the_stake_a_purchase_takes_its_buyer_to(extract_text, text, percent):
    found = fact_qualifiers(extract_text(text, WEDNESDAY), D, "holds_stake_in", H)
    assert found.get("stake_percent") == percent


@pytest.mark.parametrize("text, amount", [
    # A relative clause on the deal noun that says what the deal is worth prices it ...
    ("Daewon Group is acquiring Hanul Robotics in a deal that could be worth up to $1.2 billion.", 1.2e9),
    ("Daewon Group acquired Hanul Robotics in a transaction that was valued at $300 million.", 3e8),
    # ... not other money of such a clause; the value the deal puts on a firm bought whole
    # prices it too, nothing else doing so (session 23: test_news_s23_quals.py).
    ("Daewon Group acquired Hanul Robotics in a deal that includes $200 million of debt.", None),
    ("Daewon Group acquired Hanul Robotics in a deal that values the company at $300 million.", 3e8),
])
def test_what_a_clause_on_the_deal_says_it_is_worth(extract_text, text, amount):
    found = fact_qualifiers(extract_text(text, WEDNESDAY), D, "acquires", H)
    assert found.get("amount") == amount


def test_a_stake_taken_in_a_deal_that_is_worth_a_sum(extract_text):
    text = "Daewon Group took a 10% stake in Hanul Robotics in a deal that is worth 50 billion won."
    assert fact_qualifiers(extract_text(text, WEDNESDAY), D, "invests_in", H).get("amount") == 5e10
    other = "Daewon Group invested in Hanul Robotics, which is worth $300 million."
    assert fact_qualifiers(extract_text(other, WEDNESDAY), D, "invests_in", H).get("amount") is None


@pytest.mark.parametrize("text, amount", [
    # The size or value "of the deal" as the subject of a later sentence prices the deal ...
    ("Daewon Group acquired Hanul Robotics. The value of the deal was $1.2 billion.", 1.2e9),
    ("Daewon Group acquired Hanul Robotics, the company said. The size of the acquisition was $1.2 billion.", 1.2e9),
    # ... not the value of the firm, nor of a deal in general.
    ("Daewon Group acquired Hanul Robotics. The value of the company was $1.2 billion.", None),
    ("Daewon Group acquired Hanul Robotics. The value of a deal like this is usually about $1 billion.", None),
])
def test_the_size_of_the_deal_told_after(extract_text, text, amount):
    found = fact_qualifiers(extract_text(text, WEDNESDAY), D, "acquires", H)
    assert found.get("amount") == amount


@pytest.mark.parametrize("text, percent", [
    # "49pc", which NER reads as an ordinal, is a percentage as "4.5pc" is ...
    ("Daewon Group acquired a 49pc stake in Hanul Robotics.", 49.0),
    ("Daewon Group acquired a 4.5pc stake in Hanul Robotics.", 4.5),
    # ... and a percentage after a stake's "of" leaves the firm after it to the stake.
    ("Daewon Group acquired a stake of 12 percent in Hanul Robotics.", 12.0),
    ("Daewon Group acquired a stake of 12% in Hanul Robotics for 30 billion won.", 12.0),
])
def test_percentages_as_news_writes_them(extract_text, text, percent):
    found = fact_qualifiers(extract_text(text, WEDNESDAY), D, "holds_stake_in", H)
    assert found.get("stake_percent") == percent


def test_an_ordinal_stays_an_ordinal(extract_text):
    record = extract_text("Daewon Group acquired its 21st stake in a robot maker, Hanul Robotics.", WEDNESDAY)
    assert not any(r["qualifiers"].get("stake_percent") for r in record["relations"])
