"""Running one W3C test on an engine and judging its answer.

Two engines run each test: raw pyoxigraph (the oracle: the engine kg wraps, called
directly) and kg (a kg store, answers written by kg's result writers and read back). Both
see the same dataset: each data file loaded with its own URL as base, the default graph of
a query the union of all graphs (as kg always has it, so raw is asked with
``use_default_graph_as_union``). Answers are compared with the expected ones as multisets of
solutions, blank nodes matched by a bijection, in order where the query orders, lexical
forms compared exactly.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef
from w3c_manifests import W3CTest

from kg.errors import KGError
from kg.formats import base_iri, guess_format
from kg.result_writers import write_results
from kg.store.oxigraph import to_oxigraph

__all__ = ["KgEngine", "RawEngine", "run_test"]

# An update test's syntax is checked without running it (a LOAD would go to the network):
# two CREATE GRAPH of one name come first after the prologue (Oxigraph takes BASE only
# there), and the second fails once the whole request has parsed, so nothing after it runs.
_PARSE_ONLY = " CREATE GRAPH <urn:kg-w3c:parse-only> ; CREATE GRAPH <urn:kg-w3c:parse-only> ;\n"
_PROLOGUE = re.compile(
    r"(?:\s|#[^\n]*)*(?:(?:BASE\s*<[^>]*>|PREFIX\s*[^\s:]*:\s*<[^>]*>)(?:\s|#[^\n]*)*)*", re.IGNORECASE
)
# The kg writer an expected answer's file format is read back from.
_WRITER = {".srx": "xml", ".srj": "json", ".tsv": "tsv", ".csv": "csv"}
_RESULTS_FORMAT = {"xml": ox.QueryResultsFormat.XML, "json": ox.QueryResultsFormat.JSON, "tsv": ox.QueryResultsFormat.TSV}
_RS = "http://www.w3.org/2001/sw/DataAccess/tests/result-set#"
_RS_RESULT_SET = ox.NamedNode(_RS + "ResultSet")
_ORDERED = re.compile(r"\bORDER\s+BY\b", re.IGNORECASE)


class Rejected(Exception):
    """The engine refused the text as SPARQL."""


# -- answers as rows of cells --------------------------------------------------------------
# A cell is ("b", label) for a blank node, else ("t", the term in N-Triples); a row is a
# sorted tuple of (variable or position, cell).


def _cell(term) -> tuple[str, str]:
    return ("b", term.value) if isinstance(term, ox.BlankNode) else ("t", str(term))


def _text_cell(value: str) -> tuple[str, str]:
    return ("b", value[2:]) if value.startswith("_:") else ("t", value)


def solutions(result) -> object:
    """A pyoxigraph answer as comparable data: a bool, or a list of rows."""
    if isinstance(result, ox.QueryBoolean):
        return bool(result)
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        return [
            tuple(sorted((name, _cell(value)) for name, value in zip(names, row) if value is not None))
            for row in result
        ]
    return triples(result)


def triples(found, *, quads: bool = False) -> list:
    """Triples (or with *quads*, quads) as rows, duplicates removed (a graph is a set)."""
    rows = set()
    for item in found:
        terms = [item.subject, item.predicate, item.object]
        if quads:
            terms.append(item.graph_name)
        rows.add(tuple((i, ("t", "") if isinstance(t, ox.DefaultGraph) else _cell(t)) for i, t in enumerate(terms)))
    return sorted(rows)


def csv_rows(text: str) -> list:
    """A CSV answer as rows; an empty field is an unbound variable."""
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, [])
    return [tuple(sorted((name, _text_cell(value)) for name, value in zip(header, row) if value)) for row in reader]


def _unify(expected, actual, mapping: dict, reverse: dict):
    """The blank node mapping extended so that row *expected* is row *actual*, or None."""
    if len(expected) != len(actual):
        return None
    mapping, reverse = dict(mapping), dict(reverse)
    for (key, (kind, value)), (other_key, (other_kind, other_value)) in zip(expected, actual):
        if key != other_key or kind != other_kind:
            return None
        if kind == "t":
            if value != other_value:
                return None
        elif mapping.get(value, other_value) != other_value or reverse.get(other_value, value) != value:
            return None
        else:
            mapping[value], reverse[other_value] = other_value, value
    return mapping, reverse


def same_answer(expected, actual, *, ordered: bool) -> bool:
    """Whether two answers are equal, blank nodes up to renaming."""
    if isinstance(expected, bool) or isinstance(actual, bool):
        return expected is actual
    if len(expected) != len(actual):
        return False
    if ordered:
        state = ({}, {})
        for row, other in zip(expected, actual):
            state = _unify(row, other, *state)
            if state is None:
                return False
        return True
    ground = lambda rows: Counter(r for r in rows if all(kind == "t" for _, (kind, _) in r))  # noqa: E731
    if ground(expected) != ground(actual):
        return False
    left = [r for r in expected if any(kind == "b" for _, (kind, _) in r)]
    right = [r for r in actual if any(kind == "b" for _, (kind, _) in r)]

    def search(index: int, remaining: list, mapping: dict, reverse: dict) -> bool:
        if index == len(left):
            return True
        for position, row in enumerate(remaining):
            state = _unify(left[index], row, mapping, reverse)
            if state and search(index + 1, remaining[:position] + remaining[position + 1:], *state):
                return True
        return False

    return search(0, right, {}, {})


# -- expected answers -------------------------------------------------------------------------


def _rdf_format(path: Path) -> ox.RdfFormat:
    return getattr(ox.RdfFormat, guess_format(path).oxigraph)


def expected_answer(test: W3CTest):
    path = test.result
    if path.suffix == ".csv":
        return csv_rows(path.read_text(encoding="utf-8"))
    if path.suffix in _WRITER:
        return solutions(ox.parse_query_results(path=str(path), format=_RESULTS_FORMAT[_WRITER[path.suffix]]))
    graph = list(ox.parse(path=str(path), format=_rdf_format(path), base_iri=base_iri(path)))
    return _result_set(graph) if any(q.object == _RS_RESULT_SET for q in graph) else triples(graph)


def _result_set(quads: list):
    """The answer an RDF graph of the result-set vocabulary describes (the expected answer
    of a few SELECT tests is written that way)."""
    values: dict = {}
    for quad in quads:
        values.setdefault(quad.subject, []).append((quad.predicate.value, quad.object))
    top = next(q.subject for q in quads if q.object == _RS_RESULT_SET)
    rows = []
    for predicate, solution in values[top]:
        if predicate == _RS + "boolean":
            return solution.value == "true"
        if predicate != _RS + "solution":
            continue
        row = []
        for key, binding in values.get(solution, []):
            if key == _RS + "binding":
                fields = dict(values[binding])
                row.append((fields[_RS + "variable"].value, _cell(fields[_RS + "value"])))
        rows.append(tuple(sorted(row)))
    return rows


def expected_dataset(test: W3CTest) -> list:
    quads = []
    for name, files in [(None, test.result_data), *((g, (f,)) for g, f in test.result_graph_data)]:
        graph = ox.DefaultGraph() if name is None else ox.NamedNode(name)
        for path in files:
            for triple in ox.parse(path=str(path), format=_rdf_format(path), base_iri=base_iri(path)):
                quads.append(ox.Quad(triple.subject, triple.predicate, triple.object, graph))
    return triples(quads, quads=True)


# -- engines ------------------------------------------------------------------------------------


class RawEngine:
    """pyoxigraph called directly: the oracle."""

    name = "raw pyoxigraph"

    def __init__(self) -> None:
        self.store = ox.Store()

    def reset(self) -> None:
        self.store.clear()

    def load(self, path: Path, graph: str | None) -> None:
        target = ox.DefaultGraph() if graph is None else ox.NamedNode(graph)
        self.store.load(path=str(path), format=_rdf_format(path), base_iri=base_iri(path), to_graph=target)

    def query(self, test: W3CTest):
        try:
            result = self.store.query(test.action.read_text(encoding="utf-8"), base_iri=base_iri(test.action), use_default_graph_as_union=True)
        except SyntaxError as error:
            raise Rejected(str(error)) from None
        if test.result is not None and test.result.suffix == ".csv":
            return csv_rows(result.serialize(format=ox.QueryResultsFormat.CSV).decode("utf-8"))
        return solutions(result)

    def update(self, text: str, base: str) -> None:
        try:
            self.store.update(text, base_iri=base)
        except SyntaxError as error:
            raise Rejected(str(error)) from None

    def dataset(self) -> list:
        return triples(self.store, quads=True)


class KgEngine:
    """A kg store: data loaded by Store.load, answers written by kg's writers."""

    def __init__(self, store, name: str) -> None:
        self.store = store
        self.name = name

    def reset(self) -> None:
        self.store.update("DROP ALL")

    def load(self, path: Path, graph: str | None) -> None:
        self.store.load(path, guess_format(path), graph=None if graph is None else URIRef(graph))

    def _run(self, call):
        try:
            return call()
        except KGError as error:
            if str(error).startswith("SPARQL syntax error"):
                raise Rejected(str(error)) from None
            raise

    def query(self, test: W3CTest):
        results = self._run(lambda: self.store.query(test.action.read_text(encoding="utf-8"), base=base_iri(test.action)))
        if results.kind == "graph":
            buffer = io.StringIO()
            write_results(results, "ntriples", buffer)
            return triples(ox.parse(buffer.getvalue().encode("utf-8"), ox.RdfFormat.N_TRIPLES))
        writer = _WRITER.get(test.result.suffix if test.result is not None else ".srx", "xml")
        buffer = io.StringIO()
        write_results(results, writer, buffer)
        if writer == "csv":
            return csv_rows(buffer.getvalue())
        return solutions(ox.parse_query_results(buffer.getvalue().encode("utf-8"), _RESULTS_FORMAT[writer]))

    def update(self, text: str, base: str) -> None:
        self._run(lambda: self.store.update(text, base=base))

    def dataset(self) -> list:
        return triples(
            (
                ox.Quad(*map(to_oxigraph, (s, p, o)), ox.DefaultGraph() if g is None else ox.NamedNode(str(g)))
                for s, p, o, g in self.store.quads()
            ),
            quads=True,
        )


def run_test(engine, test: W3CTest) -> str | None:
    """Run *test* on *engine*: None when it passes, else why it failed."""
    engine.reset()
    try:
        if test.kind.endswith("SyntaxTest11"):
            return _syntax(engine, test)
        for path in test.data:
            engine.load(path, None)
        for name, path in test.graph_data:
            engine.load(path, name)
        if test.kind == "UpdateEvaluationTest":
            engine.update(test.action.read_text(encoding="utf-8"), base_iri(test.action))
            found, wanted, ordered = engine.dataset(), expected_dataset(test), False
        else:
            found, wanted = engine.query(test), expected_answer(test)
            ordered = bool(_ORDERED.search(test.action.read_text(encoding="utf-8")))
    except Rejected as error:
        return f"rejected: {_short(error)}"
    except (KGError, OSError, ValueError, RuntimeError, SyntaxError) as error:
        return f"{type(error).__name__}: {_short(error)}"
    if same_answer(wanted, found, ordered=ordered):
        return None
    if same_answer(_by_value(wanted), _by_value(found), ordered=ordered):
        return f"lexical forms differ (equal by value): {_difference(wanted, found)}"
    return f"wrong answer: {_difference(wanted, found)}"


def _difference(wanted, found) -> str:
    if isinstance(wanted, bool) or isinstance(found, bool):
        return f"expected {wanted}, got {found}"
    missing, extra = Counter(wanted) - Counter(found), Counter(found) - Counter(wanted)
    if not missing and not extra:
        return "the same rows in another order"
    show = lambda rows: "; ".join(" ".join(v for _, (_, v) in row) for row in list(rows)[:3])  # noqa: E731
    return f"{len(wanted)} rows expected, {len(found)} given; missing: {show(missing)}; unexpected: {show(extra)}"


_NUMBER = re.compile(r'"([^"]*)"\^\^<http://www.w3.org/2001/XMLSchema#(integer|decimal|double|float)>')


def _by_value(answer):
    """*answer* with numbers as values (``"1.0"^^xsd:decimal`` as 1), to tell a lexical
    difference from a wrong value in a failure's reason."""
    if isinstance(answer, bool):
        return answer

    def cell(kind: str, text: str) -> tuple[str, str]:
        number = _NUMBER.fullmatch(text) if kind == "t" else None
        if number is None:
            return kind, text
        family = "float" if number.group(2) in ("double", "float") else "exact"
        try:
            return kind, f"{family}:{float(number.group(1))!r}"
        except ValueError:
            return kind, text

    return sorted(tuple((key, cell(*value)) for key, value in row) for row in answer)


def _syntax(engine, test: W3CTest) -> str | None:
    text = test.action.read_text(encoding="utf-8")
    positive = test.kind.startswith("Positive")
    try:
        if "Update" in test.kind or test.action.suffix == ".ru":
            end = _PROLOGUE.match(text).end()
            engine.update(text[:end] + _PARSE_ONLY + text[end:], base_iri(test.action))
        else:
            engine.query(test)
    except Rejected as error:
        return f"rejected: {_short(error)}" if positive else None
    except (KGError, OSError, ValueError, RuntimeError):
        pass  # parsed, then failed to run: the syntax was accepted
    return None if positive else "accepted"


def _short(value) -> str:
    text = " ".join(str(value).split())
    return text if len(text) < 300 else text[:300] + "..."
