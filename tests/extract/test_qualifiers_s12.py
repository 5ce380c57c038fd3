"""Qualifiers of session 12: every investor of a round gets the round's money and day, a
sentence that refers to "the round" takes the round told before it, a weekday in news known
only by its month, events (not states) told in the present, a subsidiary's stake, and currencies and scales of Asian, African
and Latin American news. Sentences written here; the news is published on Wednesday 14 May
2031 unless a case says otherwise."""

from __future__ import annotations

import pytest

from extract_support import fact_qualifiers

from kg.extract.dates import resolve_date
from kg.extract.qualifier_merge import round_shared
from kg.extract.values import funding_rounds, parse_money

WEDNESDAY = "2031-05-14"
H, D, M, S = "Hanul Robotics", "Daewon Ventures", "Minjin Capital", "Sora Partners"


def _qualifiers(extract_text, text: str, subject: str, predicate: str, obj: str, published: str = WEDNESDAY) -> dict:
    return fact_qualifiers(extract_text(text, published=published), subject, predicate, obj)


@pytest.mark.parametrize("phrase, published, expected", [
    ("on Tuesday", "2031-05", "2031-05"),
    ("yesterday", "2031-05", "2031-05"),
    ("next Friday", "2031-05", "2031-05"),
    ("over the weekend", "2031-05", "2031-05"),
    ("on Monday", "2031", "2031"),
    ("on Tuesday", WEDNESDAY, "2031-05-13"),
    ("on Tuesday", None, None),
])
def test_a_day_near_news_known_by_its_month_is_that_month(phrase, published, expected):
    assert resolve_date(phrase, published) == expected


def test_investors_named_far_from_the_rounds_sum_share_it(extract_text):
    text = ("Hanul Robotics said on Tuesday it had raised 300 million yuan (US$42 million) in fresh funding. "
            "The round was led by Daewon Ventures. The start-up was set up in 2020 and builds warehouse robots. "
            "Its chief executive said the money would pay for research and hiring. "
            "Other co-investors in Hanul Robotics' Series C round included Minjin Capital and Sora Partners.")
    for investor in (D, M, S):
        got = _qualifiers(extract_text, text, investor, "invests_in", H, published="2031-05")
        assert (got.get("amount"), got.get("currency"), got.get("date")) == (300e6, "CNY", "2031-05"), investor


@pytest.mark.parametrize("text, investor", [
    ("Hanul Robotics has secured $12 million in Series A funding. Investors in the round include Daewon Ventures and "
     "Minjin Capital.", M),
    ("Hanul Robotics has raised $12 million. Daewon Ventures and Minjin Capital took part in the round.", D),
])
def test_a_sentence_that_refers_to_the_round_takes_its_money(extract_text, text, investor):
    got = _qualifiers(extract_text, text, investor, "invests_in", H)
    assert (got.get("amount"), got.get("currency")) == (12e6, "USD")


def test_round_shared_keeps_two_rounds_apart():
    facts = [
        {"predicate": "invests_in", "object": H, "qualifiers": {"amount": 5e5, "currency": "USD", "round": "seed"}},
        {"predicate": "invests_in", "object": H, "qualifiers": {"amount": 9e6, "currency": "USD", "round": "series-a"}},
        {"predicate": "invests_in", "object": H, "qualifiers": {}},
    ]
    round_shared(facts, funding_rounds("its seed round ... a Series A round"))
    assert facts[2]["qualifiers"] == {}
    # One sum, but the text names two rounds and this investor's is unread: nothing.
    facts = [{"predicate": "invests_in", "object": H, "qualifiers": {"amount": 9e6, "currency": "USD"}},
             {"predicate": "invests_in", "object": H, "qualifiers": {}}]
    round_shared(facts, funding_rounds("its seed round ... a Series A round"))
    assert facts[1]["qualifiers"] == {}
    # An investor's own day is kept.
    facts = [{"predicate": "invests_in", "object": H, "qualifiers": {"amount": 9e6, "currency": "USD", "date": "2031-05"}},
             {"predicate": "invests_in", "object": H, "qualifiers": {"round": "seed", "date": "2029"}}]
    round_shared(facts, frozenset({"seed"}))
    assert facts[1]["qualifiers"] == {"round": "seed", "date": "2029", "amount": 9e6, "currency": "USD"}
    # A fact told of no round ("Minjin has also backed Hanul") takes no round's sum.
    facts = [{"predicate": "invests_in", "object": H, "qualifiers": {"amount": 9e6, "currency": "USD"}},
             {"predicate": "invests_in", "object": H, "qualifiers": {"date": "2031-05-14"}}]
    round_shared(facts, frozenset())
    assert facts[1]["qualifiers"] == {"date": "2031-05-14"}


@pytest.mark.parametrize("text, predicate", [
    ("Drones are in demand. Daewon Ventures buys Hanul Robotics for $30 million.", "acquires"),
    ("Drones are in demand. Daewon Ventures invests $5 million in Hanul Robotics.", "invests_in"),
])
def test_an_event_told_in_the_present_is_the_days_news(extract_text, text, predicate):
    assert _qualifiers(extract_text, text, D, predicate, H).get("date") == WEDNESDAY


@pytest.mark.parametrize("text", [
    "Minjin Capital has a 6.3 per cent stake in Hanul Robotics.",
    "Minjin Capital owns 30% of Hanul Robotics.",
    "Minjin Capital is the largest shareholder of Hanul Robotics.",
])
def test_a_state_told_in_the_present_is_not_dated_by_the_news(extract_text, text):
    assert "date" not in _qualifiers(extract_text, text, M, "holds_stake_in", H)


def test_a_description_is_no_news_of_the_day(extract_text):
    record = extract_text("Kim Min-soo, the founder of Hanul Robotics, says demand is strong.", published=WEDNESDAY)
    assert all(r["qualifiers"].get("date") != WEDNESDAY for r in record["relations"] if r["predicate"] == "founded_by")


@pytest.mark.parametrize("phrase, expected", [
    ("RM50mil", (50e6, "MYR")),
    ("RM1.2bil", (1.2e9, "MYR")),
    ("TL 5 billion", (5e9, "TRY")),
    ("$US5m", (5e6, "USD")),
    ("AU$6.6bn", (6.6e9, "AUD")),
    ("Bt5bn", (5e9, "THB")),
    ("5 billion Thai baht", (5e9, "THB")),
    ("₦2.5 trillion", (2.5e12, "NGN")),
    ("2.5 trillion naira", (2.5e12, "NGN")),
    ("KSh 2 billion", (2e9, "KES")),
    ("₱10 billion", (1e10, "PHP")),
    ("300 billion Chilean pesos", (3e11, "CLP")),
    ("Mex$1.2 billion", (1.2e9, "MXN")),
    ("₺5 billion", (5e9, "TRY")),
    ("₫1,000 billion", (1e12, "VND")),
    ("2 billion reais", (2e9, "BRL")),
])
def test_currencies_and_scales_of_more_news(phrase, expected):
    assert parse_money(phrase) == expected


def test_an_investors_own_sum_told_apart_beats_the_rounds(extract_text):
    text = ("Hanul Robotics announced the close of a 40 billion won Series B round. This round, which was co-led by its "
            "chief executive Kim Min-soo, values the firm at 400 billion won. Kim Min-soo has personally invested "
            "over $10 million, the company said.")
    got = _qualifiers(extract_text, text, "Kim Min-soo", "invests_in", H)
    assert (got.get("amount"), got.get("currency")) == (10e6, "USD")


def test_a_subsidiary_has_the_stake_its_parent_is_told_to_hold(extract_text):
    text = ("Daewon Group said on Monday it will buy a further 3 percent of its battery subsidiary Hanul Robotics for "
            "20 billion won. The purchase will raise Daewon Group's stake in Hanul Robotics to 88 percent.")
    record = extract_text(text, published=WEDNESDAY)
    assert fact_qualifiers(record, H, "subsidiary_of", "Daewon Group").get("stake_percent") == 88.0


def test_stake_shared_needs_one_percentage():
    from kg.extract.qualifier_merge import stake_shared

    facts = [{"predicate": "subsidiary_of", "subject": H, "object": D, "qualifiers": {}},
             {"predicate": "holds_stake_in", "subject": D, "object": H, "qualifiers": {"stake_percent": 60.0}},
             {"predicate": "acquires", "subject": D, "object": H, "qualifiers": {"stake_percent": 100.0}}]
    stake_shared(facts)
    assert facts[0]["qualifiers"] == {}


def test_a_sum_of_trade_between_both_ends_however_parsed(extract_text):
    text = ("Vietnam was Korea's third-largest trading partner in 2030, the statistics office said on Friday. Total trade "
            "revenues between Korea and Vietnam increased by 8 percent, as goods worth 86.2 billion dollars were traded "
            "between the countries in 2030.")
    got = _qualifiers(extract_text, text, "Vietnam", "trades_with", "South Korea", published="2031-03-02")
    assert (got.get("amount"), got.get("currency")) == (86.2e9, "USD")
    # Two sums in the sentence: which is the pair's is not said.
    text = ("Vietnam was Korea's third-largest trading partner in 2030. Total trade revenues between Korea and Vietnam "
            "increased by 8 percent, as goods worth 86.2 billion dollars were traded between the countries and goods "
            "worth 30 billion dollars with Japan.")
    assert "amount" not in _qualifiers(extract_text, text, "Vietnam", "trades_with", "South Korea", published="2031-03-02")


@pytest.mark.parametrize("text, place, date", [
    # The three days are the visit to the country's; the arrival in its city has its day.
    ("President Mira Sohn arrived in Hanoi on Sunday to kick off her three-day state visit to Vietnam.", "Hanoi", "2031-06-08"),
    ("President Mira Sohn arrived in Hanoi on Sunday to kick off her three-day state visit to Vietnam.", "Vietnam",
     "2031-06-08/2031-06-10"),
    # A visit with no theme of its own is the arrival's.
    ("President Mira Sohn arrived in Hanoi on Sunday for a three-day visit.", "Hanoi", "2031-06-08/2031-06-10"),
    ("President Mira Sohn began a 3-day state visit to Vietnam on Sunday.", "Vietnam", "2031-06-08/2031-06-10"),
])
def test_a_length_in_days_belongs_to_its_own_event(extract_text, text, place, date):
    assert _qualifiers(extract_text, text, "Mira Sohn", "visits", place, published="2031-06-09").get("date") == date


@pytest.mark.parametrize("text, stake", [
    # A stake told only as to come gives way to the one the holder is told to hold now.
    ("Daewon Group said on Monday that it would soon hold a 60 percent stake in Hanul Robotics. Another 25 percent of "
     "shares were tendered last week, adding to the 35 percent that Daewon Group already holds in Hanul Robotics.", 35.0),
    ("Daewon Group will hold a 60 percent stake in Hanul Robotics after the deal.", 60.0),
    # Another holder's stake is not this one's.
    ("Daewon Group will hold a 60 percent stake in Hanul Robotics after the deal. Minjin Capital already holds "
     "10 percent of Hanul Robotics.", 60.0),
])
def test_a_stake_held_now_beats_one_to_come(extract_text, text, stake):
    record = extract_text(text, published=WEDNESDAY)
    assert fact_qualifiers(record, "Daewon Group", "holds_stake_in", H).get("stake_percent") == stake
    assert not [k for r in record["relations"] for k in r["qualifiers"] if k.startswith("_")]
