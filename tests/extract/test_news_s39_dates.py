"""A month or day the text names without its year, told of a deed done, lies behind the
news (session 39, a battery of invented sentences): "was appointed CEO in March" in a story
of January is last March, however near; told as to come or with its year, it stays."""

from __future__ import annotations

import pytest
from extract_support import fact_qualifiers


@pytest.mark.parametrize(("text", "fact", "date"), [
    ("Arno Weil was appointed CEO of Dastrel Group in March.", ("Arno Weil", "ceo_of", "Dastrel Group"), "2025-03"),
    ("Dastrel Group bought Venmark Foods on Jan. 20.", ("Dastrel Group", "acquires", "Venmark Foods"), "2025-01-20"),
    # To come, or with its year: as written.
    ("Arno Weil will become CEO of Dastrel Group in March.", ("Arno Weil", "ceo_of", "Dastrel Group"), "2026-03"),
    ("Dastrel Group said on Monday it would buy Venmark Foods in March.", ("Dastrel Group", "acquires", "Venmark Foods"), "2026-03"),
    ("Dastrel Group bought Venmark Foods in March 2026.", ("Dastrel Group", "acquires", "Venmark Foods"), "2026-03"),
    # Before the news' day: the news' year, as before.
    ("Dastrel Group bought Venmark Foods on Jan. 5.", ("Dastrel Group", "acquires", "Venmark Foods"), "2026-01-05"),
])
def test_a_deed_done_lies_behind_the_news(extract_text, text, fact, date):
    assert fact_qualifiers(extract_text(text, "2026-01-14"), *fact).get("date") == date
