"""Which date and which money a fact takes when news tells it in the ways wire copy does:
a deal in any tense or as a plan is dated by the day it is told unless the text dates it,
another clause's or another actor's date is not the fact's, and the price of one share is
no deal's amount. Sentences written here; the news is published on Wednesday 14 May 2031.
"""

from __future__ import annotations

import pytest

from extract_support import fact_qualifiers

WEDNESDAY = "2031-05-14"
H, D, M = "Hanul Robotics", "Daewon Ventures", "Minjin Capital"


def _qualifiers(extract_text, text: str, subject: str, predicate: str, obj: str) -> dict:
    return fact_qualifiers(extract_text(text, published=WEDNESDAY), subject, predicate, obj)


@pytest.mark.parametrize("text, subject, predicate, obj", [
    # Told as done in the passive, as under way or in the present: the day told.
    ("Daewon Ventures was taken over by Hanul Robotics.", H, "acquires", D),
    ("Daewon Ventures was bought by Hanul Robotics for $90 million.", H, "acquires", D),
    ("Hanul Robotics is buying Daewon Ventures for $90 million.", H, "acquires", D),
    # A plan told as agreed in the perfect, or said in the present.
    ("Hanul Robotics has agreed to take over Daewon Ventures.", H, "acquires", D),
    ("Hanul Robotics says it will buy Daewon Ventures for $90 million.", H, "acquires", D),
    # Money spent to do the deal, and money received in funding.
    ("Hanul Robotics spent $90 million to buy Daewon Ventures.", H, "acquires", D),
    ("Hanul Robotics got $5 million in funding from Minjin Capital.", M, "invests_in", H),
])
def test_an_undated_deal_is_dated_by_the_day_the_news_tells_it(extract_text, text, subject, predicate, obj):
    assert _qualifiers(extract_text, text, subject, predicate, obj).get("date") == WEDNESDAY


@pytest.mark.parametrize("text, subject, predicate, obj, date", [
    # A plan only held is dated by the news that tells it (as the real-news gold dates it) ...
    ("Hanul Robotics will buy Daewon Ventures for $90 million.", H, "acquires", D, WEDNESDAY),
    ("President Sora Min will visit Japan.", "Sora Min", "visits", "Japan", WEDNESDAY),
    # ... a deal only tried for is not.
    ("Hanul Robotics tried to buy Daewon Ventures.", H, "acquires", D, None),
])
def test_a_plan_is_dated_by_the_news_a_deal_only_tried_is_not(extract_text, text, subject, predicate, obj, date):
    assert _qualifiers(extract_text, text, subject, predicate, obj).get("date") == date


@pytest.mark.parametrize("text, subject, predicate, obj, date", [
    # A clause with its own subject tells of another deal.
    ("Hanul Robotics bought Daewon Ventures for $90 million, its largest purchase since it paid $40 million "
     "for Sora Labs in 2027.", H, "acquires", D, WEDNESDAY),
    # A relative clause on a name dates that clause only.
    ("Daewon Ventures, whose sales doubled last year, was bought by Hanul Robotics.", H, "acquires", D, WEDNESDAY),
    # The sentence before dates another actor's deal ...
    ("Minjin Capital backed Sora Labs in 2028. Hanul Robotics bought Daewon Ventures.", H, "acquires", D, WEDNESDAY),
    ("In April, Minjin Capital agreed to buy Sora Labs. Hanul Robotics invested $5 million in Daewon Ventures.",
     H, "invests_in", D, WEDNESDAY),
    # ... but a sentence of the same actor dates what follows.
    ("On Tuesday, Hanul Robotics opened a plant in Busan. It also bought Daewon Ventures.", H, "acquires", D, "2031-05-13"),
])
def test_another_deals_date_is_not_the_facts(extract_text, text, subject, predicate, obj, date):
    assert _qualifiers(extract_text, text, subject, predicate, obj).get("date") == date


@pytest.mark.parametrize("text, predicate, amount", [
    # The price of one share is not the deal; the total beside it is.
    ("Hanul Robotics agreed to buy Daewon Ventures for $45 per share, or about $900 million.", "acquires", 900e6),
    ("Hanul Robotics agreed to buy Daewon Ventures for $45 a share.", "acquires", None),
    ("Hanul Robotics will buy Daewon Ventures shares at 3,200 yen apiece.", "invests_in", None),
])
def test_a_price_per_share_is_no_deals_amount(extract_text, text, predicate, amount):
    assert _qualifiers(extract_text, text, H, predicate, D).get("amount") == amount


def test_the_two_countries_of_the_next_sentence_give_the_trade_its_money(extract_text):
    text = ("Norway was Chile's largest trading partner in 2029, the statistics office said. "
            "Goods worth 45.2 billion euros were traded between the two countries in 2029.")
    qualifiers = _qualifiers(extract_text, text, "Norway", "trades_with", "Chile")
    assert (qualifiers.get("amount"), qualifiers.get("currency")) == (45.2e9, "EUR")


def test_a_pair_noun_gives_no_money_to_a_fact_of_one_direction(extract_text):
    # "The two companies will invest" is both firms putting money in, not one in the other.
    text = "Minjin Capital invested in Hanul Robotics. The two companies will invest $40 million in a plant."
    assert _qualifiers(extract_text, text, M, "invests_in", H).get("amount") is None


@pytest.mark.parametrize("text, date", [
    # What the trigger names was begun then: the date is the partnership's ...
    ("Hanul Robotics and Daewon Ventures formed a partnership in March.", "2031-03"),
    ("Hanul Robotics set up a joint venture with Daewon Ventures in 2029.", "2029"),
    # ... but a firm's founding dates no partnership of it.
    ("Hanul Robotics, founded in 2015, formed a partnership with Daewon Ventures.", WEDNESDAY),
])
def test_a_partnership_formed_on_a_date(extract_text, text, date):
    assert _qualifiers(extract_text, text, H, "partners_with", D).get("date") == date


@pytest.mark.parametrize("text, date", [
    # "On Tuesday" between "said" and the clause it tells is the day of the telling, even
    # when the parser hangs it on the clause: the Tuesday just gone, not the next one ...
    ("Hanul Robotics said on Tuesday it would buy Daewon Ventures for $90 million.", "2031-05-13"),
    ("Hanul Robotics said on Tuesday it will acquire Daewon Ventures.", "2031-05-13"),
    # ... and the deal's own date, where the clause gives one, is the fact's.
    ("Hanul Robotics said on Monday it had completed the purchase of Daewon Ventures in March.", "2031-03"),
    ("Hanul Robotics announced on Monday that it bought Daewon Ventures last month.", "2031-04"),
    # A plan's own day after the clause stays to come.
    ("Hanul Robotics said it will buy Daewon Ventures on Tuesday.", "2031-05-20"),
])
def test_the_day_of_telling_and_the_day_of_the_deal(extract_text, text, date):
    assert _qualifiers(extract_text, text, H, "acquires", D).get("date") == date


@pytest.mark.parametrize("text, predicate, stake", [
    # The whole of a firm, said by an adverb.
    ("Hanul Robotics will fully acquire Daewon Ventures.", "acquires", 100.0),
    ("Hanul Robotics will buy Daewon Ventures outright.", "acquires", 100.0),
    # A stake that is the subject of the verb moving it.
    ("Hanul Robotics' stake in Daewon Ventures rose to 30%.", "holds_stake_in", 30.0),
])
def test_stakes_said_by_adverbs_and_moved_stakes(extract_text, text, predicate, stake):
    assert _qualifiers(extract_text, text, H, predicate, D).get("stake_percent") == stake


@pytest.mark.parametrize("text, date", [
    # A deal told as done cannot begin after the news: a quarter or a run of months whose
    # year the text leaves unwritten is last year's when this year's is still to come ...
    ("Hanul Robotics bought Daewon Ventures in the third quarter.", "2030-07/2030-09"),
    ("Hanul Robotics bought Daewon Ventures in the July-September quarter.", "2030-07/2030-09"),
    # ... but not when the year is written, nor for a plan, nor for a period already begun.
    ("Hanul Robotics bought Daewon Ventures in the third quarter of 2031.", "2031-07/2031-09"),
    ("Hanul Robotics will buy Daewon Ventures in the third quarter.", "2031-07/2031-09"),
    ("Hanul Robotics bought Daewon Ventures in the second quarter.", "2031-04/2031-06"),
])
def test_a_deal_told_as_done_is_not_dated_after_the_news(extract_text, text, date):
    assert _qualifiers(extract_text, text, H, "acquires", D).get("date") == date


@pytest.mark.parametrize("text, date", [
    # A headline tells the day's news in the present or as "X to buy Y" ...
    ("Hanul Robotics buys Daewon Ventures for $30 million\nThe deal gives Hanul a drone arm.", WEDNESDAY),
    ("Hanul Robotics to buy Daewon Ventures for $30 million\nThe deal gives Hanul a drone arm.", WEDNESDAY),
    # ... and the body's own day, when it gives one, is the fact's.
    ("Hanul Robotics to buy Daewon Ventures\n\nHanul Robotics said on Tuesday it had agreed to buy Daewon Ventures.",
     "2031-05-13"),
    # A sentence of the body in the present tells what holds on the news' day (a missing
    # date counts as a wrong one, and the gold dates such a sentence by the news).
    ("Drones are in demand. Hanul Robotics buys Daewon Ventures for $30 million.", WEDNESDAY),
])
def test_a_headline_is_the_days_news(extract_text, text, date):
    assert _qualifiers(extract_text, text, H, "acquires", D).get("date") == date


@pytest.mark.parametrize("text, date", [
    # A round dated by the sentence that tells of it: that day, not the day it is told ...
    ("Hanul Robotics raised $30 million in January. Minjin Capital led the round, the startup said on Tuesday.", "2031-01"),
    # ... unless the round is dated nowhere else, or the leading clause gives its own day.
    ("Hanul Robotics raised $30 million. Minjin Capital led the round, the startup said on Tuesday.", "2031-05-13"),
    ("Hanul Robotics raised $30 million in January. Minjin Capital led the round on Tuesday.", "2031-05-13"),
])
def test_a_rounds_day_is_not_the_day_it_is_told(extract_text, text, date):
    assert _qualifiers(extract_text, text, M, "invests_in", H).get("date") == date


@pytest.mark.parametrize("text, date", [
    # The days an event ran, told in a clause on its name, date taking part in it ...
    ("Hanul Robotics attended the Busan Drone Expo, which ran from May 5 to 7.", "2031-05-05/2031-05-07"),
    # ... but a clause on the name that tells of something else does not.
    ("Hanul Robotics attended the Busan Drone Expo, which drew 500 firms last year.", WEDNESDAY),
])
def test_the_days_an_event_ran_date_taking_part(extract_text, text, date):
    assert _qualifiers(extract_text, text, H, "participates_in", "Busan Drone Expo").get("date") == date


@pytest.mark.parametrize("investor, amount", [(M, 12e6), (D, 4e6)])
def test_sums_paired_respectively_with_investors(extract_text, investor, amount):
    text = "Minjin Capital and Daewon Ventures invested $12 million and $4 million, respectively, in Hanul Robotics."
    assert _qualifiers(extract_text, text, investor, "invests_in", H).get("amount") == amount


@pytest.mark.parametrize("text, date", [
    # A clause told as done is past whatever the clause above it plans ...
    ("The Busan Drone Expo, which opened in Busan on Monday, will run through Saturday.", "2031-05-12"),
    # ... and a plan agreed in the perfect is as one agreed in the past.
    ("Hanul Robotics has agreed to buy Daewon Ventures on Tuesday.", "2031-05-13"),
])
def test_days_of_clauses_told_as_done(extract_text, text, date):
    record = extract_text(text, published=WEDNESDAY)
    dates = {r["qualifiers"].get("date") for r in record["relations"] if r["predicate"] in ("event_held_at", "acquires")}
    assert dates == {date}


@pytest.mark.parametrize("text, date", [
    # A start and an end the clauses of the trigger give: the period, the end read forward.
    ("The Busan Drone Expo opened in Busan on Tuesday and runs until Sunday.", "2031-05-13/2031-05-18"),
    # An end of something else is not the event's.
    ("The Busan Drone Expo opened in Busan on Tuesday; tickets are sold until Sunday.", "2031-05-13"),
])
def test_an_event_that_runs_until_a_day(extract_text, text, date):
    assert _qualifiers(extract_text, text, "Busan Drone Expo", "event_held_at", "Busan").get("date") == date


@pytest.mark.parametrize("text, obj, date", [
    # "Later" counts from the last date before it, in its sentence or the one before.
    ("Hanul Robotics bought Daewon Ventures in 2027. Two years later, it bought Sora Labs.", "Sora Labs", "2029"),
    ("Hanul Robotics bought Daewon Ventures in March 2029 and bought Sora Labs six months later.", "Sora Labs", "2029-09"),
    # The earlier deal keeps its own date.
    ("Hanul Robotics bought Daewon Ventures in 2027. Two years later, it bought Sora Labs.", D, "2027"),
])
def test_a_date_counted_from_an_earlier_one(extract_text, text, obj, date):
    assert _qualifiers(extract_text, text, H, "acquires", obj).get("date") == date


def test_a_title_in_a_dated_clause_is_not_dated(extract_text):
    text = "Hanul Robotics raised $20 million in a round co-led by its chief executive Kim Min-ho."
    record = extract_text(text, published=WEDNESDAY)
    titles = [r for r in record["relations"] if r["predicate"] == "ceo_of"]
    assert titles and all("date" not in r["qualifiers"] for r in titles)
