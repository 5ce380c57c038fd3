"""Dates of session 34 (helper "dates34"), kinds met on state-visit and appointment news
outside the corpus (Business Standard, India; Reuters-style roundups and company releases,
the US): a leader's visits to two countries given one span, then one country's own shorter
span in a later sentence; a held post's start told in a later sentence ("had taken over the
top role in 2021"); a day of effect closing a pair of verbs; the day a successor takes the
post three sentences after his naming; a participle of appointment on a titled name
("chief executive Kim, appointed in 2021,"). Sentences invented here, each beside one of a
near shape that must not give the date."""

from __future__ import annotations

from extract_support import fact_qualifiers


def test_a_later_sentence_narrows_a_visits_span(extract_text):
    # "will undertake separate state visits to the US and Egypt from June 20 to 25 ... will pay
    # a state visit to Egypt from June 24 to 25": the span shared by both countries had stayed
    # on Egypt, the first read.
    text = ("Prime Minister Aron Velt will undertake state visits to Chile and Peru from May 4 to 9. "
            "In the second leg of the trip, Velt will pay a state visit to Peru from May 8 to 9.")
    record = extract_text(text, "2025-04-30")
    assert fact_qualifiers(record, "Aron Velt", "visits", "Peru")["date"] == "2025-05-08/2025-05-09"
    assert fact_qualifiers(record, "Aron Velt", "visits", "Chile")["date"] == "2025-05-04/2025-05-09"
    # A later span that is no part of the first is another reading, not a narrower one: the
    # first stays.
    text = ("Prime Minister Aron Velt will undertake state visits to Chile and Peru from May 4 to 9. "
            "Velt will pay a state visit to Peru from May 18 to 19.")
    record = extract_text(text, "2025-04-30")
    assert fact_qualifiers(record, "Aron Velt", "visits", "Peru")["date"] == "2025-05-04/2025-05-09"


def test_a_held_post_takes_the_year_its_holder_took_it_in_a_later_sentence(extract_text):
    # "X replaced CEO A with B. A, a former exec at Y, had taken over the top role in 2021"
    # (a roundup of chief executives leaving, Reuters-style, the US): A's post stayed undated.
    text = "Corvane Foods replaced CEO Dana Felsing with company veteran Ravi Tenner. Felsing had taken over the top role in 2021."
    record = extract_text(text, "2024-12-20")
    assert fact_qualifiers(record, "Dana Felsing", "ceo_of", "Corvane Foods")["date"] == "2021"
    # A pronoun may be the successor's, and a post to come is no start of the one held: the
    # held post stays undated.
    for later in ("She had taken over the top role in 2021.", "Felsing will take over the top role in 2025."):
        record = extract_text("Corvane Foods replaced CEO Dana Felsing with company veteran Ravi Tenner. " + later, "2024-12-20")
        assert "date" not in fact_qualifiers(record, "Dana Felsing", "ceo_of", "Corvane Foods"), later


def test_a_day_of_effect_closing_a_pair_of_verbs_dates_the_first(extract_text):
    # "announced on Dec. 9 that X will succeed A as CEO and join the board, effective
    # Saturday, Jan. 1" (a US transit-bus maker's news): "effective" hung on "join", and the
    # post took the day it was announced.
    text = "Corvane announced on Dec. 9 that Ravi Tenner will succeed Dana Felsing as CEO and join the company's board, effective Saturday, Jan. 1."
    record = extract_text(text, "2021-12-13")
    assert fact_qualifiers(record, "Ravi Tenner", "ceo_of", "Corvane")["date"] == "2022-01-01"
    # A second clause with a subject of its own tells another event: its day of effect is its own.
    text = ("Corvane announced on Dec. 9 that Ravi Tenner will succeed Dana Felsing as CEO, "
            "and the company will open an office in Lima, effective Saturday, Jan. 1.")
    record = extract_text(text, "2021-12-13")
    assert fact_qualifiers(record, "Ravi Tenner", "ceo_of", "Corvane")["date"] == "2021-12-09"


def test_the_day_a_post_is_taken_three_sentences_after_the_naming(extract_text):
    # "named X its new chief executive, succeeding A. A has served as chief executive since
    # March 2014. X has worked at the company since 1995 ... He will take office on June 30"
    # (a US chipmaker's news): the day came a sentence too far, and the post kept the news' day.
    career = ("Talvik Bank named Ilse Marken as its new chief executive on Monday. "
              "The bank did not give her pay. Marken joined Talvik in 2005 and has run its retail arm since 2018. ")
    record = extract_text(career + "She will take over on March 1.", "2025-01-15")
    assert fact_qualifiers(record, "Ilse Marken", "ceo_of", "Talvik Bank")["date"] == "2025-03-01"
    # A fourth sentence is too far to tell the post named: it keeps the day it was named.
    record = extract_text(career + "Its shares rose 2%. She will take over on March 1.", "2025-01-15")
    assert fact_qualifiers(record, "Ilse Marken", "ceo_of", "Talvik Bank")["date"] == "2025-01-13"


def test_a_title_beside_a_name_takes_the_date_of_the_holders_appointment(extract_text):
    # "Sarnia's chief executive Kim, appointed in 2021, said ..." (the shape of a steel maker's
    # news): a title beside a name takes no date of its clause, and the participle's on the
    # name was none of its own either.
    for text, day in (("Sarnia Steel's chief executive Ilse Marken, appointed in 2021, said the company would grow.", "2021"),
                      ("Ilse Marken, chief executive of Sarnia Steel, appointed in March, said the plant would open.", "2024-03"),
                      ("Sarnia Steel chief executive Ilse Marken, who was appointed in 2021, said the company would grow.", "2021")):
        record = extract_text(text, "2024-11-21")
        assert fact_qualifiers(record, "Ilse Marken", "ceo_of", "Sarnia Steel")["date"] == day, text
    # A participle of no appointment dates no post.
    for text in ("Sarnia Steel's chief executive Ilse Marken, born in 1971, said the company would grow.",
                 "Sarnia Steel's chief executive Ilse Marken, interviewed in March, said the company would grow."):
        record = extract_text(text, "2024-11-21")
        assert "date" not in fact_qualifiers(record, "Ilse Marken", "ceo_of", "Sarnia Steel"), text
