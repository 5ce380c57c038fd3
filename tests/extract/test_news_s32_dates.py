"""Dates of session 32, kinds met on news snippets outside the corpus: a period ending in a
month ("the year to March", "the fiscal year ended March 31") told before that month has
come is the last such period to have ended; an end told as to come dates no fact that ends
then (a deal "expected to close in the second half", a chief who "will step down in June").
Sentences invented here, each beside one of the same shape that must not be read so."""

from __future__ import annotations

from extract_support import fact_qualifiers


def test_a_year_to_a_month_not_yet_come_is_the_last_year_to_have_ended(extract_text):
    record = extract_text("Exports from Peru to Chile rose 8% to $3.1 billion in the year to March, the trade ministry "
                          "said.", "2027-01-13")
    assert fact_qualifiers(record, "Peru", "exports_to", "Chile")["date"] == "2025-04/2026-03"


def test_a_fiscal_year_ended_in_a_month_gone_by_is_this_years(extract_text):
    record = extract_text("Exports from Peru to Chile rose 8% to $3.1 billion in the fiscal year ended March 31, the "
                          "trade ministry said.", "2027-05-13")
    assert fact_qualifiers(record, "Peru", "exports_to", "Chile")["date"] == "2026-04/2027-03"


def test_a_deals_expected_closing_does_not_date_the_deal(extract_text):
    record = extract_text("Hanul Motors expects to complete its acquisition of Minjin Parts in the second half of 2027.",
                          "2027-01-13")
    assert fact_qualifiers(record, "Hanul Motors", "acquires", "Minjin Parts")["date"] == "2027-01-13"


def test_a_deal_completed_on_a_day_is_dated_by_it(extract_text):
    record = extract_text("Hanul Motors completed its acquisition of Minjin Parts on Tuesday.", "2027-05-13")
    assert fact_qualifiers(record, "Hanul Motors", "acquires", "Minjin Parts")["date"] == "2027-05-11"


def test_a_post_its_holder_will_leave_is_dated_by_the_news_not_the_leaving(extract_text):
    record = extract_text("Choi Hyun, the chief executive of Tamna Alloys, will step down in June, the company said on "
                          "Monday.", "2027-01-13")
    assert fact_qualifiers(record, "Choi Hyun", "ceo_of", "Tamna Alloys")["date"] == "2027-01-11"


def test_a_post_its_holder_will_be_replaced_in_is_not_dated_by_the_replacement(extract_text):
    record = extract_text("Choi Hyun, the chief executive of Tamna Alloys, will be replaced by Jung Woo from March.",
                          "2027-01-13")
    assert fact_qualifiers(record, "Choi Hyun", "ceo_of", "Tamna Alloys")["date"] == "2027-01-13"


def test_a_post_its_holder_takes_up_later_is_dated_by_the_taking(extract_text):
    record = extract_text("Park Ji-hoon will take over as chief executive of Arden Capital in March.", "2027-01-13")
    assert fact_qualifiers(record, "Park Ji-hoon", "ceo_of", "Arden Capital")["date"] == "2027-03"


def test_a_title_before_its_holders_name_leaving_later_is_not_dated_by_the_leaving(extract_text):
    record = extract_text("Hanul Motors president and chief executive Kim Min-su will step down at the end of 2027.",
                          "2027-01-13")
    assert fact_qualifiers(record, "Kim Min-su", "ceo_of", "Hanul Motors")["date"] == "2027-01-13"


def test_a_post_its_holder_left_on_a_day_is_dated_by_it(extract_text):
    record = extract_text("Choi Hyun resigned as chief executive of Tamna Alloys on Friday.", "2027-05-13")
    assert fact_qualifiers(record, "Choi Hyun", "ceo_of", "Tamna Alloys")["date"] == "2027-05-07"


def test_a_day_a_post_takes_effect_is_the_one_nearest_the_news(extract_text):
    # Told in mid-January, "effective June 1" is the coming June, not the one seven months gone.
    record = extract_text("Dorim Cement named its current chairman, Yuna Seok, as chief executive, effective June 1.",
                          "2026-01-14")
    assert fact_qualifiers(record, "Yuna Seok", "ceo_of", "Dorim Cement")["date"] == "2026-06-01"


def test_a_day_a_post_took_effect_just_before_the_news_stays_in_the_year_gone(extract_text):
    record = extract_text("Dorim Cement named its current chairman, Yuna Seok, as chief executive, effective Dec. 31.",
                          "2026-01-14")
    assert fact_qualifiers(record, "Yuna Seok", "ceo_of", "Dorim Cement")["date"] == "2025-12-31"
