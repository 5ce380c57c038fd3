"""Dates of session 28, kinds met on news snippets outside the corpus: a day a later sentence
gives another actor's deed ("The regulator had approved the deal on June 15"), "the same
period" referring back to the months dated before. Sentences invented here, each beside one
of the same shape that must not be read so."""

from __future__ import annotations

from extract_support import fact_dates, fact_qualifiers


def test_a_completed_deal_takes_no_day_of_another_actors_deed_told_after_it(extract_text):
    record = extract_text("Hanul Capital has completed its acquisition of Daewon Robotics.\n\n"
                          "Hanul Capital said the Korea Fair Trade Commission had approved the transaction on Oct. 20.",
                          "2025-10-24")
    assert fact_qualifiers(record, "Hanul Capital", "acquires", "Daewon Robotics")["date"] == "2025-10-24"


def test_the_leads_day_of_another_actor_told_before_the_deed_still_dates_it(extract_text):
    text = ("Trade minister Kim Min-soo on Friday met delegates from twenty countries. "
            "Daewon Robotics acquired Hanul Motors, the ministry said.")
    assert fact_dates(extract_text(text, "2031-05-17"), "acquires")[("Daewon Robotics", "Hanul Motors")] == "2031-05-16"


def test_the_same_period_is_the_period_dated_before(extract_text):
    record = extract_text("Trade between Korea and Chile rose 10 percent this year, the ministry said on Tuesday.\n\n"
                          "Korea's exports to Chile reached $3 billion between January and October, up 8 percent.\n\n"
                          "Korea's imports from Chile rose 12 percent to $4 billion during the same period.", "2025-11-18")
    assert fact_qualifiers(record, "South Korea", "imports_from", "Chile")["date"] == "2025-01/2025-10"


def test_the_same_period_of_another_year_is_no_period_referred_to(extract_text):
    record = extract_text("Trade between Korea and Chile rose 10 percent this year, the ministry said on Tuesday.\n\n"
                          "Korea's exports to Chile reached $3 billion between January and October, up 8 percent.\n\n"
                          "Korea's imports from Chile rose 12 percent to $4 billion from the same period last year.", "2025-11-18")
    assert fact_qualifiers(record, "South Korea", "imports_from", "Chile").get("date") != "2025-01/2025-10"
