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


_NAMED = "Hanul Bank has named Kim Min-soo as its next chief executive, replacing Park Ji-won."


def test_a_post_takes_the_day_a_later_sentence_says_its_holder_takes_it_up(extract_text):
    for later, day in (("Kim will take over the role on April 6, the bank said.", "2025-04-06"),
                       ("The appointment takes effect on May 1.", "2025-05-01"),
                       ("He will assume the post in April.", "2025-04")):
        record = extract_text(f"{_NAMED}\n\n{later}", "2025-01-16")
        assert fact_qualifiers(record, "Kim Min-soo", "ceo_of", "Hanul Bank")["date"] == day, later


def test_a_later_day_of_no_post_taken_by_its_holder_leaves_the_news_day(extract_text):
    for later in ("Kim took a 5% stake in Daewon Steel on Dec. 3.",
                  "Lee Soo-jin, the bank's finance chief, will take over the role of chief risk officer on April 6."):
        record = extract_text(f"{_NAMED}\n\n{later}", "2025-01-16")
        assert fact_qualifiers(record, "Kim Min-soo", "ceo_of", "Hanul Bank")["date"] == "2025-01-16", later
