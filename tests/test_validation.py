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


# -- the shapes as SPARQL in the engine, with pySHACL as the oracle ----------------------------

import pytest  # noqa: E402

from kg.validation import validate_in_engine, validate_store, validate_triples  # noqa: E402

#: One break of each constraint kind the shapes use, beside the fixtures' own.
_EVERY_KIND = """
@prefix kg: <https://w3id.org/kg/ontology#> .
@prefix id: <https://w3id.org/kg/id/> .
@prefix src: <https://w3id.org/kg/source/> .
@prefix stmt: <https://w3id.org/kg/stmt/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
src:k {
    src:k a kg:Source ; dcterms:title "Every kind" ; kg:contentHash "md5:abc" .
    src:untitled a kg:Source .
    id:a a kg:Company ; rdfs:label "A" .
    id:b a kg:InvestmentFirm ; rdfs:label "B" .
    id:b kg:holdsStakeIn id:a .
    stmt:two-currencies a kg:Investment ; kg:subject id:b ; kg:relation kg:holdsStakeIn ; kg:object id:a ;
        kg:amount 5 ; kg:currency "USD" , "EUR" ; prov:wasDerivedFrom src:k .
    stmt:bad-code a kg:Investment ; kg:subject id:b ; kg:relation kg:holdsStakeIn ; kg:object id:a ;
        kg:amount 5 ; kg:currency "dollars" ; prov:wasDerivedFrom src:k .
    stmt:literal-subject a kg:Stake ; kg:subject "id:b" ; kg:relation kg:holdsStakeIn ; kg:object id:a ;
        prov:wasDerivedFrom src:k .
    stmt:text-stake a kg:Stake ; kg:subject id:b ; kg:relation kg:holdsStakeIn ; kg:object id:a ;
        kg:stakePercent "a lot" ; prov:wasDerivedFrom src:k .
    stmt:evidence a kg:Stake ; kg:subject id:b ; kg:relation kg:holdsStakeIn ; kg:object id:a ;
        kg:evidenceStart 9 ; kg:evidenceEnd 3 ; prov:wasDerivedFrom src:k .
    stmt:unsure a kg:Stake ; kg:subject id:b ; kg:relation kg:holdsStakeIn ; kg:object id:a ;
        kg:confidence 1.5 ; kg:candidate "yes" ; prov:wasDerivedFrom src:k .
}
"""


def _stored(tmp_path, text: str) -> KnowledgeGraph:
    path = tmp_path / "data.trig"
    path.write_text(text, encoding="utf-8")
    graph = KnowledgeGraph.open(f"oxigraph:{tmp_path / 'store'}")
    graph.load([path])
    return graph


@pytest.mark.parametrize("name", ["valid.trig", "invalid.trig", "hostile.trig", "projection.trig", "every-kind"])
def test_shapes_in_the_engine_report_what_pyshacl_reports(tmp_path, name):
    text = _EVERY_KIND if name == "every-kind" else (FIXTURES / name).read_text(encoding="utf-8")
    graph = _stored(tmp_path, text)
    oracle = validate_triples(graph.triples(), graph.ontology)
    assert validate_in_engine(graph.triples(), graph.ontology) == oracle
    assert validate_store(graph.store) == oracle
    if name == "every-kind":
        # Each kind of break is there to be found, so that equality above says something.
        messages = {v.message for v in oracle.violations}
        assert len(messages) >= 8, messages
    graph.store.close()


@pytest.mark.parametrize("name", ["invalid.trig", "every-kind"])  # the fixtures with violations
def test_shapes_restricted_to_focus_nodes_report_pyshacls_for_those_nodes(tmp_path, name):
    """Checking some focus nodes only (what `kg validate` does after a write) gives
    pySHACL's violations of exactly those nodes, in the store and in memory."""
    from rdflib import URIRef

    from kg.validation import curie

    text = _EVERY_KIND if name == "every-kind" else (FIXTURES / name).read_text(encoding="utf-8")
    graph = _stored(tmp_path, text)
    oracle = validate_triples(graph.triples(), graph.ontology)
    subjects = sorted({s for s, _, _ in graph.triples() if isinstance(s, URIRef)}, key=str)
    found = set()
    for focus in (subjects[::2], subjects[1::2], subjects[:1]):
        names = {curie(node) for node in focus}
        expected = tuple(v for v in oracle.violations if v.focus in names)
        assert validate_store(graph.store, focus=focus).violations == expected
        assert validate_in_engine(graph.triples(), graph.ontology, focus=focus).violations == expected
        found.update(expected)
    # The two halves cover every violation, and there are some to find.
    assert found == set(oracle.violations) and found
    graph.store.close()
