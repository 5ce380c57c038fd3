"""Qualifiers of session 20: a local dollar written "$", decades, accounting years and days
of the month, a firm's value that is not a deal's price, a plan's deadline, and a title set
beside a name in a clause of another event. Sentences invented here, each beside one of the
same shape that must not be read so. The news is published on Wednesday 1 May 2024."""

from __future__ import annotations

import pytest

from kg.extract.dates import resolve_date
from kg.extract.values import parse_money, story_currencies
from extract_support import fact_qualifiers

WEDNESDAY = "2024-05-01"
D, H, K = "Daewon Ventures", "Hanul Robotics", "Kim Min-jun"


@pytest.mark.parametrize("text, currency", [
    # A bare "$" in a story that marks the US dollar "US$" is its country's own dollar ...
    ("Singapore's Hanul Robotics raised $20 million. Daewon Ventures had put in US$3 million.", "SGD"),
    ("Sydney-based Hanul Robotics raised $20 million, about US$13 million.", "AUD"),
    ("Toronto's Hanul Robotics raised $20 million, or US$15 million.", "CAD"),
    # ... in a story that never marks it, or of no country with a dollar, the US dollar.
    ("Singapore's Hanul Robotics raised $20 million from Daewon Ventures.", "USD"),
    ("Seoul's Hanul Robotics raised $20 million, one of the largest US$ rounds of the year.", "USD"),
])
def test_a_bare_dollar_beside_a_marked_us_dollar_is_the_local_one(text, currency):
    assert parse_money("$20 million", story_currencies(text)) == (2e7, currency)


def test_the_local_dollar_and_its_us_figure_on_a_fact(extract_text):
    text = "Daewon Ventures invested $20 million (US$15 million) in Hanul Robotics, a Singapore startup."
    found = fact_qualifiers(extract_text(text, WEDNESDAY), D, "invests_in", H)
    assert (found["amount"], found["currency"], found.get("amount_usd")) == (2e7, "SGD", 1.5e7)


@pytest.mark.parametrize("phrase, value", [
    # A decade, with or without its part, is the decade ...
    ("the 1990s", "1990/1999"),
    ("the early 2000s", "2000/2009"),
    ("mid-1980s", "1980/1989"),
    # ... a year of four figures stays a year.
    ("1990", "1990"),
    # An accounting year counted from the news is the calendar's ...
    ("the last fiscal year", "2023"),
    ("this financial year", "2024"),
    # ... as the year is without the word.
    ("last year", "2023"),
])
def test_decades_and_accounting_years_counted_from_the_news(phrase, value):
    assert resolve_date(phrase, WEDNESDAY) == value


@pytest.mark.parametrize("text, date", [
    # "on the 15th" (the article trimmed off the mention) is a day of the news' month ...
    ("Daewon Ventures invested $5 million in Hanul Robotics on the 15th.", "2024-05-15"),
    ("Daewon Ventures invested in Hanul Robotics in the 1990s.", "1990/1999"),
    ("Daewon Ventures invested $5 million in Hanul Robotics in the last fiscal year.", "2023"),
    # ... an ordinal that counts something is no day.
    ("Daewon Ventures invested $5 million in Hanul Robotics for the 15th time.", "2024-05-20"),
])
def test_days_of_the_month_decades_and_fiscal_years_date_a_deal(extract_text, text, date):
    assert fact_qualifiers(extract_text(text, "2024-05-20"), D, "invests_in", H).get("date") == date


@pytest.mark.parametrize("text, amount", [
    # What a deal values a firm bought whole at is its price where nothing else prices it
    # (session 23: the corpus gold so reads "a deal that could value X at"; see
    # test_news_s23_quals.py for the cases that must not be read so) ...
    ("Daewon Ventures agreed to buy Hanul Robotics in a deal that values Hanul at $2 billion.", 2e9),
    # ... but the price the sentence gives is the deal's ...
    ("Daewon Ventures agreed to buy Hanul Robotics for $500 million in a deal that values Hanul at $2 billion.", 5e8),
    # ... and a firm bought whole at a price a share is bought at the value that price gives it.
    ("Daewon Ventures will acquire Hanul Robotics for $12 a share, valuing the company at about $2 billion.", 2e9),
])
def test_a_price_given_goes_before_a_value(extract_text, text, amount):
    assert fact_qualifiers(extract_text(text, WEDNESDAY), D, "acquires", H).get("amount") == amount


@pytest.mark.parametrize("text, date", [
    # The day a plan is to be done by is its deadline: the plan is dated by the news telling
    # it, as the corpus dates a deal by the day it is made or announced ...
    ("Daewon Ventures plans to invest $5 billion in Hanul Robotics by 2030.", WEDNESDAY),
    ("Daewon Ventures will invest $5 billion in Hanul Robotics by the end of 2027.", WEDNESDAY),
    # ... a plan the text dates "in" a year keeps that year, and a deed done "by" a month its month.
    ("Daewon Ventures plans to invest $5 billion in Hanul Robotics in 2030.", "2030"),
    ("Daewon Ventures invested $5 million in Hanul Robotics by March.", "2024-03"),
])
def test_a_plans_deadline_is_not_its_date(extract_text, text, date):
    assert fact_qualifiers(extract_text(text, WEDNESDAY), D, "invests_in", H).get("date") == date


@pytest.mark.parametrize("text, date", [
    # A title set beside a name takes no date of another event of its clause ...
    ("Hanul Robotics founder and CEO Kim Min-jun started the company in 2015 in Busan.", None),
    # ... the date of taking up the post is the title's.
    ("Kim Min-jun, the new chief executive of Hanul Robotics, took office on Monday.", "2024-04-29"),
    ("Kim Min-jun became chief executive of Hanul Robotics in 2019.", "2019"),
])
def test_a_title_beside_a_name_is_not_dated_by_its_clauses_event(extract_text, text, date):
    assert fact_qualifiers(extract_text(text, WEDNESDAY), K, "ceo_of", H).get("date") == date


@pytest.mark.parametrize("phrase, money", [
    # A code joined to a bare number by a full stop is a listing's exchange ...
    ("Hanul Robotics (603019.SH) rose", None),
    # ... written apart, or after a sign or a scale, it is money.
    ("KSh 3 billion", (3e9, "KES")),
    ("500 million Sh", (5e8, "KES")),
])
def test_a_ticker_is_no_money(phrase, money):
    assert parse_money(phrase) == money


@pytest.mark.parametrize("text, amount", [
    # The price the parser hangs on the participle naming a buying group's leader is the deal's ...
    ("Hanul Robotics has agreed to be bought by an investor group led by Daewon Ventures for $1.13 billion.", 1.13e9),
    ("Hanul Robotics was acquired by a consortium led by Daewon Ventures for $500 million.", 5e8),
    # ... money of another verb on the group is not.
    ("Hanul Robotics was acquired by a consortium led by Daewon Ventures, which manages $800 million.", None),
])
def test_a_price_on_the_leader_of_a_buying_group(extract_text, text, amount):
    assert fact_qualifiers(extract_text(text, WEDNESDAY), D, "acquires", H).get("amount") == amount


@pytest.mark.parametrize("text, amount", [
    # Money put in, told in a participle beside the deal, is the investment's ...
    ("Daewon Ventures took a 30% stake in Hanul Robotics, pumping in $50 million.", 5e7),
    ("Daewon Ventures led the investment in Hanul Robotics, infusing $300 million.", 3e8),
    # ... a participle of another deed prices nothing.
    ("Daewon Ventures took a 30% stake in Hanul Robotics, adding to its $50 million fund.", None),
])
def test_money_pumped_in_beside_the_deal(extract_text, text, amount):
    assert fact_qualifiers(extract_text(text, WEDNESDAY), D, "invests_in", H).get("amount") == amount


@pytest.mark.parametrize("text, stake", [
    # A part restated after "or" on the shares bought is no part of a list ...
    ("Daewon Ventures became the largest shareholder of Hanul Robotics by purchasing 1.6 million shares, "
     "or 6.72 percent, for 30 billion won.", 6.72),
    # ... parts listed for holders listed still are.
    ("Daewon Ventures and Minjin Capital hold 51 percent and 49 percent stakes in Hanul Robotics.", None),
])
def test_a_part_restated_on_the_shares_is_the_stake(extract_text, text, stake):
    assert fact_qualifiers(extract_text(text, WEDNESDAY), D, "holds_stake_in", H).get("stake_percent") == stake


@pytest.mark.parametrize("text, stake", [
    # A holder's title gives the stake after "at" or "with", on it or on the verb it completes ...
    ("Daewon Ventures will remain Hanul Robotics' largest shareholder at 25 percent, it said.", 25.0),
    ("Daewon Ventures is the largest shareholder of Hanul Robotics at 25 percent.", 25.0),
    # ... a figure of another clause is none.
    ("Daewon Ventures is the largest shareholder of Hanul Robotics, which grew at 25 percent.", None),
])
def test_a_holders_title_at_a_percentage(extract_text, text, stake):
    assert fact_qualifiers(extract_text(text, WEDNESDAY), D, "holds_stake_in", H).get("stake_percent") == stake


@pytest.mark.parametrize("text, amount", [
    # A stake sold to a buyer is the buyer's investment, at the stake's price ...
    ("Minjin Capital has sold a $950 million stake in Hanul Robotics to Daewon Ventures, the fund said.", 9.5e8),
    ("Minjin Capital sold its 12% stake in Hanul Robotics to Daewon Ventures for $950 million.", 9.5e8),
])
def test_a_stake_sold_to_a_buyer_is_its_investment(extract_text, text, amount):
    assert fact_qualifiers(extract_text(text, WEDNESDAY), D, "invests_in", H).get("amount") == amount


def test_a_stake_sold_by_the_buyer_is_none_of_its_investments(extract_text):
    # ... the seller invests nothing.
    record = extract_text("Daewon Ventures sold its 12% stake in Hanul Robotics to Minjin Capital.", WEDNESDAY)
    assert not [r for r in record["relations"] if (r["subject"], r["predicate"]) == (D, "invests_in")]


@pytest.mark.parametrize("text, date", [
    # A date in a clause of another time, with a subject of its own, dates its own event ...
    ("At least 28 leaders will attend the Hanul Forum in Busan, the largest meeting on robots since Korea "
     "launched its robot plan in 2013.", None),
    # ... and the fact's own date stays.
    ("Leaders attended the Hanul Forum in Busan in 2019, six years after Korea launched its robot plan in 2013.", "2019"),
])
def test_a_date_of_another_times_clause_dates_its_own_event(extract_text, text, date):
    assert fact_qualifiers(extract_text(text, WEDNESDAY), "Hanul Forum", "event_held_at", "Busan").get("date") == date


@pytest.mark.parametrize("text, date", [
    # A fact told again with the days of the month the headline gave takes the days ...
    ("Busan to host Hanul Forum in mid-October\n\nAn investment forum, the Hanul Forum, will be held in Busan on "
     "October 15 and 16, its organiser said.", "2024-10-15/2024-10-16"),
    # ... a month told again with no days keeps it.
    ("Busan to host Hanul Forum in mid-October\n\nAn investment forum, the Hanul Forum, will be held in Busan, "
     "its organiser said.", "2024-10"),
])
def test_days_told_again_refine_the_headlines_month(extract_text, text, date):
    assert fact_qualifiers(extract_text(text, "2024-09-28"), "Hanul Forum", "event_held_at", "Busan").get("date") == date
