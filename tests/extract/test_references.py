"""References across sentences on hand-written texts: which entity a description such as
"the robot maker" stands for when two firms were named before it."""

from __future__ import annotations

import pytest


def facts(record) -> set[tuple[str, str, str]]:
    return {(r["subject"], r["predicate"], r["object"]) for r in record["relations"] if not r.get("candidate")}


@pytest.mark.parametrize("text, expected, unexpected", [
    # The description's words are in one firm's name: that firm, not the last sentence's subject.
    ("Daewon Group said on Monday it had bought a 20% stake in Hanul Robotics. "
     "The Busan-based robot maker was founded in 2015 by Park Ji-hoon.",
     ("Hanul Robotics", "founded_by", "Park Ji-hoon"), ("Daewon Group", "founded_by", "Park Ji-hoon")),
    ("Tellan Motors agreed to buy Orvik Batteries for $2 billion. The battery maker was founded by Ilse Varga in 2009.",
     ("Orvik Batteries", "founded_by", "Ilse Varga"), ("Tellan Motors", "founded_by", "Ilse Varga")),
])
def test_a_description_goes_to_the_firm_its_words_name(extract_text, text, expected, unexpected):
    found = facts(extract_text(text))
    assert expected in found and unexpected not in found


def test_without_such_words_the_last_subject_is_still_meant(extract_text):
    found = facts(extract_text("Daewon Group bought a 20% stake in Hanul Robotics. The Seoul-based company said "
                               "it would invest more next year."))
    assert ("Daewon Group", "headquartered_in", "Seoul") in found
