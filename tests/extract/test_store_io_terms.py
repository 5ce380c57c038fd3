"""How a record's periods and flags reach the store, and come back through ``kg why``,
driven by kg.ttl (Ontology.period_qualifiers, flag_qualifiers) rather than by names in
kg.extract.store_io and kg.extract.provenance; checked on kg's ontology and on edited
copies of it."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from rdflib import Literal
from rdflib.namespace import XSD

from kg.cli import cli
from kg.errors import OntologyError
from kg.extract.documents import Document
from kg.extract.provenance import evidence_for
from kg.extract.store_io import document_quads
from kg.graph import KnowledgeGraph
from kg.namespaces import KG
from kg.ontology import load_ontology
from kg.resources import resource_dir
from kg.store import open_store

TEXT = "Mokpo Shipyard will build ferries for Haedo Lines from 2026 to 2030, the firms said."
DOCUMENT = Document(id="mokpo", text=TEXT, path=None, title="Ferries", sha256="1" * 64, publication_date="2026-03-02")
RECORD = {
    "document": "mokpo", "publication_date": "2026-03-02",
    "entities": [{"name": "Mokpo Shipyard", "type": "Company", "aliases": []},
                 {"name": "Haedo Lines", "type": "Company", "aliases": []}],
    "relations": [
        {"subject": "Mokpo Shipyard", "predicate": "partners_with", "object": "Haedo Lines",
         "qualifiers": {"date": "2026/2030"}, "confidence": 0.8, "evidence": [0, 84], "implied": True},
        {"subject": "Haedo Lines", "predicate": "partners_with", "object": "Mokpo Shipyard",
         "qualifiers": {"date": "2026-03"}, "confidence": 0.7, "evidence": [0, 84], "disputed": True},
    ],
}


def _statements(quads) -> dict[str, dict]:
    """Each statement's qualifier values by the statement's subject's IRI ending."""
    subjects = {s: str(o).rsplit("/", 1)[-1] for s, p, o, _ in quads if p == KG.subject}
    found: dict[str, dict] = {name: {} for name in subjects.values()}
    for s, p, o, _ in quads:
        if s in subjects and p not in (KG.subject, KG.object, KG.relation, KG.confidence, KG.evidenceStart, KG.evidenceEnd) \
                and "prov#" not in str(p) and "rdf-syntax" not in str(p):
            found[subjects[s]][re.split("[#/]", str(p))[-1]] = o
    return found


def _edited(tmp_path, *edits: tuple[str, str]):
    text = (resource_dir("ontology") / "kg.ttl").read_text(encoding="utf-8")
    for pattern, replacement in edits:
        changed = re.sub(pattern, replacement, text, count=1)
        assert changed != text, pattern
        text = changed
    (tmp_path / "kg.ttl").write_text(text, encoding="utf-8")
    return load_ontology(tmp_path / "kg.ttl")


def test_kg_s_ontology_writes_a_period_as_start_and_end_and_the_implied_flag():
    found = _statements(document_quads(DOCUMENT, RECORD, load_ontology()))
    assert found["mokpo-shipyard"] == {
        "start": Literal("2026", datatype=XSD.gYear), "end": Literal("2030", datatype=XSD.gYear), "implied": Literal(True)}
    # No flag of kg.ttl is called "disputed": the record's mark is not written.
    assert found["haedo-lines"] == {"date": Literal("2026-03", datatype=XSD.gYearMonth)}


def test_an_edited_ontology_decides_the_period_and_the_flags(tmp_path):
    onto = _edited(
        tmp_path,
        # The period is written as date and end; start is only a date.
        (r"kg:periodEnd kg:end \.", "."),
        (r'kg:order 7 ; kg:inSentence true ; kg:dealKey true \.', "kg:order 7 ; kg:inSentence true ; kg:dealKey true ; kg:periodEnd kg:end ."),
        # implied is no longer shown as a flag; a new flag "disputed" is.
        (r'kg:display "flag" ; kg:order 14 ; kg:flagText "implied by the text, not stated"@en \.', 'kg:display "hidden" .'),
        (r"(kg:candidate a owl:DatatypeProperty)",
         ('kg:disputed a owl:DatatypeProperty ; rdfs:label "disputed"@en ; rdfs:domain kg:Statement ; '
          'rdfs:range xsd:boolean ; kg:display "flag" ; kg:order 16 ; kg:flagText "disputed"@en .\n\\1')),
    )
    assert [q.name for q in onto.period_qualifiers()] == ["date", "end"]
    assert [q.name for q in onto.flag_qualifiers()] == ["disputed"]
    found = _statements(document_quads(DOCUMENT, RECORD, onto))
    assert found["mokpo-shipyard"] == {"date": Literal("2026", datatype=XSD.gYear), "end": Literal("2030", datatype=XSD.gYear)}
    assert found["haedo-lines"] == {"date": Literal("2026-03", datatype=XSD.gYearMonth), "disputed": Literal(True)}


def test_without_a_period_in_the_ontology_a_range_stays_one_value(tmp_path):
    onto = _edited(tmp_path, (r"kg:periodEnd kg:end \.", "."))
    assert onto.period_qualifiers() is None
    assert _statements(document_quads(DOCUMENT, RECORD, onto))["mokpo-shipyard"]["date"] == Literal("2026/2030")


def test_two_period_starts_are_refused_by_name(tmp_path):
    onto = _edited(tmp_path, (r'kg:order 7 ; kg:inSentence true ; kg:dealKey true \.', "kg:order 7 ; kg:inSentence true ; kg:dealKey true ; kg:periodEnd kg:end ."))
    with pytest.raises(OntologyError, match=r"kg:date, kg:start all start a period"):
        onto.period_qualifiers()


@pytest.fixture
def ferries(tmp_path):
    """An embedded store holding the record, and the text file it came from."""
    path = tmp_path / "ferries.txt"
    path.write_text(TEXT, encoding="utf-8")
    import hashlib

    document = Document(id="mokpo", text=TEXT, path=str(path), title="Ferries",
                        sha256=hashlib.sha256(TEXT.encode()).hexdigest(), publication_date="2026-03-02")
    url = f"oxigraph:{tmp_path / 'store'}"
    store = open_store(url)
    store.add(document_quads(document, RECORD, load_ontology()))
    store.close()
    return url


def test_evidence_carries_the_ontology_s_flags(ferries):
    graph = KnowledgeGraph(open_store(ferries))
    try:
        onto = graph.ontology
        pair = (str(graph.resolve("Mokpo Shipyard")), onto.relation("partners_with").iri, str(graph.resolve("Haedo Lines")))
        (implied,) = evidence_for(graph.store, onto, *pair)
        (stated,) = evidence_for(graph.store, onto, pair[2], pair[1], pair[0])
    finally:
        graph.close()
    assert implied.flags == {"implied": True} and implied.marks() == ["implied"]
    assert stated.flags == {"implied": False} and stated.marks() == []
    assert implied.sentence == TEXT
    assert list(implied.as_dict()) == [
        "statement", "source", "title", "issued", "path", "confidence", "implied", "sentence", "note", "candidate", "url"]
    assert implied.as_dict()["implied"] is True


def test_kg_why_marks_an_implied_fact(ferries):
    runner = CliRunner()
    text = runner.invoke(cli, ["--store", ferries, "why", "Mokpo Shipyard", "partners_with", "Haedo Lines"])
    assert text.exit_code == 0, text.output
    assert text.output.splitlines()[0] == "1. Ferries (2026-03-02) [implied]"
    other = runner.invoke(cli, ["--store", ferries, "why", "Haedo Lines", "partners_with", "Mokpo Shipyard"])
    assert other.output.splitlines()[0] == "1. Ferries (2026-03-02)"
    as_json = runner.invoke(cli, ["--store", ferries, "why", "Mokpo Shipyard", "partners_with", "Haedo Lines", "-f", "json"])
    assert '"implied": true' in as_json.output and '"flags"' not in as_json.output
