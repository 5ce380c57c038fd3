"""`kg validate`: SHACL shapes catch each kind of broken fact, and a clean graph passes."""

from __future__ import annotations

from pathlib import Path

from kg.graph import KnowledgeGraph

FIXTURES = Path(__file__).parent / "fixtures"


def _graph(name: str) -> KnowledgeGraph:
    graph = KnowledgeGraph.open("memory:")
    graph.load([FIXTURES / name])
    return graph


def test_valid_graph_conforms():
    report = _graph("valid.trig").validate()
    assert report.conforms, [str(v) for v in report.violations]
    assert report.violations == ()


def test_each_broken_rule_is_reported_once():
    report = _graph("invalid.trig").validate()
    assert not report.conforms
    found = {str(v) for v in report.violations}
    assert found == {
        "stmt:too-big kg:stakePercent: a stake is a decimal percentage from 0 to 100 (value 150.0)",
        "stmt:no-currency kg:currency: an amount needs one ISO 4217 currency code",
        "stmt:no-source prov:wasDerivedFrom: a statement needs a source (prov:wasDerivedFrom)",
        "stmt:no-triple kg:relation: the direct triple of the statement is missing (value kg:holdsStakeIn)",
        "id:nameless rdfs:label: an entity needs a label",
        "id:robotics kg:holdsStakeIn: the subject is outside the relation's domain (value id:acme)",
    }
