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


def _patched_after(tmp_path, monkeypatch, first: list, second: list):
    """The projection of a store holding *first* (one graph, its join kept on disk) after
    *second* (another graph) is written, as a new process patches it, with the oracle (the
    whole store read at once), the join's ways and the queries the patch sent."""
    from rdflib import URIRef

    from kg.analysis.project import forget_projections, project
    from kg.store.pieces import ACTIVITY

    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    forget_projections()
    url = f"oxigraph:{tmp_path / 'store'}"
    one, two = URIRef("https://w3id.org/kg/source/one"), URIRef("https://w3id.org/kg/source/two")
    with KnowledgeGraph.open(url) as graph:
        graph.store.replace_graph(one, [(*triple, one) for triple in first])
        for _ in range(2):  # the pieces cached, then (as a process finding them does) their join kept
            forget_projections()
            project(graph.store, graph.ontology)
    forget_projections()
    with KnowledgeGraph.open(url) as graph:
        graph.store.replace_graph(two, [(*triple, two) for triple in second])
        asked: list[str] = []
        select_rows = graph.store.select_rows

        def counted(sparql: str):
            asked.append(sparql)
            return select_rows(sparql)

        monkeypatch.setattr(graph.store, "select_rows", counted)
        ACTIVITY.reset()
        patched = project(graph.store, graph.ontology)
        joins = list(ACTIVITY.joins)
        monkeypatch.undo()
        return patched, build_projection(graph.store, graph.ontology), joins, asked, graph.ontology


def test_a_patch_asks_about_the_touched_things_not_once_per_class(tmp_path, monkeypatch):
    """Patching the join with one written graph costs queries about what that graph
    names: the types of its entities are one query, however many classes the ontology has."""
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDF, RDFS

    from kg.analysis.joined import LINKS, Shape
    from kg.namespaces import KG

    a, b, c = URIRef(ID + "a"), URIRef(ID + "b"), URIRef(ID + "c")
    first = [(a, RDF.type, KG.Company), (a, RDFS.label, Literal("A")), (b, RDF.type, KG.InvestmentFirm), (b, KG.investsIn, a)]
    second = [(c, RDF.type, KG.Company), (c, RDFS.label, Literal("C")), (b, KG.investsIn, c)]
    patched, oracle, joins, asked, ontology = _patched_after(tmp_path, monkeypatch, first, second)
    assert joins == [("projection", "patched")]
    assert list(patched.edges(keys=True, data=True)) == list(oracle.edges(keys=True, data=True))
    assert dict(patched.nodes(data=True)) == dict(oracle.nodes(data=True))
    shape = Shape(ontology)
    patch_queries = [sparql for sparql in asked if "VALUES" in sparql]
    # Per section of a statement (none here: no statement touched), and the direct triples,
    # the types, the labels; the article's sources none.
    assert len(shape.classes) > 10
    assert sum(f"<{RDF.type}>" in sparql for sparql in patch_queries) == 1
    assert len(patch_queries) <= len(LINKS) + len(shape.qualifiers) + 6


def test_a_type_written_as_a_literal_types_nothing_patched_or_not(tmp_path, monkeypatch):
    """A class's IRI written as a literal (another program's mistake) is no class, in the
    patched join as in the whole store read at once."""
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDF

    from kg.namespaces import KG

    a, b = URIRef(ID + "a"), URIRef(ID + "b")
    first = [(a, RDF.type, KG.Company), (b, KG.investsIn, a)]
    second = [(b, RDF.type, Literal(str(KG.InvestmentFirm))), (b, KG.investsIn, a)]
    patched, oracle, joins, _, _ = _patched_after(tmp_path, monkeypatch, first, second)
    assert joins == [("projection", "patched")]
    assert patched.nodes[ID + "b"]["cls"] == oracle.nodes[ID + "b"]["cls"] == ""
    assert dict(patched.nodes(data=True)) == dict(oracle.nodes(data=True))


def test_pieces_built_cold_are_written_by_another_thread_before_the_projection_returns(tmp_path, monkeypatch):
    import threading

    from kg.analysis.project import forget_projections, project
    from kg.store import pieces

    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    graph = KnowledgeGraph.open(f"oxigraph:{tmp_path / 'store'}")
    graph.load([FIXTURE])
    forget_projections()
    writers, save = [], pieces._save

    def recording(path, piece, *, keep=None):
        writers.append(threading.get_ident())
        save(path, piece, keep=keep)

    monkeypatch.setattr(pieces, "_save", recording)
    projected = project(graph.store, graph.ontology)
    # Written while the pieces were joined, not by the caller's thread, and on disk when
    # the projection is given back: the next process reads them.
    assert len(writers) == 2 and threading.get_ident() not in writers
    assert len(list((tmp_path / "cache").glob("pieces-*/projection-*.json"))) == 2
    monkeypatch.setattr(pieces, "_save", save)
    forget_projections()
    again = project(graph.store, graph.ontology)
    assert sorted(again.edges(keys=True, data=True)) == sorted(projected.edges(keys=True, data=True))
    assert list(again.nodes(data=True)) == list(projected.nodes(data=True))
    graph.close()


def test_an_error_writing_a_piece_behind_is_raised_at_the_end_of_the_block(tmp_path):
    import pytest

    from kg.store import pieces

    class Unwritable(dict):
        """A piece json cannot write with an error _save does not swallow."""

        def items(self):
            raise RuntimeError("disk on fire")

    joined = []
    with pytest.raises(RuntimeError, match="disk on fire"):
        with pieces.saved_behind():
            pieces._save_soon(tmp_path / "projection-a-b.json", Unwritable(x=[]))
            joined.append("went on")
    assert joined == ["went on"]
    # Outside the block, a piece is written at once, by the caller.
    pieces._save_soon(tmp_path / "projection-a-c.json", {"labels": ["e", "E"]})
    assert (tmp_path / "projection-a-c.json").exists()


def test_a_piece_file_is_the_json_the_encoder_writes_whatever_its_strings(tmp_path):
    import json

    from kg.store import pieces

    awkward = ['say "hi"', "back\\slash", "two\nlines", "tab\there", "\x00", "é ü 𝄞", "\u2028", "\u00a0", "", ","]
    for piece in (
        {"labels": ["https://x/a", "A", "https://x/b", "B"], "type t": [], "sources": ["s"]},
        {"labels": awkward, "plain": ["a", "b"], 'a "section"': ["x"]},
        *({"one": [value], "with": ["a", value, "b"]} for value in awkward),
    ):
        path = tmp_path / "projection-a-b.json"
        pieces._save(path, piece)
        written = json.dumps({"kind": "kg-piece", "piece": piece}, ensure_ascii=False, separators=(",", ":"))
        assert path.read_text(encoding="utf-8") == written
        assert pieces._load(path) == piece


def test_a_join_written_is_kept_in_order_and_graphed_as_one_never_written():
    from kg.analysis.joined import Shape, join_pieces
    from kg.analysis.project import _read_whole

    graph = _kg()
    shape = Shape(graph.ontology)
    piece = _read_whole(graph.store, shape)
    written, fresh = join_pieces([piece], shape), join_pieces([piece], shape)
    body = written.body(shape)
    # body() sorted the join once; the graph made of it next takes that order as it is.
    assert written.ordered and list(written.nodes) == sorted(written.nodes) and list(written.edges) == sorted(written.edges)
    one, other = written.graph(), fresh.graph()  # fresh: never sorted in place
    assert not fresh.ordered and body == fresh.body(shape)
    assert list(one.nodes(data=True)) == list(other.nodes(data=True))
    assert list(one.edges(keys=True, data=True)) == list(other.edges(keys=True, data=True))
    assert one.graph == other.graph


def test_sections_read_behind_are_the_sections_read_at_once(tmp_path):
    """Within read_behind, read_sections gives its pieces back while its threads read;
    once ready, they hold what one read by one thread gives, section by section and value
    by value, whether a graph is read alone or with others (VALUES ?g)."""
    from rdflib import URIRef

    from kg.analysis.joined import Shape
    from kg.store.pieces import read_behind, read_sections

    graph = KnowledgeGraph.open(f"oxigraph:{tmp_path / 'store'}")
    graph.load([FIXTURE])
    for name in ("one", "two", "three"):  # more named graphs: read together
        graph.store.load((Path(__file__).parent / "fixtures" / "valid.trig").read_bytes(), _trig(), graph=URIRef(f"{STMT}g-{name}"))
    shape = Shape(graph.ontology)
    stores_graphs = graph.store.stored_graphs()
    assert len(stores_graphs) > 3
    for graphs in (stores_graphs, stores_graphs[:1], stores_graphs[:2]):
        at_once = read_sections(graph.store, graphs, shape.reads())
        assert sum(len(values) for piece in at_once.values() for values in piece.values()) > 20
        with read_behind() as ready:
            behind = read_sections(graph.store, graphs, shape.reads(), threads=2)
            ready(["labels"])
            assert all(piece["labels"] == at_once[name]["labels"] for name, piece in behind.items())
        assert [(name, list(piece.items())) for name, piece in behind.items()] == [
            (name, list(piece.items())) for name, piece in at_once.items()
        ]
    graph.close()


def _trig():
    from kg.formats import get_format

    return get_format("trig")


def test_a_read_failing_behind_the_join_is_raised_and_leaves_no_piece(tmp_path, monkeypatch):
    import pytest

    from kg.analysis.project import forget_projections, project
    from kg.errors import QueryError
    from kg.store import pieces

    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    graph = KnowledgeGraph.open(f"oxigraph:{tmp_path / 'store'}")
    graph.load([FIXTURE])
    forget_projections()
    store_class, reading = type(graph.store), type(graph.store).select_values

    def failing(store, sparql):
        if "dc/terms/issued" in sparql:  # the last section read, after the join has begun
            raise QueryError("the store went away")
        return reading(store, sparql)

    monkeypatch.setattr(store_class, "select_values", failing)  # its two graphs are read together
    with pytest.raises(QueryError, match="went away"):
        project(graph.store, graph.ontology)
    assert not pieces._MEMO and not list((tmp_path / "cache").glob("pieces-*/projection-*.json"))
    monkeypatch.setattr(store_class, "select_values", reading)
    projected = project(graph.store, graph.ontology)
    whole = build_projection(graph.store, graph.ontology)
    assert list(projected.edges(keys=True, data=True)) == list(whole.edges(keys=True, data=True))
    assert list(projected.nodes(data=True)) == list(whole.nodes(data=True))
    graph.close()


def test_read_behind_shortens_the_switch_interval_for_its_block_only():
    """The readers' shorter switch interval holds inside the outermost block and is given
    back when it ends, whether it ends well or by an error; a nested block changes nothing."""
    import sys

    import pytest

    from kg.store.pieces import read_behind

    before = sys.getswitchinterval()
    with read_behind():
        inside = sys.getswitchinterval()
        with read_behind():
            assert sys.getswitchinterval() == inside
        assert sys.getswitchinterval() == inside
    assert inside < before and sys.getswitchinterval() == before
    with pytest.raises(RuntimeError), read_behind():
        raise RuntimeError("the join failed")
    assert sys.getswitchinterval() == before
