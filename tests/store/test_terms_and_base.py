"""Terms come back as the engine gives them, relative IRIs resolve against a base, and a
parser's error is told at the user's line and column: over every backend, with raw
pyoxigraph as the oracle where the backend is Oxigraph."""

from __future__ import annotations

import re

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef

from kg.errors import QueryError
from kg.formats import base_iri, get_format
from kg.sparql import parse_param

# Literals rdflib would rewrite: a double's exponent, a duration, dates with timezones, the
# special floats, a token's inner spaces.
DATA = b"""@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<http://example.org/s> <http://example.org/v>
    "30000"^^xsd:double, "1"^^xsd:float, "PT0S"^^xsd:duration, "2020-01-01Z"^^xsd:date,
    "2020-01-01+05:00"^^xsd:date, "INF"^^xsd:double, "NaN"^^xsd:float,
    "2021-03-04T05:06:07Z"^^xsd:dateTime, "x  y"^^xsd:token, "tab\\there"@en .
"""
G = URIRef("http://example.org/g")
RELATIVE = b"<s> <p> <o> ; <q> <#frag> .\n"


def _raw_lexical_forms() -> set[str]:
    """What pyoxigraph itself answers for DATA: the oracle."""
    raw = ox.Store()
    raw.load(DATA, ox.RdfFormat.TURTLE)
    return {str(row[0]) for row in raw.query("SELECT ?o WHERE { ?s ?p ?o }")}


def _nt(term) -> str:
    """An rdflib term in N-Triples, with the lexical form it holds."""
    from kg.store.oxigraph import to_oxigraph

    return str(to_oxigraph(term))


def test_literals_keep_the_engines_lexical_forms(store):
    if store.url == "memory:":
        pytest.skip("memory: is rdflib, whose parser normalises literals as it reads them")
    store.load(DATA, get_format("turtle"), graph=G)
    rows = store.query("SELECT ?o WHERE { ?s ?p ?o }").rows
    assert {_nt(o) for (o,) in rows} == _raw_lexical_forms()
    by_text = {str(o): o for (o,) in rows}
    assert {"30000", "1", "PT0S", "2020-01-01Z", "2020-01-01+05:00", "INF", "NaN", "2021-03-04T05:06:07Z", "x  y"} <= set(by_text)
    # Also through CONSTRUCT and the quads listing.
    graph = store.query("CONSTRUCT WHERE { ?s ?p ?o }").triples
    assert {_nt(o) for _, _, o in graph} == _raw_lexical_forms()
    assert {_nt(o) for _, _, o, _ in store.quads()} == _raw_lexical_forms()


@pytest.mark.parametrize("value", ['"2020-01-01Z"^^xsd:date', '"30000"^^xsd:double', '"PT0S"^^xsd:duration', '"x  y"^^xsd:token'])
def test_a_parameter_matches_the_literal_as_written(store, value):
    if store.url == "memory:":
        pytest.skip("memory: is rdflib, which stores literals normalised")
    store.load(DATA, get_format("turtle"), graph=G)
    rows = store.query("SELECT ?s WHERE { ?s ?p ?v }", bindings={"v": parse_param(value)}).rows
    assert rows == [(URIRef("http://example.org/s"),)]


def test_a_timezone_is_no_other_date(store):
    if store.url == "memory:":
        pytest.skip("memory: is rdflib, which drops a date's timezone")
    store.load(DATA, get_format("turtle"), graph=G)
    bound = {"v": parse_param('"2020-01-01"^^xsd:date')}
    assert store.query("SELECT ?s WHERE { ?s ?p ?v }", bindings=bound).rows == []


def test_relative_iris_resolve_against_the_base_given(store):
    store.load(RELATIVE, get_format("turtle"), graph=G, base="http://example.org/doc")
    assert store.query("ASK { <http://example.org/s> <http://example.org/q> <http://example.org/doc#frag> }").boolean
    rows = store.query("SELECT ?o WHERE { <s> <p> ?o }", base="http://example.org/other").rows
    assert rows == [(URIRef("http://example.org/o"),)]
    # A BASE in the text resolves against kg's base, and overrides it.
    rows = store.query("BASE <http://example.org/> SELECT ?o WHERE { <s> <p> ?o }").rows
    assert rows == [(URIRef("http://example.org/o"),)]


def test_a_files_relative_iris_resolve_against_its_url(store, tmp_path):
    path = tmp_path / "relative.ttl"
    path.write_bytes(RELATIVE)
    assert store.load(path, get_format("turtle"), graph=G) == 2
    here = base_iri(path)
    assert (URIRef(here.rsplit("/", 1)[0] + "/s"), URIRef(here.rsplit("/", 1)[0] + "/q"), URIRef(here + "#frag"), G) in set(store.quads())


def test_an_update_resolves_against_its_base(store):
    store.update("INSERT DATA { GRAPH <g> { <s> <p> <o> } }", base="http://example.org/")
    assert set(store.quads()) == {(URIRef("http://example.org/s"), URIRef("http://example.org/p"), URIRef("http://example.org/o"), G)}


def test_without_a_base_a_relative_iri_is_an_error_that_says_so(tmp_path):
    # Embedded only: rdflib keeps relative IRIs as they are, and a server resolves them
    # against its own URL (oxigraph serve: its root).
    from kg.store import open_store

    with open_store(f"oxigraph:{tmp_path / 'store'}") as store:
        with pytest.raises(QueryError, match=r"at line 1, column \d+: .*\(<s> is a relative IRI and no base was given"):
            store.query("SELECT ?o WHERE { <s> <p> ?o }")
        with pytest.raises(QueryError, match="<g> is a relative IRI"):
            store.update("INSERT DATA { GRAPH <g> { <s> <p> <o> } }")
        assert len(store) == 0


def test_a_bad_base_is_refused(store):
    with pytest.raises(QueryError, match="not a valid absolute IRI"):
        store.query("ASK {}", base="no scheme")


def test_errors_are_placed_in_the_users_text_despite_the_parameters(store):
    if store.url == "memory:":
        pytest.skip("rdflib's positions point elsewhere than Oxigraph's")
    query = "SELECT ?x WHERE {\n  ?x ?p ?o . ?x ?p\n}"
    plain = pytest.raises(QueryError, store.query, query).value
    bound = pytest.raises(QueryError, store.query, query, bindings={"x": URIRef("http://e/x"), "o": Literal("v")}).value
    assert re.search(r"at line 3, column \d+", str(plain)), str(plain)
    assert str(bound) == str(plain)
