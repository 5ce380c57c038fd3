"""What firms do, as fresh news writes it (session 24): a gerund of making after a verb of
specialising ("specializes in producing rechargeable batteries"); on sentences invented
here, each beside one of the same shape that must not be read so."""

from __future__ import annotations

import pytest

from extract_support import fact_ends


def sectors(record) -> set[tuple[str, str]]:
    return fact_ends(record, "operates_in_sector")


@pytest.mark.parametrize("text, firm, sector", [
    ("Hanul Robotics specializes in producing collaborative robots.", "Hanul Robotics", "collaborative robots"),
    ("Daewon Cells, which specialises in making solid-state batteries, raised $10 million.",
     "Daewon Cells", "solid-state batteries"),
    ("Minjin Semicon is focused on developing AI chips for data centers.", "Minjin Semicon", "AI chips"),
    ("Hanul Recycling, a startup specializing in recycling lithium-ion batteries, raised $5 million.",
     "Hanul Recycling", "lithium-ion batteries"),
])
def test_a_gerund_of_making_after_a_verb_of_specialising_names_the_trade(extract_text, text, firm, sector):
    assert (firm, sector) in sectors(extract_text(text))


@pytest.mark.parametrize("text, firm, sector", [
    # a gerund of buying or of a verb of no trade: what the firm acquires is no trade of its own
    ("Hanul Capital specializes in acquiring battery makers.", "Hanul Capital", "battery makers"),
    ("Daewon Group is focused on selling its stake in Hanul Robotics.", "Daewon Group", "Hanul Robotics"),
    # a verb of wanting, not of specialising
    ("Minjin Motors is interested in producing solid-state batteries.", "Minjin Motors", "solid-state batteries"),
])
def test_a_gerund_of_no_making_or_after_no_verb_of_specialising_names_no_trade(extract_text, text, firm, sector):
    assert (firm, sector) not in sectors(extract_text(text))
