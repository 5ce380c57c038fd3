"""Qualifiers told in another sentence than the fact's (session 19, round 2), on sentences
invented here, each beside a sentence of the same shape that must not be read so. The news
is published on Wednesday 1 May 2024."""

from __future__ import annotations

import pytest

from extract_support import fact_qualifiers

WEDNESDAY = "2024-05-01"
H, K = "Hanul Robotics", "Kim Min-soo"


@pytest.mark.parametrize("text, date", [
    # The firm's founding year, told of it (or of "the start-up") in a sentence of its own ...
    ("Hanul Robotics founder Kim Min-soo said the funding would pay for research. "
     "The start-up was founded in 2017 and makes robot dogs.", "2017"),
    ("Hanul Robotics founder Kim Min-soo said the funding would pay for research. "
     "Hanul Robotics, set up in 2016, makes robot dogs.", "2016"),
    # ... not another firm's, nor one founded by someone else.
    ("Hanul Robotics founder Kim Min-soo said the funding would pay for research. "
     "Daewon Ventures was founded in 2015.", None),
    ("Hanul Robotics founder Kim Min-soo said the funding would pay for research. "
     "Hanul Robotics was founded by Park Ji-hoon in 2015.", None),
])
def test_a_founding_year_told_apart(extract_text, text, date):
    assert fact_qualifiers(extract_text(text, WEDNESDAY), H, "founded_by", K).get("date") == date


@pytest.mark.parametrize("text, date", [
    # A day after the news, borrowed from the sentence before, dates no deed told as done ...
    ("Daewon Ventures will hold its shareholder meeting on May 20. "
     "Daewon Ventures acquired Hanul Robotics, the firm said.", "2024-05-17"),
    # ... but a plan, and a day before the news.
    ("Daewon Ventures will hold its shareholder meeting on May 20. "
     "Daewon Ventures will acquire Hanul Robotics, the firm said.", "2024-05-20"),
    ("Daewon Ventures held its shareholder meeting on May 14. "
     "Daewon Ventures acquired Hanul Robotics, the firm said.", "2024-05-14"),
])
def test_a_borrowed_day_after_the_news(extract_text, text, date):
    assert fact_qualifiers(extract_text(text, "2024-05-17"), "Daewon Ventures", "acquires", H).get("date") == date
