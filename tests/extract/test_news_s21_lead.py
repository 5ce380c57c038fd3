"""Rules the lead added in session 21: a firm owned in part is no subsidiary (trigger groups'
``majority_only``). Sentences invented here, each beside one of the same shape that must be
read so."""

from __future__ import annotations

import pytest

from extract_support import fact_ends


@pytest.mark.parametrize("text, parent", [
    ("Hanul Robotics is 40% owned by Daewon Group.", False),
    ("Hanul Robotics is 50 percent owned by Daewon Group.", False),
    ("Hanul Robotics is 60% owned by Daewon Group.", True),
    ("Hanul Robotics is owned by Daewon Group.", True),
])
def test_a_part_owned_makes_a_parent_only_above_half(extract_text, text, parent):
    record = extract_text(text)
    assert (("Hanul Robotics", "Daewon Group") in fact_ends(record, "subsidiary_of")) is parent
    assert ("Daewon Group", "Hanul Robotics") in fact_ends(record, "holds_stake_in")



@pytest.mark.parametrize("text, listed", [
    ("Chamber of Commerce and Industry", True),
    ("Tehran Chamber of Commerce, Industries,", True),  # a list NER cut after its comma
    ("Bank of Korea and Hanul Capital", False),
    ("Chamber of Commerce and Ministry of Trade", False),
    ("Hanul Robotics and Daewon", False),
])
def test_briefs_after_of(extractor, text, listed):
    from kg.extract.name_repairs import briefs_after_of

    doc = extractor.nlp(text)
    assert briefs_after_of(doc[:], frozenset({"commerce", "industry", "industries", "trade"})) is listed
