"""Junk names ("????", "N/A", "-", "123"): never an entity, never a match target, whether
they come from a table row, a stored entity's label or a name the user types."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import URIRef

from kg.cli import cli
from kg.entity_lookup import EntityNotFound, resolve_entity
from kg.errors import IngestError
from kg.formats import get_format
from kg.graph import KnowledgeGraph
from kg.ingest.normalize import is_meaningful_name, name_key
from kg.ingest.resolve import Resolver
from kg.store import open_store

TABLES = Path(__file__).resolve().parents[1] / "fixtures" / "tables"
ID = "https://w3id.org/kg/id/"
SOURCE = URIRef("https://w3id.org/kg/source/table-test-deals")
JUNK = ["????", "?", "", "   ", "-", "\u2014", "...", "0", "123", "212", "N/A", "n/a", "#N/A", "N.A.",
        "none", "None", "NULL", "null", "unknown", "Unknown", "Various", "(unknown)", "???? Co., Ltd.",
        "\ufffd\ufffd Inc.", "80/20", "[24]7", None]
REAL = ["3M", "7-Eleven", "X", "42dot", "Facebook", "Inc.", "Who?", "Yahoo!", "Our company",
        "the last Five-Year Plan", "LG", "上海", "Nonesuch", "Naver", "Unknown Worlds Entertainment"]
# A junk-labelled entity and a real one with a junk alias, as a store may hold them from
# before import-table refused junk, or from RDF loaded as it is.
STORED = b"""
@prefix kg: <https://w3id.org/kg/ontology#> . @prefix id: <https://w3id.org/kg/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://w3id.org/kg/source/old> {
  id:x-3b93fd2d04 a kg:Company ; rdfs:label "????" .
  id:acme a kg:Company ; rdfs:label "Acme" ; skos:altLabel "N/A" .
}
"""


@pytest.mark.parametrize("name", JUNK)
def test_junk_is_not_a_name(name):
    assert is_meaningful_name(name) is False


@pytest.mark.parametrize("name", REAL)
def test_real_names_are_names(name):
    assert is_meaningful_name(name) is True


def test_junk_keys_meet_no_real_key():
    junk = {name_key(n) for n in JUNK if n is not None}
    real = {name_key(n) for n in REAL}
    assert all(key.startswith("#") for key in junk) and "" not in junk
    assert not junk & real
    assert name_key("????") != name_key("-") != name_key("") == "#"
    assert (name_key("????"), name_key(" N/A "), name_key("Our company")) == ("#????", "#n/a", "our")


@pytest.fixture(params=["memory", "oxigraph"])
def graph(request, tmp_path):
    opened = KnowledgeGraph.open("memory:" if request.param == "memory" else f"oxigraph:{tmp_path / 'store'}")
    yield opened
    opened.close()


def labels(graph) -> list[str]:
    return sorted(str(row[0]) for row in graph.query(
        f'SELECT ?name WHERE {{ ?e rdfs:label ?name ; a ?t FILTER(STRSTARTS(STR(?e), "{ID}")) }}'
    ).rows)


def test_junk_rows_make_no_entity_and_no_fact(graph):
    report = graph.import_table(TABLES / "junk.csv", TABLES / "deals.yaml")
    assert report.rows == 4
    assert dict(report.skipped) == {"meaningless name for company": 1, "meaningless name for investor": 2}
    assert (report.statements, report.entities_created, report.entities_reused) == (1, 2, 0)
    # Dropbox is a real name, but its only row is skipped for its investor "N/A".
    assert labels(graph) == ["Accel Partners", "Facebook"]
    assert [tuple(map(str, row)) for row in graph.query("SELECT ?s ?o WHERE { ?s kg:investsIn ?o }").rows] == [
        (ID + "accel-partners", ID + "facebook")
    ]
    assert graph.store.graphs() == [URIRef("https://w3id.org/kg/ontology"), SOURCE]


def test_stored_junk_entity_catches_no_row(graph):
    graph.store.load(STORED, get_format("trig"))
    report = graph.import_table(TABLES / "junk.csv", TABLES / "deals.yaml")
    assert (report.statements, report.entities_created, report.entities_reused) == (1, 2, 0)
    touching = graph.query("SELECT ?s ?p WHERE { ?s ?p id:x-3b93fd2d04 }").rows
    assert touching == []
    assert labels(graph) == ["????", "Accel Partners", "Acme", "Facebook"]


def test_strict_import_stops_at_the_first_junk_name(graph):
    with pytest.raises(IngestError, match=r"^junk\.csv: row 3: meaningless name for company$"):
        graph.import_table(TABLES / "junk.csv", TABLES / "deals.yaml", strict=True)
    assert graph.store.graphs() == []


def test_resolver_indexes_no_junk_and_resolves_none():
    resolver = Resolver({ID + "x-3b93fd2d04": ["????"], ID + "acme": ["Acme", "N/A"]})
    for junk in ["????", "", "N/A", "-", "123"]:
        with pytest.raises(IngestError, match="not a name: "):
            resolver.resolve(junk, "Company")
    ours = resolver.resolve("Our company", "Company")
    assert (ours.iri, ours.new) == (ID + "our-company", True)
    assert resolver.resolve("ACME", "Company").iri == ID + "acme"
    assert resolver.new_aliases(resolver.resolve("ACME", "Company")) == {"ACME"}


@pytest.fixture(scope="module")
def store():
    opened = open_store("memory:")
    opened.load(STORED, get_format("trig"))
    return opened


@pytest.mark.parametrize("name", ["????", "", "  ", "N/A", "n/a", "-", "123"])
def test_lookup_of_junk_finds_nothing(store, name):
    with pytest.raises(EntityNotFound) as error:
        resolve_entity(store, name)
    assert str(error.value) == f"{name.strip()!r} is not a name (only punctuation, digits or a placeholder); give an entity's name or IRI"


@pytest.mark.parametrize("name", ["Our company", "the last Five-Year Plan"])
def test_lookup_of_other_names_does_not_land_on_junk(store, name):
    with pytest.raises(EntityNotFound) as error:
        resolve_entity(store, name)
    assert str(error.value) == f"no entity named {name!r}"


def test_lookup_of_real_names_and_iris_still_works(store):
    assert resolve_entity(store, "acme") == ID + "acme"
    # An IRI is not a name: whoever types one means that very entity.
    assert resolve_entity(store, "id:x-3b93fd2d04") == ID + "x-3b93fd2d04"


def test_cli_reports_skipped_rows_and_refuses_junk_names(tmp_path):
    url = f"oxigraph:{tmp_path / 'store'}"
    runner = CliRunner()
    imported = runner.invoke(cli, ["--store", url, "import-table", str(TABLES / "junk.csv"), "-m", str(TABLES / "deals.yaml")])
    assert imported.exit_code == 0, imported.output
    assert imported.stderr.splitlines() == [
        "skipped 2 row(s): meaningless name for investor",
        "skipped 1 row(s): meaningless name for company",
    ]
    for name in ["????", "N/A"]:
        result = runner.invoke(cli, ["--store", url, "investors", name])
        assert result.exit_code == 1
        assert result.stderr == f"kg: error: {name!r} is not a name (only punctuation, digits or a placeholder); give an entity's name or IRI\n"
    assert runner.invoke(cli, ["--store", url, "investors", "Facebook", "-f", "json"]).exit_code == 0
