"""kg import-table: exact graphs from tiny hand-written tables, resolution of name variants,
re-import, and bad input that leaves the store as it was."""

from __future__ import annotations

import re
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
    # "accel partners" and "Facebook, Inc." share a row's neighbour with "Accel Partners"
    # and "Facebook" (each other): one entity each. "Accel Partners LLC" invests only in
    # Dropbox, which "Accel Partners" does not: a key alone is no proof, it stays apart.
    assert rows(graph, "SELECT ?name ?cls WHERE { GRAPH ?src { ?e rdfs:label ?name ; a ?cls } } ORDER BY ?name", src=DEALS) == [
        ("Accel Partners", str(KG.InvestmentFirm)),
        ("Accel Partners LLC", str(KG.InvestmentFirm)),
        ("Dropbox", str(KG.Company)),
        ("Facebook", str(KG.Company)),
        ("Greylock Partners", str(KG.InvestmentFirm)),
        ("Peter Thiel", str(KG.Person)),
    ]
    assert rows(graph, "SELECT ?alias WHERE { ?e rdfs:label ?l ; skos:altLabel ?alias } ORDER BY ?alias") == [
        ("Facebook, Inc.",), ("accel partners",),
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
    assert second.entities_created == first.entities_created == 6


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
    for path, message in [(binary, "binary file"), (broken, "not valid JSON"), (tmp_path / "absent.csv", "no such table")]:
        with pytest.raises(IngestError, match=message):
            graph.import_table(path, TABLES / "deals.yaml")
    with pytest.raises(IngestError, match="empty name for investor"):
        graph.import_table(TABLES / "deals.csv", TABLES / "deals.yaml", strict=True)
    assert snapshot(graph) == before


DEALS_MAPPING = (TABLES / "deals.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "change, message",
    [
        (("title: Hand-written deals", "title: [a, b]"), "'title' is a string, not a list"),
        (("name: test-deals", "name: {a: b}"), "'name' is a string, not a dict"),
        (("      roundSize: {column: amount_usd}\n      currency: {value: USD}\n      date: {column: funded_when}\n", "      [a, b]\n"),
         "relations[0].qualifiers: maps a qualifier"),
        (("relation: invests_in", "relation: [invests_in]"), "relations[0].relation: a name (string) is required"),
        (("class: Company", "class: [Company]"), "entities.company.class: a class is named by a string"),
        (("{column: amount_usd}", "{column: [amount_usd]}"), "qualifiers.roundSize.column: a column is named by a string"),
        (("{value: USD}", "{value: [USD]}"), "qualifiers.currency.value: a value is a string or a number"),
        (("{column: amount_usd}", "{column: amount_usd, scale: .inf}"), "roundSize.scale: scale must be a finite number"),
        (("description:", "delimiter: 5\ndescription:"), "'delimiter' is one character"),
        (("description:", "delimiter: ',,'\ndescription:"), "'delimiter' is one character"),
        (("description:", "encoding: 5\ndescription:"), "'encoding' is the name of an encoding"),
        (("description:", "encoding: no-such-codec\ndescription:"), "unknown encoding 'no-such-codec'"),
        (("description:", "format: xlsx\ndescription:"), "'format' is one of csv, json, jsonl"),
    ],
    ids=["title-list", "name-dict", "qualifiers-list", "relation-list", "class-list", "column-list", "value-list",
         "scale-inf", "delimiter-5", "delimiter-2", "encoding-5", "encoding-unknown", "format"],
)
def test_mapping_values_of_the_wrong_type_are_named(graph, tmp_path, change, message):
    before = snapshot(graph)
    assert change[0] in DEALS_MAPPING
    mapping = tmp_path / "bad.yaml"
    mapping.write_text(DEALS_MAPPING.replace(*change), encoding="utf-8")
    with pytest.raises(IngestError, match=re.escape(message)):
        graph.import_table(TABLES / "deals.csv", mapping)
    assert snapshot(graph) == before


def _fifo(tmp_path) -> Path:
    import os

    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    return fifo


def test_hostile_mappings_are_refused_up_front(graph, tmp_path):
    levels = [f"l{n}: &l{n} [" + ", ".join([f"*l{n - 1}"] * 9) + "]" for n in range(1, 10)]
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text("\n".join(["l0: &l0 [lol]", *levels]), encoding="utf-8")
    deep = tmp_path / "deep.yaml"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    huge = tmp_path / "huge.yaml"
    huge.write_text(DEALS_MAPPING + "#" + "x" * (1024 * 1024) + "\n", encoding="utf-8")
    before = snapshot(graph)
    for mapping, message in [
        (bomb, "more than 50 aliases"), (deep, "nested deeper than 100 levels"), (tmp_path, "is a directory"),
        (_fifo(tmp_path), "is a FIFO"), (Path("/dev/zero"), "is a character device"), (huge, "larger than 1,048,576 bytes"),
        (tmp_path / "absent.yaml", "no such mapping file"),
    ]:
        with pytest.raises(IngestError, match=message):
            graph.import_table(TABLES / "deals.csv", mapping)
    assert snapshot(graph) == before


def test_hostile_tables_are_refused_up_front(graph, tmp_path):
    long_field = tmp_path / "long.csv"
    long_field.write_text("company_name,investor_name,funded_when,amount_usd\n\"" + "x" * 200_000 + "\",A,2020,1\n", encoding="utf-8")
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    before = snapshot(graph)
    for table, message in [
        (long_field, r"long.csv, line 2: field larger than field limit \(131072\)"),
        (deep, "nests JSON too deeply"),
        (Path("/dev/zero"), "table /dev/zero is a character device, not a regular file"),
        (_fifo(tmp_path), "is a FIFO"),
        (tmp_path, "is a directory"),
    ]:
        with pytest.raises(IngestError, match=message):
            graph.import_table(table, TABLES / "deals.yaml")
    assert snapshot(graph) == before


def test_a_table_over_the_cap_is_refused(graph, tmp_path, monkeypatch):
    from kg.ingest import tables

    monkeypatch.setattr(tables, "MAX_TABLE_BYTES", 100)
    with pytest.raises(IngestError, match=r"table .*deals.csv is larger than 100 bytes \("):
        graph.import_table(TABLES / "deals.csv", TABLES / "deals.yaml")


def test_cells_past_the_header_do_not_break_the_column_check(graph, tmp_path):
    table = tmp_path / "ragged.csv"
    table.write_text("company,investor\nA,B,C,D\n", encoding="utf-8")
    with pytest.raises(IngestError, match=r"column 'investor_name' is not in ragged.csv \(it has company, investor\)"):
        graph.import_table(table, TABLES / "deals.yaml")
