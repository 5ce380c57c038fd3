"""``oxigraph:PATH`` — the embedded, persistent, transactional store (pyoxigraph, RocksDB).

Processes share a store through a lock file beside the data (``PATH/kg.lock``): readers
hold a shared lock and open the database read-only, a writer holds an exclusive lock. The
lock is needed because RocksDB refuses a second read-write opening, and pyoxigraph calls a
read-only opening next to a writer undefined behaviour. A process that cannot get the lock
waits up to ``KG_LOCK_TIMEOUT`` seconds (30 by default) and then fails with a clear message.
"""

from __future__ import annotations

import csv
import errno
import hashlib
import io
import itertools
import json
import os
import stat
import uuid
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier

from kg.errors import (
    IngestError,
    QueryError,
    ResultTooLarge,
    StoreError,
)
from kg.formats import RdfFormat, base_iri, check_xml, count_quads, writer_prefixes
from kg.safe_io import read_errors
from kg.sparql import exact_literal, prepare
from kg.store import journal
from kg.store.base import GraphVersions, ParserError, Quad, Results, Store, syntax_error
from kg.store.journal import JOURNAL_NAME
from kg.store.oxigraph_files import (
    LOCK_NAME,
    VERSION_NAME,
    acquire_lock,
    current_state,
    files_fingerprint,
    looks_like_store,
    write_state,
)

__all__ = ["JOURNAL_NAME", "OxigraphStore", "to_oxigraph", "to_rdflib"]

# replace_graph writes a graph of up to this many quads in one transaction: one SPARQL
# update that drops the old graph and inserts the new quads. Its parser is the slow part:
# 0.12 s for 1k quads, 0.5 s for 10k, 3.0 s for 50k, 37 s for 300k (on 2 cores, pyoxigraph
# 0.5.13), against 0.08, 0.34, 1.35 and 16 s for the two-step way used above it (see
# replace_graph). A new graph bigger than this is written by bulk_load (journalled, below).
BULK_GRAPH_QUADS = 50_000
# Files above this size are parsed into the redo journal (kg.store.journal) and then bulk
# written; smaller ones by load(), which parses and writes in one transaction. The bulk way
# is whole through the journal (a crash half-way is completed at the next opening), and a
# malformed file still writes nothing, and it is three times faster. Measured on N-Triples
# (2 cores, pyoxigraph 0.5.13): 100k triples (12 MB) load() 2.4 s, check + bulk_load 0.1 +
# 0.75 s; 300k (35 MB) 6.1 s against 0.3 + 2.5 s; 1M (119 MB) 18 s against 0.9 + 6.3 s.
# Both peak at about 7 times the file's size in memory (750 and 840 MB for 1M triples), so
# memory does not decide; the threshold keeps the all-or-nothing load while it costs a few
# seconds: 32 MiB, about 270k triples, takes ~5 s by load() and ~2.5 s the other way.
BULK_LOAD_BYTES = 32 * 1024 * 1024
_XSD_STRING = str(XSD.string)


# -- term conversion ---------------------------------------------------------------------


def to_rdflib(term) -> Identifier:
    """A pyoxigraph term as an rdflib term, a literal's lexical form kept as the engine
    wrote it (rdflib would rewrite ``"1"^^xsd:double`` as ``"1.0"``, drop a date's timezone).

    >>> str(to_rdflib(ox.Literal("2020-01-01Z", datatype=ox.NamedNode(XSD.date))))
    '2020-01-01Z'
    """
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == _XSD_STRING:
            return Literal(term.value)
        return exact_literal(term.value, datatype)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise StoreError(f"kg does not handle RDF-star terms ({term})")


def to_oxigraph(term: Identifier):
    """An rdflib term as a pyoxigraph term; StoreError for what RDF cannot hold."""
    try:
        return _to_oxigraph(term)
    except ValueError as error:  # pyoxigraph checks IRIs, language tags, blank node ids
        raise StoreError(f"not a valid RDF term: {term!r} ({_first_line(error)})") from None


def _to_oxigraph(term: Identifier):
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise StoreError(f"not an RDF term: {term!r}")


def _graph_term(graph: URIRef | None):
    return ox.DefaultGraph() if graph is None else ox.NamedNode(str(graph))


def _oxi_format(fmt: RdfFormat):
    return getattr(ox.RdfFormat, fmt.oxigraph)


class OxigraphStore(Store):
    """A pyoxigraph store on disk; see the module docstring for sharing between processes."""

    concurrent_reads = True

    def __init__(self, url: str, path: str | Path, *, read_only: bool = False) -> None:
        self.url = url
        self.path = Path(path)
        self.read_only = read_only
        self._lock: int | None = None
        self._check_path()
        if not read_only:
            try:
                self.path.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise StoreError(f"cannot create the store at {self.path}: {error.strerror}") from None
        self._lock = acquire_lock(self.path, exclusive=not read_only)
        if read_only and (self.path / JOURNAL_NAME).exists():
            self._complete_for_reader()
        # Read before the database opens: what this process reads is at least as new.
        self._state = current_state(self.path)
        try:
            if not read_only and looks_like_store(self.path):
                journal.remove_orphans(self.path)  # only a writer may: it holds the lock alone
            self._store = ox.Store.read_only(str(self.path)) if read_only else ox.Store(str(self.path))
        except OSError as error:
            self.close()
            raise StoreError(f"cannot open the store at {self.path}: {_first_line(error)}") from None
        if not read_only:
            try:
                self._recover()
            except BaseException:
                self.close()  # release the lock: no caller holds this object to close it
                raise

    def _recover(self) -> None:
        """Complete a journalled write that a crash cut short (see :mod:`kg.store.journal`)."""
        try:
            applied = journal.apply_pending(self._store, self.path)
        except (OSError, SyntaxError) as error:
            raise StoreError(f"completing an interrupted write in {self.path} failed: {_first_line(error)}") from None
        if applied:
            self._touch()

    def _complete_for_reader(self) -> None:
        """A reader found a write cut short: the store is half-written until a writer
        completes it, so complete it now (as a writer, briefly) and read the result."""
        os.close(self._lock)
        self._lock = None
        OxigraphStore(self.url, self.path).close()
        self._lock = acquire_lock(self.path, exclusive=False)

    def _check_path(self) -> None:
        path = self.path
        if path.exists() and not path.is_dir():
            raise StoreError(f"{path} is not a kg store: it is a file, not a store directory")
        if path.is_dir():
            others = [p for p in path.iterdir() if p.name not in (LOCK_NAME, VERSION_NAME)]
            if others and not looks_like_store(path):
                raise StoreError(f"{path} is not a kg store: the directory holds other files")
            if self.read_only and not looks_like_store(path):
                raise StoreError(f"no store at {path} yet: create one with kg load or kg demo")
        elif self.read_only:
            raise StoreError(f"no store at {path}: create one with kg load or kg demo")

    def close(self) -> None:
        store = self.__dict__.pop("_store", None)
        writer = store is not None and not self.read_only
        if writer:
            try:
                store.flush()
            except OSError:
                pass  # flushing is an optimisation; RocksDB's log already holds the writes
        del store
        if writer:
            # The files as this writer leaves them: a reader finding them otherwise knows
            # the store was written since by something that did not say which graphs.
            try:
                write_state(self.path, self._state, files_fingerprint(self.path))
            except OSError:
                pass  # the state stays "written since": caches are rebuilt, never stale
        if self._lock is not None:
            os.close(self._lock)  # closing the descriptor releases the flock
            self._lock = None

    def pending_write(self) -> bool:
        return (self.path / JOURNAL_NAME).exists()

    def _writable(self) -> ox.Store:
        if self.read_only:
            raise StoreError(f"the store at {self.path} was opened read-only")
        return self._store

    def _touch(self, graphs: Iterable[str] | None = None) -> None:
        """Record a write to *graphs* (IRIs, ``""`` for the default graph; None: graphs
        this store cannot name, which starts a new epoch). The record says a writer is at
        work (no files fingerprint) until :meth:`close`."""
        if graphs is None:
            self._state = {"epoch": uuid.uuid4().hex, "graphs": {}}
        else:
            tokens = dict(self._state["graphs"])
            tokens.update((graph, uuid.uuid4().hex[:16]) for graph in graphs)
            self._state = {"epoch": self._state["epoch"], "graphs": tokens}
        write_state(self.path, self._state, None)

    # -- reading ---------------------------------------------------------------------

    def _run(self, sparql: str):
        try:
            return self._store.query(sparql, use_default_graph_as_union=True)
        except SyntaxError as error:
            raise syntax_error(str(error)) from None
        except (OSError, RuntimeError, ValueError) as error:
            raise QueryError(f"query failed: {_first_line(error)}") from None

    def _query(self, sparql: str) -> Results:
        result = self._run(sparql)
        if isinstance(result, ox.QueryBoolean):
            return Results("ask", boolean=bool(result))
        if isinstance(result, ox.QueryTriples):
            return Results(
                "graph",
                triples=[(to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)) for t in result],
            )
        variables = [v.value for v in result.variables]
        rows = [
            tuple(None if value is None else to_rdflib(value) for value in solution)
            for solution in result
        ]
        return Results("select", variables=variables, rows=rows)

    def _query_limited(self, sparql: str, max_rows: int) -> Results:
        # Stop reading at the cap: a runaway join is cut off after max_rows + 1 answers
        # instead of being materialised whole.
        result = self._run(sparql)
        if isinstance(result, ox.QueryBoolean):
            return Results("ask", boolean=bool(result))
        taken = list(itertools.islice(result, max_rows + 1))
        if len(taken) > max_rows:
            raise ResultTooLarge(f"the answer has more than {max_rows:,} rows; narrow the query or add LIMIT")
        if isinstance(result, ox.QueryTriples):
            return Results("graph", triples=[(to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)) for t in taken])
        variables = [v.value for v in result.variables]
        rows = [tuple(None if value is None else to_rdflib(value) for value in solution) for solution in taken]
        return Results("select", variables=variables, rows=rows)

    def select_rows(self, sparql: str) -> tuple[list[str], list[tuple[str, ...]]]:
        return _csv_rows(*self._select(sparql))

    def select_values(self, sparql: str) -> tuple[list[str], list[str]]:
        return _csv_values(*self._select(sparql))

    def _select(self, sparql: str) -> tuple[object, Callable[[], object]]:
        """The answer of a SELECT and a way to run it again (see :func:`_csv_values`)."""
        prepared = prepare(sparql)
        try:
            result = self._run(prepared.text)
        except ParserError as error:
            raise prepared.syntax_error(error.message) from None
        return result, lambda: self._run(prepared.text)

    def quads(self, subject=None, predicate=None, obj=None, graph=None) -> Iterator[Quad]:
        pattern = [None if t is None else to_oxigraph(t) for t in (subject, predicate, obj)]
        graph_term = None if graph is None else ox.NamedNode(str(graph))
        for quad in self._store.quads_for_pattern(*pattern, graph_term):
            name = quad.graph_name
            yield (
                to_rdflib(quad.subject),
                to_rdflib(quad.predicate),
                to_rdflib(quad.object),
                None if isinstance(name, ox.DefaultGraph) else URIRef(name.value),
            )

    def graphs(self) -> list[URIRef]:
        names = [URIRef(g.value) for g in self._store.named_graphs() if isinstance(g, ox.NamedNode)]
        nonempty = [g for g in names if next(self._store.quads_for_pattern(None, None, None, ox.NamedNode(str(g))), None)]
        return sorted(nonempty, key=str)

    def __len__(self) -> int:
        return len(self._store)

    def dump(self, out: BinaryIO, fmt: RdfFormat, *, graph: URIRef | None = None) -> None:
        oxi, prefixes = _oxi_format(fmt), writer_prefixes(fmt)
        if graph is not None and fmt.dataset:
            # Store.dump(from_graph=...) writes bare triples; the contract keeps the name.
            ox.serialize(self._store.quads_for_pattern(None, None, None, ox.NamedNode(str(graph))), out, oxi, prefixes=prefixes)
        elif graph is not None:
            self._store.dump(out, oxi, from_graph=ox.NamedNode(str(graph)), prefixes=prefixes)
        elif fmt.dataset:
            self._store.dump(out, oxi, prefixes=prefixes)
        else:
            union = self._run("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
            ox.serialize(union, out, oxi, prefixes=prefixes)

    def version(self) -> str:
        # kg's writes record which graphs they touched; a write by another program
        # (pyoxigraph, oxigraph's CLI) changes the files, which starts a new epoch.
        state = json.dumps(self._state, sort_keys=True)
        return hashlib.sha256(state.encode()).hexdigest()[:32]

    def graph_versions(self) -> GraphVersions:
        return GraphVersions(self._state["epoch"], dict(self._state["graphs"]))

    def stored_graphs(self) -> list[URIRef | None]:
        default = next(self._store.quads_for_pattern(None, None, None, ox.DefaultGraph()), None)
        return ([None] if default is not None else []) + self.graphs()

    def select_graph_rows(self, sparql: str, graph: URIRef | None) -> tuple[list[str], list[tuple[str, ...]]]:
        return _csv_rows(*self._select_graph(sparql, graph))

    def select_graph_values(self, sparql: str, graph: URIRef | None) -> tuple[list[str], list[str]]:
        return _csv_values(*self._select_graph(sparql, graph))

    def _select_graph(self, sparql: str, graph: URIRef | None) -> tuple[object, Callable[[], object]]:
        prepared = prepare(sparql)

        def run():
            try:
                return self._store.query(prepared.text, default_graph=_graph_term(graph))
            except SyntaxError as error:
                raise prepared.syntax_error(str(error)) from None
            except (OSError, RuntimeError, ValueError) as error:
                raise QueryError(f"query failed: {_first_line(error)}") from None

        return run(), run

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
        store = self._writable()
        base = base if base is not None else base_iri(source)
        name = "input" if isinstance(source, bytes) else str(source)
        size = len(source) if isinstance(source, bytes) else _readable_size(source)
        where = {"input": source} if isinstance(source, bytes) else {"path": str(source)}
        oxi = _oxi_format(fmt)
        if validated is None and fmt.oxigraph == "RDF_XML":
            check_xml(source)  # entities and truncation, which the parser lets through
        try:
            if size > BULK_LOAD_BYTES:
                target = None if graph is None else ox.NamedNode(str(graph))
                # Blank nodes get fresh labels here, as Store.load gives a file's, and the
                # journal keeps them, so that completing the write twice adds them once.
                parsed = ox.parse(format=oxi, base_iri=base, rename_blank_nodes=True, **where)
                if target is not None:
                    parsed = (ox.Quad(q.subject, q.predicate, q.object, target) for q in parsed)
                count = self._journalled(parsed, "add")
            elif fmt.dataset and graph is not None:
                # to_graph only moves triples: the quads of a dataset syntax are renamed
                # here. Blank nodes are renamed too, as Store.load does with a file's.
                target = ox.NamedNode(str(graph))
                quads = [  # parsed whole first: a syntax error adds nothing
                    ox.Quad(q.subject, q.predicate, q.object, target)
                    for q in ox.parse(format=oxi, base_iri=base, rename_blank_nodes=True, **where)
                ]
                store.extend(quads)
                count = len(quads)
            elif size:
                count = validated if validated is not None else count_quads(source, fmt, base=base)
                store.load(format=oxi, base_iri=base, to_graph=_graph_term(graph), **where)
            else:
                count = 0
        except SyntaxError as error:
            raise IngestError(f"{name} is not valid {fmt.name}: {_first_line(error)}") from None
        except MemoryError as error:  # the parser's buffer cap (16 MiB per term), not the machine's
            raise IngestError(f"{name} has a term too long to read ({_first_line(error)})") from None
        except FileNotFoundError as error:
            if isinstance(source, bytes):
                raise StoreError(f"writing to the store at {self.path} failed: {_first_line(error)}") from None
            with read_errors(source):  # the file went away after it was checked
                raise
        except OSError as error:
            raise StoreError(f"writing to the store at {self.path} failed: {_first_line(error)}") from None
        if graph is not None:
            self._touch([str(graph)])
        else:
            self._touch(None if fmt.dataset else [""])  # a dataset's graphs are the file's
        return count

    def add(self, quads: Iterable[Quad]) -> int:
        store = self._writable()
        touched: set[str] = set()
        converted = []
        for s, p, o, g in quads:
            converted.append(ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), _graph_term(g)))
            touched.add("" if g is None else str(g))
        try:
            store.extend(converted)  # one transaction
        except OSError as error:
            raise StoreError(f"writing to the store at {self.path} failed: {_first_line(error)}") from None
        self._touch(touched)
        return len(converted)

    def replace_graph(self, graph: URIRef, quads: Iterable[Quad]) -> int:
        self._writable()
        target = ox.NamedNode(str(graph))
        # Terms are serialised by pyoxigraph (N-Triples syntax, escaped), not formatted here.
        # A table repeats its entities and predicates on every row: serialise each once.
        written: dict[Identifier, str] = {}

        def text(term: Identifier) -> str:
            found = written.get(term)
            if found is None:
                found = written[term] = str(to_oxigraph(term))
            return found

        triples = {f"{text(s)} {text(p)} {text(o)}" for s, p, o, _ in quads}
        if len(triples) <= BULK_GRAPH_QUADS:
            # pyoxigraph offers no transaction spanning a removal and an insertion, but one
            # SPARQL update is one transaction, so drop and insert travel together.
            body = "".join(f"{line} .\n" for line in triples)
            insert = f" ;\nINSERT DATA {{ GRAPH {target} {{\n{body}}} }}" if triples else ""
            self._update_raw(f"DROP SILENT GRAPH {target}{insert}", graphs=[target.value])
            return len(triples)
        # Bigger graphs (imported tables) would take minutes by that update (see
        # BULK_GRAPH_QUADS): they go through the redo journal, whole under a crash too.
        data = "".join(f"{line} {target} .\n" for line in triples).encode("utf-8")
        try:
            self._journalled(data, "replace", target.value)
        except SyntaxError as error:
            raise StoreError(f"kg built invalid N-Quads: {_first_line(error)}") from None
        except OSError as error:
            raise StoreError(f"writing to the store at {self.path} failed: {_first_line(error)}") from None
        self._touch([target.value])
        return len(triples)

    def _journalled(self, quads: Iterable | bytes, action: str, graph: str | None = None) -> int:
        """Write through the redo journal (see :mod:`kg.store.journal`); returns the quads
        written. An error before the commit (a syntax error in *quads*) writes nothing."""
        count = journal.write_data(self.path, quads)
        journal.commit(self.path, action, graph)
        journal.apply_pending(self._store, self.path)
        return count

    def drop_graph(self, graph: URIRef) -> None:
        self._update_raw(f"DROP SILENT GRAPH {ox.NamedNode(str(graph))}", graphs=[str(graph)])

    def _update(self, sparql: str) -> None:
        self._update_raw(sparql, user_text=True)

    def _update_raw(self, sparql: str, *, user_text: bool = False, graphs: list[str] | None = None) -> None:
        """Run *sparql*; *graphs* are the graphs it writes, None when unknown."""
        store = self._writable()
        try:
            store.update(sparql)
        except SyntaxError as error:
            if user_text:
                raise syntax_error(str(error)) from None
            raise StoreError(f"kg built an invalid update: {_first_line(error)}") from None
        except (OSError, RuntimeError, ValueError) as error:
            raise QueryError(f"update failed: {_first_line(error)}") from None
        self._touch(graphs)


def _csv_rows(result, again: Callable[[], object]) -> tuple[list[str], list[tuple[str, ...]]]:
    """The header and rows of a SELECT *result*, as :func:`_csv_values` reads them."""
    variables, values = _csv_values(result, again)
    width = len(variables)
    if not width:  # no variables: rows of nothing, as many as the answer has solutions
        return variables, [() for _ in again()]
    return variables, list(zip(*[iter(values)] * width))


_LINE_ENDS_AS_COMMAS = bytes.maketrans(b"\n", b",")


def _csv_values(result, again: Callable[[], object]) -> tuple[list[str], list[str]]:
    """The header of a SELECT *result* and its rows end to end in one flat list, every
    value a plain string (an IRI, a blank node as ``_:label``, a literal's lexical form,
    ``""`` unbound), read from the store's SPARQL CSV, which it writes in Rust, the terms
    decoded without a Python object each. *again* runs the query again, for the rare
    answer CSV cannot carry exactly."""
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError("select_rows needs a SELECT query")
    raw = result.serialize(format=ox.QueryResultsFormat.CSV)
    end = raw.find(b"\r\n")
    header = raw[:end].decode("utf-8") if end >= 0 else ""
    variables = header.split(",") if header else []
    width = len(variables)
    # The writer quotes a literal holding a comma, a quote or a line break, so an answer
    # without a quote splits on line ends and commas alone (str.split, in C, straight into
    # one list: a tuple per row costs more than the split). But it writes an IRI as it is,
    # and an IRI may hold a comma: then the answer has more fields than its rows can hold,
    # and it is read again term by term.
    values: list[str] | None = None
    if width and b'"' not in raw:
        # Unquoted, every \r ends a line (\r\n): bytes.translate drops them and reads each
        # \n as a comma in one pass, and the rows are the \r dropped, less the header's
        # (a third less than replacing "\r\n" in the decoded text and counting lines).
        flat = raw.translate(_LINE_ENDS_AS_COMMAS, b"\r")
        rows = len(raw) - len(flat) - 1
        # Each copy of the answer freed before the next is made: its pages are reused.
        del raw
        text = flat.decode("utf-8")
        del flat
        values = text.split(",")
        del text
        del values[:width]  # the header
        values.pop()  # what follows the last line end: nothing
        if len(values) != width * rows:
            values = None
    elif width:
        rest = raw[end + 2:].decode("utf-8")
        parsed = list(csv.reader(io.StringIO(rest, newline="")))
        if all(len(row) == width for row in parsed):
            values = list(itertools.chain.from_iterable(parsed))
    if values is None:
        values = ["" if term is None else _plain(term) for solution in again() for term in solution] if width else []
    return variables, values


def _plain(term) -> str:
    """A term as SPARQL CSV writes it."""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value if isinstance(term, (ox.NamedNode, ox.Literal)) else str(term)


def _readable_size(path: Path) -> int:
    """The size of the file *path*, once it is known to open for reading: whatever the
    system says about the file is worded by :func:`kg.safe_io.read_errors`, as for every
    file kg reads, and an error while loading is then the store's."""
    with read_errors(path):
        # O_NONBLOCK: opening a FIFO would otherwise wait for a writer; its size stays 0.
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        try:
            info = os.fstat(descriptor)
            if stat.S_ISDIR(info.st_mode):
                raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
            return info.st_size
        finally:
            os.close(descriptor)


def _first_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__

