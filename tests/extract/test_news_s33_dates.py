"""Dates of session 33, kinds met on news snippets outside the corpus (customs figures told
by a Chinese outlet and a Reuters story from Beijing, a state visit told from Islamabad by a
Pakistani paper): a change counted "from" a month beside the figure's own month ("fell 16.1%
in June, a narrowing of 18.4 percentage points from May"); a run of months from January told
before it can have ended ("in the first nine months" in a story of January) is last year's;
a visit a dateline tells, "on a three-day visit" from its day, lasts those days. A kind left
over from earlier sessions: a post renewed ("reappointed ... on Friday") is dated by the
renewal, not its first taking the text also tells. Sentences invented here, each beside one
of the same shape that must not be read so."""

from __future__ import annotations

from extract_support import fact_qualifiers


def test_a_change_counted_from_a_month_does_not_date_the_figure(extract_text):
    for sentence in ("Exports from Peru to Chile fell 16.1% in June, a narrowing of 18.4 percentage points from May.",
                     "Exports from Peru to Chile fell 4.2% in June, up 3% from May."):
        record = extract_text(sentence, "2027-07-14")
        assert fact_qualifiers(record, "Peru", "exports_to", "Chile")["date"] == "2027-06", sentence


def test_a_level_reached_from_a_month_is_still_dated_by_that_month(extract_text):
    # "to 30% from April": the day the new level takes effect, no base of a change.
    record = extract_text("Talvik Motors will raise its stake in Bremer Energy to 30% from April.", "2027-07-14")
    assert fact_qualifiers(record, "Talvik Motors", "holds_stake_in", "Bremer Energy")["date"] == "2028-04"


def test_months_from_january_not_yet_ended_at_the_news_are_last_years(extract_text):
    for period, told in (("in the first nine months", "2025-01/2025-09"), ("in the first half", "2025-01/2025-06"),
                         ("in the January-November period", "2025-01/2025-11")):
        record = extract_text(f"Exports from Peru to Chile rose 8% to $3.1 billion {period}, the ministry said.", "2026-01-05")
        assert fact_qualifiers(record, "Peru", "exports_to", "Chile")["date"] == told, period


def test_months_from_january_ended_by_the_news_are_this_years(extract_text):
    record = extract_text("Exports from Peru to Chile rose 8% to $3.1 billion in the first nine months, the ministry said.",
                          "2026-10-13")
    assert fact_qualifiers(record, "Peru", "exports_to", "Chile")["date"] == "2026-01/2026-09"


def test_a_visit_a_dateline_tells_lasts_the_days_its_lead_gives(extract_text):
    text = "ISLAMABAD: Ecuadorian President Ana Lima arrived in the capital on Sunday on a three-day visit.\n" \
           "Ms Lima will meet Prime Minister Tariq Hameed on Monday."
    assert fact_qualifiers(extract_text(text, "2027-04-06"), "Ana Lima", "visits", "Islamabad")["date"] == "2027-04-04/2027-04-06"
    text = "ISLAMABAD: Ecuadorian President Ana Lima arrived in the capital on Sunday.\n" \
           "Ms Lima will meet Prime Minister Tariq Hameed on Monday."
    assert fact_qualifiers(extract_text(text, "2027-04-06"), "Ana Lima", "visits", "Islamabad")["date"] == "2027-04-04"


def test_a_post_renewed_on_a_day_is_dated_by_the_renewal_not_its_first_taking(extract_text):
    # "was reappointed ... on Friday. He was designated Chairman in January 2017" (a renewal
    # told beside the post's first taking) had kept the first taking's month.
    for text in ("Hanul Group reappointed Kim Min-jun as its chairman on Friday. Kim became chairman in January 2017.",
                 "Kim Min-jun was reappointed as chairman of Hanul Group on Friday. He became chairman in January 2017."):
        record = extract_text(text, "2027-02-13")
        assert fact_qualifiers(record, "Kim Min-jun", "chair_of", "Hanul Group")["date"] == "2027-02-12", text
    # Named, not renewed: the month the text gives the post stays.
    record = extract_text("Hanul Group named Kim Min-jun as its chairman on Friday. Kim became chairman in January 2017.",
                          "2027-02-13")
    assert fact_qualifiers(record, "Kim Min-jun", "chair_of", "Hanul Group")["date"] == "2017-01"

