"""Oxigraph's select_rows reads the store's SPARQL CSV split in C (kg.store.oxigraph):
the same rows as the terms read one by one, and the same projection as the csv-module
reader it replaced and as the rdflib store, on generated stores of awkward terms."""

from __future__ import annotations

import csv
import io
import random

import pyoxigraph as ox
import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kg.analysis.project import build_projection
from kg.namespaces import KG, PROV
from kg.ontology import load_ontology
from kg.store import open_store
from kg.store import oxigraph as oxigraph_store
from kg.store.pieces import part_values

ID = "https://w3id.org/kg/id/"
SRC = "https://w3id.org/kg/source/"
AWKWARD_TEXTS = [
    "plain", "a,b", 'say "hi"', '"', ",", "line\nbreak", "cr\ronly", "crlf\r\nend", "tab\there", "",
    " padded ", "Zürich", "北京", "emoji 😀", "line\u2028separator", "back\\slash", "a,\"b\",\nc", "'", "x" * 300,
]
ONTOLOGY = load_ontology()


pytestmark = pytest.mark.usefixtures("own_cache")


def _literal(rng: random.Random) -> Literal:
    text = rng.choice(AWKWARD_TEXTS)
    return rng.choice([
        Literal(text), Literal(text, lang=rng.choice(["en", "zh-Hans", "de-CH"])),
        Literal(text, datatype=URIRef("http://example.org/type,with,commas")),
        Literal(str(rng.randint(-5, 10**12)), datatype=XSD.integer), Literal(rng.choice(["2013", "2013-03"]), datatype=XSD.gYear),
        Literal("not a number", datatype=XSD.decimal),  # (a valid double the engines write apart)
    ])


def _quads(seed: int, *, commas_in_iris: bool, blank_nodes: bool = True) -> list[tuple]:
    rng = random.Random(seed)
    names = [f"e{n}" for n in range(12)] + (["a,b", "x,,y,"] if commas_in_iris else [])
    entities = [URIRef(ID + name) for name in names] + ([BNode(f"b{n}") for n in range(2)] if blank_nodes else [])
    statements = [URIRef(f"{ID}st{n}") for n in range(10)]
    classes = [KG.Company, KG.InvestmentFirm, KG.Country, KG.Person, KG.City]
    relations = [KG.investsIn, KG.tradesWith, KG.headquarteredIn, KG.holdsStakeIn]
    graphs = [None, URIRef(SRC + "one"), URIRef(SRC + "two")]
    quads = []
    for _ in range(160):
        e, st, g = rng.choice(entities), rng.choice(statements), rng.choice(graphs)
        quads.append(rng.choice([
            (e, RDF.type, rng.choice(classes)), (e, RDFS.label, _literal(rng)),
            (e, rng.choice(relations), rng.choice(entities)), (st, KG.subject, e), (st, KG.object, rng.choice(entities)),
            (st, KG.relation, rng.choice(relations)), (st, KG.amount, _literal(rng)), (st, KG.currency, _literal(rng)),
            (st, KG.round, _literal(rng)), (st, PROV.wasDerivedFrom, g or URIRef(SRC + "one")),
            (g or URIRef(SRC + "one"), RDF.type, KG.Source), (e, RDFS.comment, _literal(rng)),
        ]) + (g,))
    return quads


def _expected(store, sparql: str) -> list[tuple[str, ...]]:
    """The rows read term by term through rdflib terms: an independent reading."""
    def plain(term) -> str:
        if term is None:
            return ""
        return f"_:{term}" if isinstance(term, BNode) else str(term)

    return [tuple(plain(term) for term in row) for row in store.query(sparql).rows]


QUERIES = [
    "SELECT ?s ?p ?o WHERE { ?s ?p ?o }",
    "SELECT ?o WHERE { ?s ?p ?o }",
    "SELECT ?s WHERE { ?s ?p ?o }",
    "SELECT ?s ?label ?comment WHERE { ?s ?p ?o OPTIONAL { ?s rdfs:label ?label } OPTIONAL { ?s rdfs:comment ?comment } }",
    "SELECT ?g ?s ?o WHERE { GRAPH ?g { ?s rdfs:label ?o } }",
    "SELECT ?s WHERE { ?s a kg:Nothing }",
]


@pytest.mark.parametrize("seed", range(6))
def test_rows_are_the_terms_read_one_by_one(tmp_path, seed):
    with open_store(f"oxigraph:{tmp_path / 'store'}") as store:
        store.add(_quads(seed, commas_in_iris=True))
        for sparql in QUERIES:
            header, rows = store.select_rows(sparql)
            assert header == sparql.split(" WHERE")[0].replace("SELECT ", "").replace("?", "").split()
            assert sorted(rows) == sorted(_expected(store, sparql)), sparql
            # The flat reading is the same rows end to end, in the same order.
            assert store.select_values(sparql) == (header, [value for row in rows for value in row]), sparql
        graph = URIRef(SRC + "one")
        sparql = "SELECT ?s ?o WHERE { ?s rdfs:label ?o }"
        _, rows = store.select_graph_rows(sparql, graph)
        inside = [(s, o) for s, p, o, g in store.quads(predicate=RDFS.label, graph=graph)]
        assert sorted(rows) == sorted((f"_:{s}" if isinstance(s, BNode) else str(s), str(o)) for s, o in inside)
        assert store.select_graph_values(sparql, graph) == (["s", "o"], [value for row in rows for value in row])


def _old_csv_values(result, again=None):
    """The reader select_rows had before, flat: the csv module on every answer."""
    data = result.serialize(format=ox.QueryResultsFormat.CSV).decode("utf-8")
    reader = csv.reader(io.StringIO(data, newline=""))
    header = next(reader, [])
    return header, [value for row in reader for value in row]


def _same(G, H) -> None:
    assert list(G.nodes(data=True)) == list(H.nodes(data=True))
    assert list(G.edges(keys=True, data=True)) == list(H.edges(keys=True, data=True))
    assert G.graph == H.graph


@pytest.mark.parametrize("seed", range(6))
def test_the_projection_is_the_old_readers_and_the_rdflib_stores(tmp_path, monkeypatch, seed):
    plain = _quads(seed, commas_in_iris=False)
    with open_store(f"oxigraph:{tmp_path / 'store'}") as store:
        store.add(plain)
        new = build_projection(store, ONTOLOGY)
        assert new.number_of_nodes() > 5 and new.number_of_edges() > 3
        with monkeypatch.context() as patch:
            patch.setattr(oxigraph_store, "_csv_values", _old_csv_values)
            old = build_projection(store, ONTOLOGY)
    _same(new, old)
    # The rdflib store names blank nodes otherwise (no "_:"): compared on IRIs alone.
    commas = _quads(seed, commas_in_iris=True, blank_nodes=False)
    with open_store(f"oxigraph:{tmp_path / 'commas'}") as store, open_store("memory:") as memory:
        store.add(commas)
        memory.add(commas)
        _same(build_projection(store, ONTOLOGY), build_projection(memory, ONTOLOGY))


@pytest.mark.parametrize("fixed", [(), ((0, "c"),), ((1, "c"),), ((2, "c"),), ((0, "c"), (0, "d")), ((1, "c"), (3, "d")), ((3, "c"), (1, "d"))])
def test_part_values_puts_constants_where_inserting_columns_would(fixed):
    rows = [("a", "1"), ("b", "2"), ("c", "")]
    expected = []
    for row in rows:
        columns = list(row)
        for position, constant in fixed:
            columns.insert(position, constant)
        expected += columns
    assert part_values([value for row in rows for value in row], 2, fixed) == expected
    assert part_values([], 2, fixed) == []
