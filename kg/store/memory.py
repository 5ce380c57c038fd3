"""``memory:`` — plain rdflib in memory, for tests, tiny graphs and as the benchmarks' baseline."""

from __future__ import annotations

import itertools
import re
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import rdflib.plugins.sparql
from pyparsing import ParseException
from rdflib import Dataset, Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.plugins.sparql import prepareQuery, prepareUpdate
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.plugins.sparql.sparql import Query, Update
from rdflib.term import URIRef, Variable

from kg.errors import IngestError, QueryError
from kg.formats import RdfFormat, base_iri, count_quads, writer_prefixes
from kg.sparql import prepare
from kg.store.base import GraphVersions, ParserError, Quad, Results, Store, syntax_error

__all__ = ["MemoryStore"]

# rdflib reads this module flag when an update starts; see MemoryStore.update.
_UPDATE_FLAG_LOCK = threading.Lock()


def _values_variables(node) -> set[Variable]:
    """Record in rdflib's algebra the variables each VALUES block binds, and return those
    found below *node* (a subquery's projection stops them).

    rdflib translates a VALUES block with an empty set of variables (``_vars``; rdflib issue
    #2332). Its OPTIONAL relies on that set: a row of the left side whose right side matches
    nothing is kept only if the right side also matches nothing once the left side's
    variables are forgotten, so ``VALUES ?s { :a } OPTIONAL { ?s a ?t }`` lost :a's row as
    soon as anything had a type. Each node with a ``_vars`` gets the VALUES variables below
    it, as rdflib gives it those of its triple patterns.
    """
    if isinstance(node, CompValue):
        if node.name == "values":
            found = {variable for row in node.res for variable in row}
            node["_vars"] = set(found)
            return found
        found = set()
        for key, child in node.items():
            # rdflib leaves a BIND's expression out of its variables; so does this.
            if key != "_vars" and not (node.name == "Extend" and key == "expr"):
                found |= _values_variables(child)
        if node.name == "Project":
            return set()  # its _vars are its projection already
        if found and "_vars" in node:
            node["_vars"] = node["_vars"] | found
        return found
    if isinstance(node, (list, tuple)):
        found = set()
        for child in node:
            found |= _values_variables(child)
        return found
    return set()


#: Algebra nodes whose answers, evaluated with variables bound from outside, are just the
#: compatible part of their answers evaluated alone (graph patterns without OPTIONAL,
#: FILTER, MINUS, BIND, VALUES or subqueries).
_PLAIN_PATTERNS = frozenset({"BGP", "Join", "Union", "Graph"})
#: The node kg puts around a join's right side that must be evaluated alone.
_ALONE = "kg:EvaluatedAlone"


def _plain(node) -> bool:
    """Whether *node* is a graph pattern that may be evaluated with outer bindings pushed in."""
    if not isinstance(node, CompValue) or node.name not in _PLAIN_PATTERNS:
        return False
    return all(_plain(node[key]) for key in ("p1", "p2", "p") if key in node)


def _evaluated_alone(node) -> None:
    """Make each join and OPTIONAL in rdflib's algebra *node* evaluate its right side as
    SPARQL does: on its own, then joined.

    rdflib's lazy join, and its OPTIONAL, evaluate the right side once per row of the left
    with that row's variables bound. For a plain pattern that gives the same rows; for a group that starts
    with OPTIONAL (``{ OPTIONAL { ?t ?p ?o } }`` joined to ``?o``) it keeps a row SPARQL
    drops, and a FILTER inside the group sees variables bound outside it. Such a right side
    is wrapped in a node that :func:`_eval_alone` evaluates without the outer bindings and
    joins to them. rdflib's other join, the eager one it picks for some joins, turns the
    right side's rows into a set and so loses repeated rows: every join is made lazy.
    """
    if isinstance(node, CompValue):
        for key, child in list(node.items()):
            if key != "_vars":
                _evaluated_alone(child)
        if node.name in ("Join", "LeftJoin") and not _plain(node["p2"]):
            node["p2"] = CompValue(_ALONE, p=node["p2"], _vars=node["p2"].get("_vars"), rows={})
        if node.name == "Join":
            node["lazy"] = True
    elif isinstance(node, (list, tuple)):
        for child in node:
            _evaluated_alone(child)


def _eval_alone(ctx, part):
    """rdflib's custom evaluation of the node :func:`_evaluated_alone` adds: the rows of its
    pattern evaluated with no variable bound from outside (only the active graph kept), each
    compatible with the outer bindings and merged with them.

    Those rows depend on the active graph only, so they are worked out once per graph and
    kept in the node, which lives as long as one query or update (kg prepares each anew).
    """
    if part.name != _ALONE:
        # Raised before anything is evaluated (this is no generator): rdflib then
        # evaluates the node itself.
        raise NotImplementedError
    from rdflib.plugins.sparql.evaluate import evalPart
    from rdflib.plugins.sparql.sparql import Bindings

    outer = ctx.solution()
    # The whole dataset (the union default graph), or one graph by its name.
    graph = None if isinstance(ctx.graph, Dataset) else ctx.graph.identifier
    rows = part.rows.get(graph)
    if rows is None:
        alone = ctx.clone()
        alone.bindings = Bindings()
        rows = part.rows[graph] = list(evalPart(alone, part.p))
    return (row.merge(outer) for row in rows if all(outer[name] == value for name, value in row.items() if name in outer))


def _register_eval_alone() -> None:
    """Let rdflib evaluate kg's node (its table of custom evaluations is global: filled when
    the first memory: store reads or writes, not when this module is imported)."""
    from rdflib.plugins.sparql import CUSTOM_EVALS

    CUSTOM_EVALS.setdefault(_ALONE, _eval_alone)


def _prepared_query(data: Graph, sparql: str) -> Query:
    """*sparql* parsed and translated as rdflib's ``Graph.query`` would, with the VALUES
    variables recorded (see :func:`_values_variables`) and the right sides of joins that
    must be evaluated on their own marked (see :func:`_evaluated_alone`)."""
    query = prepareQuery(sparql, initNs=dict(data.namespaces()))
    _values_variables(query.algebra)
    _evaluated_alone(query.algebra)
    _register_eval_alone()
    return query


def _prepared_update(data: Graph, sparql: str) -> Update:
    """*sparql* as an rdflib update, prepared as :func:`_prepared_query` prepares a query."""
    update = prepareUpdate(sparql, initNs=dict(data.namespaces()))
    _values_variables(update.algebra)
    _evaluated_alone(update.algebra)
    _register_eval_alone()
    return update


def _groups_by_keys(node) -> bool:
    """Whether rdflib's algebra *node* holds a GROUP BY with keys (not the implicit
    one-group grouping an aggregate without GROUP BY gets)."""
    if isinstance(node, CompValue):
        if node.name == "Group" and node.get("expr") is not None:
            return True
        return any(_groups_by_keys(child) for key, child in node.items() if key != "_vars")
    if isinstance(node, (list, tuple)):
        return any(_groups_by_keys(child) for child in node)
    return False


def _select_rows(result, query: Query) -> list[tuple]:
    """The rows of rdflib's SELECT *result*, one per solution: iterating over the result
    skips a solution that binds none of the variables, which is a row all the same (``{
    OPTIONAL { ... } }`` matching nothing has one).

    rdflib also answers a GROUP BY over no solutions with one empty solution where SPARQL
    has no group and so no row; a real group binds at least its aggregates, so an empty
    solution of a grouped query is that phantom and is dropped.
    """
    rows = [tuple(solution.get(variable) for variable in result.vars) for solution in result.bindings]
    if any(all(value is None for value in row) for row in rows) and _groups_by_keys(query.algebra):
        rows = [row for row in rows if any(value is not None for value in row)]
    return rows


def _engine_error(error: Exception, what: str) -> QueryError:
    """The error to raise for what rdflib raised while reading or running a query or update
    (*what*): an undeclared prefix, which rdflib finds after parsing and tells without a
    position, is a syntax error (located by :meth:`kg.sparql.Prepared.syntax_error`);
    anything else failed in evaluation."""
    message = str(error)
    if message.startswith("Unknown namespace prefix"):
        return syntax_error(message)
    return QueryError(f"{what} failed: {message}")


def _graph_name(context: Graph | URIRef | None) -> URIRef | None:
    name = getattr(context, "identifier", context)
    return None if name is None or name == DATASET_DEFAULT_GRAPH_ID else name


class MemoryStore(Store):
    """An rdflib :class:`~rdflib.Dataset` whose default graph is the union of all graphs."""

    def __init__(self, url: str = "memory:") -> None:
        self.url = url
        self._data = Dataset(default_union=True)
        self._changes = itertools.count()
        self._version = next(self._changes)
        self._epoch = self._version
        self._graph_tokens: dict[str, str] = {}

    def _touch(self, graphs: Iterable[str] | None = None) -> None:
        """Record a write to *graphs* (``""``: the default graph; None: any graph)."""
        self._version = next(self._changes)
        if graphs is None:
            self._epoch, self._graph_tokens = self._version, {}
        else:
            self._graph_tokens.update((graph, str(self._version)) for graph in graphs)

    # -- reading ---------------------------------------------------------------------

    def _query(self, sparql: str) -> Results:
        try:
            prepared_query = _prepared_query(self._data, sparql)
            result = self._data.query(prepared_query)
        except ParseException as error:
            raise syntax_error(str(error)) from None
        except Exception as error:  # noqa: BLE001 - rdflib raises bare Exceptions for evaluation errors
            raise _engine_error(error, "query") from None
        if result.type == "ASK":
            return Results("ask", boolean=bool(result.askAnswer))
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            return Results("graph", triples=list(result.graph))
        return Results("select", variables=[str(v) for v in result.vars], rows=_select_rows(result, prepared_query))

    def quads(self, subject=None, predicate=None, obj=None, graph=None) -> Iterator[Quad]:
        context = self._data.graph(graph) if graph is not None else None
        for s, p, o, c in self._data.quads((subject, predicate, obj, context)):
            yield s, p, o, _graph_name(c)

    def graphs(self) -> list[URIRef]:
        return sorted(
            {name for _, _, _, name in self.quads() if name is not None}, key=str
        )

    def __len__(self) -> int:
        return sum(1 for _ in self._data.quads((None, None, None, None)))

    def dump(self, out: BinaryIO, fmt: RdfFormat, *, graph: URIRef | None = None) -> None:
        if fmt.dataset:
            # A dataset syntax keeps graph names, also for one graph, so that the file
            # loads back into the same graph.
            target = self._data
            if graph is not None:
                target = Dataset()
                named = target.graph(graph)
                for s, p, o, _ in self.quads(graph=graph):
                    named.add((s, p, o))
        else:
            target = Graph()
            for s, p, o, _ in self.quads(graph=graph):
                target.add((s, p, o))
        prefixes = writer_prefixes(fmt) or {}
        for prefix, namespace in prefixes.items():
            target.bind(prefix, namespace, replace=True)
        text = target.serialize(format=fmt.rdflib, encoding="utf-8")
        # rdflib declares only the prefixes the data uses; kg's exports declare all of kg's,
        # as the embedded store's do, so that a reader can add to the file with them.
        written = {m.group(1).decode() for m in re.finditer(rb"^@prefix ([\w.-]*):", text, re.MULTILINE)}
        missing = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in prefixes.items() if p not in written)
        out.write(missing.encode("utf-8") + text)

    def version(self) -> str:
        return f"memory:{id(self)}:{self._version}"

    def graph_versions(self) -> GraphVersions:
        return GraphVersions(f"memory:{id(self)}:{self._epoch}", dict(self._graph_tokens))

    def stored_graphs(self) -> list[URIRef | None]:
        default = next(iter(self._data.default_graph.triples((None, None, None))), None)
        return ([None] if default is not None else []) + self.graphs()

    def select_graph_rows(self, sparql: str, graph: URIRef | None) -> tuple[list[str], list[tuple[str, ...]]]:
        prepared = prepare(sparql)
        target = self._data.default_graph if graph is None else self._data.graph(graph)
        try:
            prepared_query = _prepared_query(target, prepared.text)
            result = target.query(prepared_query)
        except ParseException as error:
            raise prepared.syntax_error(str(error)) from None
        except Exception as error:  # noqa: BLE001 - rdflib raises bare Exceptions for evaluation errors
            error = _engine_error(error, "query")
            raise (prepared.syntax_error(error.message) if isinstance(error, ParserError) else error) from None
        rows = [tuple("" if v is None else str(v) for v in row) for row in _select_rows(result, prepared_query)]
        return [str(v) for v in result.vars], rows

    # -- writing ---------------------------------------------------------------------

    def load(
        self,
        source: Path | bytes,
        fmt: RdfFormat,
        *,
        graph: URIRef | None = None,
        validated: int | None = None,
        base: str | None = None,
    ) -> int:
        base = base if base is not None else base_iri(source)
        if validated is None:
            # The other backends' parser first, so a bad file fails with their message
            # (file name, line and column) and on the same inputs.
            count_quads(source, fmt, base=base)
        # Parse into a scratch dataset first, so that a syntax error adds nothing. rdflib
        # reads a file's triples into a graph named by the base, moved out below.
        scratch = Dataset()
        parsed_into = URIRef(base) if base is not None else None
        try:
            if isinstance(source, bytes):
                scratch.parse(data=source, format=fmt.rdflib, publicID=base)
            else:
                scratch.parse(source=str(source), format=fmt.rdflib, publicID=base)
        except Exception as error:  # noqa: BLE001 - rdflib's parsers raise many unrelated types
            raise IngestError(f"cannot parse {fmt.name}: {error}") from None
        quads = [
            (s, p, o, graph if graph is not None else None if _graph_name(c) == parsed_into else _graph_name(c))
            for s, p, o, c in scratch.quads((None, None, None, None))
        ]
        return self.add(quads)

    def add(self, quads: Iterable[Quad]) -> int:
        quads = list(quads)
        default = self._data.default_graph
        for s, p, o, g in quads:
            self._data.add((s, p, o, self._data.graph(g) if g is not None else default))
        self._touch({"" if g is None else str(g) for _, _, _, g in quads})
        return len(quads)

    def replace_graph(self, graph: URIRef, quads: Iterable[Quad]) -> int:
        quads = [(s, p, o, graph) for s, p, o, _ in quads]
        self.drop_graph(graph)
        return self.add(quads)

    def drop_graph(self, graph: URIRef) -> None:
        self._data.remove_graph(self._data.graph(graph))
        self._touch([str(graph)])

    def _update(self, sparql: str) -> None:
        # rdflib applies an update operation by operation; run it on a copy so that a
        # failure half-way leaves the store untouched.
        scratch = Dataset(default_union=True)
        for quad in self._data.quads((None, None, None, None)):
            scratch.add(quad)
        # With rdflib's module flag SPARQL_DEFAULT_GRAPH_UNION on (its default), INSERT DATA
        # into the default graph fails (rdflib 7.6 adds triples to the Dataset as if they
        # were quads). Off, the update's default graph is the stored one, which is also what
        # an embedded Oxigraph store's update sees. The flag is global, hence the lock.
        with _UPDATE_FLAG_LOCK:
            saved = rdflib.plugins.sparql.SPARQL_DEFAULT_GRAPH_UNION
            rdflib.plugins.sparql.SPARQL_DEFAULT_GRAPH_UNION = False
            try:
                scratch.update(_prepared_update(scratch, sparql))
            except ParseException as error:
                raise syntax_error(str(error)) from None
            except Exception as error:  # noqa: BLE001 - rdflib raises bare Exceptions for evaluation errors
                raise _engine_error(error, "update") from None
            finally:
                rdflib.plugins.sparql.SPARQL_DEFAULT_GRAPH_UNION = saved
        self._data = scratch
        self._touch()
