"""Trade from invented news told in the shapes of fresh stories read in session 41: a trading
partner's rank written with a hyphen ("second-biggest") is the role's, not "biggest". Each
beside a near text."""

from __future__ import annotations

from extract_support import fact_qualifiers


def test_a_hyphened_rank_stays_in_the_role(extract_text):
    record = extract_text("Chile is Peru's second-biggest trade partner.")
    assert fact_qualifiers(record, "Chile", "trades_with", "Peru")["role"] == "second-biggest trade partner"
    record = extract_text("Vietnam, South Korea's third-largest trading partner, bought more chips.")
    assert fact_qualifiers(record, "Vietnam", "trades_with", "South Korea")["role"] == "third-largest trading partner"
    # Told without a rank, the role is the partner's as written.
    record = extract_text("Chile is Peru's biggest trade partner.")
    assert fact_qualifiers(record, "Chile", "trades_with", "Peru")["role"] == "biggest trade partner"
