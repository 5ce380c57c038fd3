"""Binding values into SPARQL: values stay terms, whatever characters they hold."""

from __future__ import annotations

import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

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


def test_construct_with_a_subquery_binds_both_groups():
    # The subquery's own WHERE must not be taken for the query's alone: a value bound only
    # there would not restrict the template's other variables.
    query = "CONSTRUCT { ?s ?p ?o } WHERE { { SELECT ?s ?p ?o WHERE { ?s ?p ?o } } }"
    assert bind(query, {"s": URIRef("http://e/s")}) == (
        "CONSTRUCT { ?s ?p ?o } WHERE { VALUES ?s { <http://e/s> } "
        "{ SELECT ?s ?p ?o WHERE { VALUES ?s { <http://e/s> } ?s ?p ?o } } }"
    )


def test_construct_without_where_keyword_and_short_form():
    assert bind("CONSTRUCT { ?s ?p '}' } { ?s ?p ?o }", {"o": Literal("v")}) == (
        "CONSTRUCT { ?s ?p '}' } { VALUES ?o { \"v\" } ?s ?p ?o }"
    )
    # CONSTRUCT WHERE { T } takes triples only, so it is spelled out to hold the VALUES.
    assert bind("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 2", {"s": URIRef("http://e/s")}) == (
        "CONSTRUCT { ?s ?p ?o } WHERE { VALUES ?s { <http://e/s> } ?s ?p ?o } LIMIT 2"
    )


@pytest.mark.parametrize(
    "query",
    [
        "SELECT ?x (EXISTS { ?x ?p 1 } AS ?b) WHERE { ?x ?p ?o }",
        "PREFIX w: <http://where/#x> BASE <http://a/select> SELECT ?x WHERE { ?x ?p ?o }",
        "# SELECT ?y WHERE { ?y }\nSELECT ?x WHERE { ?x ?p ?o }",
        "SELECT ?x FROM <http://g/where> WHERE { ?x ?p ?o }",
        "SELECT ?x ('''{ where\n}''' AS ?t) ('{' AS ?u) WHERE { ?x ?p ?o }",
        "SELECT ?x { ?x ?p ?o }",
        "ASK { ?x ?p ?o }",
        "DESCRIBE ?x WHERE { ?x ?p ?o }",
    ],
)
def test_values_block_lands_in_the_main_group(query):
    at = query.rindex("{ ?x ?p ?o }") + 1  # in each of these the main group comes last
    assert bind(query, {"x": URIRef("http://e/x")}) == query[:at] + " VALUES ?x { <http://e/x> }" + query[at:]


def test_bound_query_runs_on_every_form():
    store = open_store("memory:")
    store.load(b"<http://e/x> <http://e/p> 1 . <http://e/y> <http://e/p> 2 .", get_format("turtle"), graph=URIRef("http://e/g"))
    x = {"s": URIRef("http://e/x")}
    assert store.query("SELECT ?o WHERE { ?s ?p ?o }", bindings=x).rows == [(Literal(1),)]
    assert store.query("ASK { ?s ?p 2 }", bindings=x).boolean is False
    assert len(store.query("CONSTRUCT WHERE { ?s ?p ?o }", bindings=x)) == 1
    assert len(store.query("CONSTRUCT { ?s ?p ?o } WHERE { { SELECT ?s ?p ?o WHERE { ?s ?p ?o } } }", bindings=x)) == 1


def test_bad_parameters():
    with pytest.raises(QueryError, match="not a valid absolute IRI"):
        parse_param("<http://e/a b>")
    with pytest.raises(QueryError, match="blank node"):
        term_to_sparql(BNode())
    with pytest.raises(QueryError, match="WHERE"):
        bind("DESCRIBE <http://e/x>", {"x": Literal(1)})
    assert parse_param('"1.5"^^<http://www.w3.org/2001/XMLSchema#decimal>') == Literal("1.5", datatype=XSD.decimal)
    assert parse_param("") == Literal("", datatype=XSD.string)
    assert term_to_sparql(Literal("a\\b", lang="en")) == '"a\\\\b"@en'


def test_query_form_skips_comments_strings_and_iris():
    assert query_form("# ask me\nPREFIX ask: <http://ask/> SELECT * { ?s ask:p 'ASK' }") == "SELECT"
    assert query_form("BASE <http://describe/> DESCRIBE <x>") == "DESCRIBE"
    assert query_form("DELETE WHERE { ?s ?p ?o }") == "UPDATE"


# -- parameters in subqueries, assignments, positions ---------------------------------------

FIRMS = b"""<http://e/a> <http://e/p> 1, 2, 3 .
<http://e/b> <http://e/p> 4, 5 .
<http://e/c> <http://e/p> 6 .
"""


@pytest.mark.parametrize("url", ["memory:", "oxigraph"])
def test_a_parameter_holds_inside_a_subquery(url, tmp_path):
    store = open_store(f"oxigraph:{tmp_path / 's'}" if url == "oxigraph" else url)
    store.load(FIRMS, get_format("turtle"), graph=URIRef("http://e/g"))
    counted = "SELECT ?n WHERE { { SELECT (COUNT(*) AS ?n) WHERE { ?s <http://e/p> ?o } } }"
    # The oracle: the same query with the value written in by hand.
    for name, expected in (("a", 3), ("b", 2), ("c", 1)):
        by_hand = store.query(counted.replace("?s", f"<http://e/{name}>")).rows
        bound = store.query(counted, bindings={"s": URIRef(f"http://e/{name}")}).rows
        assert bound == by_hand == [(Literal(expected),)]
    store.close()


def test_a_subquery_that_does_not_name_the_variable_is_left_alone():
    query = "SELECT * WHERE { ?s ?p ?o MINUS { SELECT ?q WHERE { ?q ?r 1 } } }"
    assert bind(query, {"s": URIRef("http://e/s")}) == (
        "SELECT * WHERE { VALUES ?s { <http://e/s> } ?s ?p ?o MINUS { SELECT ?q WHERE { ?q ?r 1 } } }"
    )


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { ?x ?p ?o BIND(1 AS ?s) }",
        "SELECT (STR(?x) AS ?s) WHERE { ?x ?p ?o }",
        "SELECT * WHERE { { SELECT (COUNT(*) AS $s) WHERE { ?x ?p ?o } } }",
    ],
)
def test_a_variable_the_query_assigns_is_refused(query):
    with pytest.raises(QueryError, match=r"\?s is assigned in the query .* cannot also be given as a parameter"):
        bind(query, {"s": Literal("x")})


def test_positions_are_told_in_the_users_text():
    from kg.sparql import prepare

    user = "SELECT ?x WHERE {\n  ?x ?p ?o . ?x ?p\n}"
    prepared = prepare(user, {"x": URIRef("http://e/x"), "o": Literal("v")}, base="http://e/")
    sent = prepared.text.split("\n")
    assert sent[-3].startswith('SELECT ?x WHERE { VALUES ?x { <http://e/x> } VALUES ?o { "v" }')
    # User line k is sent line len(sent) - 3 + k; columns move only on the line that got VALUES.
    assert prepared.locate(len(sent) - 1, 14) == (2, 14)
    assert prepared.locate(len(sent), 1) == (3, 1)
    inside_values = sent[-3].index("<http://e/x>") + 1
    assert prepared.locate(len(sent) - 2, inside_values) == (1, 18)
    assert prepared.locate(1, 3) == (1, 1)  # inside kg's BASE line: the start of the user's text
    message = f"error at {len(sent) - 1}:14: expected one of BIND"
    assert str(prepared.syntax_error(message)) == "SPARQL syntax error at line 2, column 14: unexpected '?x' after '.'"
    # rdflib's form of a position is moved the same way.
    rdflib_message = f"Expected SelectQuery, found '}}' (at char 9), (line:{len(sent)}, col:1)"
    assert str(prepared.syntax_error(rdflib_message)) == "SPARQL syntax error at line 3, column 1: unexpected '}' after '?p'"


def test_parse_param_keeps_the_lexical_form():
    assert str(parse_param('"2020-01-01Z"^^xsd:date')) == "2020-01-01Z"
    assert str(parse_param('"30000"^^xsd:double')) == "30000"
    assert str(parse_param('"x  y"^^xsd:token')) == "x  y"
    assert term_to_sparql(parse_param('"INF"^^xsd:double')) == '"INF"^^<http://www.w3.org/2001/XMLSchema#double>'


@pytest.mark.parametrize(
    ("user", "told"),
    [
        # Brackets, '#' and quotes inside strings and IRIs are text, not structure.
        ('SELECT * WHERE { ?s ?p "a } # (" . ?s ?q <http://e/#}> ', "line 1, column 16: the '{' opened at line 1, column 16 is never closed"),
        ("SELECT * WHERE { ?s ?p '''x\n} ( ''' ) }", "line 2, column 9: ')' does not close the '{' opened at line 1, column 16"),
        ('SELECT * WHERE { ?s ?p """never\n}', 'line 1, column 24: the string opened at line 1, column 24 is never closed'),
        ("SELECT * WHERE { ?s ?p } ) 'x",  "line 1, column 26: ')' closes nothing that is open"),
        ("SELECT * WHERE { ?s ?p 'x }\n}", "line 1, column 24: the string opened at line 1, column 24 is not closed on its line"),
        ("SELECT * WHERE { # a comment's } and '\n  ?s ?p ( ?o ] }", "line 2, column 14: ']' does not close the '(' opened at line 2, column 9"),
    ],
)
def test_nesting_faults_are_found_by_the_one_scan(user, told):
    from kg.sparql import prepare

    prepared = prepare(user)
    # Where the parser stopped does not matter for a fault of nesting: it is told where it is.
    last = len(prepared.text.split("\n"))
    assert str(prepared.syntax_error(f"error at {last}:1: expected something")) == f"SPARQL syntax error at {told}"


def test_the_one_scan_tells_groups_and_nesting_alike():
    from kg.sparql import query_form

    text = "# SELECT\n'ASK' \"{\" <http://e/#(> CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    assert query_form(text) == "CONSTRUCT"
    assert bind(text, {"o": Literal("v")}).endswith('WHERE { VALUES ?o { "v" } ?s ?p ?o }')
