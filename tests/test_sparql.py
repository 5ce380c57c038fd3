"""Binding values into SPARQL: values stay terms, whatever characters they hold."""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef

from kg.errors import QueryError
from kg.formats import get_format
from kg.sparql import bind, check_iri, parse_param, query_form, term_to_sparql
from kg.store import open_store

NASTY = [
    'x" } ; DROP ALL ; #',
    "x' } . ?s ?p ?o . { '",
    'a\\" } INSERT DATA { <http://e/x> <http://e/p> 1 } #',
    "line\nbreak\r\n}",
    "<img src=x onerror=alert(1)>",
    "Ω unicode “quotes” 上海",
]


@pytest.mark.parametrize("value", NASTY)
def test_nasty_values_stay_literals(value):
    store = open_store("memory:")
    store.load(b'<http://e/s> <http://e/name> "Acme" .', get_format("ntriples"), graph=URIRef("http://e/g"))
    before = set(store.quads())
    rows = store.query("SELECT ?s WHERE { ?s <http://e/name> ?name }", bindings={"name": Literal(value)}).rows
    assert rows == []
    echoed = store.query("SELECT ?v WHERE { BIND(?x AS ?v) }", bindings={"x": Literal(value)}).rows
    assert echoed == [(Literal(value),)]
    assert set(store.quads()) == before


@pytest.mark.parametrize("iri", ["http://e/a> } DROP ALL {<", "http://e/with space", "no-scheme", "http://e/{x}"])
def test_bad_iris_are_refused(iri):
    with pytest.raises(QueryError):
        term_to_sparql(URIRef(iri))
    with pytest.raises(QueryError):
        check_iri(iri)


def test_parse_param_forms():
    assert parse_param("<http://e/x>") == URIRef("http://e/x")
    assert parse_param("id:agibot") == URIRef("https://w3id.org/kg/id/agibot")
    assert parse_param('"2025"^^xsd:gYear') == Literal("2025", datatype=URIRef("http://www.w3.org/2001/XMLSchema#gYear"))
    assert parse_param('"Séoul"@fr') == Literal("Séoul", lang="fr")
    assert parse_param('"quoted"') == Literal("quoted")
    assert parse_param("LG: the firm") == Literal("LG: the firm")
    assert parse_param("unknownprefix:x") == Literal("unknownprefix:x")


def test_values_block_goes_into_the_where_group():
    query = "PREFIX a: <http://a/{}> # a { comment\nSELECT ?x (STR('{') AS ?b) WHERE { ?x ?p ?o }"
    bound = bind(query, {"o": Literal("v")})
    assert bound.endswith('WHERE { VALUES ?o { "v" } ?x ?p ?o }')


def test_construct_template_is_skipped():
    bound = bind("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", {"s": URIRef("http://e/s")})
    assert bound == "CONSTRUCT { ?s ?p ?o } WHERE { VALUES ?s { <http://e/s> } ?s ?p ?o }"


def test_bad_variable_names_and_updates_are_refused():
    with pytest.raises(QueryError, match="not a variable name"):
        bind("SELECT * WHERE { ?s ?p ?o }", {"s } DROP ALL {": Literal("x")})
    with pytest.raises(QueryError, match="only be bound"):
        bind("DELETE WHERE { ?s ?p ?o }", {"s": Literal("x")})


def test_query_form():
    assert query_form("# select\nPREFIX s: <http://select/> CONSTRUCT WHERE { ?s ?p ?o }") == "CONSTRUCT"
    assert query_form("INSERT DATA { <http://e/a> <http://e/b> 1 }") == "UPDATE"
    assert query_form("select ?select where { ?select ?p ?o }") == "SELECT"
