"""Qualifiers across the sentences of short invented wire stories (session 40): the day of a
round its lead is named in a later sentence, the money of a partnership,
a deadline that dates no partnership, a deal's day not taken from another deal the sentence
compares it with, a plan told "now" after a past deal, and a deed dated by the "when" clause
of its beginning. Each beside a near story where the qualifier must not be so."""

from __future__ import annotations

import pytest
from extract_support import fact_qualifiers

NEWS_DAY = "2025-05-20"


@pytest.mark.parametrize(("text", "fact", "date"), [
    # The round's lead named in the next sentence, in the passive: the day of the round.
    ("Kestrel Robotics, a Berlin-based startup, has raised $45 million in a Series B round. "
     "The round was led by Harbor Ventures.", ("Harbor Ventures", "invests_in", "Kestrel Robotics"), NEWS_DAY),
    # ... with other investors dated in the first sentence: the lead takes the same day.
    ("Kestrel Robotics has raised $45 million in a Series B round. The round was led by Harbor Ventures. "
     "Northgate Capital and Lumen Partners also took part.", ("Harbor Ventures", "invests_in", "Kestrel Robotics"), NEWS_DAY),
    # A round of its own past month keeps that month.
    ("Kestrel Robotics raised $45 million in March. The round was led by Harbor Ventures.",
     ("Harbor Ventures", "invests_in", "Kestrel Robotics"), "2025-03"),
])
def test_a_rounds_lead_named_after_it_takes_the_rounds_day(extract_text, text, fact, date):
    assert fact_qualifiers(extract_text(text, NEWS_DAY), *fact).get("date") == date


def test_a_partnership_takes_its_money(extract_text):
    text = "Harland Fund and Beaumont Bank agreed on Saturday to extend their co-investment partnership by an additional 3 billion euros."
    q = fact_qualifiers(extract_text(text, "2025-06-02"), "Harland Fund", "partners_with", "Beaumont Bank")
    assert (q.get("amount"), q.get("currency"), q.get("date")) == (3e9, "EUR", "2025-05-31")
    # A partnership told with no money keeps none.
    q = fact_qualifiers(extract_text("Harland Fund agreed on Saturday to partner with Beaumont Bank.", "2025-06-02"),
                        "Harland Fund", "partners_with", "Beaumont Bank")
    assert "amount" not in q and q.get("date") == "2025-05-31"


def test_a_plans_deadline_dates_no_partnership(extract_text):
    text = ("Tarsen Motors said on Tuesday it will set up a joint venture with Quillon Energy in Korea. "
            "Both companies plan to invest about 300 billion won in the venture by 2027.")
    q = fact_qualifiers(extract_text(text, "2025-06-04"), "Tarsen Motors", "partners_with", "Quillon Energy")
    assert (q.get("amount"), q.get("currency"), q.get("date")) == (3e11, "KRW", "2025-06-03")


@pytest.mark.parametrize(("text", "date"), [
    # The year of the deal compared with is that deal's, not today's.
    ("Dastrel Group has agreed to buy Venmark Foods for $1.1 billion. The deal, announced on Monday, is Dastrel's "
     "largest since its purchase of Orlin Dairy in 2019.", "2025-09-03"),
    # "since" with the date itself bounds the clause's own period: not another deal's.
    ("Dastrel Group has agreed to buy Venmark Foods for $1.1 billion. The deal was completed on Tuesday.", "2025-09-02"),
])
def test_a_date_of_the_deal_compared_with_is_not_the_deals(extract_text, text, date):
    q = fact_qualifiers(extract_text(text, "2025-09-03"), "Dastrel Group", "acquires", "Venmark Foods")
    assert (q.get("amount"), q.get("date")) == (1.1e9, date)


def test_a_plan_told_now_takes_no_past_deals_year(extract_text):
    text = ("Venmark Foods was acquired by Dastrel Group in 2021. Dastrel now plans to sell a 40% stake in Venmark "
            "to Kalla Capital for $500 million.")
    record = extract_text(text, "2025-09-03")
    assert fact_qualifiers(record, "Dastrel Group", "acquires", "Venmark Foods").get("date") == "2021"
    assert fact_qualifiers(record, "Kalla Capital", "holds_stake_in", "Venmark Foods").get("date") == "2025-09-03"
    # Without "now", the sentence after the deal still reads as told in that year.
    text = ("Venmark Foods was acquired by Dastrel Group in 2021. Dastrel then sold a 40% stake in Venmark "
            "to Kalla Capital for $500 million.")
    assert fact_qualifiers(extract_text(text, "2025-09-03"), "Kalla Capital", "holds_stake_in", "Venmark Foods").get("date") == "2021"


def test_a_when_clause_of_a_beginning_dates_the_deed(extract_text):
    text = ("Rendai Chips, which Toyoda Motors and Kamio Corp. backed with 7 billion yen when it was set up in 2022, "
            "said on Friday it would build a second plant.")
    q = fact_qualifiers(extract_text(text, "2024-10-18"), "Toyoda Motors", "invests_in", "Rendai Chips")
    assert (q.get("amount"), q.get("date")) == (7e9, "2022")
    # A clause of another time ("after") dates only its beginning.
    text = ("Rendai Chips, which Toyoda Motors and Kamio Corp. backed with 7 billion yen after it was set up in 2022, "
            "said on Friday it would build a second plant.")
    q = fact_qualifiers(extract_text(text, "2024-10-18"), "Toyoda Motors", "invests_in", "Rendai Chips")
    assert q.get("date") != "2022"
