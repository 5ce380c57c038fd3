"""The store contract, run over every backend: memory (rdflib), oxigraph (embedded) and a
remote SPARQL endpoint (a real `oxigraph serve`)."""

from __future__ import annotations

import io
import re

import pytest
from rdflib import Literal, URIRef

from kg.errors import IngestError, QueryError
from kg.formats import FORMATS, get_format
from kg.store import open_store

A = "http://example.org/"
G1, G2 = URIRef(A + "g1"), URIRef(A + "g2")

# The same two facts in every syntax: (A:s, A:p, "x") in g1 and (A:s, A:q, A:o) in g2 for
# dataset syntaxes; in the default graph (or --graph) for triple syntaxes.
DOCUMENTS = {
    "turtle": b'<http://example.org/s> <http://example.org/p> "x" ; <http://example.org/q> <http://example.org/o> .',
    "ntriples": b'<http://example.org/s> <http://example.org/p> "x" .\n<http://example.org/s> <http://example.org/q> <http://example.org/o> .\n',
    "rdfxml": b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
  <rdf:Description rdf:about="http://example.org/s"><ex:p>x</ex:p><ex:q rdf:resource="http://example.org/o"/></rdf:Description>
</rdf:RDF>""",
    "trig": b'<http://example.org/g1> { <http://example.org/s> <http://example.org/p> "x" . }\n<http://example.org/g2> { <http://example.org/s> <http://example.org/q> <http://example.org/o> . }',
    "nquads": b'<http://example.org/s> <http://example.org/p> "x" <http://example.org/g1> .\n<http://example.org/s> <http://example.org/q> <http://example.org/o> <http://example.org/g2> .\n',
    "jsonld": b"""[{"@id": "http://example.org/g1", "@graph": [{"@id": "http://example.org/s", "http://example.org/p": "x"}]},
                 {"@id": "http://example.org/g2", "@graph": [{"@id": "http://example.org/s", "http://example.org/q": {"@id": "http://example.org/o"}}]}]""",
}
FACTS = {(URIRef(A + "s"), URIRef(A + "p"), Literal("x")), (URIRef(A + "s"), URIRef(A + "q"), URIRef(A + "o"))}


def quads(store) -> set:
    return set(store.quads())


@pytest.mark.parametrize("fmt", [f.name for f in FORMATS])
def test_load_every_format_into_the_right_graphs(store, fmt):
    count = store.load(DOCUMENTS[fmt], get_format(fmt), graph=None if get_format(fmt).dataset else G1)
    assert count == 2
    found = quads(store)
    assert {(s, p, o) for s, p, o, _ in found} == FACTS
    expected_graphs = [G1, G2] if get_format(fmt).dataset else [G1]
    assert store.graphs() == expected_graphs
    assert len(store) == 2


def test_union_default_graph_and_prefixes(store):
    store.load(DOCUMENTS["trig"], get_format("trig"))
    rows = store.query("SELECT ?p ?o WHERE { <http://example.org/s> ?p ?o } ORDER BY ?p").rows
    assert rows == [(URIRef(A + "p"), Literal("x")), (URIRef(A + "q"), URIRef(A + "o"))]
    assert store.query("ASK { FILTER(STRSTARTS(STR(kg:Company), 'https://w3id.org/kg/')) }").boolean is True


def test_bindings_are_terms(store):
    store.load(b'<http://example.org/s> <http://example.org/name> "say \\"hi\\"\\n" .', get_format("ntriples"), graph=G1)
    query = "SELECT ?s WHERE { ?s <http://example.org/name> ?name }"
    assert store.query(query, bindings={"name": Literal('say "hi"\n')}).rows == [(URIRef(A + "s"),)]
    assert store.query(query, bindings={"name": Literal("say")}).rows == []
    assert store.query("SELECT ?n WHERE { ?s <http://example.org/name> ?n }", bindings={"s": URIRef(A + "s")}).rows == [
        (Literal('say "hi"\n'),)
    ]


def test_select_rows_gives_plain_strings(store):
    store.load(DOCUMENTS["nquads"], get_format("nquads"))
    variables, rows = store.select_rows("SELECT ?p ?o WHERE { <http://example.org/s> ?p ?o } ORDER BY ?p")
    assert variables == ["p", "o"]
    assert rows == [(A + "p", "x"), (A + "q", A + "o")]


def test_malformed_input_writes_nothing(store):
    store.load(DOCUMENTS["nquads"], get_format("nquads"))
    before = quads(store)
    bad = DOCUMENTS["nquads"] + b"<http://example.org/t> <http://example.org/p> .\n"
    with pytest.raises(IngestError):
        store.load(bad, get_format("nquads"))
    assert quads(store) == before


def test_syntax_error_is_a_query_error(store):
    with pytest.raises(QueryError, match="syntax"):
        store.query("SELECT ?x WHERE { ?x ?p }")
    with pytest.raises(QueryError):
        store.update("INSERT DATA { <http://example.org/a> }")


def test_replace_and_drop_graph(store):
    store.load(DOCUMENTS["trig"], get_format("trig"))
    new = (URIRef(A + "n"), URIRef(A + "p"), Literal("new"), G1)
    assert store.replace_graph(G1, [new]) == 1
    assert {q for q in quads(store) if q[3] == G1} == {new}
    assert len(store) == 2
    store.drop_graph(G1)
    assert store.graphs() == [G2]


def test_update_and_add(store):
    store.update("INSERT DATA { GRAPH <http://example.org/g1> { <http://example.org/a> <http://example.org/b> 1 } }")
    assert store.add([(URIRef(A + "c"), URIRef(A + "d"), Literal(2), G2)]) == 1
    rows = store.query("SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o").rows
    assert [int(o) for (o,) in rows] == [1, 2]


@pytest.mark.parametrize("fmt", ["trig", "nquads", "turtle", "ntriples"])
def test_dump_round_trips(store, fmt):
    store.load(DOCUMENTS["trig"], get_format("trig"))
    out = io.BytesIO()
    store.dump(out, get_format(fmt))
    copy = open_store("memory:")
    copy.load(out.getvalue(), get_format(fmt))
    if get_format(fmt).dataset:
        assert quads(copy) == quads(store)
    else:
        assert {(s, p, o) for s, p, o, _ in quads(copy)} == FACTS
    one = io.BytesIO()
    store.dump(one, get_format("ntriples"), graph=G2)
    assert one.getvalue().decode().strip() == "<http://example.org/s> <http://example.org/q> <http://example.org/o> ."


def test_version_changes_on_write_not_on_read(store):
    before = store.version()
    store.query("SELECT * WHERE { ?s ?p ?o }")
    assert store.version() == before
    store.load(DOCUMENTS["nquads"], get_format("nquads"))
    after = store.version()
    assert after != before
    store.query("SELECT * WHERE { ?s ?p ?o }")
    assert store.version() == after


def test_replace_graph_twice_keeps_canonicalised_literals(store):
    from rdflib.namespace import XSD

    quad = (URIRef(A + "s"), URIRef(A + "p"), Literal("1.0", datatype=XSD.decimal), G1)
    other = (URIRef(A + "s"), URIRef(A + "q"), Literal("x"), G1)
    store.replace_graph(G1, [quad, other])
    store.replace_graph(G1, [quad])
    rows = store.query("SELECT ?p ?o WHERE { ?s ?p ?o }").rows
    assert [(p, float(o)) for p, o in rows] == [(URIRef(A + "p"), 1.0)]


def test_triples_without_a_graph_are_in_the_default_graph(store):
    store.load(b"<http://example.org/d> <http://example.org/q> <http://example.org/o> .", get_format("turtle"))
    store.load(DOCUMENTS["nquads"], get_format("nquads"))
    d, q, o, s = (URIRef(A + name) for name in ("d", "q", "o", "s"))
    assert sorted(quads(store), key=str) == sorted(
        [(d, q, o, None), (s, URIRef(A + "p"), Literal("x"), G1), (s, q, o, G2)], key=str
    )
    assert len(store) == 3
    assert store.graphs() == [G1, G2]
    assert set(store.quads(predicate=q)) == {(d, q, o, None), (s, q, o, G2)}
    assert list(store.quads(predicate=q, graph=G2)) == [(s, q, o, G2)]
    assert list(store.quads(subject=d)) == [(d, q, o, None)]
    assert store.query("SELECT ?x WHERE { ?x <http://example.org/q> ?y } ORDER BY ?x").rows == [(d,), (s,)]
    out = io.BytesIO()
    store.dump(out, get_format("nquads"))
    copy = open_store("memory:")
    copy.load(out.getvalue(), get_format("nquads"))
    assert quads(copy) == quads(store)


@pytest.mark.parametrize("fmt", ["nquads", "trig", "jsonld"])
def test_dump_of_one_graph_in_a_dataset_syntax_keeps_its_name(store, fmt):
    store.load(DOCUMENTS["trig"], get_format("trig"))
    out = io.BytesIO()
    store.dump(out, get_format(fmt), graph=G2)
    copy = open_store("memory:")
    copy.load(out.getvalue(), get_format(fmt))
    assert quads(copy) == {(URIRef(A + "s"), URIRef(A + "q"), URIRef(A + "o"), G2)}


def test_a_blank_node_keeps_its_identity_within_a_document(store):
    trig = b'<http://example.org/g1> { _:b <http://example.org/p> "1" . }\n<http://example.org/g2> { _:b <http://example.org/p> "2" . }'
    store.load(trig, get_format("trig"))
    shared = "SELECT (COUNT(DISTINCT ?b) AS ?n) WHERE { ?b ?p ?o FILTER(isBlank(?b)) }"
    assert int(store.query(shared).rows[0][0]) == 1
    store.load(trig, get_format("trig"))  # another document: other blank nodes
    assert int(store.query(shared).rows[0][0]) == 2
    assert len(store) == 4


MALFORMED = {
    "turtle": b'<http://example.org/t> <http://example.org/p> "open .',
    "ntriples": b"<http://example.org/t> <http://example.org/p> .\n",
    "rdfxml": b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description',
    "trig": b"<http://example.org/g1> { <http://example.org/t> <http://example.org/p> <http://example.org/o> .",
    "nquads": b"<http://example.org/t> <http://example.org/p> <http://example.org/o> <http://example.org/g1> <x> .\n",
    "jsonld": b'[{"@id": "http://example.org/t", "http://example.org/p": ',
}


@pytest.mark.parametrize("fmt", [f.name for f in FORMATS])
def test_each_malformed_syntax_writes_nothing(store, fmt, tmp_path):
    store.load(DOCUMENTS["trig"], get_format("trig"))
    before = sorted(quads(store), key=str)
    path = tmp_path / f"bad.{get_format(fmt).extension}"
    path.write_bytes(DOCUMENTS[fmt] + b"\n" + MALFORMED[fmt] if fmt in ("ntriples", "nquads") else MALFORMED[fmt])
    with pytest.raises(IngestError, match=rf"bad\.{get_format(fmt).extension} is not valid {fmt}"):
        store.load(path, get_format(fmt), graph=G2)
    assert sorted(quads(store), key=str) == before


def test_a_missing_file_is_an_ingest_error(store, tmp_path):
    with pytest.raises(IngestError, match="no such file"):
        store.load(tmp_path / "missing.ttl", get_format("turtle"))


def test_syntax_errors_count_lines_in_the_users_text(store):
    with pytest.raises(QueryError) as caught:
        store.query("SELECT ?x\nWHERE { ?x ?p }")
    assert re.search(r"at line 2, column \d+|line:2, col:\d+", str(caught.value)), str(caught.value)
    assert str(caught.value).startswith("SPARQL syntax error")


def test_an_update_into_the_default_graph(store):
    store.update("INSERT DATA { <http://example.org/a> <http://example.org/b> kg:c . GRAPH <http://example.org/g1> { <http://example.org/a> <http://example.org/b> 2 } }")
    assert sorted(quads(store), key=str) == sorted(
        [
            (URIRef(A + "a"), URIRef(A + "b"), URIRef("https://w3id.org/kg/ontology#c"), None),
            (URIRef(A + "a"), URIRef(A + "b"), Literal(2), G1),
        ],
        key=str,
    )
    # The long form: rdflib 7.6 ignores DELETE WHERE { GRAPH ?g { ... } } with a variable.
    store.update("DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert len(store) == 1


def test_replace_graph_with_nothing_removes_it_and_every_write_changes_the_version(store):
    seen = {store.version()}
    store.load(DOCUMENTS["trig"], get_format("trig"))
    seen.add(store.version())
    store.add([(URIRef(A + "c"), URIRef(A + "d"), Literal("e"), G2)])
    seen.add(store.version())
    assert store.replace_graph(G1, []) == 0
    seen.add(store.version())
    assert store.graphs() == [G2]
    store.update("INSERT DATA { GRAPH <http://example.org/g3> { <http://example.org/a> <http://example.org/b> 1 } }")
    seen.add(store.version())
    store.drop_graph(G2)
    seen.add(store.version())
    assert len(seen) == 6
    assert store.graphs() == [URIRef(A + "g3")]
    assert store.version() in seen


def test_replace_graph_escapes_and_binds_exactly(store):
    tricky = Literal('he said "}" ; DROP ALL ; #\n\\', lang="en")
    store.replace_graph(G1, [(URIRef(A + "s"), URIRef(A + "say"), tricky, None)])
    assert list(store.quads()) == [(URIRef(A + "s"), URIRef(A + "say"), tricky, G1)]
    rows = store.query("SELECT ?s WHERE { ?s ?p ?said }", bindings={"said": tricky}).rows
    assert rows == [(URIRef(A + "s"),)]


def test_one_fact_from_two_sources(store):
    fact = (URIRef(A + "s"), URIRef(A + "p"), Literal("x"))
    store.add([(*fact, G1), (*fact, G2)])
    assert store.query("SELECT DISTINCT ?o WHERE { ?s ?p ?o }").rows == [(Literal("x"),)]
    assert int(store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows[0][0]) == 2
    assert len(store) == 2
