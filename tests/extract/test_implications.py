"""Facts that stated facts imply (``implies`` in ontology/triggers.yaml), on hand-written
sentences, and the checks made when the implications are loaded."""

from __future__ import annotations

import shutil

import pytest

from kg.errors import OntologyError
from kg.extract.documents import Document
from kg.extract.implications import (
    Implication,
    implied_facts,
    load_implications,
    load_supersessions,
)
from kg.ontology import load_ontology
from kg.resources import resource_dir


def _facts(extractor, text: str) -> dict[tuple[str, str, str], dict]:
    record = extractor.extract(Document(id="t", text=text, path=None, publication_date="2026-01-14"))
    return {(r["subject"], r["predicate"], r["object"]): r for r in record["relations"]}


def test_an_investor_holds_a_stake(extractor):
    facts = _facts(extractor, "Minjin Capital invested 5 billion won in Sunwoo Robotics in March.")
    invested = facts[("Minjin Capital", "invests_in", "Sunwoo Robotics")]
    held = facts[("Minjin Capital", "holds_stake_in", "Sunwoo Robotics")]
    # The date goes with it; the money stays with the investment. (March, not yet come in
    # the news' January, on a verb in the past: last year's.)
    assert held["implied"] is True and held["qualifiers"] == {"date": "2025-03"} == {"date": invested["qualifiers"]["date"]}
    assert held["confidence"] == round(invested["confidence"] * 0.8, 3)
    assert held["frame"] == f"implied-by:{invested['frame']}"


def test_unless_forbids_the_implied_fact():
    facts = [{"subject": "A", "predicate": p, "object": "B", "qualifiers": {}, "confidence": 0.8, "evidence": [0, 1],
              "implied": False, "frame": "f"} for p in ("invests_in", "acquires")]
    how = {"invests_in": {"holds_stake_in": Implication(0.8, frozenset({"acquires"}))}}
    assert implied_facts(facts, how) == []
    assert [f["predicate"] for f in implied_facts(facts[:1], how)] == ["holds_stake_in"]


def test_a_stated_stake_is_not_repeated(extractor):
    facts = _facts(extractor, "Minjin Capital took a 10 percent stake in Sunwoo Robotics.")
    held = facts[("Minjin Capital", "holds_stake_in", "Sunwoo Robotics")]
    assert held["implied"] is False and held["qualifiers"]["stake_percent"] == 10


@pytest.mark.parametrize("text, investor, holds", [
    # A round's new investors invest; what each owns the text does not say.
    ("Sunwoo Robotics raised $30 million in a round led by Minjin Capital.", "Minjin Capital", False),
    ("Minjin Capital invested $30 million in Sunwoo Robotics' Series C round.", "Minjin Capital", False),
    # Those it calls holders already do hold a part.
    ("Sunwoo Robotics raised $30 million. Minjin Capital, an existing investor, joined the round.", "Minjin Capital", True),
    ("Sunwoo Robotics raised $30 million. Earlier backers Daewon Ventures and Minjin Capital also participated in "
     "the round.", "Minjin Capital", True),
    # Money a firm raised from investors is a round's.
    ("Sunwoo Robotics raised $4 million from Minjin Capital and Daewon Ventures.", "Minjin Capital", False),
    # Money put in outside a round buys a part.
    ("Minjin Capital put 5 billion won into Sunwoo Robotics last year.", "Minjin Capital", True),
], ids=["led-round", "round-stage", "existing-investor", "earlier-backers", "raised-from", "no-round"])
def test_a_round_investor_holds_a_stake_only_if_said_to_hold_one(extractor, text, investor, holds):
    facts = _facts(extractor, text)
    assert (investor, "invests_in", "Sunwoo Robotics") in facts
    assert ((investor, "holds_stake_in", "Sunwoo Robotics") in facts) is holds


def test_round_rule_on_a_fact_alone():
    how = Implication(0.8, round_roles=frozenset({"existing"}), round_triggers=frozenset({"lead"}))
    fact = {"subject": "A", "predicate": "invests_in", "object": "B", "confidence": 0.8, "evidence": [0, 1],
            "implied": False, "frame": "verb-active:invests_in:lead", "qualifiers": {}}
    assert implied_facts([fact], {"invests_in": {"holds_stake_in": how}}) == []
    fact["qualifiers"] = {"role": "existing investor"}
    assert [f["predicate"] for f in implied_facts([fact], {"invests_in": {"holds_stake_in": how}})] == ["holds_stake_in"]


@pytest.mark.parametrize("old, new, message", [
    ("implies: {holds_stake_in: {factor: 0.8,", "implies: {holds_a_stake: {factor: 0.8,", "unknown relation 'holds_a_stake'"),
    ("implies: {holds_stake_in: {factor: 0.8,", "implies: {holds_stake_in: {factor: 1.5,", "factor must be a number"),
    ("implies: {holds_stake_in: {factor: 0.8,", "implies: {visits: {factor: 0.8,", "visits: its object must be a Place, this relation's is a Organization"),
    ("unless: [acquires]", "unless: [buys]", "unless"),
    ("keep: [date],", "keep: [mood],", "keep: unknown qualifier 'mood'"),
    ("rounds_need_role: [existing,", "rounds_need_role: [7,", "rounds_need_role must be a list of words"),
    ("round_words: [raise, pull]", "round_words: raise", "round_words must be a list of words"),
], ids=["unknown-relation", "factor-above-one", "ends-do-not-fit", "unknown-unless", "unknown-keep", "bad-round-roles",
        "bad-round-words"])
def test_broken_implications_are_refused(tmp_path, old, new, message):
    shutil.copy(resource_dir("ontology") / "triggers.yaml", tmp_path / "triggers.yaml")
    text = (tmp_path / "triggers.yaml").read_text(encoding="utf-8")
    assert text.count(old) == 1
    (tmp_path / "triggers.yaml").write_text(text.replace(old, new), encoding="utf-8")
    with pytest.raises(OntologyError) as raised:
        load_implications(load_ontology(), tmp_path)
    assert str(raised.value).startswith("triggers.yaml: invests_in: implies") and message in str(raised.value)


def test_an_acquisition_overrules_the_stake_it_took(extractor):
    """A controlling stake is an acquisition: the stake and the investment it also states
    are not kept beside it (``supersedes`` in ontology/triggers.yaml)."""
    facts = _facts(extractor, "Minjin Capital took a 60 percent controlling stake in Sunwoo Robotics last year.")
    assert {(s, p, o) for s, p, o in facts if s == "Minjin Capital"} == {("Minjin Capital", "acquires", "Sunwoo Robotics")}


def test_unknown_superseded_relation_is_refused(tmp_path):
    shutil.copy(resource_dir("ontology") / "triggers.yaml", tmp_path / "triggers.yaml")
    text = (tmp_path / "triggers.yaml").read_text(encoding="utf-8")
    old = "supersedes: [holds_stake_in, invests_in]"
    assert text.count(old) == 1
    (tmp_path / "triggers.yaml").write_text(text.replace(old, "supersedes: [holds_a_stake]"), encoding="utf-8")
    with pytest.raises(OntologyError) as raised:
        load_supersessions(load_ontology(), tmp_path)
    assert str(raised.value).startswith("triggers.yaml: acquires: supersedes") and "holds_a_stake" in str(raised.value)
