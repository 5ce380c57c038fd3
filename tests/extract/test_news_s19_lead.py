"""The day a story's lead dates its news by (session 19): what the story then tells undated
is that day's news, not the paper's. Sentences invented here, each beside one of the same
shape that must not be read so."""

from __future__ import annotations

import pytest

from extract_support import fact_dates


# Saturday's paper (2031-05-17) tells Friday's news.
@pytest.mark.parametrize("text, day", [
    ("Trade minister Kim Min-soo on Friday met delegates from twenty countries. "
     "Daewon Robotics acquired Hanul Motors, the ministry said.", "2031-05-16"),
    ("Daewon Robotics on Thursday opened a plant in Busan. "
     "The firm also acquired Hanul Motors, it said.", "2031-05-15"),
])
def test_an_undated_deed_takes_the_leads_day(extract_text, text, day):
    assert fact_dates(extract_text(text, "2031-05-17"), "acquires")[("Daewon Robotics", "Hanul Motors")] == day


@pytest.mark.parametrize("text", [
    # A day a week and more before the paper dates something else.
    "Daewon Robotics, founded on May 3, 2031, makes robots. Daewon Robotics acquired Hanul Motors, the firm said.",
    # A lead with no day.
    "Daewon Robotics makes robots. Daewon Robotics acquired Hanul Motors, the firm said.",
])
def test_a_lead_without_the_news_day_leaves_the_papers(extract_text, text):
    assert fact_dates(extract_text(text, "2031-05-17"), "acquires")[("Daewon Robotics", "Hanul Motors")] == "2031-05-17"


def test_a_day_of_telling_in_a_later_sentence_dates_no_deed(extract_text):
    # The rule of session 16 ("announced on Monday" dates the news, not the deal) holds
    # for the lead too.
    text = "Daewon Robotics has acquired Hanul Motors. The deal was announced on Monday."
    assert fact_dates(extract_text(text, "2031-05-17"), "acquires")[("Daewon Robotics", "Hanul Motors")] == "2031-05-17"


def test_a_deed_dated_in_its_own_sentence_keeps_its_date(extract_text):
    text = ("Trade minister Kim Min-soo on Friday met delegates from twenty countries. "
            "Daewon Robotics acquired Hanul Motors on Tuesday, the ministry said.")
    assert fact_dates(extract_text(text, "2031-05-17"), "acquires")[("Daewon Robotics", "Hanul Motors")] == "2031-05-13"

