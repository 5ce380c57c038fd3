"""Facts a text's names imply (kg.extract.name_facts), on hand-written entities and
sentences, and the checks made when the rule is loaded."""

from __future__ import annotations

import re
import shutil

import pytest

from kg.errors import OntologyError
from kg.extract.entities import DocumentEntity
from kg.extract.name_facts import ByName, facts_by_name, load_by_name
from kg.ontology import load_ontology
from kg.resources import resource_dir

RULE = ByName("subsidiary_of", frozenset({"group", "holding", "holdings"}), frozenset({"Company"}), 0.6)


def _firms(*names: str) -> dict[str, DocumentEntity]:
    return {n: DocumentEntity(key=n, name=n, cls="Company", iri=None, mentions=[(0, len(n))]) for n in names}


@pytest.mark.parametrize("names, facts", [
    (("Sunwoo Group", "Sunwoo Robotics"), {("Sunwoo Robotics", "Sunwoo Group")}),
    (("Minjin", "Minjin Steel Europe"), {("Minjin Steel Europe", "Minjin")}),
    (("Daewon Holdings", "Daewon Auto", "Daewon Auto Busan"),
     {("Daewon Auto", "Daewon Holdings"), ("Daewon Auto Busan", "Daewon Holdings"), ("Daewon Auto Busan", "Daewon Auto")}),
    # The parent's legal form is no part of the name its children share.
    (("Sunwoo Corporation", "Sunwoo China"), {("Sunwoo China", "Sunwoo Corporation")}),
    (("Daewon Motor Corp.", "Daewon Motor North America Inc."), {("Daewon Motor North America Inc.", "Daewon Motor Corp.")}),
    # A legal form or a group word added says nothing: the same firm.
    (("Sunwoo", "Sunwoo Corp."), set()),
    (("Sunwoo Corp.", "Sunwoo Group"), set()),
    (("Sunwoo", "Sunwoo Group"), set()),
    # Names that share a first word only.
    (("Hanul Energy", "Hanul Robotics"), set()),
])
def test_a_firm_named_after_another_is_its_subsidiary(names, facts):
    found = facts_by_name(_firms(*names), set(), RULE)
    assert {(f["subject"], f["object"]) for f in found} == facts
    assert all(f["predicate"] == "subsidiary_of" and f["implied"] and f["frame"] == "name-of-parent" for f in found)


def test_a_parent_named_by_its_acronym():
    firms = _firms("Hanul Semiconductor Manufacturing Company", "HSMC Texas", "Lucky Goldstar", "LG Display")
    firms["Hanul Semiconductor Manufacturing Company"].surfaces.update({"HSMC": None})
    # Two letters name a family of firms, not one parent.
    firms["Lucky Goldstar"].surfaces.update({"LG": None})
    found = {(f["subject"], f["object"]) for f in facts_by_name(firms, set(), RULE)}
    assert found == {("HSMC Texas", "Hanul Semiconductor Manufacturing Company")}


def test_a_stated_fact_is_not_repeated_and_other_classes_are_left_out():
    firms = _firms("Sunwoo Group", "Sunwoo Robotics")
    assert facts_by_name(firms, {("Sunwoo Robotics", "subsidiary_of", "Sunwoo Group")}, RULE) == []
    firms["Sunwoo Robotics"].cls = "Person"
    assert facts_by_name(firms, set(), RULE) == []


def test_in_a_text(extract_text):
    record = extract_text("Daewon Group said on Monday that Daewon Robotics will hire 200 engineers.")
    assert ("Daewon Robotics", "subsidiary_of", "Daewon Group") in {(r["subject"], r["predicate"], r["object"]) for r in record["relations"]}


def test_the_shipped_rule_loads():
    rule = load_by_name(load_ontology())
    assert rule is not None and rule.relation == "subsidiary_of" and "group" in rule.group_words


def test_a_broken_rule_is_refused(tmp_path):
    shutil.copy(resource_dir("ontology") / "triggers.yaml", tmp_path / "triggers.yaml")
    text = (tmp_path / "triggers.yaml").read_text(encoding="utf-8")
    broken = re.sub(r"(by_name: \{[^}]*confidence: )[0-9.]+\}", r"\g<1>7}", text)
    assert broken != text
    (tmp_path / "triggers.yaml").write_text(broken, encoding="utf-8")
    with pytest.raises(OntologyError, match="by_name"):
        load_by_name(load_ontology(), tmp_path)


def test_a_rule_that_is_no_mapping_is_refused(tmp_path):
    shutil.copy(resource_dir("ontology") / "triggers.yaml", tmp_path / "triggers.yaml")
    text = (tmp_path / "triggers.yaml").read_text(encoding="utf-8")
    broken = re.sub(r"by_name: \{[^}]*\}", "by_name: yes", text)
    assert broken != text
    (tmp_path / "triggers.yaml").write_text(broken, encoding="utf-8")
    with pytest.raises(OntologyError, match="by_name: one relation only, its rule a mapping"):
        load_by_name(load_ontology(), tmp_path)


def test_a_subsidiary_by_name_is_a_fact_not_a_candidate(extract_text):
    record = extract_text("Daewon Group said on Monday that Daewon Robotics will hire 200 engineers.")
    fact = next(r for r in record["relations"] if r["predicate"] == "subsidiary_of")
    assert not fact.get("candidate") and fact["confidence"] >= 0.5
