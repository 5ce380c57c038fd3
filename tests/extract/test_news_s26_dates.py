"""Dates of session 26, kinds met on news snippets outside the corpus: the base a figure is
compared with, a level foreseen, the months of a fiscal year. Sentences invented here, each
beside one of the same shape that must not be read so."""

from __future__ import annotations

from extract_support import fact_qualifiers


def test_a_sentence_without_a_date_takes_the_period_before_not_the_base_compared_with(extract_text):
    record = extract_text("Korea's exports to Japan rose 5% to $12 billion in 2024-25 compared to $11 billion in the same period "
                          "of the previous year. Korea's imports from Japan fell 2% to $9 billion.", "2025-12-20")
    assert fact_qualifiers(record, "South Korea", "imports_from", "Japan")["date"] == "2024/2025"


def test_the_base_compared_with_dates_no_figure_of_its_own_sentence(extract_text):
    record = extract_text("Korea's imports from Japan fell 2% to $9 billion, compared to $9.2 billion in the same period of the "
                          "previous year.", "2025-12-20")
    assert "date" not in fact_qualifiers(record, "South Korea", "imports_from", "Japan")


def test_a_record_level_foreseen_by_a_year_dates_no_trade(extract_text):
    record = extract_text("Korea's exports to Vietnam are expected to touch a record $50 billion by 2030.\n\n"
                          "Korea's exports to Vietnam grew 8% last year, the ministry said.", "2025-12-20")
    qualifiers = fact_qualifiers(record, "South Korea", "exports_to", "Vietnam")
    assert qualifiers["date"] == "2024" and "amount" not in qualifiers


def test_a_level_reached_in_a_year_dates_the_trade(extract_text):
    record = extract_text("Korea's exports to Vietnam touched a record $50 billion in 2024.", "2025-12-20")
    qualifiers = fact_qualifiers(record, "South Korea", "exports_to", "Vietnam")
    assert qualifiers["date"] == "2024" and qualifiers["amount"] == 50e9


def test_the_first_months_of_the_current_fiscal_year_count_from_its_first_month(extract_text):
    record = extract_text("India's exports to Oman rose 12% to $3 billion in the first eight months of the current fiscal year.",
                          "2025-12-20")
    assert fact_qualifiers(record, "India", "exports_to", "Oman")["date"] == "2025-04/2025-11"
    record = extract_text("India's exports to Oman rose 12% to $3 billion in the first half of the ongoing financial year.",
                          "2026-02-20")
    assert fact_qualifiers(record, "India", "exports_to", "Oman")["date"] == "2025-04/2025-09"


def test_the_first_months_of_the_year_count_from_january(extract_text):
    record = extract_text("India's exports to Oman rose 12% to $3 billion in the first eight months of the year.", "2025-12-20")
    assert fact_qualifiers(record, "India", "exports_to", "Oman")["date"] == "2025-01/2025-08"
