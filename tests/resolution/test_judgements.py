"""Judgements kept as data: merges, not-sames, unmerges, clusters and their conflicts."""

from __future__ import annotations

import pytest
from resolution_data import DATA, open_graph

from kg.entity_lookup import resolve_entity
from kg.formats import get_format
from kg.namespaces import OWL, PROV, SRC
from kg.resolution import (
    JUDGEMENTS,
    JudgementError,
    canonical_map,
    clusters,
    dedupe,
    judged_pairs,
    merge,
    not_same,
    read_judgements,
    unmerge,
)

ID = "https://w3id.org/kg/id/"


@pytest.fixture
def kg_graph():
    yield from open_graph()
FB, FB_INC, LG, LGE = ID + "facebook", ID + "facebook-inc", ID + "lg", ID + "lg-electronics"


def test_merge_records_who_when_why_and_the_same_as_triple(kg_graph):
    store = kg_graph.store
    merge(store, FB, FB_INC, who="ana", why="same firm", now="2026-12-01T10:00:00Z")
    [j] = read_judgements(store)
    assert (j.kind, j.a, j.b, j.who, j.when, j.why, j.withdrawn) == (
        "same", FB, FB_INC, "ana", "2026-12-01T10:00:00Z", "same firm", None,
    )
    triples = {(str(s), str(p), str(o)) for s, p, o, _ in store.quads(graph=JUDGEMENTS)}
    assert (FB_INC, str(OWL.sameAs), FB) in triples
    assert (str(j.iri), str(PROV.wasAttributedTo), str(SRC["agent-ana"])) in triples
    assert canonical_map(read_judgements(store)) == {FB_INC: FB}


def test_merged_names_resolve_to_the_canonical_entity(kg_graph):
    store = kg_graph.store
    merge(store, FB, FB_INC, who="ana")
    assert resolve_entity(store, "Facebook, Inc.") == FB
    assert resolve_entity(store, "id:facebook-inc") == FB
    assert resolve_entity(store, "Facebook, Inc.", merged=False) == FB_INC
    # The merged pair is no longer proposed; the others still are.
    assert [(r["a"], r["b"]) for r in dedupe(kg_graph.store, kg_graph.ontology)] == [(ID + "agibot", ID + "zhiyuan"), (LG, LGE), (ID + "mercury-cn", ID + "mercury-us")]


def test_transitive_merges_make_one_cluster_and_unmerge_takes_one_out(kg_graph):
    store = kg_graph.store
    merge(store, LGE, LG, who="ana", now="2026-12-01T10:00:00Z")
    merge(store, LG, ID + "lg-corp", who="bo", now="2026-12-01T11:00:00Z")
    judgements = read_judgements(store)
    assert clusters(judgements) == {LGE: [LGE, LG, ID + "lg-corp"]}
    assert frozenset((LGE, ID + "lg-corp")) in judged_pairs(judgements)
    withdrawn = unmerge(store, LG, who="cy", why="LG is the group", now="2026-12-01T12:00:00Z")
    assert [(j.a, j.b) for j in withdrawn] == [(LGE, LG), (LG, ID + "lg-corp")]
    judgements = read_judgements(store)
    assert clusters(judgements) == {}
    # Withdrawn, not forgotten: who undid it, when and why are kept.
    assert [(j.withdrawn, j.withdrawn_by, j.withdrawn_why) for j in judgements] == [
        ("2026-12-01T12:00:00Z", "cy", "LG is the group")] * 2
    assert not any(p == OWL.sameAs for _, p, _, _ in store.quads(graph=JUDGEMENTS))


def test_standing_judgements_leave_the_withdrawn_out(kg_graph):
    store = kg_graph.store
    merge(store, LGE, LG, who="ana", now="2026-12-01T10:00:00Z")
    merge(store, FB, FB_INC, who="bo", now="2026-12-01T11:00:00Z")
    unmerge(store, LG, who="cy", now="2026-12-01T12:00:00Z")
    assert [(j.b, j.withdrawn) for j in read_judgements(store)] == [(LG, "2026-12-01T12:00:00Z"), (FB_INC, None)]
    assert [(j.b, j.withdrawn) for j in read_judgements(store, withdrawn=False)] == [(FB_INC, None)]


def test_merging_two_clusters_keeps_the_first_canonical(kg_graph):
    store = kg_graph.store
    merge(store, FB, FB_INC, who="a", now="2026-12-01T10:00:00Z")
    merge(store, LGE, LG, who="a", now="2026-12-01T10:01:00Z")
    merge(store, FB_INC, LG, who="a", now="2026-12-01T10:02:00Z")
    assert clusters(read_judgements(store)) == {FB: [FB, FB_INC, LGE, LG]}


def test_not_same_is_remembered_and_forbids_the_merge_through_a_cluster(kg_graph):
    store = kg_graph.store
    not_same(store, ID + "mercury-us", ID + "mercury-cn", who="ana", why="two firms")
    assert ID + "mercury-us" not in {r["a"] for r in dedupe(kg_graph.store, kg_graph.ontology)} | {r["b"] for r in dedupe(kg_graph.store, kg_graph.ontology)}
    merge(store, ID + "mercury-us", ID + "mercury", who="bo")
    with pytest.raises(JudgementError, match=r"were judged different by ana on \d{4}-\d\d-\d\d \(two firms\)"):
        merge(store, ID + "mercury-cn", ID + "mercury", who="bo")
    assert clusters(read_judgements(store)) == {ID + "mercury-us": [ID + "mercury-us", ID + "mercury"]}


def test_not_same_inside_a_cluster_asks_for_an_unmerge(kg_graph):
    store = kg_graph.store
    merge(store, LGE, LG, who="a", now="2026-12-01T10:00:00Z")
    merge(store, LG, ID + "lg-corp", who="a", now="2026-12-01T10:01:00Z")
    before = read_judgements(store)
    with pytest.raises(JudgementError, match="are merged into <https://w3id.org/kg/id/lg-electronics>; run kg unmerge"):
        not_same(store, LGE, ID + "lg-corp", who="a")
    assert read_judgements(store) == before


def test_a_merge_overrules_a_not_same_only_when_asked(kg_graph):
    store = kg_graph.store
    not_same(store, FB, FB_INC, who="a", now="2026-12-01T10:00:00Z")
    with pytest.raises(JudgementError, match=r"overrule that judgement to merge"):
        merge(store, FB, FB_INC, who="b", now="2026-12-01T11:00:00Z")
    merge(store, FB, FB_INC, who="b", why="checked", now="2026-12-01T11:00:00Z", overrule=True)
    first, second = read_judgements(store)
    assert (first.kind, first.withdrawn, first.withdrawn_by) == ("different", "2026-12-01T11:00:00Z", "b")
    assert (second.kind, second.withdrawn) == ("same", None)


def test_errors_change_nothing(kg_graph):
    store = kg_graph.store
    merge(store, FB, FB_INC, who="a")
    before = sorted(map(str, store.quads(graph=JUDGEMENTS)))
    with pytest.raises(JudgementError, match="already one entity"):
        merge(store, FB_INC, FB, who="a")
    with pytest.raises(JudgementError, match="is not merged with anything"):
        unmerge(store, LG, who="a")
    with pytest.raises(JudgementError, match="a not-same needs two"):
        not_same(store, LG, LG, who="a")
    assert sorted(map(str, store.quads(graph=JUDGEMENTS))) == before


def test_judgements_survive_reimport_and_travel_with_an_export(kg_graph, tmp_path):
    store = kg_graph.store
    merge(store, FB, FB_INC, who="ana", why="same firm")
    not_same(store, ID + "mercury-us", ID + "mercury-cn", who="ana")
    # Re-ingesting a source rewrites its graph; the judgements graph is not it.
    news = SRC["news"]
    store.replace_graph(news, list(store.quads(graph=news)))
    kept = read_judgements(store)
    assert len(kept) == 2
    path = tmp_path / "all.trig"
    with path.open("wb") as out:
        kg_graph.export(out, get_format("trig"))
    from kg.graph import KnowledgeGraph

    with KnowledgeGraph.open("memory:") as other:
        other.store.load(path, get_format("trig"))
        assert read_judgements(other.store) == kept
    assert DATA  # the fixture graph itself is unchanged by judgements


def test_the_projection_sees_one_node_per_cluster(kg_graph):
    import networkx as nx

    from kg.analysis.project import build_projection

    store = kg_graph.store
    assert LG in build_projection(store, kg_graph.ontology)
    merge(store, LGE, LG, who="a", now="2026-12-01T10:00:00Z")
    merge(store, ID + "sequoia", ID + "sequoia-china", who="a", now="2026-12-01T10:01:00Z")
    merge(store, LG, ID + "dropbox", who="a", now="2026-12-01T10:02:00Z")
    # The projection every analysis reads folds the merges in.
    G = build_projection(store, kg_graph.ontology)
    assert G.nodes[LGE]["merged"] == [ID + "dropbox", LG]
    assert not {LG, ID + "dropbox", ID + "sequoia-china"} & set(G)
    # Dropbox's investors now invest in the merged node; the two unqualified
    # headquarters triples (keyed by relation) are one fact; Sequoia's investment in its
    # own fund, now inside one entity, is no edge.
    assert sorted((u, v) for u, v in G.edges() if LGE in (u, v)) == [
        (ID + "ali-partovi", LGE), (ID + "hadi-partovi", LGE), (LGE, ID + "south-korea"),
    ]
    assert list(G.edges(ID + "sequoia")) == []
    assert isinstance(G, nx.MultiDiGraph)


def test_import_resolves_names_through_merges_and_keeps_judged_pairs_apart(kg_graph):
    from kg.ingest.resolve import Resolver

    store = kg_graph.store
    # Before any judgement "Facebook Corp" fits two entities: a new entity, for dedupe.
    assert Resolver.from_store(store).resolve("Facebook Corp", "Company").new
    merge(store, FB, FB_INC, who="a")
    resolver = Resolver.from_store(store)
    assert resolver.resolve("Facebook Corp", "Company").iri == FB
    assert resolver.resolve("Facebook, Inc.", "Company").iri == FB
    not_same(store, ID + "mercury-us", ID + "mercury-cn", who="a")
    assert Resolver.from_store(store).resolve("Mercury", "Company").new


def test_news_extraction_knows_a_merged_entity_by_all_its_names(kg_graph):
    from kg.extract.store_io import known_entities

    store = kg_graph.store
    merge(store, LGE, LG, who="a")
    known = {k.iri: set(k.names) for k in known_entities(store, kg_graph.ontology)}
    assert LG not in known
    assert {"LG", "LG Electronics"} <= known[LGE]
