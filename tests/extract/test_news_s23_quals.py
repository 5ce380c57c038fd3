"""Qualifiers of session 23, kinds met on news snippets outside the corpus: the value a deal
puts on a firm bought whole (its price where nothing else prices it), and a deal told again
later with its own sum in any place of its sentence ("approved the $2.7 billion deal").
Sentences invented here, each beside one of the same shape that must not be read so. The
news is published on Wednesday 1 May 2024."""

from __future__ import annotations

import pytest

from extract_support import fact_qualifiers

WEDNESDAY = "2024-05-01"
D, H = "Daewon Group", "Hanul Robotics"


@pytest.mark.parametrize("text, amount", [
    # The value a deal puts on a firm bought whole, in the fact's sentence or the next ...
    ("Daewon Group agreed to acquire Hanul Robotics in a deal that values the robot maker at $2.7 billion.", 2.7e9),
    ("Daewon Group agreed to acquire Hanul Robotics in a deal with an enterprise value of $2.7 billion.", 2.7e9),
    ("Daewon Group is in talks to acquire Hanul Robotics, people familiar with the matter said. "
     "The company is discussing a deal that could value the robot maker at about $2.7 billion, including debt.", 2.7e9),
    # ... not where the deal values another firm, nor when a price is told elsewhere ...
    ("Daewon Group agreed to acquire Hanul Robotics. Minjin Capital is discussing a deal that could value "
     "Sora Labs at $2.7 billion.", None),
    ("Daewon Group agreed to acquire Hanul Robotics in a deal that values the robot maker at $2.7 billion. "
     "Daewon will pay $2.1 billion for Hanul Robotics.", 2.1e9),
    # ... nor the firm the parties make together, nor something of a firm ...
    ("Daewon Group will acquire Hanul Robotics in an all-stock deal that values the combined company at $10 billion.", None),
    ("Daewon Group will acquire Hanul Robotics. The deal values the merged group at $10 billion.", None),
    ("Daewon Group will acquire Hanul Robotics in a deal that values Hanul's parent at $10 billion.", None),
    # ... nor the firm's own value outside a deal.
    ("Daewon Group agreed to acquire Hanul Robotics, which investors valued at $2.7 billion last year.", None),
])
def test_a_deal_values_a_firm_bought_whole_at_its_price(extract_text, text, amount):
    found = fact_qualifiers(extract_text(text, WEDNESDAY), D, "acquires", H)
    assert found.get("amount") == amount


def test_a_deal_that_values_a_firm_is_no_price_of_a_part_of_it(extract_text):
    text = "Daewon Group agreed to buy a 20% stake in Hanul Robotics in a deal that values the robot maker at $2.7 billion."
    record = extract_text(text, WEDNESDAY)
    assert fact_qualifiers(record, D, "holds_stake_in", H).get("stake_percent") == 20
    assert fact_qualifiers(record, D, "invests_in", H).get("amount") is None


@pytest.mark.parametrize("text, amount", [
    # "the" deal told with its own sum refers back, in any place of its sentence ...
    ("Daewon Group will acquire Hanul Robotics. The boards of both firms approved the $2.7 billion deal.", 2.7e9),
    ("Daewon Group will acquire Hanul Robotics. Shareholders backed the deal, worth $2.7 billion, on Monday.", 2.7e9),
    ("Daewon Group will acquire Hanul Robotics. Shareholders backed the transaction, valued at $2.7 billion.", 2.7e9),
    # ... "a" deal is another one.
    ("Daewon Group will acquire Hanul Robotics. Minjin Capital approved a $2.7 billion deal on Monday.", None),
])
def test_a_deal_told_again_with_its_own_sum(extract_text, text, amount):
    found = fact_qualifiers(extract_text(text, WEDNESDAY), D, "acquires", H)
    assert found.get("amount") == amount


@pytest.mark.parametrize("text, date", [
    # A later sentence dates the deal one statement told as two facts: both take its date ...
    ("Daewon Group bought a 20% stake in Hanul Robotics. The purchase was made in February 2023, according to a filing.",
     "2023-02"),
    # ... a sentence of another deal dates neither.
    ("Daewon Group bought a 20% stake in Hanul Robotics. Minjin Capital made a purchase of Sora Labs in February 2023.",
     WEDNESDAY),
])
def test_the_facts_of_one_statement_share_a_later_date(extract_text, text, date):
    record = extract_text(text, WEDNESDAY)
    assert fact_qualifiers(record, D, "holds_stake_in", H).get("date") == date
    assert fact_qualifiers(record, D, "invests_in", H).get("date") == date


@pytest.mark.parametrize("text, date", [
    # "the" deal as the object of a verb its buyer (or "it") does dates the deal ...
    ("Daewon Group has bought Hanul Robotics for $2 billion. Daewon completed the acquisition on April 3, it said.",
     "2024-04-03"),
    ("Daewon Group has bought Hanul Robotics for $2 billion. It completed the acquisition on April 3.", "2024-04-03"),
    # ... not what another does to it, nor what is to come.
    ("Daewon Group has bought Hanul Robotics for $2 billion. Regulators approved the deal on April 3.", WEDNESDAY),
    ("Daewon Group has bought Hanul Robotics for $2 billion. Minjin Capital completed the acquisition on April 3.", WEDNESDAY),
    ("Daewon Group has bought Hanul Robotics for $2 billion. Daewon will complete the deal in June.", WEDNESDAY),
])
def test_a_deal_done_by_its_buyer_later_dates_it(extract_text, text, date):
    assert fact_qualifiers(extract_text(text, WEDNESDAY), D, "acquires", H).get("date") == date


@pytest.mark.parametrize("text, place, date", [
    # A visit of some days that the arrival sets out to start, naming no place of its own, is
    # the arrival's ...
    ("President Kim Ha-neul on Monday arrived in Kenya to start a two-day state visit.", "Kenya", "2024-04-29/2024-04-30"),
    # ... a visit to another place is not, nor an event of a clause beside the arrival.
    ("President Kim Ha-neul on Monday arrived in Nairobi to start a two-day state visit to Uganda.", "Nairobi", "2024-04-29"),
    ("Kim Ha-neul arrived in Kenya on Monday and held a two-day meeting with the president.", "Kenya", "2024-04-29"),
])
def test_a_visit_the_arrival_starts_lasts_its_days(extract_text, text, place, date):
    record = extract_text(text, WEDNESDAY)
    dates = {r["qualifiers"].get("date") for r in record["relations"] if r["predicate"] == "visits" and r["object"] == place}
    assert date in dates


@pytest.mark.parametrize("text, amount", [
    # What a round brings a firm's funding to is what it raised in all, no round's sum ...
    ("Hanul Robotics closed a Series C round led by Daewon Ventures. "
     "The round, led by Daewon Ventures, brings its total funding to $80 million.", None),
    ("Daewon Ventures led a $30 million Series B round in Hanul Robotics that brings its total funding to $80 million.", 3e7),
    # ... what the round itself came to is its sum.
    ("Hanul Robotics closed a Series C round led by Daewon Ventures. The round, led by Daewon Ventures, came to $30 million.",
     3e7),
])
def test_a_running_total_is_no_rounds_sum(extract_text, text, amount):
    found = fact_qualifiers(extract_text(text, WEDNESDAY), "Daewon Ventures", "invests_in", H)
    assert found.get("amount") == amount


@pytest.mark.parametrize("text, date", [
    # A rough deadline is a deadline: the plan is dated by the news ...
    ("Daewon Group plans to take full control of Hanul Robotics by around August.", WEDNESDAY),
    ("Daewon Group plans to acquire Hanul Robotics by about 2027.", WEDNESDAY),
    # ... a rough date of a deal done is its date.
    ("Daewon Group took full control of Hanul Robotics around March.", "2024-03"),
])
def test_a_rough_deadline_is_no_date_of_the_deal(extract_text, text, date):
    assert fact_qualifiers(extract_text(text, WEDNESDAY), D, "acquires", H).get("date") == date


@pytest.mark.parametrize("text, date", [
    # A lone month after the news' own, on a verb told in the simple past, is last year's ...
    ("Daewon Group acquired Hanul Robotics in August.", "2023-08"),
    ("Daewon Group made an investment in Hanul Robotics in September.", "2023-09"),
    # ... a month gone by this year is this year's, and a plan's month is to come.
    ("Daewon Group acquired Hanul Robotics in March.", "2024-03"),
    ("Daewon Group will acquire Hanul Robotics in August.", "2024-08"),
    # (A closing expected is no date of the deal, which the day of telling dates: session 32.)
    ("Daewon Group said on Monday it expects to complete the acquisition of Hanul Robotics in August.", "2024-04-29"),
])
def test_a_month_to_come_on_a_past_verb_is_last_years(extract_text, text, date):
    record = extract_text(text, WEDNESDAY)
    relation = "invests_in" if "investment" in text else "acquires"
    assert fact_qualifiers(record, D, relation, H).get("date") == date


@pytest.mark.parametrize("text, relation, amount", [
    # A noun after a sum and its dollar figure in brackets is what the sum is of ...
    ("Daewon Ventures bought a 3.5 billion dirhams ($953 million) stake in Hanul Robotics.", "invests_in", 3.5e9),
    ("Daewon Group agreed to buy Hanul Robotics in a 1.2 trillion won ($900 million) deal.", "acquires", 1.2e12),
    # ... as without the brackets.
    ("Daewon Ventures bought a 3.5 billion dirhams stake in Hanul Robotics.", "invests_in", 3.5e9),
])
def test_a_noun_after_a_bracketed_dollar_figure(extract_text, text, relation, amount):
    found = fact_qualifiers(extract_text(text, WEDNESDAY), D.replace("Group", "Ventures") if relation == "invests_in" else D,
                            relation, H)
    assert found.get("amount") == amount


def test_selling_a_stake_undoes_no_fact_of_what_it_is_in(extract_text):
    # "sold its stake in property developer Hanul Estates": the seller's stake is undone, not
    # Hanul's trade ...
    record = extract_text("Minjin Capital sold its stake in property developer Hanul Estates to Daewon Holding.", WEDNESDAY)
    assert ("Hanul Estates", "operates_in_sector", "property") in {(r["subject"], r["predicate"], r["object"])
                                                                     for r in record["relations"]}
    # ... and the stake sold is still the seller's no more.
    sold = extract_text("Minjin Capital sold its stake in Hanul Estates.", WEDNESDAY)
    assert not any(r["predicate"] == "holds_stake_in" for r in sold["relations"])


@pytest.mark.parametrize("text, amount", [
    # A lead that sells a stake to a firm it describes prices the buyer the next sentence names ...
    ("Minjin Capital has sold a 3.5 billion won stake in Hanul Robotics to a subsidiary of Daewon Holding. "
     "The subsidiary, Sora Commercial Investment, acquired a 12 percent stake in Hanul Robotics.", 3.5e9),
    # ... not a sale that names no buyer.
    ("Minjin Capital has sold a 3.5 billion won stake in Hanul Robotics. "
     "Sora Commercial Investment acquired a 12 percent stake in Hanul Robotics.", None),
])
def test_a_lead_sale_to_a_described_buyer_prices_its_purchase(extract_text, text, amount):
    found = fact_qualifiers(extract_text(text, WEDNESDAY), "Sora Commercial Investment", "invests_in", H)
    assert found.get("amount") == amount
