"""Neighbourhood reads give the projection's answers: every per-entity command run both
ways (``analysis="projection"`` and ``analysis="neighbourhood"``) on the same store, over
every backend, a hand-written graph with merges, candidates, cycles and long paths, and
the seed graph."""

from __future__ import annotations

import itertools
import random

import networkx as nx
import pytest

from kg.analysis.neighbourhood import Neighbourhood, links_graph
from kg.errors import AnalysisError, KGError
from kg.graph import KnowledgeGraph
from kg.resolution.judgements import merge
from kg.store import open_store

ID = "https://w3id.org/kg/id/"

# Paths of one to five hops; parallel and symmetric edges; a direct triple to an untyped
# entity and a literal; a candidate (no edge); two merges, one into an entity with no
# triples of its own; ownership with a chain, an unknown stake and a cross-holding.
FIXTURE = """
@prefix kg: <https://w3id.org/kg/ontology#> .
@prefix id: <https://w3id.org/kg/id/> .
@prefix src: <https://w3id.org/kg/source/> .
@prefix stmt: <https://w3id.org/kg/stmt/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .

src:a {
  src:a a kg:Source ; dcterms:title "Rounds" ; dcterms:issued "2025-03"^^xsd:gYearMonth .
  id:fund a kg:InvestmentFirm , kg:Organization ; rdfs:label "Blue Fund" .
  id:fund2 a kg:InvestmentFirm ; rdfs:label "Red Fund" .
  id:angel a kg:Person ; rdfs:label "Ann Angel" .
  id:acme a kg:Company ; rdfs:label "Acme Robotics" .
  id:acme-inc a kg:Company ; rdfs:label "Acme Robotics, Inc." .
  id:beta a kg:Company ; rdfs:label "Beta Labs" .
  id:gamma a kg:Company ; rdfs:label "Gamma" .
  id:holdco a kg:Company ; rdfs:label "Holdco" .
  id:delta a kg:Company ; rdfs:label "Delta" .
  id:x a kg:Country ; rdfs:label "Xland" .
  id:y a kg:Country ; rdfs:label "Yland" .
  id:forum a kg:Event ; rdfs:label "The Forum" .
  id:city a kg:City ; rdfs:label "Forum City" .

  id:fund kg:investsIn id:acme .
  stmt:r1 a kg:Investment ; kg:subject id:fund ; kg:relation kg:investsIn ; kg:object id:acme ;
      kg:amount 5000000 ; kg:currency "USD" ; kg:round "seed" ; kg:date "2021"^^xsd:gYear ; prov:wasDerivedFrom src:a .
  stmt:r2 a kg:Investment ; kg:subject id:fund ; kg:relation kg:investsIn ; kg:object id:acme ;
      kg:amount 20000000 ; kg:currency "USD" ; kg:round "series-a" ; kg:date "2023"^^xsd:gYear ; prov:wasDerivedFrom src:a .
  stmt:r3 a kg:Investment ; kg:subject id:fund ; kg:relation kg:investsIn ; kg:object id:acme ;
      kg:amount 20000000 ; kg:currency "USD" ; prov:wasDerivedFrom src:a .
  id:fund2 kg:investsIn id:acme-inc , id:beta .
  id:fund kg:investsIn id:beta .
  id:angel kg:investsIn id:beta , id:delta .
  stmt:c1 a kg:Investment ; kg:subject id:fund2 ; kg:relation kg:investsIn ; kg:object id:gamma ;
      kg:candidate true ; kg:confidence 0.4 ; prov:wasDerivedFrom src:a .

  id:acme kg:headquarteredIn id:somewhere .
  id:acme kg:headquarteredIn "Springfield" .
  id:x kg:tradesWith id:y . id:y kg:tradesWith id:x .
  stmt:t a kg:TradeFlow ; kg:subject id:x ; kg:relation kg:tradesWith ; kg:object id:y ;
      kg:amount 1.5 ; kg:currency "EUR" ; prov:wasDerivedFrom src:a .
  id:beta kg:operatesInSector id:robots .
  id:delta kg:participatesIn id:forum .
  id:forum kg:eventHeldAt id:city .
  id:city kg:locatedIn id:x .
}

src:b {
  src:b a kg:Source ; dcterms:title "Owners" .
  id:holdco kg:holdsStakeIn id:acme .
  stmt:o1 a kg:Stake ; kg:subject id:holdco ; kg:relation kg:holdsStakeIn ; kg:object id:acme ;
      kg:stakePercent 60 ; prov:wasDerivedFrom src:b .
  id:beta kg:subsidiaryOf id:acme-inc .
  id:gamma kg:holdsStakeIn id:holdco .
  stmt:o2 a kg:Stake ; kg:subject id:gamma ; kg:relation kg:holdsStakeIn ; kg:object id:holdco ;
      kg:stakePercent 50 ; prov:wasDerivedFrom src:b .
  id:holdco kg:holdsStakeIn id:gamma .
  stmt:o3 a kg:Stake ; kg:subject id:holdco ; kg:relation kg:holdsStakeIn ; kg:object id:gamma ;
      kg:stakePercent 30 ; prov:wasDerivedFrom src:b .
  id:angel kg:holdsStakeIn id:gamma .
  stmt:o4 a kg:Stake ; kg:subject id:angel ; kg:relation kg:holdsStakeIn ; kg:object id:gamma ;
      kg:stakePercent 10 ; prov:wasDerivedFrom src:b .
  id:fund2 kg:acquires id:holdco .
  id:ceo a kg:Person ; rdfs:label "Carla Chief" .
  id:ceo kg:ceoOf id:fund2 .
}
"""


@pytest.fixture
def both(store, tmp_path):
    """The fixture in a fresh store of each backend, seen both ways."""
    path = tmp_path / "fixture.trig"
    path.write_text(FIXTURE, encoding="utf-8")
    projected = KnowledgeGraph(store, analysis="projection")
    projected.load([path])
    merge(store, ID + "acme", ID + "acme-inc", who="test", now="2026-01-01T00:00:00Z")
    merge(store, ID + "ghost", ID + "delta", who="test", now="2026-01-01T00:00:00Z")
    return projected, KnowledgeGraph(store, analysis="neighbourhood")


def _outcome(call, *args, **options):
    """What a call returns, or the error it raises (an entity with no triples of its own,
    like a merge's canonical name, cannot be named)."""
    try:
        return call(*args, **options)
    except KGError as error:
        return type(error), str(error)


def _same_commands(projected: KnowledgeGraph, neighbours: KnowledgeGraph, entities) -> int:
    compared = 0
    for entity in entities:
        for command in ("portfolio", "investors", "coinvestors", "owners"):
            expected = _outcome(getattr(projected, command), entity)
            assert _outcome(getattr(neighbours, command), entity) == expected, (command, entity)
            compared += isinstance(expected, (list, dict))
        assert _outcome(neighbours.owners, entity, max_depth=1) == _outcome(projected.owners, entity, max_depth=1)
    return compared


def _same_links(projected, neighbours, pairs, hops, **options) -> int:
    found = 0
    for source, target in pairs:
        for max_hops in hops:
            expected = _outcome(projected.links, source, target, max_hops=max_hops, limit=None, **options)
            assert _outcome(neighbours.links, source, target, max_hops=max_hops, limit=None, **options) == expected, (
                source, target, max_hops, options)
            found += len(expected) if isinstance(expected, list) else 0
    return found


def test_every_command_answers_as_the_projection_does(both):
    projected, neighbours = both
    graph = projected.projection()
    entities = sorted(n for n in graph if n.startswith(ID))
    assert ID + "ghost" in graph and ID + "acme-inc" not in graph  # the merges are folded
    if projected.store.url == "memory:":
        # rdflib joins VALUES blocks by nested loops (seconds a command): a few entities.
        assert _same_commands(projected, neighbours, [ID + n for n in ("acme", "fund", "gamma")]) == 12
    else:
        # All but ghost, somewhere and robots, the subject of no triple to be named by.
        assert _same_commands(projected, neighbours, entities) == 4 * (len(entities) - 3)
    # Not vacuous: the fixture's answers are there to be found.
    assert [(r["investor"], r["deals"]) for r in neighbours.investors("id:acme")] == [
        (ID + "fund", 2), (ID + "holdco", 1), (ID + "fund2", 1)]
    assert [(r["investor"], r["shared"]) for r in neighbours.coinvestors("id:fund")] == [
        (ID + "fund2", 2), (ID + "angel", 1), (ID + "holdco", 1)]
    assert {r["owner"] for r in neighbours.owners("id:acme")["rows"]} >= {ID + "holdco", ID + "gamma", ID + "angel"}
    assert neighbours.owners("id:acme")["cycles"] == [[ID + "gamma", ID + "holdco"]]


def test_links_are_the_projections_paths_in_the_same_order(both):
    projected, neighbours = both
    entities = sorted(n for n in projected.projection() if n.startswith(ID))
    [(path, sentence)] = neighbours.links("Ann Angel", "Xland", max_hops=5, limit=1)
    assert path.nodes == tuple(ID + n for n in ("angel", "ghost", "forum", "city", "x"))
    assert sentence.startswith("Ann Angel invests in Delta, which takes part in The Forum")
    if projected.store.url == "memory:":
        # rdflib joins VALUES blocks by nested loops: each search takes seconds there. The
        # same code is compared pair by pair on the two other stores.
        assert _same_links(projected, neighbours, [(ID + "angel", ID + "x"), (ID + "fund", ID + "ceo")], (4, 5)) > 1
        return
    # Every ordered pair on the embedded store, a third of them on the server.
    pairs = list(itertools.permutations(entities, 2))[::1 if projected.store.url.startswith("oxigraph:") else 3]
    assert _same_links(projected, neighbours, pairs, (1, 2, 3, 4, 5)) > 30
    some = pairs[::7]
    assert _same_links(projected, neighbours, some, (3, 4), relations=["invests_in", "holds_stake_in"]) > 0
    assert _same_links(projected, neighbours, some, (4, 5), through=["Organization"]) > 0


def test_focused_pictures_are_the_projections(both):
    projected, neighbours = both
    views = (("id:acme", 1), ("id:fund", 2), ("id:x", 3))
    for entity, hops in views[:1] if projected.store.url == "memory:" else views:
        assert neighbours.viz(focus=entity, hops=hops) == projected.viz(focus=entity, hops=hops)
    options = {"focus": "id:fund", "hops": 2, "classes": ["Organization"], "relations": ["invests_in", "acquires"]}
    assert neighbours.viz(**options) == projected.viz(**options)
    with pytest.raises(AnalysisError, match="not in the picture"):
        neighbours.viz(focus="id:x", classes=["Company"])


def test_the_part_read_is_the_projections_subgraph_around_what_was_expanded(both):
    projected, _ = both
    whole = projected.projection()
    for batch_size in (1, 3, 256):
        part = Neighbourhood(projected.store, projected.ontology, batch_size=batch_size)
        part.expand([ID + "acme", ID + "x"])
        part.expand([ID + "holdco"])
        graph = part.graph()
        expected_edges = {
            (u, v, k): d for u, v, k, d in whole.edges(keys=True, data=True) if {u, v} & set(part.expanded)
        }
        assert {(u, v, k): d for u, v, k, d in graph.edges(keys=True, data=True)} == expected_edges
        ends = {n for u, v, _ in expected_edges for n in (u, v)} | set(part.expanded)
        assert dict(graph.nodes(data=True)) == {n: whole.nodes[n] for n in ends}
        assert graph.nodes[ID + "acme"]["merged"] == [ID + "acme-inc"]
        # The candidate statement is no edge, the literal end of a direct triple a leaf.
        assert not any(k == "https://w3id.org/kg/stmt/c1" for _, _, k in graph.edges(keys=True))
        assert "Springfield" in graph


def test_every_read_names_its_entities(both):
    """No query of the neighbourhood path reads the whole graph: each one binds the
    entities it asks about in a VALUES block (the judgements excepted, one small graph)."""
    _, neighbours = both
    store = neighbours.store
    sent = []
    original = store.select_rows

    def recording(sparql):
        sent.append(sparql)
        return original(sparql)

    store.select_rows = recording
    try:
        neighbours.coinvestors("id:fund")
        neighbours.owners("id:acme")
        neighbours.links("id:angel", "id:x", max_hops=5)
    finally:
        del store.select_rows
    reads = [q for q in sent if "kg/judgements" not in q and "Judgement" not in q]
    assert len(reads) >= 6
    assert all("VALUES ?e" in q or "VALUES ?s" in q for q in reads), [q for q in reads if "VALUES" not in q]


def test_the_switch_asks_the_store(tmp_path, remote_url, monkeypatch):
    monkeypatch.delenv("KG_ANALYSIS", raising=False)
    with KnowledgeGraph.open(remote_url) as remote, KnowledgeGraph.open(f"oxigraph:{tmp_path / 's'}") as embedded:
        assert remote.reads_neighbourhoods and not embedded.reads_neighbourhoods
    monkeypatch.setenv("KG_ANALYSIS", "neighbourhood")
    with KnowledgeGraph.open("memory:") as forced:
        assert forced.reads_neighbourhoods
    monkeypatch.setenv("KG_ANALYSIS", "sideways")
    with pytest.raises(AnalysisError, match="unknown analysis mode"):
        KnowledgeGraph(open_store("memory:"))


def test_the_seed_graph_both_ways(seed_store):
    with KnowledgeGraph.open(seed_store, analysis="projection") as projected:
        neighbours = KnowledgeGraph(projected.store, projected.ontology, analysis="neighbourhood")
        graph = projected.projection()
        entities = sorted(n for n in graph if graph.degree(n))
        _same_commands(projected, neighbours, entities)
        rng = random.Random(14)
        pairs = [tuple(rng.sample(entities, 2)) for _ in range(40)]
        pairs += [(ID + "mirae-asset-management", ID + "lee-jae-myung"), (ID + "lg-electronics", ID + "china")]
        assert _same_links(projected, neighbours, pairs, (2, 4)) > 20
        hub = max(entities, key=graph.degree)
        assert neighbours.viz(focus=hub, hops=2) == projected.viz(focus=hub, hops=2)


def test_the_seed_graph_on_a_sparql_server(remote_url):
    """The same comparison against a real `oxigraph serve`, where auto mode reads
    neighbourhoods."""
    with KnowledgeGraph.open(remote_url) as neighbours:
        neighbours.load_seed()
        assert neighbours.reads_neighbourhoods
        projected = KnowledgeGraph(neighbours.store, neighbours.ontology, analysis="projection")
        graph = projected.projection()
        entities = sorted(n for n in graph if graph.degree(n))
        _same_commands(projected, neighbours, entities[::3])
        pairs = [(ID + "mirae-asset-management", ID + "lee-jae-myung"), (ID + "lg-electronics", ID + "china")]
        assert _same_links(projected, neighbours, pairs, (3, 4)) > 0
        part = links_graph(neighbours.store, neighbours.ontology, *pairs[0], max_hops=4)
        assert part.number_of_nodes() < graph.number_of_nodes()
        assert isinstance(part, nx.MultiDiGraph)
