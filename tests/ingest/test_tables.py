"""kg import-table: exact graphs from tiny hand-written tables, resolution of name variants,
re-import, and bad input that leaves the store as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import URIRef
from rdflib.namespace import XSD

from kg.errors import IngestError
from kg.graph import KnowledgeGraph
from kg.namespaces import KG

TABLES = Path(__file__).resolve().parents[1] / "fixtures" / "tables"
ID = "https://w3id.org/kg/id/"
DEALS = URIRef("https://w3id.org/kg/source/table-test-deals")


@pytest.fixture(params=["memory", "oxigraph"])
def graph(request, tmp_path):
    url = "memory:" if request.param == "memory" else f"oxigraph:{tmp_path / 'store'}"
    opened = KnowledgeGraph.open(url)
    yield opened
    opened.close()


def rows(graph, sparql, **bindings):
    return [tuple(str(v) for v in row) for row in graph.query(sparql, bindings=bindings).rows]


def snapshot(graph) -> set:
    return set(graph.store.quads())


def test_variants_resolve_to_one_entity_with_aliases(graph):
    report = graph.import_table(TABLES / "deals.csv", TABLES / "deals.yaml")
    assert report.rows == 7
    assert dict(report.skipped) == {"empty name for investor": 1}
    assert report.statements == 5  # the repeated Peter Thiel row collapses
    assert rows(graph, "SELECT ?name ?cls WHERE { GRAPH ?src { ?e rdfs:label ?name ; a ?cls } } ORDER BY ?name", src=DEALS) == [
        ("Accel Partners", str(KG.InvestmentFirm)),
        ("Dropbox", str(KG.Company)),
        ("Facebook", str(KG.Company)),
        ("Greylock Partners", str(KG.InvestmentFirm)),
        ("Peter Thiel", str(KG.Person)),
    ]
    assert rows(graph, "SELECT ?alias WHERE { ?e rdfs:label ?l ; skos:altLabel ?alias } ORDER BY ?alias") == [
        ("Accel Partners LLC",), ("Facebook, Inc.",), ("accel partners",),
    ]


def test_statements_carry_qualifiers_and_source(graph):
    graph.import_table(TABLES / "deals.csv", TABLES / "deals.yaml")
    got = rows(
        graph,
        "SELECT ?date ?size ?cur WHERE { ?s kg:subject id:accel-partners ; kg:relation kg:investsIn ; "
        "kg:object id:facebook ; kg:date ?date ; kg:roundSize ?size ; kg:currency ?cur ; prov:wasDerivedFrom ?src } ORDER BY ?date",
        src=DEALS,
    )
    assert got == [("2005-05-01", "12700000", "USD"), ("2006-04-01", "27500000", "USD")]
    assert graph.store.graphs() == [URIRef("https://w3id.org/kg/ontology"), DEALS]
    assert rows(graph, "SELECT ?t ?id ?x WHERE { ?src dcterms:title ?t ; dcterms:identifier ?id ; kg:extractor ?x }", src=DEALS) == [
        ("Hand-written deals", "deals.csv", "kg import-table")
    ]
    assert graph.validate().conforms


def test_reimport_replaces_not_duplicates(graph):
    first = graph.import_table(TABLES / "deals.csv", TABLES / "deals.yaml")
    count = len(graph.store)
    second = graph.import_table(TABLES / "deals.csv", TABLES / "deals.yaml")
    assert len(graph.store) == count
    assert (first.statements, first.quads) == (second.statements, second.quads)
    assert second.entities_created == first.entities_created == 5


def test_constants_scale_dates_and_existing_entities(graph):
    graph.load([TABLES / "countries.trig"])
    report = graph.import_table(TABLES / "trade.csv", TABLES / "trade.yaml")
    assert (report.entities_created, report.entities_reused) == (0, 2)
    got = rows(graph, "SELECT ?date ?amount WHERE { ?s kg:subject id:usa ; kg:object id:prc ; kg:date ?date ; kg:amount ?amount } ORDER BY ?date")
    assert [(d, float(a)) for d, a in got] == [("2001-01", 1187.5e6), ("2001-02", 1289.8e6)]
    dates = graph.query("SELECT ?d WHERE { ?s kg:date ?d }").column("d")
    assert {d.datatype for d in dates} == {XSD.gYearMonth}
    assert rows(graph, "SELECT ?s WHERE { ?s rdfs:label 'China' }") == [(ID + "prc",)]


def test_json_rows(graph):
    report = graph.import_table(TABLES / "deals.json", TABLES / "deals.yaml")
    assert report.statements == 2
    assert rows(graph, "SELECT ?n ?c WHERE { ?e kg:investsIn id:dropbox ; rdfs:label ?n ; a ?c } ORDER BY ?n") == [
        ("Sequoia Capital", str(KG.InvestmentFirm)), ("Y Combinator", str(KG.InvestmentFirm)),
    ]


@pytest.mark.parametrize(
    "change, message",
    [
        (("relation: invests_in", "relation: invested"), "relations[0].relation: unknown relation 'invested'"),
        (("class: Company", "class: Firm"), "entities.company.class: unknown class 'Firm'"),
        (("{column: amount_usd}", "{colum: amount_usd}"), "relations[0].qualifiers.roundSize: give {column: NAME} or {value: VALUE}"),
        (("roundSize:", "size:"), "relations[0].qualifiers.size: not a literal qualifier of the ontology"),
        (("object: company", "object: firm"), "relations[0].object: 'firm' is not one of the entities"),
        (("title: Hand-written deals\n", "titel: x\n"), "unknown key 'titel'"),
        (("{column: funded_when}", "{column: funded}"), "column 'funded' is not in deals.csv"),
    ],
    ids=["relation", "class", "value", "qualifier", "role", "top-key", "column"],
)
def test_bad_mapping_names_the_key_and_writes_nothing(graph, tmp_path, change, message):
    graph.load([TABLES / "countries.trig"])
    before = snapshot(graph)
    mapping = tmp_path / "bad.yaml"
    mapping.write_text((TABLES / "deals.yaml").read_text().replace(*change), encoding="utf-8")
    with pytest.raises(IngestError, match=message.replace("{", r"\{").replace("}", r"\}").replace("[", r"\[").replace("]", r"\]")):
        graph.import_table(TABLES / "deals.csv", mapping)
    assert snapshot(graph) == before


def test_bad_files_write_nothing(graph, tmp_path):
    graph.load([TABLES / "countries.trig"])
    before = snapshot(graph)
    binary = tmp_path / "table.csv"
    binary.write_bytes(b"\x00\x01\x02PK")
    broken = tmp_path / "rows.json"
    broken.write_text('[{"investor_name": "A"', encoding="utf-8")
    for path, message in [(binary, "binary file"), (broken, "not valid JSON"), (tmp_path / "absent.csv", "no such file")]:
        with pytest.raises(IngestError, match=message):
            graph.import_table(path, TABLES / "deals.yaml")
    with pytest.raises(IngestError, match="empty name for investor"):
        graph.import_table(TABLES / "deals.csv", TABLES / "deals.yaml", strict=True)
    assert snapshot(graph) == before
