"""Qualifiers as real news gives them (session 16: dates and money told in another sentence
of the same deal), on sentences invented here, each beside a sentence of the same shape
that must not be read so."""

from __future__ import annotations

import pytest


def facts(record) -> dict[tuple[str, str, str], dict]:
    return {(r["subject"], r["predicate"], r["object"]): r for r in record["relations"] if not r.get("candidate")}


def qualifiers_of(record, subject: str, predicate: str, obj: str) -> dict:
    return facts(record)[(subject, predicate, obj)]["qualifiers"]


# The round a sentence refers back to ("led the round") takes its money and day from the
# sentences before that tell of it, past one that only names it.
def test_a_round_referred_to_takes_money_and_day_from_the_sentences_before(extract_text):
    record = extract_text(
        "Hanul Robotics raised 40 million euros in a funding round.\n\n"
        "The round, which was announced by the company on Monday, values Hanul Robotics at 900 million euros. "
        "Hanul Robotics gave little detail about the round. "
        "Local media reported that Daewon Ventures led the round.", "2031-05-14")
    found = qualifiers_of(record, "Daewon Ventures", "invests_in", "Hanul Robotics")
    assert (found.get("amount"), found.get("currency"), found.get("date")) == (40_000_000, "EUR", "2031-05-12")


def test_investors_listed_after_the_lead_take_the_rounds_day(extract_text):
    record = extract_text("Hanul Robotics raised $20 million in March. Daewon Ventures led the round. "
                          "Other investors in the round included Minjin Capital and Sora Partners.", "2031-05-14")
    for investor in ("Daewon Ventures", "Minjin Capital"):
        assert qualifiers_of(record, investor, "invests_in", "Hanul Robotics").get("date") == "2031-03"


def test_a_sentence_of_another_stage_ends_the_search(extract_text):
    # The Series A of last year is another round than the one Daewon led.
    record = extract_text("Hanul Robotics raised $8 million in a Series A round last year. "
                          "It said on Monday it had closed a Series B round. Daewon Ventures led the round.", "2031-05-14")
    found = qualifiers_of(record, "Daewon Ventures", "invests_in", "Hanul Robotics")
    assert found.get("amount") != 8_000_000 and found.get("date") != "2030"


@pytest.mark.parametrize("text, amount", [
    # The firm valued in the active voice: no deal's money, however the parser takes its object.
    ("Daewon Ventures led a round in Hanul Robotics that values Hanul Robotics at $900 million.", None),
    ("Daewon Ventures led a round in Hanul Robotics, valuing the company at $900 million.", None),
    # The deal valued in the passive: its money.
    ("Daewon Ventures agreed to buy Hanul Robotics in a deal valued at $900 million.", 900_000_000),
])
def test_money_the_firm_is_valued_at_is_no_deals(extract_text, text, amount):
    record = extract_text(text)
    found = [r["qualifiers"] for r in record["relations"] if r["subject"] == "Daewon Ventures" and r["object"] == "Hanul Robotics"
             and not r.get("candidate") and not r.get("implied")]
    assert found and all(q.get("amount") == amount for q in found)


@pytest.mark.parametrize("phrase, published, expected", [
    ("Earlier in 2018", "2022-06-01", "2018"),
    ("later in March", "2022-06-01", "2022-03"),
    ("back in 2019", "2022-06-01", "2019"),
    ("earlier in the year", "2022-06-01", "2022"),
    ("as early as next year", "2022-06-01", "2023"),
    # An opener before no date phrase leaves nothing to read.
    ("earlier", "2022-06-01", None),
    ("late in the day", "2022-06-01", None),
])
def test_a_word_opening_a_date_moves_it_nowhere(phrase, published, expected):
    from kg.extract.dates import resolve_date

    assert resolve_date(phrase, published) == expected


@pytest.mark.parametrize("text, date", [
    ("Earlier in 2028, Daewon Chemical established a cathode plant in China in partnership with Hanul Cobalt.", "2028"),
    # The year of another firm's founding dates no partnership of the main clause.
    ("Daewon Chemical, which was established in 2015, signed a partnership with Hanul Cobalt.", "2031-05-14"),
])
def test_a_partnership_told_on_a_verb_of_beginning_takes_its_year(extract_text, text, date):
    record = extract_text(text, "2031-05-14")
    assert qualifiers_of(record, "Daewon Chemical", "partners_with", "Hanul Cobalt").get("date") == date


@pytest.mark.parametrize("text, date", [
    ("The move comes almost a year after Daewon Group acquired Hanul Robotics.", "2030"),
    ("The investment comes two months after Daewon Group took a 10% stake in Hanul Robotics.", "2031-03"),
    # Told in the past, the main clause is no longer the news' time: the length counts from
    # a day the text does not give.
    ("The investment came two years after Daewon Group acquired Hanul Robotics.", None),
])
def test_a_length_between_an_event_and_the_news_dates_the_event(extract_text, text, date):
    found = [r["qualifiers"].get("date") for r in extract_text(text, "2031-05-14")["relations"]
             if r["subject"] == "Daewon Group" and r["object"] == "Hanul Robotics" and not r.get("implied")]
    assert found and set(found) == {date}


@pytest.mark.parametrize("text, date", [
    ("Daewon Group has acquired Hanul Robotics. The deal was completed on May 6.", "2031-05-06"),
    ("Daewon Ventures has invested in Hanul Robotics. The investment was made in February, the company said.", "2031-02"),
    ("Daewon Group has acquired Hanul Robotics. The transaction, valued at $300 million, closed in March.", "2031-03"),
    # What is to come, and the day of the telling, date no deal done.
    ("Daewon Group has agreed to acquire Hanul Robotics. The deal is expected to close in June.", "2031-05-14"),
    ("Daewon Group has acquired Hanul Robotics. The deal was announced on Monday.", "2031-05-14"),
    # A deal the text dates itself keeps its date.
    ("Daewon Group acquired Hanul Robotics in 2029. The deal was completed on May 6.", "2029"),
])
def test_a_later_sentence_on_the_deal_gives_its_day(extract_text, text, date):
    record = extract_text(text, "2031-05-14")
    assert qualifiers_of(record, *next((r["subject"], r["predicate"], r["object"]) for r in record["relations"]
                                       if r["object"] == "Hanul Robotics" and not r.get("implied"))).get("date") == date


@pytest.mark.parametrize("phrase, expected", [
    ("this morning", "2031-05-14"),
    ("March, 2029", "2029-03"),
    ("later in the month", "2031-05"),
    # An opener before a unit of the news' own time keeps that unit.
    ("earlier in the week", "2031-05-12/2031-05-18"),
])
def test_more_date_phrases_as_news_writes_them(phrase, expected):
    from kg.extract.dates import resolve_date

    assert resolve_date(phrase, "2031-05-14") == expected


@pytest.mark.parametrize("text, date", [
    ("Daewon Group acquired Hanul Robotics on March 5. The same day, Minjin Capital invested $5 million in Sora Partners.",
     "2031-03-05"),
    ("Daewon Group acquired Hanul Robotics on March 5. A day earlier, Minjin Capital had invested $5 million in Sora Partners.",
     "2031-03-04"),
    # A date a figure is compared with dates nothing ("from a year earlier").
    ("Daewon Group acquired Hanul Robotics on March 5. Minjin Capital invested $5 million in Sora Partners, up from a year earlier.",
     "2031-05-14"),
])
def test_a_day_counted_from_the_date_before_dates_the_deal(extract_text, text, date):
    record = extract_text(text, "2031-05-14")
    assert qualifiers_of(record, "Minjin Capital", "invests_in", "Sora Partners").get("date") == date


def test_a_year_earlier_compared_with_is_no_trade_periods_date(extract_text):
    record = extract_text("Chile's exports to Vietnam fell 14.5 percent to $1.5 billion in March from a year earlier.", "2031-05-14")
    found = [r["qualifiers"].get("date") for r in record["relations"] if r["predicate"] == "exports_to"]
    assert found and set(found) == {"2031-03"}
