"""kg import-table with an id column (issue 15, point 3): a row with its own id is a curated
entity, one per id, never merged automatically with another entity; and, without ids, two
spellings of one name are one entity only when their rows share a neighbour."""

from __future__ import annotations

import pytest

from kg.errors import IngestError
from kg.formats import get_format
from kg.graph import KnowledgeGraph
from kg.resolution import dedupe, merge

ID = "https://w3id.org/kg/id/"

MAPPING = """\
name: startups
title: Start-ups
description: investor and company per row, companies with their registry ids
entities:
  investor: {name: {column: investor}, class: InvestmentFirm}
  company: {name: {column: company}, class: Company, id: {column: company_id}}
relations:
  - {subject: investor, relation: invests_in, object: company}
"""

# A curated firm loaded with its own IRI, as the seed's are.
CURATED = b"""
@prefix kg: <https://w3id.org/kg/ontology#> . @prefix id: <https://w3id.org/kg/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/kg/source/curated> {
  id:kiwi-labs a kg:Company ; rdfs:label "Kiwi" .
  id:sequoia a kg:InvestmentFirm ; rdfs:label "Sequoia" ; kg:investsIn id:kiwi-labs .
}
"""


@pytest.fixture
def graph(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    kg = KnowledgeGraph.open(f"oxigraph:{tmp_path / 'store'}")
    kg.store.load(CURATED, get_format("trig"))
    yield kg
    kg.close()


def write(tmp_path, rows, mapping=MAPPING, header="investor,company,company_id"):
    table = tmp_path / "startups.csv"
    table.write_text(header + "\n" + "".join(",".join(row) + "\n" for row in rows), encoding="utf-8")
    path = tmp_path / "startups.yaml"
    path.write_text(mapping, encoding="utf-8")
    return table, path


def names(graph) -> dict[str, set[str]]:
    rows = graph.query("SELECT ?e ?n WHERE { ?e rdfs:label|skos:altLabel ?n }").rows
    found: dict[str, set[str]] = {}
    for entity, name in rows:
        found.setdefault(str(entity).removeprefix(ID), set()).add(str(name))
    return found


def invested(graph) -> set[tuple[str, str]]:
    rows = graph.query("SELECT ?s ?o WHERE { ?s kg:investsIn ?o }").rows
    return {(str(s).removeprefix(ID), str(o).removeprefix(ID)) for s, o in rows}


def test_rows_with_ids_are_one_entity_per_id_and_never_merged(graph, tmp_path):
    report = graph.import_table(*write(tmp_path, [
        ("Sequoia", "Kiwi", "c-1"),        # the curated firm's name and investor: still its own
        ("Accel", "Kiwi Inc.", "c-1"),     # another name of c-1: an alias
        ("Accel", "Kiwi", "c/2"),          # another firm of that name
        ("Benchmark", "Spire", ""),        # no id: known by its name
    ]))
    assert (report.entities_created, report.entities_reused) == (5, 1)
    assert invested(graph) == {
        ("sequoia", "kiwi-labs"),                                   # the curated graph's own
        ("sequoia", "startups.c-1"), ("accel", "startups.c-1"), ("accel", "startups.c%2F2"),
        ("benchmark", "spire"),
    }
    found = names(graph)
    assert found["startups.c-1"] == {"Kiwi", "Kiwi Inc."}
    assert found["startups.c%2F2"] == {"Kiwi"}
    assert found["kiwi-labs"] == {"Kiwi"}  # nothing of the table's joined the curated firm


def test_junk_ids_are_no_ids(graph, tmp_path):
    # Cells that hold no id would make every row carrying them one entity: those rows are
    # known by their names ("Kiwi" by the curated firm's exact name). Digits are an id.
    graph.import_table(*write(tmp_path, [
        ("Accel", "Spire", "????"), ("Hearst", "Ember", "N/A"), ("Index", "Kiwi", "-"), ("Index", "Digg", "42"),
    ]))
    assert invested(graph) - {("sequoia", "kiwi-labs")} == {
        ("accel", "spire"), ("hearst", "ember"), ("index", "kiwi-labs"), ("index", "startups.42"),
    }


def test_a_long_id_makes_a_short_iri(graph, tmp_path):
    long_id = "x" * 5000
    graph.import_table(*write(tmp_path, [("Accel", "Kiwi", long_id), ("Index", "Kiwi Inc.", long_id)]))
    [(iri,)] = graph.query('SELECT ?e WHERE { ?e skos:altLabel "Kiwi Inc." }').rows
    assert str(iri).startswith(ID + "startups.~") and len(str(iri)) < 100


def test_ids_are_stable_across_reimport(graph, tmp_path):
    files = write(tmp_path, [("Accel", "Kiwi", "c-1"), ("Accel", "Kiwi", "c-2")])
    first = graph.import_table(*files)
    before = set(graph.store.quads())
    second = graph.import_table(*files)
    assert first.entities_created == second.entities_created == 3
    assert {q for q in graph.store.quads() if "generatedAtTime" not in str(q[1])} == {
        q for q in before if "generatedAtTime" not in str(q[1])
    }


def test_a_later_name_links_to_the_one_curated_row_that_bears_it(graph, tmp_path):
    graph.import_table(*write(tmp_path, [("Accel", "Kiwi Inc.", "c-1"), ("Accel", "Kiwi", "c-2")]))
    later = tmp_path / "later"
    later.mkdir()
    mapping = MAPPING.replace("name: startups", "name: later").replace(", id: {column: company_id}", "")
    report = graph.import_table(*write(later, [("Index", "Kiwi Inc.")], mapping, header="investor,company"))
    # "Kiwi Inc." is exactly one entity's name: the row c-1. "Kiwi" is three entities' and
    # is not met here.
    assert report.entities_reused == 1
    assert ("index", "startups.c-1") in invested(graph)


def test_spellings_without_ids_need_a_shared_neighbour(graph, tmp_path):
    mapping = MAPPING.replace(", id: {column: company_id}", "")
    graph.import_table(*write(tmp_path, [
        ("Accel", "Spire"), ("Accel", "Spire Inc."),     # one investor in both: one firm
        ("Hearst", "Ember"), ("Index", "Ember Inc."),    # nothing shared: two firms
        ("Index", "EMBER"),                              # shares Index with Ember Inc.
    ], mapping, header="investor,company"))
    found = names(graph)
    assert found["spire"] == {"Spire", "Spire Inc."}
    assert found["ember"] == {"Ember"}
    assert found["ember-inc"] == {"Ember Inc.", "EMBER"}
    assert invested(graph) >= {("hearst", "ember"), ("index", "ember-inc")}
    # The two Embers are left to a person: kg dedupe proposes them, on their names alone.
    [pair] = [row for row in dedupe(graph.store, graph.ontology, min_score=0.5) if {row["a_label"], row["b_label"]} == {"Ember", "Ember Inc."}]
    assert pair["score"] == 0.9 and pair["evidence"] == ["same normalised name 'ember'"]


@pytest.mark.parametrize("spec", ["{value: x}", "company_id", "{column: company_id, scale: 2}"])
def test_an_id_is_a_column(graph, tmp_path, spec):
    mapping = MAPPING.replace("id: {column: company_id}", f"id: {spec}")
    before = set(graph.store.quads())
    with pytest.raises(IngestError, match=r"entities\.company\.id: give \{column: NAME\}"):
        graph.import_table(*write(tmp_path, [("Accel", "Kiwi", "c-1")], mapping))
    assert set(graph.store.quads()) == before


def test_a_missing_id_column_is_named(graph, tmp_path):
    with pytest.raises(IngestError, match="column 'company_id' is not in startups.csv"):
        graph.import_table(*write(tmp_path, [("Accel", "Kiwi")], header="investor,company"))


def test_a_spelling_follows_its_group_to_a_stored_entity(graph, tmp_path):
    mapping = MAPPING.replace(", id: {column: company_id}", "")
    report = graph.import_table(*write(tmp_path, [
        ("Accel", "Kiwi"),           # the curated firm's exact name: linked
        ("Accel", "KIWI Inc."),      # shares Accel with "Kiwi": the same firm
        ("Index", "Kiwi Labs Inc"),  # another key: its own
        ("Hearst", "kiwi"),          # the key only, and nothing shared: its own
    ], mapping, header="investor,company"))
    assert report.entities_reused == 1
    found = names(graph)
    assert found["kiwi-labs"] == {"Kiwi", "KIWI Inc."}
    assert found["kiwi"] == {"kiwi"}
    assert ("hearst", "kiwi") in invested(graph) and ("accel", "kiwi-labs") in invested(graph)


def test_a_person_merges_what_import_kept_apart_and_reimport_keeps_it(graph, tmp_path):
    mapping = MAPPING.replace(", id: {column: company_id}", "")
    files = write(tmp_path, [("Hearst", "Ember"), ("Index", "Ember Inc.")], mapping, header="investor,company")
    graph.import_table(*files)
    assert {row["label"] for row in graph.investors("Ember")} == {"Hearst"}
    merge(graph.store, ID + "ember", ID + "ember-inc", who="ana", why="one chip maker")
    for _ in range(2):  # before and after importing the table again
        assert {row["label"] for row in graph.investors("Ember Inc.")} == {"Hearst", "Index"}
        assert not [row for row in dedupe(graph.store, graph.ontology, min_score=0.5) if "Ember" in (row["a_label"], row["b_label"])]
        graph.import_table(*files)
