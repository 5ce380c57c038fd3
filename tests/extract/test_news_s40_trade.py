"""Trade figures from a fresh story of session 40, re-told: the span a change is counted
from ("from a year ago") dates the base, not the figure."""

from __future__ import annotations

from extract_support import fact_qualifiers


def test_a_year_ago_after_from_is_the_base_not_the_date(extract_text):
    text = "China's exports to Brazil plunged 28.6 percent to $33.8 billion last month from a year ago."
    assert fact_qualifiers(extract_text(text, published="2025-12-09"), "China", "exports_to", "Brazil")["date"] == "2025-11"
    # Without a date of its own the figure is the news' (no base year taken for it).
    text = "China's exports to Brazil plunged 28.6 percent to $33.8 billion from a year ago."
    assert fact_qualifiers(extract_text(text, published="2025-12-09"), "China", "exports_to", "Brazil").get("date") != "2024"
