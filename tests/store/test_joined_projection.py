"""The projection's join kept on disk (kg.analysis.join_patches) and patched graph by graph is
exactly the projection read from the whole store at once, in the same order, through
every kind of write: the oracle is :func:`kg.analysis.project.build_projection`."""

from __future__ import annotations

import random

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS

from kg.analysis.project import (
    build_projection,
    forget_projections,
    project,
    refresh_pieces,
)
from kg.graph import KnowledgeGraph
from kg.namespaces import KG, PROV
from kg.store.pieces import ACTIVITY

ID = "https://w3id.org/kg/id/"
SRC = "https://w3id.org/kg/source/"
TITLE = URIRef("http://purl.org/dc/terms/title")


pytestmark = pytest.mark.usefixtures("own_cache")


def _same_in_order(G, H) -> None:
    assert list(G.nodes(data=True)) == list(H.nodes(data=True))
    assert list(G.edges(keys=True, data=True)) == list(H.edges(keys=True, data=True))
    assert G.graph == H.graph


def _warm(graph: KnowledgeGraph) -> None:
    """Cache the pieces, then (as a process that finds them cached does) keep their join."""
    project(graph.store, graph.ontology)
    forget_projections()
    project(graph.store, graph.ontology)
    assert (ACTIVITY.joins or [("", "made")])[-1][1] == "made"


def _random_quad(rng: random.Random, g: URIRef) -> tuple:
    entities = [URIRef(f"{ID}e{n}") for n in range(10)]
    statements = [URIRef(f"{ID}s{n}") for n in range(8)]
    classes = [KG.Company, KG.InvestmentFirm, KG.Organization, KG.Country, KG.Person]
    relations = [KG.investsIn, KG.tradesWith, KG.headquarteredIn, KG.holdsStakeIn, KG.competesWith]
    e, st = rng.choice(entities), rng.choice(statements)
    return rng.choice([
        (e, RDF.type, rng.choice(classes)), (e, RDFS.label, Literal(rng.choice("ABC"))),
        (e, rng.choice(relations), rng.choice(entities)), (e, rng.choice(relations), rng.choice(entities)),
        (st, KG.subject, e), (st, KG.object, e), (st, KG.relation, rng.choice(relations)),
        (st, KG.amount, Literal(rng.randint(1, 3))), (st, KG.candidate, Literal(rng.random() < 0.5)),
        (st, PROV.wasDerivedFrom, g), (g, RDF.type, KG.Source), (g, TITLE, Literal(rng.choice("XY"))),
    ]) + (g,)


@pytest.mark.parametrize("seed", range(8))
def test_a_patched_join_is_the_whole_store_read_at_once(seed, tmp_path):
    """Random quads over a few entities, statements and graphs (symmetric relations, the
    same fact in several graphs, candidates, several labels and values), written, replaced
    and dropped at random; each time a new process patches the join kept on disk."""
    rng = random.Random(seed)
    graphs = [URIRef(f"{SRC}g{n}") for n in range(5)]
    url = f"oxigraph:{tmp_path / 'store'}"
    hows = []
    with KnowledgeGraph.open(url) as graph:
        for g in graphs:
            graph.store.replace_graph(g, [_random_quad(rng, g) for _ in range(20)])
        _warm(graph)
    for _ in range(12):
        forget_projections()  # as a new process: the join on disk is all that is left
        with KnowledgeGraph.open(url) as graph:
            g = rng.choice(graphs)
            action = rng.random()
            if action < 0.5:
                graph.store.replace_graph(g, [_random_quad(rng, g) for _ in range(rng.randint(1, 25))])
            elif action < 0.8:
                graph.store.add([_random_quad(rng, g) for _ in range(rng.randint(1, 5))])
            else:
                graph.store.drop_graph(g)
            ACTIVITY.reset()
            _same_in_order(project(graph.store, graph.ontology), build_projection(graph.store, graph.ontology))
            hows += [how for _, how in ACTIVITY.joins]
    assert "patched" in hows and set(hows) <= {"patched", "read"}  # "read": a write that changed nothing


def test_a_literal_where_an_entity_was_expected_is_patched_as_read(tmp_path):
    """The pieces hold terms as text: an object written as a literal is the node of that
    text, patched or not."""
    url = f"oxigraph:{tmp_path / 'store'}"
    a, g1, g2 = URIRef(ID + "a"), URIRef(SRC + "one"), URIRef(SRC + "two")
    with KnowledgeGraph.open(url) as graph:
        graph.store.replace_graph(g1, [(a, RDF.type, KG.Company, g1), (a, KG.competesWith, Literal(ID + "b"), g1)])
        _warm(graph)
    forget_projections()
    with KnowledgeGraph.open(url) as graph:
        graph.store.replace_graph(g2, [(a, RDFS.label, Literal("A"), g2)])
        ACTIVITY.reset()
        G = project(graph.store, graph.ontology)
        assert ACTIVITY.joins == [("projection", "patched")]
        _same_in_order(G, build_projection(graph.store, graph.ontology))
        assert G.has_edge(ID + "a", ID + "b")


def test_a_cold_process_leaves_the_join_to_the_next_and_a_bulk_write_keeps_it(tmp_path, monkeypatch):
    """Made from pieces read from the store this moment, the join is not written (the next
    process makes it from the cached pieces); a bulk write caches it at once."""
    # A bulk write is one whose pieces hold over _BULK_VALUES values: lowered so that a
    # table of 1,500 rows is one, with room (as 15,000 rows are at the shipped 40,000).
    monkeypatch.setattr("kg.analysis.project._BULK_VALUES", 2_000)
    url = f"oxigraph:{tmp_path / 'store'}"
    g = URIRef(SRC + "one")
    with KnowledgeGraph.open(url) as graph:
        graph.store.replace_graph(g, [(URIRef(ID + "a"), KG.investsIn, URIRef(ID + "b"), g)])
        project(graph.store, graph.ontology)
    assert not list((tmp_path / "cache").glob("pieces-*/join-projection.json"))
    forget_projections()
    with KnowledgeGraph.open(url) as graph:
        project(graph.store, graph.ontology)
        assert len(list((tmp_path / "cache").glob("pieces-*/join-projection.json"))) == 1
        table = URIRef(SRC + "table")
        graph.store.replace_graph(table, [
            (URIRef(f"{ID}f{n}"), KG.investsIn, URIRef(f"{ID}c{n}"), table) for n in range(1_500)
        ])
        assert refresh_pieces(graph.store, graph.ontology)
    forget_projections()
    with KnowledgeGraph.open(url, read_only=True) as graph:
        ACTIVITY.reset()
        assert project(graph.store, graph.ontology).has_edge(ID + "f7", ID + "c7")
        assert ACTIVITY.joins == [("projection", "read")]


def test_a_join_of_another_shape_or_damaged_is_made_again(tmp_path):
    url = f"oxigraph:{tmp_path / 'store'}"
    g = URIRef(SRC + "one")
    with KnowledgeGraph.open(url) as graph:
        graph.store.replace_graph(g, [(URIRef(ID + "a"), KG.investsIn, URIRef(ID + "b"), g)])
        _warm(graph)
    (join,) = (tmp_path / "cache").glob("pieces-*/join-projection.json")
    header = join.read_text(encoding="utf-8").splitlines()[0]
    join.write_text(header + "\n{\"shape\": \"another\"}", encoding="utf-8")
    forget_projections()
    with KnowledgeGraph.open(url, read_only=True) as graph:
        ACTIVITY.reset()
        assert project(graph.store, graph.ontology).has_edge(ID + "a", ID + "b")
        assert ACTIVITY.joins == [("projection", "made")]


def test_an_entity_of_two_classes_as_deep_takes_the_ontologys_most_specific(tmp_path):
    """Company and InvestmentFirm are as deep; the projection (whole, patched, around an
    entity) and the names extraction knows all take Ontology.most_specific's pick."""
    from kg.analysis.neighbourhood import Neighbourhood
    from kg.extract.store_io import known_entities

    graph = KnowledgeGraph.open(f"oxigraph:{tmp_path / 'store'}")
    g = URIRef(SRC + "a")
    both, other = URIRef(ID + "both"), URIRef(ID + "other")
    quads = [(both, RDF.type, KG.Company, g), (both, RDF.type, KG.InvestmentFirm, g),
             (both, RDFS.label, Literal("Both Ltd"), g), (other, RDF.type, KG.Country, g),
             (other, RDFS.label, Literal("Otherland"), g), (both, KG.headquarteredIn, other, g)]
    graph.store.add(quads)
    expected = graph.ontology.most_specific({KG.Company, KG.InvestmentFirm}).name
    assert expected == "InvestmentFirm"  # the later name of the two: the tie-break pinned
    assert build_projection(graph.store, graph.ontology).nodes[ID + "both"]["cls"] == expected
    _warm(graph)
    graph.store.add([(other, RDFS.label, Literal("Other"), URIRef(SRC + "b"))])
    forget_projections()
    patched = project(graph.store, graph.ontology)
    assert ACTIVITY.joins[-1][1] == "patched"
    assert patched.nodes[ID + "both"]["cls"] == expected
    around = Neighbourhood(graph.store, graph.ontology)
    around.expand([ID + "both"])
    assert around.cls(ID + "both") == expected
    assert [k.cls for k in known_entities(graph.store, graph.ontology) if k.iri == ID + "both"] == [expected]
