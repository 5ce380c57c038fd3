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
import fcntl
import io
import json
import os
import time
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier

from kg.errors import IngestError, QueryError, StoreBusyError, StoreError
from kg.formats import RdfFormat, count_quads
from kg.store.base import Quad, Results, Store, syntax_error

__all__ = ["OxigraphStore", "to_rdflib", "to_oxigraph"]

LOCK_NAME = "kg.lock"
VERSION_NAME = "kg-version"
# Written before a graph is bulk-loaded and removed after: if it is found on opening, the
# load was cut short and the graph, empty before it, is emptied again.
JOURNAL_NAME = "kg-journal.json"
# A new graph with more quads than this is written by bulk_load (seconds) rather than by
# one transaction (oxigraph's transactional load ran at ~24k quads/s on a 770k-quad table).
BULK_GRAPH_QUADS = 50_000
# Above this size a file is checked with a streaming parse and then bulk-loaded: bulk_load
# is not transactional, but it does not hold the whole file in memory and is several times
# faster; the check first means a malformed file still writes nothing. Below it, load()
# parses and writes in one transaction.
BULK_LOAD_BYTES = 64 * 1024 * 1024
_XSD_STRING = str(XSD.string)


# -- term conversion ---------------------------------------------------------------------


def to_rdflib(term) -> Identifier:
    """A pyoxigraph term as an rdflib term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value) if datatype == _XSD_STRING else Literal(term.value, datatype=URIRef(datatype))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise StoreError(f"kg does not handle RDF-star terms ({term})")


def to_oxigraph(term: Identifier):
    """An rdflib term as a pyoxigraph term."""
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


# -- locking -----------------------------------------------------------------------------


def _lock_timeout() -> float:
    try:
        return float(os.environ.get("KG_LOCK_TIMEOUT", "30"))
    except ValueError:
        raise StoreError("KG_LOCK_TIMEOUT must be a number of seconds") from None


def _acquire(path: Path, exclusive: bool) -> int:
    """Open and lock PATH/kg.lock, waiting up to the timeout; returns the descriptor."""
    handle = os.open(path / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    mode = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
    timeout = _lock_timeout()
    deadline = time.monotonic() + timeout
    delay = 0.01
    while True:
        try:
            fcntl.flock(handle, mode)
            return handle
        except OSError as error:
            if error.errno not in (errno.EAGAIN, errno.EACCES):
                os.close(handle)
                raise StoreError(f"cannot lock the store at {path}: {error.strerror}") from None
        if time.monotonic() >= deadline:
            os.close(handle)
            raise StoreBusyError(
                f"the store at {path} is in use by another process; waited {timeout:g} s "
                "(set KG_LOCK_TIMEOUT to wait longer)"
            )
        time.sleep(delay)
        delay = min(delay * 2, 0.2)


def _looks_like_store(path: Path) -> bool:
    return (path / "CURRENT").is_file()


class OxigraphStore(Store):
    """A pyoxigraph store on disk; see the module docstring for sharing between processes."""

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
        self._lock = _acquire(self.path, exclusive=not read_only)
        try:
            self._store = ox.Store.read_only(str(self.path)) if read_only else ox.Store(str(self.path))
        except OSError as error:
            self.close()
            raise StoreError(f"cannot open the store at {self.path}: {_first_line(error)}") from None
        if not read_only:
            self._recover()

    def _recover(self) -> None:
        """Undo a bulk graph load that a crash cut short (see JOURNAL_NAME)."""
        journal = self.path / JOURNAL_NAME
        if not journal.exists():
            return
        try:
            graph = json.loads(journal.read_text(encoding="utf-8"))["graph"]
        except (OSError, ValueError, KeyError):
            raise StoreError(f"{journal} is damaged; remove it after checking the store") from None
        self._store.remove_graph(ox.NamedNode(graph))
        self._store.flush()
        journal.unlink()

    def _check_path(self) -> None:
        path = self.path
        if path.exists() and not path.is_dir():
            raise StoreError(f"{path} is not a kg store: it is a file, not a store directory")
        if path.is_dir():
            others = [p for p in path.iterdir() if p.name not in (LOCK_NAME, VERSION_NAME)]
            if others and not _looks_like_store(path):
                raise StoreError(f"{path} is not a kg store: the directory holds other files")
            if self.read_only and not _looks_like_store(path):
                raise StoreError(f"no store at {path} yet: create one with kg load or kg demo")
        elif self.read_only:
            raise StoreError(f"no store at {path}: create one with kg load or kg demo")

    def close(self) -> None:
        store = self.__dict__.pop("_store", None)
        if store is not None and not self.read_only:
            try:
                store.flush()
            except OSError:
                pass  # flushing is an optimisation; RocksDB's log already holds the writes
        del store
        if self._lock is not None:
            os.close(self._lock)  # closing the descriptor releases the flock
            self._lock = None

    def _writable(self) -> ox.Store:
        if self.read_only:
            raise StoreError(f"the store at {self.path} was opened read-only")
        return self._store

    def _touch(self) -> None:
        # RocksDB rewrites its files in the background (compactions), so their sizes and
        # times do not tell whether the content changed; each write of ours leaves a token.
        token = self.path / VERSION_NAME
        temp = token.with_suffix(f".{os.getpid()}.tmp")
        temp.write_text(uuid.uuid4().hex, encoding="ascii")
        os.replace(temp, token)

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

    def select_rows(self, sparql: str) -> tuple[list[str], list[tuple[str, ...]]]:
        from kg.namespaces import sparql_prologue

        result = self._run(sparql_prologue() + sparql)
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError("select_rows needs a SELECT query")
        # SPARQL CSV is exactly "plain strings", and the csv module parses it in C.
        data = result.serialize(format=ox.QueryResultsFormat.CSV).decode("utf-8")
        reader = csv.reader(io.StringIO(data, newline=""))
        header = next(reader, [])
        return header, [tuple(row) for row in reader]

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
        oxi = _oxi_format(fmt)
        if graph is not None:
            self._store.dump(out, oxi, from_graph=ox.NamedNode(str(graph)))
        elif fmt.dataset:
            self._store.dump(out, oxi)
        else:
            union = self._run("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
            union.serialize(out, oxi)

    def version(self) -> str:
        # Writes made by other programs (oxigraph's own CLI) do not change this token.
        try:
            return (self.path / VERSION_NAME).read_text(encoding="ascii").strip()
        except FileNotFoundError:
            return "empty"

    # -- writing ---------------------------------------------------------------------

    def load(
        self, source: Path | bytes, fmt: RdfFormat, *, graph: URIRef | None = None, validated: int | None = None
    ) -> int:
        store = self._writable()
        name = "input" if isinstance(source, bytes) else str(source)
        if fmt.dataset and graph is not None:
            # pyoxigraph's to_graph only moves triples; quads are redirected here.
            count = self.add((s, p, o, graph) for s, p, o, _ in _parse_rdflib(source, fmt))
            return count
        size = len(source) if isinstance(source, bytes) else _file_size(source)
        try:
            if size > BULK_LOAD_BYTES:
                count = validated if validated is not None else count_quads(source, fmt)
                kwargs = {"input": source} if isinstance(source, bytes) else {"path": str(source)}
                store.bulk_load(format=_oxi_format(fmt), to_graph=_graph_term(graph), **kwargs)
            else:
                data = source if isinstance(source, bytes) else Path(source).read_bytes()
                count = count_quads(data, fmt) if size else 0
                if size:
                    store.load(data, _oxi_format(fmt), to_graph=_graph_term(graph))
        except SyntaxError as error:
            raise IngestError(f"{name} is not valid {fmt.name}: {_first_line(error)}") from None
        except FileNotFoundError:
            raise IngestError(f"no such file: {name}") from None
        except OSError as error:
            raise StoreError(f"writing to the store at {self.path} failed: {_first_line(error)}") from None
        self._touch()
        return count

    def add(self, quads: Iterable[Quad]) -> int:
        store = self._writable()
        converted = [
            ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), _graph_term(g)) for s, p, o, g in quads
        ]
        try:
            store.extend(converted)  # one transaction
        except OSError as error:
            raise StoreError(f"writing to the store at {self.path} failed: {_first_line(error)}") from None
        self._touch()
        return len(converted)

    def replace_graph(self, graph: URIRef, quads: Iterable[Quad]) -> int:
        # pyoxigraph has no transaction spanning a removal and an insertion, and one SPARQL
        # update carrying the data parses at ~11k quads/s (68 s for a 770k-quad table), so
        # the replacement takes two transactions, ordered so that no crash loses anything:
        # first every new quad lands (one load of N-Quads, all or nothing), then the quads
        # of the old version that the new one lacks are deleted. A crash in between leaves
        # old and new together, and running the same import again completes it.
        store = self._writable()
        target = ox.NamedNode(str(graph))
        lines = {
            f"{to_oxigraph(s)} {to_oxigraph(p)} {to_oxigraph(o)} {target} ." for s, p, o, _ in quads
        }
        try:
            had_data = next(store.quads_for_pattern(None, None, None, target), None) is not None
            data = "\n".join(lines).encode("utf-8")
            if not had_data and len(lines) > BULK_GRAPH_QUADS:
                self._bulk_new_graph(target, data)
            elif lines:
                store.load(data, ox.RdfFormat.N_QUADS)
            stale = []
            if had_data:
                # Compare in stored form: the store writes literals canonically ("1.0" is
                # kept as 1), so the new quads go through an in-memory store first.
                fresh = ox.Store()
                fresh.load(data, ox.RdfFormat.N_QUADS)
                keep = {str(quad) for quad in fresh}
                stale = [f"{q} ." for q in store.quads_for_pattern(None, None, None, target) if str(q) not in keep]
        except SyntaxError as error:
            raise StoreError(f"kg built invalid N-Quads: {_first_line(error)}") from None
        except OSError as error:
            raise StoreError(f"writing to the store at {self.path} failed: {_first_line(error)}") from None
        self._touch()
        if stale:
            triples = "\n".join(line[: line.rindex(str(target))] + "." for line in stale)
            self._update_raw(f"DELETE DATA {{ GRAPH {target} {{\n{triples}\n}} }}")
        return len(lines)

    def _bulk_new_graph(self, target, data: bytes) -> None:
        """Fill a graph that was empty with bulk_load, journalled so a crash is undone."""
        journal = self.path / JOURNAL_NAME
        with open(journal, "w", encoding="utf-8") as handle:
            json.dump({"graph": target.value}, handle)
            handle.flush()
            os.fsync(handle.fileno())
        self._store.bulk_load(data, ox.RdfFormat.N_QUADS)
        self._store.flush()
        journal.unlink()

    def drop_graph(self, graph: URIRef) -> None:
        self._update_raw(f"DROP SILENT GRAPH {ox.NamedNode(str(graph))}")

    def update(self, sparql: str) -> None:
        from kg.namespaces import sparql_prologue

        self._update_raw(sparql_prologue() + sparql, user_text=True)

    def _update_raw(self, sparql: str, *, user_text: bool = False) -> None:
        store = self._writable()
        try:
            store.update(sparql)
        except SyntaxError as error:
            if user_text:
                raise syntax_error(str(error)) from None
            raise StoreError(f"kg built an invalid update: {_first_line(error)}") from None
        except (OSError, RuntimeError, ValueError) as error:
            raise QueryError(f"update failed: {_first_line(error)}") from None
        self._touch()


def _parse_rdflib(source: Path | bytes, fmt: RdfFormat) -> list[tuple]:
    """Parse with pyoxigraph and return rdflib-term quads (for redirecting graphs)."""
    try:
        parsed = ox.parse(source if isinstance(source, bytes) else None, _oxi_format(fmt),
                          path=None if isinstance(source, bytes) else str(source))
        return [
            (to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object), None) for q in parsed
        ]
    except SyntaxError as error:
        raise IngestError(f"input is not valid {fmt.name}: {_first_line(error)}") from None
    except FileNotFoundError:
        raise IngestError(f"no such file: {source}") from None


def _file_size(path: Path) -> int:
    try:
        return Path(path).stat().st_size
    except FileNotFoundError:
        raise IngestError(f"no such file: {path}") from None


def _first_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__

