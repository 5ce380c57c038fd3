"""Purchases told by the noun of the deal, session 38 (the lead's battery of deal wordings):
"the acquisition of X by Y" lost X's name to NER ("X by" as one firm), "the sale of X to Y"
was one firm to NER ("X to Y"), and neither "X's acquisition by Y" nor "the sale of X to Y"
had a frame. Sentences and names invented here, each beside a near one that must not give
the purchase."""

from __future__ import annotations

import pytest
from extract_support import direct_facts, fact_ends, fact_qualifiers


@pytest.mark.parametrize("text", [
    "The acquisition of Pravion Labs by Melcor Holdings was completed in March.",
    "Analysts welcomed the acquisition of Pravion Labs by Melcor Holdings.",
])
def test_a_name_ends_before_the_by_that_names_the_buyer(extract_text, text):
    record = extract_text(text, "2026-01-14")
    assert {e["name"] for e in record["entities"]} >= {"Pravion Labs", "Melcor Holdings"}
    assert fact_ends(record, "acquires") == {("Melcor Holdings", "Pravion Labs")}


def test_the_sum_of_an_acquisition_told_by_its_noun_is_the_facts(extract_text):
    record = extract_text("The $3 billion acquisition of Pravion Labs by Melcor Holdings is expected to close next year.",
                          "2026-01-14")
    qualifiers = fact_qualifiers(record, "Melcor Holdings", "acquires", "Pravion Labs")
    assert (qualifiers["amount"], qualifiers["currency"]) == (3e9, "USD")


@pytest.mark.parametrize("text", [
    "Pravion Labs' acquisition by Melcor Holdings was completed in March.",
    "Regulators cleared Pravion Labs' purchase by Melcor Holdings.",
])
def test_the_possessor_of_an_acquisition_by_another_is_what_is_bought(extract_text, text):
    assert fact_ends(extract_text(text, "2026-01-14"), "acquires") == {("Melcor Holdings", "Pravion Labs")}


def test_the_possessor_of_an_acquisition_of_another_is_the_buyer(extract_text):
    record = extract_text("Melcor Holdings' purchase of Pravion Labs was cleared by regulators.", "2026-01-14")
    assert fact_ends(record, "acquires") == {("Melcor Holdings", "Pravion Labs")}


@pytest.mark.parametrize("text", [
    "The sale of Pravion Labs to Melcor Holdings closed in May.",
    "The sale of Pravion Labs to Melcor Holdings for $900 million was completed in May.",
    "Investors cheered the sale of Pravion Labs to Melcor Holdings.",
    "Dastrel Corp completed the sale of Pravion Labs to Melcor Holdings.",
])
def test_the_one_a_firm_is_sold_to_buys_it(extract_text, text):
    record = extract_text(text, "2026-01-14")
    assert {e["name"] for e in record["entities"]} >= {"Pravion Labs", "Melcor Holdings"}
    assert fact_ends(record, "acquires") == {("Melcor Holdings", "Pravion Labs")}


def test_goods_or_a_business_sold_to_a_firm_are_no_firm_it_buys(extract_text):
    for text in ("Regulators blocked the sale of chips to Huawei.",
                 "The sale of its seeds business to Melcor Holdings closed in May."):
        assert not {f for f in direct_facts(extract_text(text, "2026-01-14")) if f[1] == "acquires"}, text


def test_two_names_joined_by_and_stay_one_name(extract_text):
    record = extract_text("The Trade and Development Bank lent $40 million to Pravion Labs.", "2026-01-14")
    assert "Trade and Development Bank" in {e["name"] for e in record["entities"]}
