"""Qualifiers of facts on short news items written here: which date, which money, which
stake and which round belong to the fact when a sentence gives several.

Each case names one fact and the qualifiers it must carry (None: must carry none). The
items are published on Wednesday 14 May 2031 unless the case says otherwise. A case whose
fact is not extracted at all fails too: a qualifier is only read on a fact.
"""

from __future__ import annotations

import pytest

WEDNESDAY = "2031-05-14"
A, P = "Arden Capital", "Pellston Robotics"

# (text, subject, predicate, object, expected qualifiers[, publication date])
DATES = [
    # The day, week, month or year the sentence gives the deal.
    ("Arden Capital acquired Pellston Robotics on Tuesday.", A, "acquires", P, {"date": "2031-05-13"}),
    ("Arden Capital acquired Pellston Robotics last week.", A, "acquires", P, {"date": "2031-05-05/2031-05-11"}),
    ("Arden Capital acquired Pellston Robotics earlier this month.", A, "acquires", P, {"date": "2031-05"}),
    ("Arden Capital acquired Pellston Robotics last month.", A, "acquires", P, {"date": "2031-04"}),
    ("Arden Capital acquired Pellston Robotics in March.", A, "acquires", P, {"date": "2031-03"}),
    ("Arden Capital acquired Pellston Robotics on March 3.", A, "acquires", P, {"date": "2031-03-03"}),
    ("Arden Capital acquired Pellston Robotics on 3 March 2024.", A, "acquires", P, {"date": "2024-03-03"}),
    ("Arden Capital acquired Pellston Robotics last year.", A, "acquires", P, {"date": "2030"}),
    ("Arden Capital acquired Pellston Robotics in late 2022.", A, "acquires", P, {"date": "2022"}),
    ("Arden Capital acquired Pellston Robotics in mid-2021.", A, "acquires", P, {"date": "2021"}),
    ("Arden Capital acquired Pellston Robotics a year ago.", A, "acquires", P, {"date": "2030"}),
    ("Arden Capital acquired Pellston Robotics yesterday.", A, "acquires", P, {"date": "2031-05-13"}),
    ("Arden Capital invested $5 million in Pellston Robotics last Thursday.", A, "invests_in", P, {"date": "2031-05-08"}),
    ("Arden Capital invested $5 million in Pellston Robotics earlier this week.", A, "invests_in", P,
     {"date": "2031-05-12/2031-05-18"}),
    ("Arden Capital has invested $5 million in Pellston Robotics, it said in a statement on Wednesday.", A, "invests_in", P,
     {"date": WEDNESDAY}),
    ("Arden Capital invested $5 million in Pellston Robotics on Jan 5.", A, "invests_in", P, {"date": "2031-01-05"}),
    ("Arden Capital completed its acquisition of Pellston Robotics in the first quarter.", A, "acquires", P,
     {"date": "2031-01/2031-03"}),
    ("Arden Capital invested in Pellston Robotics in the second half of 2023.", A, "invests_in", P, {"date": "2023-07/2023-12"}),
    # A deadline is no date of the deal: the plan is dated by the news that tells it (session
    # 20, by the corpus README: a date is the deal's); "in" a month is the deal's own.
    ("Arden Capital will acquire Pellston Robotics by the end of the year.", A, "acquires", P, {"date": WEDNESDAY}),
    ("Arden Capital will acquire Pellston Robotics at the end of the year.", A, "acquires", P, {"date": "2031-12"}),
    ("Arden Capital has invested in Pellston Robotics since 2019.", A, "invests_in", P, {"date": "2019"}),
    ("In 2029, Arden Capital acquired Pellston Robotics.", A, "acquires", P, {"date": "2029"}),
    # Said on a day: the day the news tells of.
    ("Arden Capital said on Monday it had acquired Pellston Robotics.", A, "acquires", P, {"date": "2031-05-12"}),
    ("Arden Capital said on Monday that it acquired Pellston Robotics for $40 million.", A, "acquires", P, {"date": "2031-05-12"}),
    # A plan's month before the news' month is next year's.
    ("Prime Minister Erna Holt will visit Japan in March.", "Erna Holt", "visits", "Japan", {"date": "2032-03"}),
    ("Arden Capital will acquire Pellston Robotics in the first quarter.", A, "acquires", P,
     {"date": "2032-01/2032-03"}),
    # A plan's day is to come, unless the plan is reported as made ("agreed to buy").
    ("Arden Capital said it will buy Pellston Robotics on Tuesday.", A, "acquires", P, {"date": "2031-05-20"}),
    ("Prime Minister Erna Holt is scheduled to visit Japan for three days from Sunday, a spokesman said on Friday.",
     "Erna Holt", "visits", "Japan", {"date": "2031-05-18/2031-05-20"}),
    # Not the date of another event of the sentence.
    ("Since its founding in 2015, Pellston Robotics has raised $50 million from Arden Capital.", A, "invests_in", P,
     {"date": WEDNESDAY}),
    ("Kim Min-ho founded Pellston Robotics in 2015.", P, "founded_by", "Kim Min-ho", {"date": "2015"}),
    ("Pellston Robotics was founded by Kim Min-ho in 2015 and acquired by Arden Capital in 2029.", A, "acquires", P,
     {"date": "2029"}),
    ("Arden Capital, founded in 2009, acquired Pellston Robotics last week.", A, "acquires", P, {"date": "2031-05-05/2031-05-11"}),
    ("Pellston Robotics, a startup set up in 2027, raised $5 million from Arden Capital on Monday.", A, "invests_in", P,
     {"date": "2031-05-12"}),
    ("Arden Capital, which bought Kestrel Mills in 2019, invested in Pellston Robotics on Tuesday.", A, "invests_in", P,
     {"date": "2031-05-13"}),
    ("Arden Capital acquired Pellston Robotics, which it first backed in 2019, in March.", A, "acquires", P, {"date": "2031-03"}),
    ("Arden Capital acquired Pellston Robotics, which opened its first plant in 2020.", A, "acquires", P, {"date": WEDNESDAY}),
    # A beginning in the sentence before dates nothing after it; a report's day does.
    ("Pellston Robotics was founded in 2015 in Oslo. Arden Capital has acquired the company.", A, "acquires", P,
     {"date": WEDNESDAY}),
    ("Pellston Robotics was set up in 2015 in Oslo. Arden Capital acquired Pellston Robotics, the firm said.", A, "acquires", P,
     {"date": WEDNESDAY}),
    ("Arden Capital acquired Pellston Robotics, the company said Jan. 12.", A, "acquires", P, {"date": "2031-01-12"}),
    ("Arden Capital announced the acquisition of Pellston Robotics on Tuesday.", A, "acquires", P, {"date": "2031-05-13"}),
    ("In a statement on Tuesday, Arden Capital said it had acquired Pellston Robotics.", A, "acquires", P, {"date": "2031-05-13"}),
    # The deal's own date, wherever the clause stands.
    ("Pellston Robotics, which Arden Capital acquired in 2029, opened a plant in Oslo on Tuesday.", A, "acquires", P,
     {"date": "2029"}),
    ("Arden Capital completed the acquisition of Pellston Robotics in the first quarter of 2030.", A, "acquires", P,
     {"date": "2030-01/2030-03"}),
    # A closing expected is no date of the deal, which the news dates (session 32).
    ("Arden Capital expects to complete the acquisition of Pellston Robotics in the first quarter of 2032.", A, "acquires", P,
     {"date": "2031-05-14"}),
    ("Arden Capital invested $10 million in Pellston Robotics in 2029, two years after the startup was founded.", A,
     "invests_in", P, {"date": "2029"}),
    # A round "led by" X takes the tense of the clause it is in.
    ("Pellston Robotics secured $20 million in Series A funding led by Arden Capital.", A, "invests_in", P,
     {"date": WEDNESDAY, "amount": 20e6, "round": "series-a"}),
    ("Pellston Robotics will close a $20 million Series A round led by Arden Capital.", A, "invests_in", P, {"date": None}),
    # A participle on the firm describes it: the main clause's money and date are not its.
    ("Pellston Robotics, backed by Arden Capital, raised $30 million last year.", A, "invests_in", P,
     {"date": None, "amount": None}),
    ("Pellston Robotics raised $50 million in a round led by Arden Capital last week.", A, "invests_in", P,
     {"date": "2031-05-05/2031-05-11", "amount": 50e6}),
    # Visits, appointments and holdings.
    ("Erna Holt, who visited Japan in 2029, will travel to China next month.", "Erna Holt", "visits", "Japan", {"date": "2029"}),
    ("Erna Holt, who visited Japan in 2029, will travel to China next month.", "Erna Holt", "visits", "China", {"date": "2031-06"}),
    ("Prime Minister Erna Holt will pay a state visit to Japan from June 3 to 5.", "Erna Holt", "visits", "Japan",
     {"date": "2031-06-03/2031-06-05"}),
    ("Prime Minister Erna Holt is visiting Japan this week.", "Erna Holt", "visits", "Japan", {"date": "2031-05-12/2031-05-18"}),
    ("Pellston Robotics named Kim Min-ho as chief executive on Monday.", "Kim Min-ho", "ceo_of", P, {"date": "2031-05-12"}),
    ("Kim Min-ho has been chief executive of Pellston Robotics since 2028.", "Kim Min-ho", "ceo_of", P, {"date": "2028"}),
    ("As of March 31, Arden Capital held a 12% stake in Pellston Robotics.", A, "holds_stake_in", P, {"date": "2031-03-31"}),
    # Trade figures of a period.
    ("China's exports to Germany rose 5% to $120 billion in 2030.", "China", "exports_to", "Germany",
     {"amount": 120e9, "currency": "USD", "date": "2030"}),
    ("Trade between China and Germany reached 245 billion euros last year.", "China", "trades_with", "Germany",
     {"amount": 245e9, "currency": "EUR", "date": "2030"}),
    ("In the first half, China's imports from Japan fell 3% to $80 billion.", "China", "imports_from", "Japan",
     {"amount": 80e9, "date": "2031-01/2031-06"}),
    # An undated deal told as done: the news' own day.
    ("Arden Capital has acquired Pellston Robotics.", A, "acquires", P, {"date": WEDNESDAY}),
    ("Arden Capital acquired Pellston Robotics, the company said.", A, "acquires", P, {"date": WEDNESDAY}),
    # Wire openings: the dateline dates nothing by itself, the weekday resolves against the news.
    ("SEOUL, May 14 (Yonhap) -- Arden Capital acquired Pellston Robotics on Tuesday.", A, "acquires", P, {"date": "2031-05-13"}),
    ("LONDON (Reuters) - Arden Capital agreed to buy Pellston Robotics for $2 billion on Tuesday.", A, "acquires", P,
     {"date": "2031-05-13"}),
    # The date in the sentence before, of the same story.
    ("On Tuesday, Arden Capital opened an office in Oslo. It also acquired Pellston Robotics.", A, "acquires", P,
     {"date": "2031-05-13"}),
    # Visits and appointments.
    ("Prime Minister Erna Holt will visit Japan next week.", "Erna Holt", "visits", "Japan", {"date": "2031-05-19/2031-05-25"}),
    ("Prime Minister Erna Holt visited Japan from May 5 to May 7.", "Erna Holt", "visits", "Japan", {"date": "2031-05-05/2031-05-07"}),
    ("President Erna Holt left for Japan on Sunday for a five-day state visit.", "Erna Holt", "visits", "Japan",
     {"date": "2031-05-11/2031-05-15"}),
    ("President Erna Holt arrived in Tokyo on Monday on a three-day visit, her first since taking office in 2029.",
     "Erna Holt", "visits", "Tokyo", {"date": "2031-05-12/2031-05-14"}),
    ("President Erna Holt will visit Japan on May 20-22.", "Erna Holt", "visits", "Japan", {"date": "2031-05-20/2031-05-22"}),
    ("President Erna Holt visited Japan last month, the first visit by a Norwegian leader since 2015.", "Erna Holt", "visits",
     "Japan", {"date": "2031-04"}),
    ("Prime Minister Erna Holt arrived in Japan on Sunday for a three-day visit.", "Erna Holt", "visits", "Japan",
     {"date": "2031-05-11/2031-05-13"}),
]

MONEY = [
    ("Arden Capital invested $1.2bn in Pellston Robotics.", 1.2e9, "USD"),
    ("Arden Capital invested US$1.2 billion in Pellston Robotics.", 1.2e9, "USD"),
    ("Arden Capital invested 1.2 billion yuan ($170 million) in Pellston Robotics.", 1.2e9, "CNY"),
    ("Arden Capital invested RMB 300m in Pellston Robotics.", 300e6, "CNY"),
    ("Arden Capital invested 300 million renminbi in Pellston Robotics.", 300e6, "CNY"),
    ("Arden Capital invested ₩1.5 trillion in Pellston Robotics.", 1.5e12, "KRW"),
    ("Arden Capital invested 1.5 trillion won in Pellston Robotics.", 1.5e12, "KRW"),
    ("Arden Capital invested KRW1.5tn in Pellston Robotics.", 1.5e12, "KRW"),
    ("Arden Capital invested ¥6.8 billion in Pellston Robotics.", 6.8e9, "JPY"),
    ("Arden Capital invested 6.8 billion yen in Pellston Robotics.", 6.8e9, "JPY"),
    ("Arden Capital invested €40m in Pellston Robotics.", 40e6, "EUR"),
    ("Arden Capital invested £2.5bn in Pellston Robotics.", 2.5e9, "GBP"),
    ("Arden Capital invested HK$3.2 billion in Pellston Robotics.", 3.2e9, "HKD"),
    ("Arden Capital invested S$500 million in Pellston Robotics.", 500e6, "SGD"),
    ("Arden Capital invested NT$1.1 billion in Pellston Robotics.", 1.1e9, "TWD"),
    ("Arden Capital invested A$2 billion in Pellston Robotics.", 2e9, "AUD"),
    ("Arden Capital invested C$900 million in Pellston Robotics.", 900e6, "CAD"),
    ("Arden Capital invested Rs 500 crore in Pellston Robotics.", 5e9, "INR"),
    ("Arden Capital invested 1,200 crore rupees in Pellston Robotics.", 12e9, "INR"),
    ("Arden Capital invested Rs 50 lakh in Pellston Robotics.", 5e6, "INR"),
    ("Arden Capital invested Rs 1.5 lakh crore in Pellston Robotics.", 1.5e12, "INR"),
    ("Arden Capital invested 500 crore in Pellston Robotics.", 5e9, "INR"),
    ("Arden Capital invested $5-million in Pellston Robotics.", 5e6, "USD"),
    ("Arden Capital invested $20 million-plus in Pellston Robotics.", 20e6, "USD"),
    ("Arden Capital invested about $5 million in Pellston Robotics.", 5e6, "USD"),
    ("Arden Capital invested nearly $5 million in Pellston Robotics.", 5e6, "USD"),
    ("Arden Capital invested more than $5 million in Pellston Robotics.", 5e6, "USD"),
    ("Arden Capital invested 5 million U.S. dollars in Pellston Robotics.", 5e6, "USD"),
    ("Arden Capital invested USD 5 million in Pellston Robotics.", 5e6, "USD"),
    ("Arden Capital invested 40 million euros in Pellston Robotics.", 40e6, "EUR"),
    # A range: its lower end, the least the text says was put in.
    ("Arden Capital will invest $10-20 million in Pellston Robotics.", 10e6, "USD"),
    pytest.param("Arden Capital will invest between $10 million and $20 million in Pellston Robotics.", 10e6, "USD",
                 marks=pytest.mark.xfail(strict=True, reason="relation: no invests_in read past 'between ... and ...'")),
]

WHICH_MONEY = [
    # The money of the deal, not a valuation nor another figure of the sentence.
    ("Arden Capital invested $20 million in Pellston Robotics, valuing the company at $1 billion.", A, "invests_in", P,
     {"amount": 20e6, "currency": "USD"}),
    ("Arden Capital invested in Pellston Robotics at a $1 billion valuation.", A, "invests_in", P, {"amount": None}),
    ("Arden Capital acquired Pellston Robotics, which had sales of $30 million last year.", A, "acquires", P, {"amount": None}),
    ("Arden Capital acquired Pellston Robotics for $300 million in cash.", A, "acquires", P, {"amount": 300e6, "currency": "USD"}),
    # A participle on the deal noun speaks of the deal; one on the firm does not.
    ("Arden Capital acquired Pellston Robotics in a cash-and-stock deal valued at about $300 million.", A, "acquires", P,
     {"amount": 300e6}),
    ("Arden Capital acquired Pellston Robotics in a deal worth $300 million.", A, "acquires", P, {"amount": 300e6}),
    ("Arden Capital acquired Pellston Robotics, which was valued at $300 million.", A, "acquires", P, {"amount": None}),
    # One investor's part of a round, where the text gives it, else the round's total.
    ("Pellston Robotics raised $50 million in a round led by Arden Capital, which put in $20 million.", A, "invests_in", P,
     {"amount": 20e6}),
    ("Pellston Robotics raised $50 million in a round led by Arden Capital.", A, "invests_in", P, {"amount": 50e6}),
    # ... but not all an investor ever put in, nor what it manages.
    ("Pellston Robotics raised $50 million in a round led by Arden Capital, which has invested $2 billion since 2010.",
     A, "invests_in", P, {"amount": 50e6}),
    ("Pellston Robotics raised $50 million in a round led by Arden Capital, which manages $2 billion.", A, "invests_in", P,
     {"amount": 50e6}),
    ("Arden Capital led a $50 million round in Pellston Robotics.", A, "invests_in", P, {"amount": 50e6, "currency": "USD"}),
    pytest.param("Arden Capital contributed $20 million of the $50 million round in Pellston Robotics.", A, "invests_in", P,
                 {"amount": 20e6}, marks=pytest.mark.xfail(strict=True, reason="relation: 'contributed ... of the round in X' is no invests_in")),
    # The money of the round the sentence before tells of, by its stage, its noun or its verb.
    ("Pellston Robotics said on Monday it had raised $50 million. The round was led by Arden Capital.", A, "invests_in", P,
     {"amount": 50e6}),
    ("Pellston Robotics spent $50 million on a plant. The round was led by Arden Capital.", A, "invests_in", P, {"amount": None}),
    # ... and its day, across a paragraph break, but not a founding date. Those who join a
    # round another leads take its day and, no part of theirs told, its sum (the gold's way).
    ("Pellston Robotics said on Monday it had raised $50 million.\n\nThe company plans to use the money to expand in Asia. "
     "Arden Capital led the round, with Kestrel Partners joining.", "Kestrel Partners", "invests_in", P,
     {"amount": 50e6, "date": "2031-05-12"}),
    ("Pellston Robotics, founded in 2015, raised $50 million.\n\nArden Capital led the round.", A, "invests_in", P,
     {"amount": 50e6, "date": WEDNESDAY}),
    ("Pellston Robotics has raised $50 million in a Series B round. Arden Capital led the round, with participation from "
     "Kestrel Partners.", "Kestrel Partners", "invests_in", P, {"amount": 50e6, "round": "series-b"}),
    # A headline's dollar figure gives way to the body's local amount with that figure beside it.
    ("Arden Capital to buy Pellston Robotics for $2 billion\n\nSEOUL, May 13 (Yonhap) -- Arden Capital said on Tuesday "
     "it had agreed to buy Pellston Robotics for 2.6 trillion won ($2 billion).", A, "acquires", P,
     {"amount": 2.6e12, "currency": "KRW", "amount_usd": 2e9, "date": "2031-05-13"}),
    # The local currency first, the dollar figure beside it.
    ("Arden Capital acquired Pellston Robotics for 1.5 trillion won ($1.1 billion).", A, "acquires", P,
     {"amount": 1.5e12, "currency": "KRW", "amount_usd": 1.1e9}),
]

STAKES = [
    ("Arden Capital bought a 4.5% stake in Pellston Robotics.", 4.5),
    ("Arden Capital bought a 4.5 percent stake in Pellston Robotics.", 4.5),
    ("Arden Capital bought a 51-percent stake in Pellston Robotics.", 51.0),
    ("Arden Capital bought a 10 per cent stake in Pellston Robotics.", 10.0),
    ("Arden Capital bought a 4.5pc stake in Pellston Robotics.", 4.5),
    ("Arden Capital owns 12.5% of Pellston Robotics.", 12.5),
    ("Arden Capital holds a 12.5 percent stake in Pellston Robotics.", 12.5),
    ("Arden Capital raised its stake in Pellston Robotics to 30%.", 30.0),
    ("Arden Capital raised its stake in Pellston Robotics from 10% to 15%.", 15.0),
    ("Arden Capital increased its holding in Pellston Robotics to 30 percent from 25 percent.", 30.0),
    ("Arden Capital bought a majority stake in Pellston Robotics.", None),
    # The stake an investment buys, on the holding it implies.
    ("Arden Capital invested $100 million in Pellston Robotics for a 4.5 percent stake.", 4.5),
    ("Arden Capital will invest $100 million in Pellston Robotics in exchange for a 4.5% stake.", 4.5),
    ("Arden Capital invested $100 million in Pellston Robotics, which holds a 20% stake.", None),
    ("Arden Capital invested $100 million in Pellston Robotics, whose sales rose 20%.", None),
    ("Arden Capital became the largest shareholder of Pellston Robotics with a 30.5% stake.", 30.5),
    ("Arden Capital's 30% stake in Pellston Robotics is worth $90 million.", 30.0),
    ("Arden Capital owns 12.5 percent of Pellston Robotics' shares.", 12.5),
    ("Arden Capital will take a 30 per cent stake in Pellston Robotics through a $300 million share issue.", 30.0),
    ("Arden Capital raised its stake in Pellston Robotics by 5% to 25%.", 25.0),
]


def _fact(record: dict, subject: str, predicate: str, obj: str) -> dict | None:
    found = [r for r in record["relations"]
             if (r["subject"], r["predicate"], r["object"]) == (subject, predicate, obj) and not r.get("candidate")]
    return found[0] if found else None


def _check(extract_text, text: str, subject: str, predicate: str, obj: str, expected: dict, published=WEDNESDAY) -> None:
    fact = _fact(extract_text(text, published=published), subject, predicate, obj)
    assert fact is not None, f"no fact {subject} {predicate} {obj}"
    got = {key: fact["qualifiers"].get(key) for key in expected}
    assert got == expected


@pytest.mark.parametrize("text, subject, predicate, obj, expected", DATES)
def test_the_date_of_the_fact(extract_text, text, subject, predicate, obj, expected):
    _check(extract_text, text, subject, predicate, obj, expected)


@pytest.mark.parametrize("text, amount, currency", MONEY)
def test_money_as_news_writes_it(extract_text, text, amount, currency):
    _check(extract_text, text, A, "invests_in", P, {"amount": amount, "currency": currency})


@pytest.mark.parametrize("text, subject, predicate, obj, expected", WHICH_MONEY)
def test_which_money_is_the_deals(extract_text, text, subject, predicate, obj, expected):
    _check(extract_text, text, subject, predicate, obj, expected)


@pytest.mark.parametrize("text, stake", STAKES)
def test_stakes(extract_text, text, stake):
    record = extract_text(text, published=WEDNESDAY)
    facts = [r for r in record["relations"] if (r["subject"], r["object"]) == (A, P)
             and r["predicate"] in ("holds_stake_in", "acquires") and not r.get("candidate")]
    assert facts, f"no stake fact in {[(r['subject'], r['predicate'], r['object']) for r in record['relations']]}"
    assert {r["qualifiers"].get("stake_percent") for r in facts} == {stake}
