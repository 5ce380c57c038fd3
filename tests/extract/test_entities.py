"""Entities on hand-written sentences: classes from descriptions and context, boundaries,
short forms."""

from __future__ import annotations

import pytest


def types(record) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


@pytest.mark.parametrize("text, name, cls", [
    # A description before the name outweighs NER's label and the name's shape.
    ("The fund also backed Dutch payments firm Quellin NV last year.", "Quellin NV", "Company"),
    ("Doral bought the stake through his holding firm ZPCG in 2020.", "ZPCG", "InvestmentFirm"),
    # ... and one in apposition after it.
    ("The round drew Kestrel Harbors, a Boston-based venture firm specializing in robotics.", "Kestrel Harbors", "InvestmentFirm"),
    # A person stays a person when the description fits people too.
    ("Shares rose after billionaire investor Marten Olsen bought in.", "Marten Olsen", "Person"),
])
def test_a_description_gives_the_class(extract_text, text, name, cls):
    assert types(extract_text(text)).get(name) == cls


@pytest.mark.parametrize("text, cls", [
    ("Seoul has been building up the country's battery industry for a decade.", "GovernmentBody"),
    ("Analysts expect more deals as Seoul ramps up its support for chipmakers.", "GovernmentBody"),
    ("Hanul Robotics opened an office in Seoul last year.", "City"),
])
def test_a_capital_that_acts_is_its_government(extract_text, text, cls):
    assert types(extract_text(text))["Seoul"] == cls


@pytest.mark.parametrize("text, name, cls", [
    # The first word NER left out of a firm's name: a number, an acronym, another word the
    # parse hangs on the name; then every mention of it.
    ("The fund invested in 300 Harbors last year.", "300 Harbors", "Company"),
    ("KD Marlin Heavy Industries merged with KD Marlin Mipo. KD Marlin Mipo had lost money.", "KD Marlin Mipo", "Company"),
    # A title before a name is no part of it.
    ("Daewon said CEO Park Ji-hoon would step down.", "Park Ji-hoon", "Person"),
])
def test_a_name_keeps_its_first_word(extract_text, text, name, cls):
    assert types(extract_text(text)).get(name) == cls


@pytest.mark.parametrize("text, name, cls", [
    ("Kim Min-soo chairs the board of Hanbit Hospital in Daegu.", "Hanbit Hospital", "Facility"),
    ("Orbis was added to the Entity List in 2019.", "Entity List", "Policy"),
])
def test_a_head_word_gives_the_class(extract_text, text, name, cls):
    assert types(extract_text(text)).get(name) == cls
