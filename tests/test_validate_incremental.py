"""`kg validate` checks what was written since the last validation: the same report as a
check of the whole store (the oracle, run in the same test), after writes whose effects
cross graphs; and `--validate` refuses a violating write whole."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from rdflib import URIRef

from kg.graph import KnowledgeGraph
from kg.validation_changes import check_write, record_path, validate_changes

FIXTURES = Path(__file__).parent / "fixtures"
PREFIXES = """
@prefix kg: <https://w3id.org/kg/ontology#> .
@prefix id: <https://w3id.org/kg/id/> .
@prefix src: <https://w3id.org/kg/source/> .
@prefix stmt: <https://w3id.org/kg/stmt/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
"""
SRC = "https://w3id.org/kg/source/"


@pytest.fixture(params=["oxigraph", "remote"])
def new_store(request, tmp_path, monkeypatch):
    """A fresh store of each kind a record is kept for; the remote one on a real Oxigraph
    server (the same URL in every test: each test gets its own cache directory)."""
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    if request.param == "remote":
        return request.getfixturevalue("remote_url")
    return f"oxigraph:{tmp_path / 'store'}"


@pytest.fixture
def _store(new_store):
    opened = []

    def make(_tmp_path=None) -> KnowledgeGraph:
        graph = KnowledgeGraph.open(new_store)
        graph.install_ontology()
        opened.append(graph)
        return graph

    yield make
    for graph in opened:
        graph.close()


def _write(graph: KnowledgeGraph, name: str, body: str) -> None:
    """Make source graph *name* hold exactly *body* (Turtle triples)."""
    from rdflib import Graph

    parsed = Graph().parse(data=PREFIXES + body, format="turtle")
    target = URIRef(SRC + name)
    graph.store.replace_graph(target, [(s, p, o, target) for s, p, o in parsed])


def _messages(report) -> set[str]:
    return {str(v) for v in report.violations}


def _same_as_whole(graph: KnowledgeGraph):
    run = validate_changes(graph.store, graph.ontology)
    assert run.report == graph.validate(), run
    return run


def test_nothing_written_means_nothing_checked(_store, tmp_path):
    graph = _store(tmp_path)
    graph.load([FIXTURES / "invalid.trig"])
    first = validate_changes(graph.store, graph.ontology)
    assert first.scope == "all" and record_path(graph.store).exists()
    again = validate_changes(graph.store, graph.ontology)
    assert again.scope == "unchanged"
    assert again.report == first.report and not again.report.conforms


def test_a_new_graph_is_checked_with_what_other_graphs_say(_store, tmp_path):
    graph = _store(tmp_path)
    _write(graph, "a", """
        src:a a kg:Source ; dcterms:title "A" .
        id:acme a kg:Company ; rdfs:label "Acme" .
        id:fund a kg:InvestmentFirm ; rdfs:label "Fund" .
        id:robotics a kg:Sector ; rdfs:label "robotics" .
    """)
    assert validate_changes(graph.store, graph.ontology).report.conforms
    # Typed in graph a, related in graph b: the range and domain checks read both.
    _write(graph, "b", """
        src:b a kg:Source ; dcterms:title "B" .
        id:fund kg:holdsStakeIn id:acme .
        id:robotics kg:holdsStakeIn id:acme .
        stmt:b1 a kg:Stake ; kg:subject id:fund ; kg:relation kg:holdsStakeIn ; kg:object id:acme ;
            prov:wasDerivedFrom src:b .
    """)
    run = _same_as_whole(graph)
    assert run.scope == "changes" and run.graphs == (SRC + "b",)
    assert _messages(run.report) == {"id:robotics kg:holdsStakeIn: the subject is outside the relation's domain (value id:acme)"}


def test_a_replaced_graph_takes_away_what_others_relied_on(_store, tmp_path):
    graph = _store(tmp_path)
    _write(graph, "a", 'src:a a kg:Source ; dcterms:title "A" . id:acme rdfs:label "Acme" .')
    _write(graph, "b", 'src:b a kg:Source ; dcterms:title "B" . id:acme a kg:Company .')
    assert validate_changes(graph.store, graph.ontology).report.conforms
    # The label lived in graph a: replacing a without it breaks a node typed in b.
    _write(graph, "a", 'src:a a kg:Source ; dcterms:title "A, again" .')
    run = _same_as_whole(graph)
    assert run.scope == "changes"
    assert _messages(run.report) == {"id:acme rdfs:label: an entity needs a label"}
    # And a statement whose direct triple was in a dropped graph.
    _write(graph, "a", 'src:a a kg:Source ; dcterms:title "A" . id:acme rdfs:label "Acme" . id:fund a kg:InvestmentFirm ; rdfs:label "F" . id:fund kg:holdsStakeIn id:acme .')
    _write(graph, "c", """src:c a kg:Source ; dcterms:title "C" .
        stmt:c1 a kg:Stake ; kg:subject id:fund ; kg:relation kg:holdsStakeIn ; kg:object id:acme ; prov:wasDerivedFrom src:c .""")
    assert _same_as_whole(graph).report.conforms
    graph.store.drop_graph(URIRef(SRC + "a"))
    run = _same_as_whole(graph)
    assert "stmt:c1 kg:relation: the direct triple of the statement is missing (value kg:holdsStakeIn)" in _messages(run.report)


def test_earlier_violations_stand_until_their_nodes_change(_store, tmp_path):
    graph = _store(tmp_path)
    _write(graph, "a", 'src:a a kg:Source . id:nameless a kg:Company .')
    first = validate_changes(graph.store, graph.ontology)
    assert len(first.report.violations) == 2  # no title, no label
    _write(graph, "b", 'src:b a kg:Source ; dcterms:title "B" .')
    run = _same_as_whole(graph)
    assert run.scope == "changes" and run.report == first.report
    _write(graph, "c", 'src:c a kg:Source ; dcterms:title "C" . id:nameless rdfs:label "Named at last" .')
    assert _messages(_same_as_whole(graph).report) == {"src:a dcterms:title: a source needs a title"}


def test_a_schema_change_checks_the_whole_store(_store, tmp_path):
    graph = _store(tmp_path)
    _write(graph, "a", 'src:a a kg:Source ; dcterms:title "A" . id:x a kg:Company ; rdfs:label "X" .')
    validate_changes(graph.store, graph.ontology)
    _write(graph, "b", 'src:b a kg:Source ; dcterms:title "B" . kg:Company rdfs:comment "a firm" .')
    run = _same_as_whole(graph)
    assert run.scope == "all" and "classes or properties" in run.reason


def test_random_writes_keep_the_report_equal_to_the_whole_stores(_store, tmp_path):
    """Generated: graphs written, replaced and dropped at random, each sharing nodes with
    the others; after each write the incremental report equals the whole store's."""
    rng = random.Random(13)
    graph = _store(tmp_path)
    entities = [f"id:e{n}" for n in range(6)]
    classes = ["kg:Company", "kg:InvestmentFirm", "kg:Person", "kg:Country"]
    validate_changes(graph.store, graph.ontology)
    scopes = []
    for step in range(25):
        name = f"g{rng.randrange(5)}"
        if rng.random() < 0.15:
            graph.store.drop_graph(URIRef(SRC + name))
        else:
            lines = [f'src:{name} a kg:Source ; dcterms:title "{name} {step}" .']
            for _ in range(rng.randrange(1, 6)):
                a, b = rng.sample(entities, 2)
                kind = rng.randrange(4)
                if kind == 0:
                    lines.append(f"{a} a {rng.choice(classes)} .")
                elif kind == 1:
                    lines.append(f'{a} rdfs:label "{a}" .')
                elif kind == 2:
                    lines.append(f"{a} kg:holdsStakeIn {b} .")
                else:
                    lines.append(f"stmt:s{step} a kg:Stake ; kg:subject {a} ; kg:relation kg:holdsStakeIn ; "
                                 f"kg:object {b} ; prov:wasDerivedFrom src:{name} .")
            _write(graph, name, "\n".join(lines))
        scopes.append(_same_as_whole(graph).scope)
    # Most writes took the incremental path (a drop of a graph never written changes nothing).
    assert scopes.count("changes") >= 15, scopes


def test_a_lost_record_means_the_whole_store(_store, tmp_path):
    graph = _store(tmp_path)
    graph.load([FIXTURES / "valid.trig"])
    validate_changes(graph.store, graph.ontology)
    record_path(graph.store).write_bytes(b"not a database")
    _write(graph, "b", 'src:b a kg:Source .')
    run = _same_as_whole(graph)
    assert run.scope == "all" and not run.reason.count("could not be written")
    # Written anew: the next write is checked on its own again.
    _write(graph, "c", 'src:c a kg:Source ; dcterms:title "C" .')
    assert _same_as_whole(graph).scope == "changes"


# -- a write checked before it is made ----------------------------------------------------------


def _quads(body: str, name: str) -> list:
    from rdflib import Graph

    target = URIRef(SRC + name)
    return [(s, p, o, target) for s, p, o in Graph().parse(data=PREFIXES + body, format="turtle")]


@pytest.mark.parametrize("body, expected", [
    ('src:n a kg:Source ; dcterms:title "N" . id:robotics a kg:Sector ; rdfs:label "R" . id:robotics kg:holdsStakeIn id:acme .',
     {"id:robotics kg:holdsStakeIn: the subject is outside the relation's domain (value id:acme)"}),
    # Still a company besides: inside the range.
    ('src:n a kg:Source ; dcterms:title "N" . id:acme a kg:Sector .', set()),
    ('src:n a kg:Source ; dcterms:title "N" . id:newco a kg:Company .', {"id:newco rdfs:label: an entity needs a label"}),
    ('src:n a kg:Source ; dcterms:title "N" . id:newco a kg:Company ; rdfs:label "New" .', set()),
])
def test_check_write_finds_what_the_write_would_bring(_store, tmp_path, body, expected):
    graph = _store(tmp_path)
    graph.load([FIXTURES / "valid.trig"])
    quads = _quads(body, "n")
    before = sorted(graph.store.quads())
    assert _messages(check_write(graph.store, graph.ontology, URIRef(SRC + "n"), quads)) == expected
    assert sorted(graph.store.quads()) == before
    # The oracle: write it and check the whole store, which had no violation before.
    graph.store.replace_graph(URIRef(SRC + "n"), quads)
    assert _messages(graph.validate()) == expected


def test_check_write_of_a_replacement_leaves_out_what_it_replaces(_store, tmp_path):
    graph = _store(tmp_path)
    _write(graph, "n", 'src:n a kg:Source ; dcterms:title "N" . id:acme a kg:Company .')
    _write(graph, "m", 'src:m a kg:Source ; dcterms:title "M" . id:acme rdfs:label "Acme" .')
    quads = _quads('src:m a kg:Source ; dcterms:title "M2" .', "m")
    assert _messages(check_write(graph.store, graph.ontology, URIRef(SRC + "m"), quads)) == {"id:acme rdfs:label: an entity needs a label"}


def test_check_write_sees_a_retyped_node_from_the_nodes_pointing_to_it(_store, tmp_path):
    graph = _store(tmp_path)
    _write(graph, "m", 'src:m a kg:Source ; dcterms:title "M" . id:x a kg:Company ; rdfs:label "X" .')
    _write(graph, "k", 'src:k a kg:Source ; dcterms:title "K" . id:fund a kg:InvestmentFirm ; rdfs:label "F" . id:fund kg:holdsStakeIn id:x .')
    quads = _quads('src:m a kg:Source ; dcterms:title "M" . id:x a kg:Sector ; rdfs:label "X" .', "m")
    expected = {"id:fund kg:holdsStakeIn: the object is outside the relation's range (value id:x)"}
    assert _messages(check_write(graph.store, graph.ontology, URIRef(SRC + "m"), quads)) == expected
    graph.store.replace_graph(URIRef(SRC + "m"), quads)
    assert _messages(graph.validate()) == expected


@pytest.mark.parametrize("small_graph", [20_000, 2], ids=["near-the-change", "big-graph-whole-store"])
def test_check_write_over_the_whole_store(_store, tmp_path, monkeypatch, small_graph):
    """A write that touches a class (or a graph too big to diff) is checked over a copy of
    the whole store as it would be; the same answer as writing it and validating."""
    from kg import validation_changes

    monkeypatch.setattr(validation_changes, "SMALL_GRAPH", small_graph)
    graph = _store(tmp_path)
    _write(graph, "m", 'src:m a kg:Source ; dcterms:title "M" . id:x a kg:Company ; rdfs:label "X" . id:y a kg:Company .')
    body = 'src:n a kg:Source ; dcterms:title "N" . kg:Company rdfs:comment "a firm" . id:z a kg:Person .'
    quads = _quads(body, "n")
    before = sorted(graph.store.quads())
    # id:y's missing label was there before: only id:z's is the write's.
    assert _messages(check_write(graph.store, graph.ontology, URIRef(SRC + "n"), quads)) == {"id:z rdfs:label: an entity needs a label"}
    assert sorted(graph.store.quads()) == before
    graph.store.replace_graph(URIRef(SRC + "n"), quads)
    assert _messages(graph.validate()) == {"id:y rdfs:label: an entity needs a label", "id:z rdfs:label: an entity needs a label"}


def test_a_change_to_the_default_graph_is_not_missed(_store, tmp_path):
    graph = _store(tmp_path)
    if graph.store.graph_versions() is None:
        pytest.skip("this store cannot tell its default graph's writes apart")
    _write(graph, "a", 'src:a a kg:Source ; dcterms:title "A" .')
    validate_changes(graph.store, graph.ontology)
    # One file: a named graph and the default graph written together.
    data = tmp_path / "both.trig"
    data.write_text(PREFIXES + '{ id:nameless a kg:Company . } src:b { src:b a kg:Source ; dcterms:title "B" . }', encoding="utf-8")
    graph.load([data])
    run = _same_as_whole(graph)
    assert _messages(run.report) == {"id:nameless rdfs:label: an entity needs a label"}


def test_check_write_over_the_whole_store_takes_the_store_as_it_is_from_a_current_record(_store, tmp_path, monkeypatch):
    from kg import validation_changes

    graph = _store(tmp_path)
    _write(graph, "m", 'src:m a kg:Source ; dcterms:title "M" . id:y a kg:Company .')
    monkeypatch.setattr(validation_changes, "SMALL_GRAPH", 2)
    validate_changes(graph.store, graph.ontology)
    monkeypatch.setattr(type(graph), "validate", lambda *a, **k: pytest.fail("the store was validated again"))
    quads = _quads('src:n a kg:Source ; dcterms:title "N" . id:z a kg:Person .', "n")
    assert _messages(check_write(graph.store, graph.ontology, URIRef(SRC + "n"), quads)) == {"id:z rdfs:label: an entity needs a label"}


def test_the_work_after_one_write_does_not_grow_with_the_graphs_already_there(tmp_path, monkeypatch):
    """Counted, not timed: the queries `kg validate` sends after one article are as many
    with 40 earlier articles as with 5 (on a store that keeps a token per graph)."""
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    sent = {}
    for articles in (5, 40):
        graph = KnowledgeGraph.open(f"oxigraph:{tmp_path / f'store-{articles}'}")
        graph.install_ontology()
        for n in range(articles):
            _write(graph, f"a{n}", f'src:a{n} a kg:Source ; dcterms:title "A{n}" . id:e{n} a kg:Company ; rdfs:label "E{n}" .')
        validate_changes(graph.store, graph.ontology)
        _write(graph, "new", 'src:new a kg:Source ; dcterms:title "New" . id:e1 kg:holdsStakeIn id:e2 .')
        calls = []
        original = graph.store.query
        monkeypatch.setattr(graph.store, "query", lambda *a, **k: calls.append(a[0]) or original(*a, **k))
        assert validate_changes(graph.store, graph.ontology).scope == "changes"
        sent[articles] = len(calls)
        graph.close()
    assert sent[5] == sent[40], sent
