"""The one interface every store backend implements, and the result type queries return.

Conventions shared by all backends (the contract tests in tests/store check each):

- Terms crossing the interface are rdflib terms (``URIRef``, ``Literal``, ``BNode``); a
  literal keeps the lexical form the engine gave (``Literal(..., normalize=False)``), so
  ``"1"^^xsd:double`` is not rewritten ``"1.0"`` nor a date's timezone dropped.
- A query sees the union of all named graphs as its default graph, and the prefixes of
  :data:`kg.namespaces.PREFIXES` are declared before it. A triple that several graphs hold
  (one fact from two sources) matches once on rdflib, as the RDF merge should, but once
  per graph on Oxigraph 0.5 (oxigraph#1919, fixed upstream after 0.5.13): use DISTINCT,
  or count over ``GRAPH ?g``, where an exact count matters.
- Bindings are applied by :func:`kg.sparql.bind`, never by formatting strings.
- Every write (``load``, ``add``, ``replace_graph``, ``drop_graph``, ``update``) lands whole
  or not at all; a failed write leaves the store as it was.
"""

from __future__ import annotations

import abc
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import BinaryIO
from typing import Literal as TypingLiteral

from rdflib.term import Identifier, URIRef

from kg.errors import QueryError, ResultTooLarge
from kg.formats import RdfFormat
from kg.sparql import prepare

__all__ = ["MAX_READ_WORKERS", "GraphVersions", "ParserError", "Quad", "Results", "Store", "read_workers", "syntax_error"]

#: Most queries kg runs on one store at once. The engine works out each answer on its
#: own thread (it releases the GIL) while Python splits the answers already in; kg is
#: used on laptops of two cores, where a third query would only wait for a core.
MAX_READ_WORKERS = 2

#: (subject, predicate, object, graph); graph is None for the default graph.
Quad = tuple[Identifier, Identifier, Identifier, URIRef | None]


class ParserError(QueryError):
    """A parser's complaint about the text a backend was sent; :meth:`Store.query` and
    :meth:`Store.update` retell it with positions in the user's text."""

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(f"SPARQL syntax error: {message}")


def syntax_error(message: str) -> ParserError:
    """The error a backend raises for its parser's *message* (see :class:`ParserError`)."""
    return ParserError(message)


@dataclass(frozen=True)
class GraphVersions:
    """Where a store's content stands, graph by graph.

    ``epoch`` changes when a write touched graphs the store cannot name (a SPARQL update,
    a dataset file loaded whole, a write by another program); ``graphs`` maps a graph's IRI
    (``""`` for the default graph) to a token that changes with each write to it since the
    epoch began. A graph not listed was not written since: its token is the epoch.
    """

    epoch: str
    graphs: Mapping[str, str] = field(default_factory=dict)

    def token(self, graph: URIRef | None) -> str:
        """The token of *graph* (None: the default graph)."""
        found = self.graphs.get("" if graph is None else str(graph))
        return f"{self.epoch}/{found}" if found else self.epoch


@dataclass
class Results:
    """What a query returned, whatever the backend.

    ``kind`` is ``select`` (``variables`` and ``rows``, a row being a tuple of terms or None
    for unbound), ``ask`` (``boolean``) or ``graph`` (``triples``, for CONSTRUCT/DESCRIBE).
    """

    kind: TypingLiteral["select", "ask", "graph"]
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Identifier | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[tuple[Identifier, Identifier, Identifier]] = field(default_factory=list)

    def __len__(self) -> int:
        if self.kind == "ask":
            return 1
        return len(self.rows) if self.kind == "select" else len(self.triples)

    def dicts(self) -> list[dict[str, Identifier]]:
        """SELECT rows as dicts, leaving out unbound variables."""
        return [
            {name: value for name, value in zip(self.variables, row) if value is not None}
            for row in self.rows
        ]

    def column(self, name: str) -> list[Identifier | None]:
        """The values of one SELECT variable, in row order."""
        index = self.variables.index(name)
        return [row[index] for row in self.rows]


class Store(abc.ABC):
    """A quad store kg can read and write. Open one with :func:`kg.store.open_store`."""

    #: The URL the store was opened with, e.g. ``oxigraph:./kg-store``.
    url: str
    #: Whether reads may run from several threads at once and overlap (the store releases
    #: the GIL or works out of process); the projection then reads two answers at a time.
    concurrent_reads: bool = False

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.url}>"

    # -- reading ---------------------------------------------------------------------

    def query(
        self,
        sparql: str,
        *,
        bindings: Mapping[str, Identifier] | None = None,
        max_rows: int | None = None,
        base: str | None = None,
    ) -> Results:
        """Run a SPARQL query with kg's prefixes declared and *bindings* fixed. With
        *max_rows*, an answer of more rows (or triples) raises :class:`ResultTooLarge`.
        Relative IRIs resolve against *base* (an absolute IRI: the file a query was read
        from, the endpoint that received it); without one the embedded store refuses them
        as a syntax error, rdflib keeps them relative and a server applies its own base.
        Terms come back as the engine gives them: a literal keeps its lexical form."""
        prepared = prepare(sparql, bindings, base=base)
        try:
            if max_rows is None:
                return self._query(prepared.text)
            return self._query_limited(prepared.text, max_rows)
        except ParserError as error:
            raise prepared.syntax_error(error.message) from None

    def _query_limited(self, sparql: str, max_rows: int) -> Results:
        """:meth:`_query` with a cap; backends that read answers lazily stop at the cap."""
        results = self._query(sparql)
        if results.kind != "ask" and len(results) > max_rows:
            raise ResultTooLarge(f"the answer has more than {max_rows:,} rows; narrow the query or add LIMIT")
        return results

    @abc.abstractmethod
    def _query(self, sparql: str) -> Results:
        """Run a complete query text over the union of named graphs."""

    def select_rows(self, sparql: str) -> tuple[list[str], list[tuple[str, ...]]]:
        """Run a SELECT and return its variables and rows as plain strings: an IRI's text,
        a literal's lexical form, ``""`` for unbound.

        The bulk path for analysis, which reads hundreds of thousands of rows and needs no
        RDF term objects; backends override it with their fastest serialisation.
        """
        results = self.query(sparql)
        rows = [tuple("" if v is None else str(v) for v in row) for row in results.rows]
        return results.variables, rows

    def select_values(self, sparql: str) -> tuple[list[str], list[str]]:
        """:meth:`select_rows` with the rows end to end in one flat list: what the bulk
        reads of pieces (:mod:`kg.store.pieces`) keep, which a backend reading its answer
        flat gives without a tuple per row."""
        variables, rows = self.select_rows(sparql)
        return variables, list(chain.from_iterable(rows))

    @abc.abstractmethod
    def quads(
        self,
        subject: Identifier | None = None,
        predicate: Identifier | None = None,
        obj: Identifier | None = None,
        graph: URIRef | None = None,
    ) -> Iterator[Quad]:
        """Quads matching a pattern; None matches anything (graph None: every graph)."""

    @abc.abstractmethod
    def graphs(self) -> list[URIRef]:
        """The named graphs that hold at least one quad."""

    @abc.abstractmethod
    def __len__(self) -> int:
        """Number of quads in all graphs."""

    @abc.abstractmethod
    def dump(self, out: BinaryIO, fmt: RdfFormat, *, graph: URIRef | None = None) -> None:
        """Write every quad, or the quads of *graph*, to *out* in *fmt*.

        A dataset format keeps graph names (one graph dumped still names its graph, so the
        file loads back into it); a triple format writes the triples of *graph*, or of the
        union of all graphs when *graph* is None.
        """

    @abc.abstractmethod
    def version(self) -> str:
        """A token that changes whenever the store's content changes (for caches)."""

    def graph_versions(self) -> GraphVersions | None:
        """Tokens that change with each graph's content, for caches kept per graph (see
        :mod:`kg.store.pieces`); None where the backend cannot tell which graph a write
        touched (every cache then follows :meth:`version`)."""
        return None

    def stored_graphs(self) -> list[URIRef | None]:
        """The graphs holding at least one quad: the named ones, sorted, and None first
        when the default graph holds any."""
        return list(self.graphs())

    def select_graph_rows(self, sparql: str, graph: URIRef | None) -> tuple[list[str], list[tuple[str, ...]]]:
        """:meth:`select_rows` over *graph* alone (None: the stored default graph) instead
        of the union: the query's default graph is that graph."""
        raise NotImplementedError(f"{type(self).__name__} cannot read one graph alone")

    def select_graph_values(self, sparql: str, graph: URIRef | None) -> tuple[list[str], list[str]]:
        """:meth:`select_graph_rows` with the rows end to end in one flat list (see
        :meth:`select_values`)."""
        variables, rows = self.select_graph_rows(sparql, graph)
        return variables, list(chain.from_iterable(rows))

    # -- writing (each call is one transaction) ---------------------------------------

    @abc.abstractmethod
    def load(
        self,
        source: Path | bytes,
        fmt: RdfFormat,
        *,
        graph: URIRef | None = None,
        validated: int | None = None,
        base: str | None = None,
    ) -> int:
        """Parse *source* (a file path or the bytes of a document) and add its quads.
        Relative IRIs resolve against *base*, by default a file's own ``file:`` URL.

        Triples go to *graph* (the default graph when None); quads keep their own graph,
        or go to *graph* when one is given. Returns the number of quads read. A syntax
        error raises :class:`kg.errors.IngestError` and writes nothing. *validated* is the
        quad count of a caller that has already parsed the whole input without error, so a
        backend whose fast path is not transactional need not parse it a second time.
        """

    @abc.abstractmethod
    def add(self, quads: Iterable[Quad]) -> int:
        """Add *quads*; returns how many were given."""

    @abc.abstractmethod
    def replace_graph(self, graph: URIRef, quads: Iterable[Quad]) -> int:
        """Make *graph* hold exactly *quads* (their own graph is ignored), atomically."""

    @abc.abstractmethod
    def drop_graph(self, graph: URIRef) -> None:
        """Remove every quad of *graph*."""

    def update(self, sparql: str, *, base: str | None = None) -> None:
        """Run a SPARQL 1.1 Update (prefixes declared); it lands whole or not at all.
        Relative IRIs resolve against *base*, as in :meth:`query`.

        Unlike a query's, an update's default graph is not the same on every backend: the
        stored default graph on ``memory:`` and ``oxigraph:``, the union on a server run
        with ``--union-default-graph``. Name graphs (``GRAPH ?g``) to be portable.
        """
        prepared = prepare(sparql, base=base)
        try:
            self._update(prepared.text)
        except ParserError as error:
            raise prepared.syntax_error(error.message) from None

    @abc.abstractmethod
    def _update(self, sparql: str) -> None:
        """Run a complete update text (prologue included) in one transaction."""

    def pending_write(self) -> bool:
        """Whether a write was committed but not yet completed (see :mod:`kg.store.journal`):
        a process killed now leaves it to the next opening to complete."""
        return False

    def close(self) -> None:
        """Release files, locks and connections. Safe to call twice."""


def read_workers(store) -> int:
    """How many queries to run on *store* at once, the one default of every reader that
    runs several (the projection, validation, the neighbourhood reader): up to
    :data:`MAX_READ_WORKERS`, no more than the machine's cores, and 1 for a store whose
    reads cannot overlap (:attr:`Store.concurrent_reads`).

    >>> class Serial: concurrent_reads = False
    >>> read_workers(Serial())
    1
    """
    if not getattr(store, "concurrent_reads", False):
        return 1
    return max(1, min(MAX_READ_WORKERS, os.cpu_count() or 1))
