"""Qualifiers of session 11: wire datelines, clauses of another time, fiscal years as
Indian and Japanese news writes them, and statements of two events of one fact. Sentences
written here; the news is published on Wednesday 14 May 2031 unless a case says otherwise.
"""

from __future__ import annotations

import pytest

from extract_support import fact_qualifiers

from kg.extract.dates import resolve_date
from kg.extract.qualifiers import merge_qualifiers

WEDNESDAY = "2031-05-14"
H, D, M = "Hanul Robotics", "Daewon Ventures", "Minjin Capital"


def _qualifiers(extract_text, text: str, subject: str, predicate: str, obj: str) -> dict:
    return fact_qualifiers(extract_text(text, published=WEDNESDAY), subject, predicate, obj)


@pytest.mark.parametrize("text, subject, predicate, obj, date", [
    # The dateline's day is the telling's; the parser may hang it on the lead's verb.
    ("Robot makers gain\n\nBUSAN, May 12 (Hanul News) -- Japan's shipments to China dropped 4% in April to 900 billion yen, "
     "officials said.", "Japan", "exports_to", "China", "2031-04"),
    ("Daewon plans visit\n\nDAEJEON, May 12 -- President Mira Sohn of Korea will make a state visit to Vietnam from June 2 to 4, "
     "her office said on Monday.", "Mira Sohn", "visits", "Vietnam", "2031-06-02/2031-06-04"),
])
def test_a_datelines_day_dates_no_event_of_its_sentence(extract_text, text, subject, predicate, obj, date):
    assert _qualifiers(extract_text, text, subject, predicate, obj).get("date") == date


def test_a_dateline_is_the_news_day_when_the_text_has_no_other():
    from kg.extract.documents import Document
    from kg.extract.pipeline import Extractor
    from kg.ontology import load_ontology

    record = Extractor(load_ontology()).extract(Document(
        id="t", text="INCHEON, March 3 (Hanul Wire) -- Daewon Ventures has taken over Hanul Robotics.", path=None,
        publication_date="2031"))
    facts = [r for r in record["relations"] if r["predicate"] == "acquires"]
    assert facts and facts[0]["qualifiers"].get("date") == "2031-03-03"


@pytest.mark.parametrize("text, subject, predicate, obj, expected", [
    # An event "since", "after" or "before" another, with its own subject: not the main
    # clause's money, nor its day, nor the news' day.
    ("Daewon Ventures agreed to buy Hanul Robotics for 800 billion won, its biggest purchase since Sora Partners took over "
     "Minjin Capital.", "Sora Partners", "acquires", M, {"amount": None, "date": None}),
    ("Daewon Ventures bought Hanul Robotics on Monday, three years after Sora Partners took over Minjin Capital.",
     "Sora Partners", "acquires", M, {"date": None}),
    ("Daewon Ventures agreed to buy Hanul Robotics for 800 billion won, its biggest purchase since it took over "
     "Minjin Capital.", D, "acquires", H, {"amount": 800e9, "date": WEDNESDAY}),
    # A clause beside the main one ("while ...") shares its period.
    ("Vietnam's exports to Japan rose 5% to $2 billion in the first quarter, while its imports from Japan fell 2% to "
     "$1 billion.", "Vietnam", "imports_from", "Japan", {"date": "2031-01/2031-03"}),
])
def test_a_clause_of_another_time(extract_text, text, subject, predicate, obj, expected):
    got = _qualifiers(extract_text, text, subject, predicate, obj)
    assert {key: got.get(key) for key in expected} == expected


def test_a_past_tense_the_tagger_took_for_a_participle_is_told_as_done(extract_text):
    text = "Minjin Capital, which backed Hanul Robotics in 2027, also put in $3 million."
    assert _qualifiers(extract_text, "Minjin Capital also put $3 million into Hanul Robotics.", M, "invests_in", H).get("date") \
        == WEDNESDAY
    assert _qualifiers(extract_text, text, M, "invests_in", H).get("date") in ("2027", WEDNESDAY)


@pytest.mark.parametrize("phrase, expected", [
    ("FY25", "2024-04/2025-03"),
    ("FY'25", "2024-04/2025-03"),
    ("FY24-25", "2024-04/2025-03"),
    ("financial year 2024-25", "2024-04/2025-03"),
    ("the 2024/25 financial year", "2024-04/2025-03"),
    ("2029/30", "2029-04/2030-03"),
    ("2029-30", "2029/2030"),  # a dash alone does not say fiscal
    ("Q3 FY25", "2024-10/2024-12"),
    ("Q1FY26", "2025-04/2025-06"),
    ("FY26 Q4", "2026-01/2026-03"),
    ("H1 FY25", "2024-04/2024-09"),
    ("the first quarter of fiscal 2029", "2029-01/2029-03"),
    ("the June quarter", "2031-04/2031-06"),
    ("the December quarter of 2030", "2030-10/2030-12"),
    ("as of end-March", "2031-03"),
    ("as of the end of 2030", "2030-12"),
])
def test_fiscal_years_and_quarters(phrase, expected):
    assert resolve_date(phrase, WEDNESDAY) == expected


def test_a_year_the_words_after_it_call_fiscal(extract_text):
    text = "Vietnam's imports from China climbed 9% to $40 billion in the 2029-30 fiscal year, data showed."
    assert _qualifiers(extract_text, text, "Vietnam", "imports_from", "China").get("date") == "2029-04/2030-03"


def test_statements_of_two_events_are_not_mixed():
    later = {"amount": 6e6, "currency": "USD", "round": "seed", "date": "2029"}
    merge_qualifiers(later, {"amount": 4e7, "currency": "USD", "round": "series-b", "date": "2031-05-13"})
    assert later == {"amount": 4e7, "currency": "USD", "round": "series-b", "date": "2031-05-13"}
    first = {"amount": 4e7, "currency": "USD", "round": "series-b"}
    merge_qualifiers(first, {"amount": 6e6, "currency": "USD", "round": "seed", "date": "2029", "role": "lead"})
    assert first == {"amount": 4e7, "currency": "USD", "round": "series-b"}
    # One event told twice: the day joins the money.
    same = {"amount": 4e7, "currency": "USD"}
    merge_qualifiers(same, {"amount": 4e7, "currency": "USD", "date": "2031-05-13"})
    assert same == {"amount": 4e7, "currency": "USD", "date": "2031-05-13"}


@pytest.mark.parametrize("text, date", [
    # The day the sentence names its source with dates a deal told as done and dated nowhere else.
    ("Minjin Capital has taken over Hanul Robotics, according to a stock exchange filing on Monday.", "2031-05-12"),
    ("Minjin Capital has taken over Hanul Robotics, a disclosure showed on Monday.", "2031-05-12"),
    ("According to a notice published on Monday, Minjin Capital has taken over Hanul Robotics.", "2031-05-12"),
    # Its own day first.
    ("Minjin Capital took over Hanul Robotics in March, according to a filing on Monday.", "2031-03"),
])
def test_the_day_a_source_is_named_with(extract_text, text, date):
    assert _qualifiers(extract_text, text, M, "acquires", H).get("date") == date


@pytest.mark.parametrize("text, subject, predicate, obj, date", [
    # The last day of a named event leaves its first unsaid: the month.
    ("Daewon Ventures took part in the Gwangju Robot Fair, which closes Sunday.", D, "participates_in",
     "Gwangju Robot Fair", "2031-05"),
    ("Daewon Ventures exhibited at the Gwangju Robot Fair, which runs until Sunday.", D, "participates_in",
     "Gwangju Robot Fair", "2031-05"),
    # Its days, where the text gives both ends.
    ("Daewon Ventures took part in the Gwangju Robot Fair, which opened on Monday and runs until Thursday.", D,
     "participates_in", "Gwangju Robot Fair", "2031-05-12/2031-05-15"),
])
def test_the_days_of_an_event_that_closes(extract_text, text, subject, predicate, obj, date):
    assert _qualifiers(extract_text, text, subject, predicate, obj).get("date") == date


def test_a_deal_that_closed_keeps_its_day(extract_text):
    text = "Minjin Capital took over Hanul Robotics on Monday, closing the deal a month early."
    assert _qualifiers(extract_text, text, M, "acquires", H).get("date") == "2031-05-12"


@pytest.mark.parametrize("text, predicate, amount", [
    # The money on the noun that names the deal, not the total of the clause above it.
    ("Hanul Robotics has raised $90 million so far, including a $30 million round led by Daewon Ventures.", "invests_in",
     30e6),
    ("Hanul Robotics, which has raised $90 million so far, said its $30 million Series B was led by Daewon Ventures.",
     "invests_in", 30e6),
    # A value paid for the firm is the deal's price; one it is valued at is not.
    ("Daewon Ventures bought Hanul Robotics for an equity value of $400 million.", "acquires", 400e6),
    ("Daewon Ventures put $40 million into Hanul Robotics at a post-money valuation of $400 million.", "invests_in", 40e6),
])
def test_which_money_names_the_deal(extract_text, text, predicate, amount):
    assert _qualifiers(extract_text, text, D, predicate, H).get("amount") == amount


@pytest.mark.parametrize("text, date", [
    ("Hanul Robotics will take part in the Gwangju Robot Fair, scheduled for June 3-6.", "2031-06-03/2031-06-06"),
    ("Hanul Robotics will take part in the Gwangju Robot Fair, planned for June.", "2031-06"),
])
def test_the_days_an_event_is_scheduled_for(extract_text, text, date):
    assert _qualifiers(extract_text, text, H, "participates_in", "Gwangju Robot Fair").get("date") == date


def test_a_price_paid_in_another_sentence(extract_text):
    text = "Minjin Capital has agreed to take over Hanul Robotics. Minjin will pay $250 million in cash for the company."
    got = _qualifiers(extract_text, text, M, "acquires", H)
    assert (got.get("amount"), got.get("currency")) == (250e6, "USD")


@pytest.mark.parametrize("text, stake", [
    ("Hanul Robotics is a wholly owned subsidiary of Daewon Ventures.", 100.0),
    ("Hanul Robotics is a fully owned subsidiary of Daewon Ventures.", 100.0),
    ("Hanul Robotics is a subsidiary of Daewon Ventures.", None),
])
def test_a_wholly_owned_subsidiary(extract_text, text, stake):
    assert _qualifiers(extract_text, text, H, "subsidiary_of", D).get("stake_percent") == stake


@pytest.mark.parametrize("text, subject, predicate, obj, date", [
    # A purpose's date is not the deal's.
    ("Hanul Robotics and Daewon Ventures signed a memorandum of understanding to open a plant in Ulsan by 2034.", H,
     "partners_with", D, WEDNESDAY),
    ("Minjin Capital took over Hanul Robotics to speed up its entry into Japan by 2033.", M, "acquires", H, WEDNESDAY),
    # ... unless the purpose is the deal.
    ("Minjin Capital paid $90 million on Monday to take over Hanul Robotics.", M, "acquires", H, "2031-05-12"),
])
def test_a_purposes_date(extract_text, text, subject, predicate, obj, date):
    assert _qualifiers(extract_text, text, subject, predicate, obj).get("date") == date


def test_a_later_statement_of_another_deal_does_not_date_the_first(extract_text):
    # The first round is told as done without a day of its own; the second sentence is an
    # earlier, smaller deal between the same two firms, with its own month.
    text = (f"{D} invested $45 million in {H} in a Series B round. "
            f"{D} had first invested $20 million in {H} in March 2029 in a Series A round.")
    qualifiers = _qualifiers(extract_text, text, D, "invests_in", H)
    assert qualifiers.get("date") != "2029-03"
    assert qualifiers.get("amount") == 45_000_000
