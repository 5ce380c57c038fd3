"""Facts that stated facts imply (``implies`` in ontology/triggers.yaml), on hand-written
sentences, and the checks made when the implications are loaded."""

from __future__ import annotations

import shutil

import pytest

from kg.errors import OntologyError
from kg.extract.documents import Document
from kg.extract.implications import load_implications
from kg.ontology import load_ontology
from kg.resources import resource_dir


def _facts(extractor, text: str) -> dict[tuple[str, str, str], dict]:
    record = extractor.extract(Document(id="t", text=text, path=None, publication_date="2026-01-14"))
    return {(r["subject"], r["predicate"], r["object"]): r for r in record["relations"]}


def test_an_investor_holds_a_stake(extractor):
    facts = _facts(extractor, "Minjin Capital invested 5 billion won in Sunwoo Robotics in March.")
    invested = facts[("Minjin Capital", "invests_in", "Sunwoo Robotics")]
    held = facts[("Minjin Capital", "holds_stake_in", "Sunwoo Robotics")]
    # The date goes with it; the money stays with the investment.
    assert held["implied"] is True and held["qualifiers"] == {"date": "2026-03"} == {"date": invested["qualifiers"]["date"]}
    assert held["confidence"] == round(invested["confidence"] * 0.8, 3)
    assert held["frame"] == f"implied-by:{invested['frame']}"


def test_a_buyer_holds_no_mere_stake(extractor):
    facts = _facts(extractor, "Minjin Capital acquired a 60 percent controlling stake in Sunwoo Robotics.")
    assert ("Minjin Capital", "acquires", "Sunwoo Robotics") in facts
    assert ("Minjin Capital", "invests_in", "Sunwoo Robotics") in facts
    assert ("Minjin Capital", "holds_stake_in", "Sunwoo Robotics") not in facts


def test_a_stated_stake_is_not_repeated(extractor):
    facts = _facts(extractor, "Minjin Capital took a 10 percent stake in Sunwoo Robotics.")
    held = facts[("Minjin Capital", "holds_stake_in", "Sunwoo Robotics")]
    assert held["implied"] is False and held["qualifiers"]["stake_percent"] == 10


@pytest.mark.parametrize("old, new, message", [
    ("implies: {holds_stake_in: {factor: 0.8,", "implies: {holds_a_stake: {factor: 0.8,", "unknown relation 'holds_a_stake'"),
    ("implies: {holds_stake_in: {factor: 0.8,", "implies: {holds_stake_in: {factor: 1.5,", "factor must be a number"),
    ("implies: {holds_stake_in: {factor: 0.8,", "implies: {visits: {factor: 0.8,", "visits: its object must be a Place, this relation's is a Organization"),
    ("unless: [acquires]", "unless: [buys]", "unless"),
    ("keep: [date]}", "keep: [mood]}", "keep: unknown qualifier 'mood'"),
], ids=["unknown-relation", "factor-above-one", "ends-do-not-fit", "unknown-unless", "unknown-keep"])
def test_broken_implications_are_refused(tmp_path, old, new, message):
    shutil.copy(resource_dir("ontology") / "triggers.yaml", tmp_path / "triggers.yaml")
    text = (tmp_path / "triggers.yaml").read_text(encoding="utf-8")
    assert text.count(old) == 1
    (tmp_path / "triggers.yaml").write_text(text.replace(old, new), encoding="utf-8")
    with pytest.raises(OntologyError) as raised:
        load_implications(load_ontology(), tmp_path)
    assert str(raised.value).startswith("triggers.yaml: invests_in: implies") and message in str(raised.value)
