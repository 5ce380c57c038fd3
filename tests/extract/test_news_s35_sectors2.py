"""Sectors that are none, session 35 (helper "sectors35b"), kinds met among the dev spurious
sector entities: a fixed term with "of" whose tail is a reference sector's word ("a balance
of payments crisis" had given the sector "payments": 1 dev entity, a Pakistani economy
story); and defence as a state's own work, which the gold takes for no sector: a place that
owns it ("Russia's defence and security capabilities", "the country's defence sector"),
security beside it ("growth, defence, and security") or a noun of the dealings of states it
narrows ("defence co-operation", "defence research"): 3 dev entities in 3 stories (an EU
sanctions story, a state visit, a bilateral agreements story), while "defense businesses" and
"two defense-related firms" keep theirs. Sentences invented here, each beside one of a near shape that must be read
otherwise."""

from __future__ import annotations

import pytest


def sector_names(record) -> set[str]:
    return {e["name"] for e in record["entities"] if e["type"] == "Sector"}


def test_the_tail_of_a_fixed_term_with_of_is_no_sector(extract_text):
    record = extract_text("Ostavia faces a balance of payments crisis, with its foreign reserves falling fast.")
    assert sector_names(record) == set()


def test_the_same_word_outside_the_term_is_still_a_sector(extract_text):
    record = extract_text("The balance of Dravex's revenue came from payments, its fastest-growing business.")
    assert "payments" in sector_names(record)


@pytest.mark.parametrize("text", [
    "The measures target Veltrian technology firms accused of bolstering Ostavia's defence and security capabilities.",
    "The package has a strong focus on the country's defence sector.",
    "The relationship is key to addressing migration, growth, defence, and security.",
    "The leaders signed a declaration of intent on defence co-operation and military training.",
])
def test_defence_as_a_states_own_work_is_no_sector(extract_text, text):
    assert sector_names(extract_text(text)) == set()


@pytest.mark.parametrize("text", [
    "Marlow will put a bigger focus on its petrochemical and defense businesses.",
    "The deal includes Orbix Techwin and Orbix Avionics, two defense-related firms.",
    "Kestrel Group is a defence company based in Lyon.",
])
def test_defence_as_a_firms_trade_is_still_a_sector(extract_text, text):
    assert "defence" in sector_names(extract_text(text))
