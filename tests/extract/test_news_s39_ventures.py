"""Joint ventures named in the sentence that sets them up, session 39 (a battery of invented
sentences): the firms that form, set up or act through a venture named right after the noun
("a joint venture, X", "a joint venture called X", "their joint venture X"), or that a copula
says it is a venture of, each hold a part of it; a partner after "with" too. Near sentences:
a venture named by no one's verb, a subsidiary acted through, a partner's own description."""

from __future__ import annotations

import pytest
from extract_support import fact_ends

_OWNERS = {("Dastrel Corp", "Dashel Energy"), ("Helgrin AG", "Dashel Energy")}


@pytest.mark.parametrize("text", [
    "Dastrel Corp and Helgrin AG formed a joint venture, Dashel Energy, in 2023.",
    "Dastrel Corp and Helgrin AG will establish a joint venture named Dashel Energy.",
    "Dastrel Corp set up a joint venture called Dashel Energy with Helgrin AG.",
    "Dastrel Corp formed a venture, Dashel Energy, with Helgrin AG.",
    "Dastrel Corp and Helgrin AG run a battery plant in Ohio through their joint venture Dashel Energy.",
    "Dashel Energy is a 50-50 joint venture of Dastrel Corp and Helgrin AG.",
])
def test_the_firms_that_set_up_a_named_venture_hold_parts_of_it(extract_text, text):
    assert fact_ends(extract_text(text), "holds_stake_in") >= _OWNERS


@pytest.mark.parametrize("text", [
    "Dastrel Corp sells its chips through its subsidiary Dastrel Trading.",  # a subsidiary, no venture
    "Dastrel Corp praised the joint venture, Dashel Energy, in a statement.",  # no verb of setting up
])
def test_no_venture_no_parts(extract_text, text):
    assert not {end for end in fact_ends(extract_text(text), "holds_stake_in") if end[1] in ("Dashel Energy", "Dastrel Trading")}


def test_a_partners_own_description_is_no_venture(extract_text):
    record = extract_text("Dastrel Corp will form a joint venture with Helgrin AG, a unit of Corvid Holdings, in Ohio.")
    assert ("Helgrin AG", "Corvid Holdings") not in fact_ends(record, "holds_stake_in")
