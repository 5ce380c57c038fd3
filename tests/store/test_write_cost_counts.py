"""What kg keeps beside the store is kept graph by graph (kg.store.pieces): a write to one
graph rebuilds that graph's pieces only, whatever else the store holds (counted, not
timed); a write by another program is never answered from a stale cache; and the
projection joined from cached pieces is exactly the one read from the whole store."""

from __future__ import annotations

import random
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg.analysis.project import (
    build_projection,
    forget_projections,
    project,
    refresh_pieces,
)
from kg.extract.store_io import known_entities
from kg.graph import KnowledgeGraph
from kg.ingest.resolve import Resolver
from kg.namespaces import KG, PROV
from kg.resolution.judgements import merge
from kg.store.pieces import ACTIVITY

FIXTURES = Path(__file__).parents[1] / "fixtures"
ID = "https://w3id.org/kg/id/"
SRC = "https://w3id.org/kg/source/"
TABLE, ARTICLE, OTHER = URIRef(SRC + "table"), URIRef(SRC + "article"), URIRef(SRC + "other")


pytestmark = pytest.mark.usefixtures("own_cache")


def _table_quads(rows: int, graph: URIRef = TABLE) -> list:
    """A table-like graph: *rows* investments between firms and companies, as statements."""
    quads = []
    for n in range(rows):
        firm, company, st = URIRef(f"{ID}firm-{n % 97}"), URIRef(f"{ID}company-{n}"), URIRef(f"{ID}st-{graph[-5:]}-{n}")
        quads += [
            (firm, RDF.type, KG.InvestmentFirm), (firm, RDFS.label, Literal(f"Firm {n % 97} Capital")),
            (company, RDF.type, KG.Company), (company, RDFS.label, Literal(f"Company {n}")),
            (firm, KG.investsIn, company),
            (st, RDF.type, KG.Investment), (st, KG.subject, firm), (st, KG.relation, KG.investsIn),
            (st, KG.object, company), (st, KG.amount, Literal(n * 1000)), (st, PROV.wasDerivedFrom, graph),
        ]
    return [(s, p, o, graph) for s, p, o in quads]


def _article_quads() -> list:
    acme, fund, st = URIRef(ID + "acme"), URIRef(ID + "firm-3"), URIRef(ID + "st-article")
    return [(s, p, o, ARTICLE) for s, p, o in [
        (ARTICLE, RDF.type, KG.Source), (acme, RDF.type, KG.Company), (acme, RDFS.label, Literal("Acme Robotics")),
        (acme, SKOS.altLabel, Literal("Acme")), (fund, RDF.type, KG.InvestmentFirm), (fund, RDFS.label, Literal("Firm 3 Capital")),
        (fund, KG.investsIn, acme), (st, RDF.type, KG.Investment), (st, KG.subject, fund), (st, KG.relation, KG.investsIn),
        (st, KG.object, acme), (st, PROV.wasDerivedFrom, ARTICLE),
    ]]


def _read_everything(graph: KnowledgeGraph) -> None:
    """What an ingest and the first analysis after it read beside the store."""
    project(graph.store, graph.ontology)
    known_entities(graph.store, graph.ontology)
    Resolver.from_store(graph.store, replacing=str(ARTICLE))


def _write_article_counts(tmp_path: Path, rows: int) -> tuple[list, int]:
    """Pieces rebuilt and rows read, after writing one article into a store holding a
    table of *rows* rows and another graph, all of whose pieces were cached before."""
    url = f"oxigraph:{tmp_path / f'store-{rows}'}"
    with KnowledgeGraph.open(url) as graph:
        graph.install_ontology()
        graph.store.replace_graph(TABLE, _table_quads(rows))
        graph.store.replace_graph(OTHER, _table_quads(3, OTHER))
        _read_everything(graph)
    forget_projections()
    with KnowledgeGraph.open(url) as graph:
        project(graph.store, graph.ontology)  # a process finding every piece cached keeps their join
    forget_projections()  # a new process: only the disk cache is left
    ACTIVITY.reset()
    with KnowledgeGraph.open(url) as graph:
        graph.store.replace_graph(ARTICLE, _article_quads())
        _read_everything(graph)
        assert ID + "acme" in project(graph.store, graph.ontology)
    return sorted(ACTIVITY.built), ACTIVITY.rows_read, ACTIVITY.joins, len(ACTIVITY.loaded)


def test_writing_one_graph_rebuilds_its_pieces_only_whatever_the_store_holds(tmp_path):
    small = _write_article_counts(tmp_path, rows=200)
    big = _write_article_counts(tmp_path, rows=2_000)
    assert small[0] == [("names", str(ARTICLE)), ("projection", str(ARTICLE))]
    # The same pieces, rows read and pieces read back, with a table ten times bigger; the
    # projection's join was patched, not made again from every piece.
    assert big == small
    assert small[2] == [("projection", "patched")]
    assert 0 < small[1] < 150  # the article's rows, not the table's (2,200 rows of 11 quads)


def test_a_write_caches_its_graphs_pieces_without_reading_the_others(tmp_path):
    """What a write leaves for the next analysis (kg.analysis.project.refresh_pieces) costs
    the graphs written: the other graphs' cached pieces are not even read back."""
    url = f"oxigraph:{tmp_path / 'store'}"
    with KnowledgeGraph.open(url) as graph:
        graph.store.replace_graph(TABLE, _table_quads(50))
        project(graph.store, graph.ontology)
    forget_projections()
    ACTIVITY.reset()
    with KnowledgeGraph.open(url) as graph:
        graph.store.replace_graph(ARTICLE, _article_quads())
        assert refresh_pieces(graph.store, graph.ontology)
    assert ACTIVITY.built == [("projection", str(ARTICLE))] and ACTIVITY.loaded == []


def test_a_new_process_reads_every_piece_from_disk(tmp_path):
    url = f"oxigraph:{tmp_path / 'store'}"
    with KnowledgeGraph.open(url) as graph:
        graph.load([FIXTURES / "projection.trig"])
        first = project(graph.store, graph.ontology)
        known = known_entities(graph.store, graph.ontology)
    forget_projections()
    ACTIVITY.reset()
    with KnowledgeGraph.open(url, read_only=True) as graph:
        again = project(graph.store, graph.ontology)
        assert known_entities(graph.store, graph.ontology) == known
    assert ACTIVITY.built == [] and ACTIVITY.rows_read == 0
    _assert_same(again, first)


# -- writes by other programs ------------------------------------------------------------


def _cached_store(tmp_path: Path) -> str:
    url = f"oxigraph:{tmp_path / 'store'}"
    with KnowledgeGraph.open(url) as graph:
        graph.load([FIXTURES / "projection.trig"])
        project(graph.store, graph.ontology)
        known_entities(graph.store, graph.ontology)
    forget_projections()
    return url


FOREIGN_UPDATES = {
    # A new edge in a graph whose piece is cached.
    "insert": "INSERT DATA { GRAPH <https://w3id.org/kg/source/news> { "
              "<https://w3id.org/kg/id/acme> <https://w3id.org/kg/ontology#headquarteredIn> <https://w3id.org/kg/id/x> } }",
    # A label rewritten: as many quads as before, in every graph.
    "relabel": "DELETE DATA { GRAPH <https://w3id.org/kg/source/news> { <https://w3id.org/kg/id/acme> "
               "<http://www.w3.org/2000/01/rdf-schema#label> \"Acme Robotics\" } } ; INSERT DATA { GRAPH "
               "<https://w3id.org/kg/source/news> { <https://w3id.org/kg/id/acme> <http://www.w3.org/2000/01/rdf-schema#label> \"Acme Rebotics\" } }",
}


@pytest.mark.parametrize("change", sorted(FOREIGN_UPDATES))
def test_a_write_through_pyoxigraph_directly_is_never_answered_from_the_cache(tmp_path, change):
    url = _cached_store(tmp_path)
    foreign = ox.Store(str(tmp_path / "store"))  # another program: no kg, no lock, no token
    foreign.update(FOREIGN_UPDATES[change])
    foreign.flush()
    del foreign
    with KnowledgeGraph.open(url, read_only=True) as graph:
        G = project(graph.store, graph.ontology)
        _assert_same(G, build_projection(graph.store, graph.ontology))
        names = {name for entity in known_entities(graph.store, graph.ontology) for name in entity.names}
    if change == "insert":
        assert G.has_edge(ID + "acme", ID + "x")
    else:
        assert G.nodes[ID + "acme"]["label"] == "Acme Rebotics"
        assert "Acme Rebotics" in names and "Acme Robotics" not in names


def test_a_sparql_update_through_kg_is_seen(tmp_path):
    url = _cached_store(tmp_path)
    with KnowledgeGraph.open(url) as graph:
        before = project(graph.store, graph.ontology)
        graph.store.update(FOREIGN_UPDATES["insert"])
        after = project(graph.store, graph.ontology)
        assert not before.has_edge(ID + "acme", ID + "x") and after.has_edge(ID + "acme", ID + "x")
    forget_projections()
    with KnowledgeGraph.open(url, read_only=True) as graph:
        assert project(graph.store, graph.ontology).has_edge(ID + "acme", ID + "x")


def test_an_http_update_on_a_served_store_is_seen(tmp_path):
    """An update sent to `kg serve` (a real server on 127.0.0.1) is seen by the next
    process that reads the projection cached before it."""
    import httpx
    from serve_support import TOKEN, Server

    url = _cached_store(tmp_path)
    served = Server(url, "--allow-update", env={"KG_SERVE_TOKEN": TOKEN})
    try:
        answer = httpx.post(served.url + "/sparql", data={"update": FOREIGN_UPDATES["insert"]},
                            headers={"Authorization": f"Bearer {TOKEN}"}, timeout=60)
        assert answer.status_code == 204, answer.text
    finally:
        served.stop()
    with KnowledgeGraph.open(url, read_only=True) as graph:
        assert project(graph.store, graph.ontology).has_edge(ID + "acme", ID + "x")


def test_a_kg_writer_killed_before_closing_leaves_no_stale_cache(tmp_path):
    """A writer that never closed (killed) leaves its record saying a writer was at work:
    the next reader trusts no piece."""
    url = _cached_store(tmp_path)
    writer = KnowledgeGraph.open(url)
    writer.store.update(FOREIGN_UPDATES["insert"])
    writer.store._store.flush()
    state = (tmp_path / "store" / "kg-version").read_text(encoding="utf-8")
    writer.close()
    (tmp_path / "store" / "kg-version").write_text(state, encoding="utf-8")  # as the killed writer left it
    forget_projections()
    ACTIVITY.reset()
    with KnowledgeGraph.open(url, read_only=True) as graph:
        assert project(graph.store, graph.ontology).has_edge(ID + "acme", ID + "x")
    assert ACTIVITY.built  # rebuilt, not read from the cache


# -- the projection joined from pieces is the whole store's ------------------------------


def _assert_same(G, H) -> None:
    assert dict(G.nodes(data=True)) == dict(H.nodes(data=True))
    assert sorted(G.edges(keys=True, data=True), key=repr) == sorted(H.edges(keys=True, data=True), key=repr)
    assert G.graph == H.graph


def _check(graph: KnowledgeGraph) -> None:
    _assert_same(project(graph.store, graph.ontology), build_projection(graph.store, graph.ontology))


@pytest.mark.parametrize("backend", ["memory", "oxigraph"])
def test_pieces_joined_equal_the_whole_store_through_every_kind_of_write(backend, tmp_path):
    url = "memory:" if backend == "memory" else f"oxigraph:{tmp_path / 'store'}"
    graph = KnowledgeGraph.open(url)
    graph.load([FIXTURES / "projection.trig"])
    _check(graph)
    graph.store.replace_graph(TABLE, _table_quads(20))
    graph.store.replace_graph(ARTICLE, _article_quads())
    _check(graph)
    # Two graphs disagree: another label and another amount for the same things.
    graph.store.add([
        (URIRef(ID + "acme"), RDFS.label, Literal("ACME"), OTHER),
        (URIRef(ID + "st-table-1"), KG.amount, Literal(5), OTHER),
        (URIRef(ID + "st-table-1"), KG.candidate, Literal(True), OTHER),  # its fact becomes a candidate
    ])
    projected = project(graph.store, graph.ontology)
    assert projected.nodes[ID + "acme"]["label"] == "ACME"  # the least of the labels
    _check(graph)
    # Merges judged by a user, folded in after the pieces are joined.
    merge(graph.store, ID + "acme", ID + "company-2", who="test")
    _check(graph)
    assert "merged" in project(graph.store, graph.ontology).nodes[ID + "acme"]
    # A candidate statement: a node, no edge.
    st = URIRef(ID + "st-candidate")
    graph.store.replace_graph(ARTICLE, [*_article_quads(), *[(s, p, o, ARTICLE) for s, p, o in [
        (st, RDF.type, KG.Investment), (st, KG.subject, URIRef(ID + "firm-5")), (st, KG.relation, KG.investsIn),
        (st, KG.object, URIRef(ID + "acme")), (st, KG.candidate, Literal(True)),
    ]]])
    _check(graph)
    assert not project(graph.store, graph.ontology).has_edge(ID + "firm-5", ID + "acme")
    graph.store.replace_graph(TABLE, _table_quads(5))  # replaced, smaller
    _check(graph)
    graph.store.drop_graph(ARTICLE)
    _check(graph)
    assert ID + "acme" in project(graph.store, graph.ontology)  # still named by the fixture's graph
    graph.store.update(FOREIGN_UPDATES["insert"])
    _check(graph)
    graph.close()


def test_the_projection_is_the_graph_networkx_builds_from_its_nodes_and_edges():
    import networkx as nx

    graph = KnowledgeGraph.open("memory:")
    graph.load([FIXTURES / "projection.trig"])
    graph.store.replace_graph(TABLE, _table_quads(30))
    graph.store.replace_graph(ARTICLE, _article_quads())
    G = project(graph.store, graph.ontology)
    H = nx.MultiDiGraph(**G.graph)
    H.add_nodes_from(G.nodes(data=True))
    H.add_edges_from(G.edges(keys=True, data=True))
    _assert_same(G, H)
    assert sorted(G.in_edges(keys=True)) == sorted(H.in_edges(keys=True))
    assert dict(G.in_degree()) == dict(H.in_degree()) and dict(G.out_degree()) == dict(H.out_degree())
    assert all(G._pred[v][u] is G._succ[u][v] for u, v in G.edges())  # one dict of keys per pair, as networkx keeps it
    G.remove_node(ID + "firm-3")  # and it takes changes as networkx's own would
    H.remove_node(ID + "firm-3")
    _assert_same(G, H)


@pytest.mark.parametrize("seed", range(4))
def test_pieces_joined_equal_the_whole_store_on_generated_writes(seed):
    """Random quads over a few entities, statements and graphs (the same fact in several
    graphs, several labels and values), written, replaced and dropped at random."""
    rng = random.Random(seed)
    entities = [URIRef(f"{ID}e{n}") for n in range(8)]
    statements = [URIRef(f"{ID}s{n}") for n in range(6)]
    graphs = [URIRef(f"{SRC}g{n}") for n in range(4)]
    classes = [KG.Company, KG.InvestmentFirm, KG.Organization, KG.Country, KG.Person]
    relations = [KG.investsIn, KG.tradesWith, KG.headquarteredIn, KG.holdsStakeIn]

    def quad(g):
        e, st = rng.choice(entities), rng.choice(statements)
        return rng.choice([
            (e, RDF.type, rng.choice(classes)), (e, RDFS.label, Literal(rng.choice("ABC"))),
            (e, rng.choice(relations), rng.choice(entities)), (st, KG.subject, e), (st, KG.object, e),
            (st, KG.relation, rng.choice(relations)), (st, KG.amount, Literal(rng.randint(1, 3))),
            (st, KG.candidate, Literal(rng.random() < 0.5)), (st, PROV.wasDerivedFrom, g),
            (g, RDF.type, KG.Source), (g, URIRef("http://purl.org/dc/terms/title"), Literal(rng.choice("XY"))),
        ]) + (g,)

    # Each check costs about a second on memory: (rdflib parses every section's query of each
    # graph written), whatever the size: so four writes a seed, every seed making each kind
    # of write once after a first replacement, in its own order, on graphs of its choosing.
    graph = KnowledgeGraph.open("memory:")
    written: list[URIRef] = []
    for kind in ["replace", *rng.sample(["replace", "add", "drop"], 3)]:
        # A drop takes a graph that holds quads, so that it removes something.
        g = rng.choice(written) if kind == "drop" else rng.choice(graphs)
        if kind == "replace":
            graph.store.replace_graph(g, [quad(g) for _ in range(rng.randint(1, 25))])
        elif kind == "add":
            graph.store.add([quad(g) for _ in range(rng.randint(1, 5))])
        else:
            graph.store.drop_graph(g)
        written = [w for w in written if w != g] + ([g] if kind != "drop" else [])
        _check(graph)


def test_known_names_from_pieces_equal_the_whole_store(tmp_path):
    """The name index read graph by graph and the same read whole (a store that cannot
    tell graphs' writes apart) know the same entities by the same names."""
    graph = KnowledgeGraph.open("memory:")
    graph.load([FIXTURES / "projection.trig"])
    graph.store.replace_graph(TABLE, _table_quads(10))
    graph.store.replace_graph(ARTICLE, _article_quads())
    merge(graph.store, ID + "acme", ID + "company-2", who="test")

    class Whole:
        """The same store, read as one whole."""

        def __init__(self, store):
            self._store = store

        def __getattr__(self, name):
            return getattr(self._store, name)

        def graph_versions(self):
            return None

    def described(store):
        return sorted((k.iri, k.cls, k.label, sorted(k.names)) for k in known_entities(store, graph.ontology))

    assert described(graph.store) == described(Whole(graph.store))
    pieces = Resolver.from_store(graph.store, replacing=str(TABLE))
    whole = Resolver.from_store(Whole(graph.store), replacing=str(TABLE))
    known = pieces.known()
    assert known == whole.known()
    # The table is being replaced: what only it says is not known (the merged member's name).
    assert {"Acme Robotics", "Acme"} <= known[ID + "acme"][1]
    assert not any(name in ("Company 2", "Company 3") for _, names in known.values() for name in names)
