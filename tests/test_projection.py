"""The projection: exact nodes and edges of a hand-written graph, filters and caching."""

from __future__ import annotations

from pathlib import Path

from kg.analysis.project import build_projection
from kg.graph import KnowledgeGraph

FIXTURE = Path(__file__).parent / "fixtures" / "projection.trig"
ID = "https://w3id.org/kg/id/"
STMT = "https://w3id.org/kg/stmt/"


def _kg() -> KnowledgeGraph:
    graph = KnowledgeGraph.open("memory:")
    graph.load([FIXTURE])
    return graph


def test_nodes_have_label_and_most_specific_class():
    g = _kg().projection()
    assert dict(g.nodes(data=True)) == {
        ID + "fund": {"label": "Blue Fund", "cls": "InvestmentFirm"},
        ID + "acme": {"label": "Acme Robotics", "cls": "Company"},
        ID + "x": {"label": "Xland", "cls": "Country"},
        ID + "y": {"label": "Yland", "cls": "Country"},
        ID + "somewhere": {"label": "somewhere", "cls": ""},
    }


def test_edges_one_per_statement_with_qualifiers_and_source():
    g = _kg().projection()
    edges = {key: data for _, _, key, data in g.edges(keys=True, data=True)}
    assert set(edges) == {STMT + "r1", STMT + "r2", STMT + "t", "headquarteredIn"}
    assert edges[STMT + "r2"] == {
        "relation": "investsIn", "label": "invests in", "strength": 3,
        "statement": STMT + "r2", "source": "https://w3id.org/kg/source/news",
        "amount": 20000000.0, "currency": "USD", "round": "series-a", "date": "2023",
    }
    assert edges["headquarteredIn"]["statement"] is None
    assert g.number_of_edges(ID + "fund", ID + "acme") == 2
    assert g.number_of_edges(ID + "y", ID + "x") == 0  # the symmetric twin is not repeated
    assert g.graph["sources"] == {
        "https://w3id.org/kg/source/news": {"title": "Two rounds and a trade figure", "issued": "2025-03"}
    }


def test_filters_by_class_and_relation():
    graph = _kg()
    orgs = graph.projection(classes=["Organization"])
    assert sorted(orgs.nodes) == [ID + "acme", ID + "fund"]
    assert orgs.number_of_edges() == 2
    trade = graph.projection(relations=["trades_with"])
    assert sorted(trade.nodes) == [ID + "x", ID + "y"]


def test_projection_is_cached_per_store_state():
    graph = _kg()
    first = graph.projection()
    assert graph.projection() is first
    graph.load([Path(__file__).parent / "fixtures" / "valid.trig"])
    second = graph.projection()
    assert second is not first
    assert ID + "acme" in second and second.number_of_edges() == first.number_of_edges() + 1


def test_build_without_cache_equals_cached():
    graph = _kg()
    fresh = build_projection(graph.store, graph.ontology)
    cached = graph.projection()
    assert sorted(fresh.edges(keys=True)) == sorted(cached.edges(keys=True))


class _Payload:
    """Unpickling this runs ``open(marker, "w")``: what a crafted cache file would do."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (open, (str(self.marker), "w"))


def _disk_cache(tmp_path, monkeypatch):
    """A store on disk whose projection pieces are cached; returns the module, the graph
    and the piece files."""
    import importlib

    module = importlib.import_module("kg.analysis.project")  # kg.analysis.project is also a function
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    graph = KnowledgeGraph.open(f"oxigraph:{tmp_path / 'store'}")
    graph.load([FIXTURE])
    graph.projection()
    module.forget_projections()
    graph.projection()  # the pieces found cached: their join is kept too
    module.forget_projections()
    files = sorted((tmp_path / "cache").glob("pieces-*/projection-*.json"))
    assert len(files) == 2  # the ontology's graph and the fixture's news source
    joins = sorted((tmp_path / "cache").glob("pieces-*/join-projection.json"))
    assert len(joins) == 1  # and their join
    return module, graph, files + joins


def test_a_crafted_pickle_in_the_cache_runs_nothing_and_is_rebuilt(tmp_path, monkeypatch):
    import pickle

    import pytest

    module, graph, files = _disk_cache(tmp_path, monkeypatch)
    marker = tmp_path / "pwned"
    crafted = pickle.dumps(_Payload(marker))
    for path in files:
        path.write_bytes(crafted)
    with pytest.warns(module.CacheWarning, match="ignoring the cache file"):
        rebuilt = graph.projection()
    assert not marker.exists()
    assert rebuilt.number_of_nodes() == 5 and rebuilt.number_of_edges() == 4
    # The rebuilt files are read back by a fresh process as the same graph.
    module.forget_projections()
    again = graph.projection()
    assert again is not rebuilt
    assert sorted(again.edges(keys=True, data=True)) == sorted(rebuilt.edges(keys=True, data=True))
    assert dict(again.nodes(data=True)) == dict(rebuilt.nodes(data=True)) and again.graph == rebuilt.graph
    graph.close()


def test_a_damaged_or_foreign_cache_is_ignored_with_a_warning(tmp_path, monkeypatch):
    import pytest

    module, graph, files = _disk_cache(tmp_path, monkeypatch)
    for content in (b"\xff\xfe not utf-8", b'{"kind": "kg-piece", "piece": {"labels": 1}}', b"[]", b'{"kind": "other"}'):
        for path in files:
            path.write_bytes(content)
        module.forget_projections()
        with pytest.warns(module.CacheWarning):
            assert graph.projection().number_of_edges() == 4
    graph.close()
