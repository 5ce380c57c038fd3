"""The ``memory:`` store answers VALUES followed by OPTIONAL as Oxigraph does.

rdflib (issue #2332) dropped a VALUES row whose OPTIONAL part matched nothing whenever the
OPTIONAL pattern matched something for another subject; :mod:`kg.store.memory` records the
VALUES variables in rdflib's algebra. Oxigraph is the oracle: generated queries of that shape
(VALUES with UNDEF and repeated rows, then OPTIONAL parts), alone or nested in a group, a
join, a subquery or a UNION, must give the same rows.

Groups joined to bound variables (a group that starts with OPTIONAL, a FILTER inside a
group) are evaluated on their own since session 8: tests/store/test_memory_groups.py.
"""

from __future__ import annotations

import random
from collections import Counter

import pyoxigraph
import pytest
from rdflib import Literal, URIRef

from kg.store.memory import MemoryStore

E = "http://e/"
# Three firms: a typed and labelled, b typed only, c neither; d exists only as an object.
DATA = f"""
<{E}a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{E}Firm> .
<{E}a> <{E}label> "A" .
<{E}b> <{E}label> "B" .
<{E}b> <{E}owns> <{E}a> .
<{E}a> <{E}owns> <{E}d> .
<{E}c> <{E}size> "3"^^<http://www.w3.org/2001/XMLSchema#integer> .
<{E}e> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{E}Firm> .
"""
TERMS = [f"<{E}{n}>" for n in "abcdex"] + ['"A"', '"Z"', "3", "UNDEF"]
PREDICATES = [f"<{E}label>", f"<{E}owns>", f"<{E}size>", "a", "?p"]
VARIABLES = ["?s", "?o", "?t"]


@pytest.fixture(scope="module")
def stores():
    memory = MemoryStore()
    oracle = pyoxigraph.Store()
    oracle.load(DATA.encode(), pyoxigraph.RdfFormat.N_TRIPLES)
    memory.add((s, p, o, None) for s, p, o in _rdflib_triples())
    return memory, oracle


def _rdflib_triples():
    from rdflib import Graph

    graph = Graph()
    graph.parse(data=DATA, format="nt")
    return list(graph)


def _memory_rows(store: MemoryStore, query: str) -> Counter:
    result = store.query(query)
    return Counter(tuple(_n3(value) for value in row) for row in result.rows)


def _n3(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, Literal) and value.datatype is None and value.language is None:
        return f'"{value}"'
    return value.n3()


def _oracle_rows(store: pyoxigraph.Store, query: str) -> Counter:
    solutions = store.query(query)
    variables = [v.value for v in solutions.variables]
    rows = Counter()
    for solution in solutions:
        rows[tuple(None if solution[v] is None else str(solution[v]) for v in variables)] += 1
    return rows


def _values(rng: random.Random) -> str:
    names = rng.sample(VARIABLES[:2], rng.randint(1, 2))
    rows = [" ".join(rng.choice(TERMS) for _ in names) for _ in range(rng.randint(1, 3))]
    return f"VALUES ({' '.join(names)}) {{ {' '.join(f'({row})' for row in rows)} }}"


def _triple(rng: random.Random) -> str:
    return f"{rng.choice(VARIABLES)} {rng.choice(PREDICATES)} {rng.choice(VARIABLES + TERMS[:6])}"


def _values_then_optional(rng: random.Random) -> str:
    """A VALUES block followed by OPTIONAL parts (one or two triple patterns each), then
    maybe a triple pattern or a FILTER on a VALUES variable."""
    parts = [_values(rng)]
    for _ in range(rng.randint(1, 3)):
        triples = " . ".join(_triple(rng) for _ in range(rng.randint(1, 2)))
        parts.append(f"OPTIONAL {{ {triples} }}")
    if rng.random() < 0.3:
        parts.append(_triple(rng))
    if rng.random() < 0.2:
        parts.append("FILTER(!BOUND(?t) || isIRI(?s))")
    return " ".join(parts)


def _query(rng: random.Random) -> str:
    """The shape of rdflib issue #2332 alone, in a nested group, beside a triple pattern, in a
    subquery or in one branch of a UNION (the places a VALUES block's row is joined from)."""
    inner = _values_then_optional(rng)
    where = rng.choice([
        inner,
        f"{{ {inner} }}",
        f"{{ {inner} }} {_triple(rng)}",
        f"{{ SELECT ?s ?o ?t WHERE {{ {inner} }} }}",
        f"{{ {inner} }} UNION {{ {_triple(rng)} }}",
    ])
    return f"SELECT ?s ?o ?t ?p WHERE {{ {where} }}"


def test_the_issue_example(stores):
    memory, oracle = stores
    query = f"SELECT ?s ?t WHERE {{ VALUES ?s {{ <{E}c> <{E}a> }} OPTIONAL {{ ?s a ?t }} }}"
    assert _memory_rows(memory, query) == Counter({(f"<{E}c>", None): 1, (f"<{E}a>", f"<{E}Firm>"): 1})
    assert _memory_rows(memory, query) == _oracle_rows(oracle, query)


def test_a_solution_that_binds_nothing_is_a_row(stores):
    memory, oracle = stores
    query = f"SELECT ?t WHERE {{ OPTIONAL {{ ?t a <{E}None> }} }}"
    assert _memory_rows(memory, query) == Counter({(None,): 1}) == _oracle_rows(oracle, query)


@pytest.mark.parametrize(
    "query",
    [
        # GROUP BY over no solutions: no group, no row (rdflib answers one empty row).
        f"SELECT ?s (COUNT(*) AS ?n) WHERE {{ ?s a <{E}None> }} GROUP BY ?s",
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
        # An aggregate without GROUP BY over no solutions: one group, one row of 0.
        f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s a <{E}None> }}",
        # Groups that exist keep their rows.
        "SELECT ?t (COUNT(*) AS ?n) WHERE { ?s a ?t } GROUP BY ?t",
    ],
)
def test_grouping_over_no_solutions_agrees_with_oxigraph(stores, query):
    memory, oracle = stores
    assert _memory_rows(memory, query) == _oracle_rows(oracle, query)


def test_an_empty_store_groups_nothing():
    rows = MemoryStore()._query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g").rows
    assert rows == []


def test_a_values_row_unbound_in_the_optional_part_is_kept_by_an_update():
    store = MemoryStore()
    store.add([(URIRef(f"{E}a"), URIRef(f"{E}label"), Literal("A"), None)])
    store.update(
        f"INSERT {{ ?s <{E}seen> true }} WHERE {{ VALUES ?s {{ <{E}b> }} OPTIONAL {{ ?s <{E}label> ?l }} }}"
    )
    assert list(store.quads(predicate=URIRef(f"{E}seen"))) == [(URIRef(f"{E}b"), URIRef(f"{E}seen"), Literal(True), None)]


@pytest.mark.parametrize("seed", range(8))
def test_generated_queries_agree_with_oxigraph(stores, seed):
    memory, oracle = stores
    rng = random.Random(seed)
    for _ in range(40):
        query = _query(rng)
        assert _memory_rows(memory, query) == _oracle_rows(oracle, query), query
