"""Dates of session 29, kinds met on news snippets outside the corpus: a reappointment "as"
a title for a new term starting in a month. Sentences invented here, each beside one of the
same shape that must not be read so."""

from __future__ import annotations

from extract_support import fact_qualifiers


def test_a_title_after_as_takes_the_start_of_the_term_its_verb_gives(extract_text):
    for text, day in (("Daewon Steel reappointed Park Ji-won as chairman for a new two-year term starting in April.", "2027-04"),
                      ("Daewon Steel reappointed Park Ji-won as chairman for another term beginning May 2.", "2027-05-02")):
        record = extract_text(text, "2027-02-09")
        assert fact_qualifiers(record, "Park Ji-won", "chair_of", "Daewon Steel")["date"] == day, text


def test_a_month_of_another_clause_after_the_title_does_not_date_the_post(extract_text):
    record = extract_text("Daewon Steel reappointed Park Ji-won as chairman on Monday, after a term in which sales rose "
                          "sharply in April.", "2027-02-09")
    assert fact_qualifiers(record, "Park Ji-won", "chair_of", "Daewon Steel")["date"] == "2027-02-08"
