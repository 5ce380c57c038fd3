"""Trades told by rank, by peers and by a range of trades, session 39 (dev misses): "ranks
third in the global foundry market", "a leading firm in semiconductors", "battery peers X
and Y", "chip rival X", and the group named by the ends of its trades ("a
chemicals-to-finance conglomerate"). Sentences and names invented here, each beside a near
one that must not give a trade."""

from __future__ import annotations

import pytest
from extract_support import fact_ends


@pytest.mark.parametrize("text, firm, sector", [
    ("Korvane Semiconductor ranks third in the global foundry market.", "Korvane Semiconductor", "foundry"),
    ("Korvane Cobalt is a leading supplier, ranking No. 1 in the cobalt refining market.", "Korvane Cobalt", "cobalt refining"),
    ("Korvane Systems is a leading firm in semiconductors.", "Korvane Systems", "semiconductors"),
    ("Korvane Systems, a leading company in robotics, said on Monday it would raise funds.", "Korvane Systems", "robotics"),
])
def test_a_firm_ranked_or_named_in_a_trade_works_in_it(extract_text, text, firm, sector):
    assert (firm, sector) in fact_ends(extract_text(text), "operates_in_sector")


@pytest.mark.parametrize("text", [
    "Korvane Systems ranked second in the survey.",
    "Korvane Systems is the largest company in Busan.",
])
def test_a_rank_or_a_company_in_a_place_gives_no_trade(extract_text, text):
    assert not fact_ends(extract_text(text), "operates_in_sector"), text


def test_a_rival_named_by_its_trade_works_in_it(extract_text):
    facts = fact_ends(extract_text("Korvane said its chip rival Delmar Electronics cut prices."), "operates_in_sector")
    assert facts == {("Delmar Electronics", "semiconductors")}


def test_a_rival_named_by_no_trade_gives_none(extract_text):
    assert not fact_ends(extract_text("Korvane bought its rival Delmar Electronics."), "operates_in_sector")


@pytest.mark.parametrize("text, firm, sectors", [
    ("Korvane Group, a chemicals-to-finance conglomerate, said Thursday it had completed the deal.",
     "Korvane Group", {"chemicals", "finance"}),
    ("The retail-to-chemicals conglomerate Korvane Group said on Monday it would sell the unit.",
     "Korvane Group", {"retail", "chemicals"}),
    ("Korvane Group is a shipbuilding-to-energy conglomerate.", "Korvane Group", {"shipbuilding", "energy"}),
])
def test_a_group_named_by_a_range_of_trades_works_in_both_ends(extract_text, text, firm, sectors):
    assert fact_ends(extract_text(text), "operates_in_sector") == {(firm, s) for s in sectors}


@pytest.mark.parametrize("text", [
    "Korvane plans a door-to-door delivery service.",
    "Korvane Group, a peer-to-peer conglomerate, said on Monday it would sell the unit.",
])
def test_a_range_of_one_thing_or_no_group_names_no_two_trades(extract_text, text):
    facts = fact_ends(extract_text(text), "operates_in_sector")
    assert not any(s in ("door", "peer") for _, s in facts), facts


@pytest.mark.parametrize("text, sector", [
    ("Korvane Systems, best known for its smartphones, said on Monday it would hire.", "smartphones"),
    ("Korvane Systems, a pioneer in gene therapy, said on Monday it would hire.", "gene therapy"),
])
def test_a_firm_known_for_or_a_pioneer_in_a_trade_works_in_it(extract_text, text, sector):
    assert fact_ends(extract_text(text), "operates_in_sector") == {("Korvane Systems", sector)}


@pytest.mark.parametrize("text", [
    "Korvane Systems is known for its aggressive pricing.",
    "Korvane Systems, known for its unique technology, hired Delmar.",
])
def test_what_a_firm_is_known_for_that_names_no_trade_gives_none(extract_text, text):
    assert not fact_ends(extract_text(text), "operates_in_sector"), text


def _sector_names(record) -> dict[str, list[str]]:
    return {e["name"]: e.get("aliases") or [] for e in record["entities"] if e["type"] == "Sector"}


@pytest.mark.parametrize("text, sector, said", [
    ("Funds under satellite network operator Korvane Orbital joined the round.", "satellite network", "satellite network operator"),
    ("Korvane Systems, a copper producer, said on Monday it would hire.", "copper", "copper producer"),
])
def test_an_operator_or_a_producer_of_a_trade_is_one_more_name_of_the_sector(extract_text, text, sector, said):
    assert said in _sector_names(extract_text(text))[sector]


def test_a_trade_no_producer_is_said_of_has_no_producer_name(extract_text):
    names = _sector_names(extract_text("Korvane Systems, which sells copper, said on Monday it would hire."))
    assert not any(n.endswith("producer") for ns in names.values() for n in ns), names
