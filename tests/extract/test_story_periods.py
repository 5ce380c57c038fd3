"""Figures dated once in the lede (kg/extract/story_periods.py): the later undated figures
of the story are for the same period, and a broken rule is refused with its place named."""

from __future__ import annotations

import pytest

from kg.errors import OntologyError
from kg.extract.story_periods import load_story_periods
from kg.ontology import load_ontology


def dates(record, predicate: str) -> dict[str, str | None]:
    return {r["object"]: r["qualifiers"].get("date") for r in record["relations"] if r["predicate"] == predicate}


@pytest.mark.parametrize("text, published, predicate, partner, period", [
    ("Japan's exports tumbled for the seventh straight month in June. Exports to China, Japan's biggest "
     "trading partner, fell 10 percent.", "2019-07-18", "exports_to", "China", "2019-06"),
    ("Japan's exports to Korea totaled 17.6 trillion yen last year, the ministry said on Thursday. Imports "
     "from China rose to 24.4 trillion yen.", "2026-01-15", "imports_from", "China", "2025"),
])
def test_an_undated_figure_is_for_the_ledes_period(extract_text, text, published, predicate, partner, period):
    assert dates(extract_text(text, published), predicate)[partner] == period


def test_a_figures_own_date_stays(extract_text):
    text = "Japan's exports tumbled in June. Exports to China fell 10 percent in May. Imports from Korea rose."
    record = extract_text(text, "2019-07-18")
    assert dates(record, "exports_to")["China"] == "2019-05"
    assert dates(record, "imports_from")["South Korea"] == "2019-06"


def test_a_story_with_no_dated_figure_leaves_the_figure_undated(extract_text):
    record = extract_text("Japan's exports fell. Exports to China fell 10 percent. The minister spoke in June.", None)
    assert dates(record, "exports_to")["China"] is None


def test_the_rules_ship_for_the_trade_relations():
    assert {"exports_to", "imports_from", "trades_with"} <= set(load_story_periods(load_ontology()))


_TRADES_WITH = "  trades_with:\n    carries: [amount, date, growth_percent, share_of_total_percent, role]\n"


@pytest.mark.parametrize("old, new, message", [
    (_TRADES_WITH + "    story_period: {words: *figure_words}\n", _TRADES_WITH + "    story_period: {words: []}\n",
     "trades_with: story_period: must be {words: [a list of words]}"),
    (_TRADES_WITH + "    story_period: {words: *figure_words}\n", _TRADES_WITH + "    story_period: [export]\n",
     "trades_with: story_period: must be {words: [a list of words]}"),
    (_TRADES_WITH, _TRADES_WITH.replace("date, ", ""), "trades_with: story_period: trades_with carries no date"),
])
def test_a_broken_story_period_is_refused(rules_copy, old, new, message):
    with pytest.raises(OntologyError) as raised:
        load_story_periods(load_ontology(), rules_copy(old, new))
    assert str(raised.value).startswith("triggers.yaml: ") and message in str(raised.value), str(raised.value)
