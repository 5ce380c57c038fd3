"""Dates of session 32, kinds met on news snippets outside the corpus: a period ending in a
month ("the year to March", "the fiscal year ended March 31") told before that month has
come is the last such period to have ended.
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
