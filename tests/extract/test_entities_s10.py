"""Entities on hand-written sentences (session 10): sector phrases that name nothing,
short forms, organisation names."""

from __future__ import annotations


def names(record, cls: str | None = None) -> set[str]:
    return {e["name"] for e in record["entities"] if cls is None or e["type"] == cls}


def test_a_sector_phrase_no_fact_took_is_no_entity(extract_text):
    # "robotics task force team" was tried as the object of "set up" and no fact took it:
    # the reference sector in it stays, the phrase does not.
    record = extract_text("Hanul Robotics set up a new robotics task force team under its chief executive.")
    assert "robotics task force team" not in names(record)
    assert "robotics" in names(record, "Sector")


def test_a_sector_phrase_a_fact_took_stays(extract_text):
    record = extract_text("Minjin Capital invested in Daewon Systems, a maker of humanoid robots.")
    assert "humanoid robots" in names(record, "Sector")
