"""Trades told by a service, a chain or a therapy, session 38 (the lead's battery of sector
wordings): "offers payment services" was lost because the sector's words, merged into one
token, hid the head word "services" the verb's rule asks for; "operates a chain of
pharmacies" had no "chain of"; "gene therapy" no sector word. Sentences and names
invented here, each beside a near one that must not give a trade."""

from __future__ import annotations

import pytest
from extract_support import fact_ends


@pytest.mark.parametrize("text, sector", [
    ("Korvane Systems offers payment services to small businesses.", "payments"),
    ("Korvane Systems operates a chain of pharmacies in Manila.", "pharmacies"),
    ("Korvane Systems focuses on gene therapy.", "gene therapy"),
])
def test_a_trade_told_by_what_a_firm_runs_or_focuses_on(extract_text, text, sector):
    assert fact_ends(extract_text(text, "2026-01-14"), "operates_in_sector") == {("Korvane Systems", sector)}


@pytest.mark.parametrize("text", [
    "Korvane Systems operates two plants in Manila.",
    "Korvane Systems offers a discount to small businesses.",
    "Korvane Systems runs a chain of command that spans three offices.",
])
def test_what_a_firm_runs_that_names_no_trade_gives_none(extract_text, text):
    assert not fact_ends(extract_text(text, "2026-01-14"), "operates_in_sector"), text
