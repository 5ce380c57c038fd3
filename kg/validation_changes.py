"""Validation of what changed: the graphs written since the last validation, and a write
checked before it is made.

A SHACL result belongs to a focus node, and depends on few triples: the node's own, the
types and triples of the nodes it points to, and the ontology's classes and properties.
So when some graphs change, only the focus nodes near the triples whose presence in the
store's union changed can change their results: the subjects of those triples, the nodes
pointing to a node whose type changed, and the statements pointing to both ends of a
changed relation. Those nodes are checked against the whole store (a node typed in one
graph and described in another is judged on both); the results of every other node stand
as the last validation found them. A change that touches the classes or properties
themselves (the ontology's graph, a subclass declared in a source) reaches every node,
and the whole store is checked.

The record of the last validation says, for each named graph, a cheap fingerprint (its
quad count up to :data:`SMALL_GRAPH` and a digest of the triples describing the graph
itself, which kg rewrites on every write of a source: title, content hash, time of the
write), the content of the graphs of at most :data:`SMALL_GRAPH` quads (so that what a
replaced or dropped graph held is known), the store's version token and the violations
found. It is an SQLite file in kg's cache directory, keyed by the store's URL (for an
embedded store, its absolute path and RocksDB's identity). Not a graph in the store, where
it could be mistaken for data (queries, exports and the projection would all have to skip
it) and would make every validation a write; not a file beside the store either, whose
files' fingerprint tells the store whether another program wrote it. There is none for
``memory:``. A lost or unreadable record only means that the next validation checks the
whole store.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
import zlib
from collections.abc import Callable, Iterable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from rdflib import URIRef

from kg.errors import KGError, StoreError
from kg.ontology import Ontology
from kg.validation import (
    ValidationReport,
    Violation,
    curie,
    runs_in_store,
    validate,
    validate_in_engine,
    validate_store,
)

__all__ = [
    "SMALL_GRAPH", "ValidationRun", "WriteRefused", "check_write", "record_path", "refuse_violations",
    "validate_changes",
]

#: Graphs up to this many quads keep their content in the record (an article has a few
#: hundred); a change to a bigger one (an imported table) has the whole store checked.
SMALL_GRAPH = 20_000
#: Past this many focus nodes, checking them one by one costs more than the whole store.
MAX_FOCUS = 20_000
_BATCH = 400
_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ValidationRun:
    """A report and what was checked to make it: ``scope`` is ``all`` (the whole store),
    ``changes`` (the focus nodes near what changed) or ``unchanged`` (nothing written
    since the last validation: its report stands); ``reason`` says why the whole store
    was checked."""

    report: ValidationReport
    scope: str
    graphs: tuple[str, ...] = ()
    focus: int = 0
    reason: str = ""


class WriteRefused(KGError):
    """A write refused whole because it would bring violations into the store."""

    def __init__(self, what: str, report: ValidationReport) -> None:
        self.what = what
        self.report = report
        super().__init__(f"{what} was not written: it would bring {len(report.violations)} violation(s) of kg's shapes")

    def lines(self) -> list[str]:
        """The refusal as one block: a heading, then one violation a line."""
        return [f"kg: error: {self}:", *(f"  {violation}" for violation in self.report.violations)]


# -- the record ----------------------------------------------------------------------------


def record_path(store) -> Path | None:
    """Where the record of *store*'s last validation is kept (see the module docstring):
    in kg's cache directory, under the store's URL, or for an embedded store its absolute
    path and RocksDB's identity (a store made anew at the same place is another store)."""
    from kg.analysis.project import cache_dir

    if store.url.startswith("memory:"):
        return None
    key = store.url
    path = getattr(store, "path", None)
    if path is not None:
        try:
            identity = (Path(path) / "IDENTITY").read_text(encoding="utf-8", errors="replace").strip()
        except OSError:
            identity = ""
        key = f"{Path(path).resolve()}|{identity}"
    return cache_dir() / f"validation-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:16]}.sqlite"


_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS graphs (graph TEXT PRIMARY KEY, marker TEXT NOT NULL, size INTEGER NOT NULL, content BLOB);
CREATE TABLE IF NOT EXISTS violations (focus TEXT NOT NULL, path TEXT NOT NULL, value TEXT NOT NULL, message TEXT NOT NULL);
"""


@dataclass
class _Record:
    version: str
    rules: str
    graphs: dict[str, tuple[str, int]]
    violations: list[Violation]


def _connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path, timeout=30)
    connection.executescript(_SCHEMA)
    return connection


def _read_record(path: Path | None) -> _Record | None:
    if path is None or not path.exists():
        return None
    try:
        with closing(_connect(path)) as db:
            meta = dict(db.execute("SELECT key, value FROM meta"))
            if "version" not in meta:
                return None
            graphs = {g: (m, s) for g, m, s in db.execute("SELECT graph, marker, size FROM graphs")}
            violations = [Violation(*row) for row in db.execute("SELECT focus, path, value, message FROM violations")]
    except sqlite3.Error:
        return None  # damaged or not ours: the whole store is checked and the record rewritten
    return _Record(meta["version"], meta.get("rules", ""), graphs, violations)


def _old_content(path: Path, graph: str) -> set[str] | None:
    with closing(_connect(path)) as db:
        row = db.execute("SELECT content FROM graphs WHERE graph = ?", (graph,)).fetchone()
    if row is None or row[0] is None:
        return None
    return set(zlib.decompress(row[0]).decode("utf-8").splitlines())


def _write_record(path: Path | None, version: str, rules: str, fingerprints: dict, contents: dict,
                  violations: Iterable[Violation], *, replace_all: bool) -> str:
    """Save the record; returns a warning line when it cannot be written (the report
    stands, the next validation checks everything again)."""
    if path is None:
        return ""
    for attempt in (1, 2):
        try:
            with closing(_connect(path)) as db, db:
                _save(db, version, rules, fingerprints, contents, violations, replace_all=replace_all)
            return ""
        except sqlite3.DatabaseError as error:
            if not replace_all or attempt == 2:
                return f"the record of this validation could not be written ({error}); the next one checks the whole store"
            # Damaged, or not ours: a whole validation writes it anew.
            path.unlink(missing_ok=True)
        except (sqlite3.Error, OSError) as error:
            return f"the record of this validation could not be written ({error}); the next one checks the whole store"
    return ""


def _save(db: sqlite3.Connection, version: str, rules: str, fingerprints: dict, contents: dict,
          violations: Iterable[Violation], *, replace_all: bool) -> None:
    if replace_all:
        db.execute("DELETE FROM graphs")
    else:
        db.executemany("DELETE FROM graphs WHERE graph = ?", [(g,) for g in contents])
        current = set(fingerprints)
        db.executemany("DELETE FROM graphs WHERE graph = ?",
                       [(g,) for (g,) in db.execute("SELECT graph FROM graphs") if g not in current])
    rows = []
    for graph, (marker, size) in fingerprints.items():
        if graph in contents or replace_all:
            lines = contents.get(graph)
            blob = None if lines is None else zlib.compress("\n".join(sorted(lines)).encode("utf-8"))
            rows.append((graph, marker, size, blob))
    db.executemany("INSERT OR REPLACE INTO graphs VALUES (?, ?, ?, ?)", rows)
    db.execute("DELETE FROM violations")
    db.executemany("INSERT INTO violations VALUES (?, ?, ?, ?)", [(v.focus, v.path, v.value, v.message) for v in violations])
    db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)",
                   [("version", version), ("rules", rules), ("validated_at", str(time.time()))])


# -- fingerprints and contents ------------------------------------------------------------------


def _text(term) -> str:
    from kg.store.oxigraph import to_oxigraph

    return str(to_oxigraph(term))


def _rules() -> str:
    """A digest of the shapes: other shapes make every earlier result void."""
    from kg.resources import resource_dir

    return hashlib.sha256((resource_dir("ontology") / "shapes.ttl").read_bytes()).hexdigest()


def _fingerprints(store, known: dict[str, tuple[str, int]] | None = None) -> dict[str, tuple[str, int]]:
    """Each named graph's (token, quads up to SMALL_GRAPH + 1). The token is the store's
    own for the graph where it keeps one (``Store.graph_versions``), else a digest of the
    triples describing the graph itself, which kg rewrites with every write of a source."""
    found = _fingerprints_of(store, store.graphs(), known)
    # The default graph, where a store keeps a token for it: kept as a graph too big to
    # diff, so that a change to it has the whole store checked.
    versions = store.graph_versions()
    if versions is not None and None in store.stored_graphs():
        found[""] = (versions.token(None), SMALL_GRAPH + 1)
    return found


def _fingerprints_of(store, graphs: Iterable[URIRef], known: dict[str, tuple[str, int]] | None = None) -> dict[str, tuple[str, int]]:
    """See :func:`_fingerprints`; a graph whose store token is the one *known* keeps the
    size known with it (not counted again: a store of thousands of articles costs one
    count per graph written)."""
    versions = store.graph_versions()
    found = {}
    for graph in graphs:
        if versions is not None:
            own = [versions.token(graph)]
        else:
            own = sorted(f"{_text(p)} {_text(o)}" for _, p, o, _ in store.quads(subject=graph, graph=graph))
        marker = hashlib.sha256("\n".join(own).encode("utf-8")).hexdigest()
        if versions is not None and known is not None and known.get(str(graph), ("",))[0] == marker:
            found[str(graph)] = known[str(graph)]
            continue
        rows = store.query(
            f"SELECT (COUNT(*) AS ?n) WHERE {{ {{ SELECT * WHERE {{ GRAPH {_text(graph)} {{ ?s ?p ?o }} }} "
            f"LIMIT {SMALL_GRAPH + 1} }} }}"
        ).rows
        found[str(graph)] = (marker, int(rows[0][0]))
    return found


def _content(store, graph: str) -> set[str]:
    return {f"{_text(s)} {_text(p)} {_text(o)}" for s, p, o, _ in store.quads(graph=URIRef(graph))}


def _split(line: str) -> tuple[str, str, str]:
    subject, predicate, obj = line.split(" ", 2)
    return subject, predicate, obj


# -- from changed graphs to focus nodes -------------------------------------------------------


def _chunks(items: list, size: int = _BATCH) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _changed_triples(store, changes: dict[str, tuple[set[str], set[str]]]) -> set[str]:
    """The triples whose presence in the union may have changed: in a changed graph's old
    content or its new one but not both, and in no unchanged named graph."""
    candidates = set()
    for old, new in changes.values():
        candidates |= old ^ new
    if not candidates:
        return set()
    changed_graphs = ", ".join(f"<{g}>" for g in changes)
    stable = set()
    for chunk in _chunks(sorted(candidates)):
        values = " ".join(f"({line})" for line in chunk)
        rows = store.query(
            f"SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES (?s ?p ?o) {{ {values} }} GRAPH ?h {{ ?s ?p ?o }} "
            f"FILTER(?h NOT IN ({changed_graphs})) }}"
        ).rows
        stable.update(f"{_text(s)} {_text(p)} {_text(o)}" for s, p, o in rows)
    return candidates - stable


def _focus(store, changed: set[str], pending: set[str] = frozenset()) -> tuple[set[str] | None, str]:
    """The focus nodes whose results *changed* triples may change, as N-Triples terms;
    None and a reason when every node must be checked. *pending* are triples about to be
    written (they point to nodes as the store's own do)."""
    triples = [_split(line) for line in changed]
    subjects = {s for s, _, _ in triples}
    if any(not s.startswith("<") for s in subjects):
        return None, "a changed triple has a blank node"
    schema_terms = sorted(subjects)
    pending_triples = [_split(line) for line in pending]
    for chunk in _chunks(schema_terms):
        values = " ".join(chunk)
        if store.query(
            f"ASK {{ VALUES ?n {{ {values} }} {{ ?x a ?n }} UNION {{ ?n rdfs:subClassOf ?y }} "
            f"UNION {{ ?y rdfs:subClassOf ?n }} UNION {{ ?x ?n ?y }} }}"
        ).boolean:
            return None, "the change reaches classes or properties"
    used_as_schema = {p for _, p, _ in pending_triples} | {o for _, p, o in pending_triples if p == _RDF_TYPE}
    if used_as_schema & subjects:
        return None, "the change reaches classes or properties"
    focus = set(subjects)
    retyped = sorted({s for s, p, _ in triples if p == _RDF_TYPE})
    for chunk in _chunks(retyped):
        rows = store.query(f"SELECT DISTINCT ?x WHERE {{ VALUES ?n {{ {' '.join(chunk)} }} ?x ?q ?n }}").rows
        focus.update(_text(x) for (x,) in rows)
    focus.update(s for s, _, o in pending_triples if o in retyped)
    # A statement points to both ends of the relation it states.
    pairs = sorted({(s, o) for s, p, o in triples if p != _RDF_TYPE and o.startswith("<")})
    for chunk in _chunks(pairs):
        values = " ".join(f"({s} {o})" for s, o in chunk)
        rows = store.query(f"SELECT DISTINCT ?x WHERE {{ VALUES (?a ?b) {{ {values} }} ?x ?q ?a . ?x ?r ?b }}").rows
        focus.update(_text(x) for (x,) in rows)
    if pending_triples and pairs:
        ends = {}
        for s, _, o in pending_triples:
            ends.setdefault(s, set()).add(o)
        focus.update(x for x, objects in ends.items() if any(a in objects and b in objects for a, b in pairs))
    if any(not node.startswith("<") for node in focus):
        return None, "a node near the change is a blank node"
    if len(focus) > MAX_FOCUS:
        return None, f"the change reaches more than {MAX_FOCUS:,} nodes"
    return focus, ""


def _iris(nodes: Iterable[str]) -> list[URIRef]:
    return [URIRef(node[1:-1]) for node in nodes]


# -- incremental validation --------------------------------------------------------------------


def _validate_focus(store, ontology: Ontology, focus: set[str], progress: Progress | None, *, without: str | None = None,
                    pending: set[str] = frozenset()) -> ValidationReport:
    """The report restricted to *focus*: in the store's engine, or, for a remote store or
    a write not yet made, in memory over a copy of what those nodes' results depend on."""
    if without is None and not pending and runs_in_store(store):
        return validate_store(store, focus=_iris(focus), progress=progress)
    triples = _neighbourhood(store, focus, without, pending)
    return validate_in_engine(triples, ontology, focus=_iris(focus), progress=progress)


def _neighbourhood(store, focus: set[str], without: str | None, pending: set[str]):
    """The triples a focus node's results read: its own, those of the nodes it points to
    (their types, the relations between them), with graph *without* left out and the
    *pending* triples added. The ontology is added by the caller."""
    def triples_of(nodes: set[str]) -> set[str]:
        found = set()
        for chunk in _chunks(sorted(nodes)):
            values = " ".join(chunk)
            rows = store.query(f"SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?s {{ {values} }} ?s ?p ?o }}").rows
            found.update(f"{_text(s)} {_text(p)} {_text(o)}" for s, p, o in rows)
            if without is not None:
                # A triple only the replaced graph holds is gone once it is replaced.
                rows = store.query(
                    f"SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?s {{ {values} }} GRAPH <{without}> {{ ?s ?p ?o }} "
                    f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER(?h != <{without}>) }} }}"
                ).rows
                found.difference_update(f"{_text(s)} {_text(p)} {_text(o)}" for s, p, o in rows)
        found.update(line for line in pending if _split(line)[0] in nodes)
        return found

    own = triples_of(focus)
    reached = {o for _, _, o in map(_split, own) if o.startswith("<")} - focus
    return _parsed(own | triples_of(reached))


def _parsed(lines: Iterable[str]):
    """N-Triples lines as rdflib triples, literals kept as written (rdflib's own parser
    would normalise some lexical forms, which the shapes check)."""
    import pyoxigraph as ox

    from kg.store.oxigraph import to_rdflib

    data = "".join(f"{line} .\n" for line in lines).encode("utf-8")
    for triple in ox.parse(data, format=ox.RdfFormat.N_TRIPLES):
        yield to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object)


def validate_changes(store, ontology: Ontology, *, everything: bool = False, progress: Progress | None = None) -> ValidationRun:
    """Check what was written to *store* since the last validation against *ontology*'s
    shapes (everything when *everything*, when there is no record of one, or when a change
    reaches every node); the report is the whole store's, the results of unchanged nodes
    taken from the record."""
    path = record_path(store)
    if path is None:  # memory: lives as long as the process; there is no earlier validation
        return ValidationRun(validate(store, ontology, progress=progress), "all")
    version = store.version()
    rules = _rules()
    record = None if everything else _read_record(path)
    if record is not None and record.rules != rules:
        record = None
    # The embedded store's token changes with every write of kg's; a remote store's only
    # with a graph's quad count, so there the graphs' own fingerprints must agree too.
    embedded = getattr(store, "path", None) is not None
    if record is not None and record.version == version and embedded:
        return ValidationRun(_standing(record), "unchanged")
    fingerprints = _fingerprints(store, record.graphs if record is not None else None)
    if record is not None and record.version == version and fingerprints == record.graphs:
        return ValidationRun(_standing(record), "unchanged")
    reason = "" if everything or record is not None else "no earlier validation is recorded"
    changed: list[str] = []
    focus = None
    if record is not None:
        changed = sorted(g for g in set(fingerprints) | set(record.graphs)
                         if fingerprints.get(g) != record.graphs.get(g))
        if not changed:
            reason = "the store changed where kg cannot tell which graph"
        elif any(fingerprints.get(g, ("", 0))[1] > SMALL_GRAPH or record.graphs.get(g, ("", 0))[1] > SMALL_GRAPH
                 for g in changed):
            reason = "a graph of more than 20,000 quads changed"
        else:
            changes = {}
            for graph in changed:
                old = _old_content(path, graph) if graph in record.graphs else set()
                if old is None:
                    reason = "an earlier graph's content is not recorded"
                    break
                changes[graph] = (old, _content(store, graph) if graph in fingerprints else set())
            if not reason:
                focus, reason = _focus(store, _changed_triples(store, changes))
                # Written but the same (kg rewrites the ontology's graph with each write).
                changed = [g for g in changed if changes[g][0] != changes[g][1]]
    if focus is None:
        # Read before the check, as the fingerprints were: a write made meanwhile is then
        # seen as a change by the next validation.
        contents = {g: _content(store, g) for g, (_, size) in fingerprints.items() if size <= SMALL_GRAPH}
        report = validate(store, ontology, progress=progress)
        warning = _write_record(path, version, rules, fingerprints, contents, report.violations, replace_all=True)
        return ValidationRun(report, "all", tuple(changed), reason=_join(reason, warning))
    fresh = _validate_focus(store, ontology, focus, progress)
    checked = {curie(node) for node in _iris(focus)}
    kept = [v for v in record.violations if v.focus not in checked]
    violations = tuple(sorted(set(kept) | set(fresh.violations), key=lambda v: (v.focus, v.path, v.message, v.value)))
    contents = {g: new for g, (_, new) in changes.items()}
    warning = _write_record(path, version, rules, fingerprints, contents, violations, replace_all=False)
    return ValidationRun(ValidationReport(not violations, violations), "changes", tuple(changed), len(focus), warning)


def _standing_report(store) -> ValidationReport | None:
    """The last validation's report if nothing was written since (see validate_changes)."""
    record = _read_record(record_path(store))
    if record is None or record.rules != _rules() or record.version != store.version():
        return None
    if getattr(store, "path", None) is None and _fingerprints(store) != record.graphs:
        return None
    return _standing(record)


def _standing(record: _Record) -> ValidationReport:
    violations = tuple(sorted(record.violations, key=lambda v: (v.focus, v.path, v.message, v.value)))
    return ValidationReport(conforms=not violations, violations=violations)


def _join(*parts: str) -> str:
    return "; ".join(part for part in parts if part)


# -- a write checked before it is made ---------------------------------------------------------


def check_write(store, ontology: Ontology, graph: URIRef, quads: Iterable[tuple], progress: Progress | None = None) -> ValidationReport:
    """The violations that writing *quads* as the whole of *graph* (replacing what it
    holds) would bring into *store*, against *ontology*'s shapes, found without writing anything: the focus nodes
    near the change are checked over a copy in memory of what their results depend on,
    and the violations they already have are left out. Raises nothing; the caller refuses
    the write when the report does not conform."""
    name = str(graph)
    new = {f"{_text(s)} {_text(p)} {_text(o)}" for s, p, o, *_ in quads}
    old_size = _fingerprints_of(store, [graph]).get(name, ("", 0))[1]
    focus = None
    if old_size <= SMALL_GRAPH and len(new) <= SMALL_GRAPH:
        old = _content(store, name) if old_size else set()
        focus, _ = _focus(store, _changed_triples(store, {name: (old, new)}), pending=new)
    if focus is None:
        # Every node: the whole store as it would be, in memory; the store as it is by the
        # record of the last validation when nothing was written since.
        before = _standing_report(store) or validate(store, ontology)
        after = _validate_whole_overlay(store, name, new, progress)
    else:
        before = _validate_focus(store, ontology, focus, None)
        after = _validate_focus(store, ontology, focus, progress, without=name, pending=new)
    introduced = tuple(v for v in after.violations if v not in set(before.violations))
    return ValidationReport(not introduced, introduced)


def _validate_whole_overlay(store, name: str, new: set[str], progress: Progress | None) -> ValidationReport:
    """The whole store as it would be with *new* as graph *name*, checked in memory: a
    copy written and read by the engine (N-Quads), no term converted in Python."""
    import io

    import pyoxigraph as ox

    from kg.formats import get_format
    from kg.validation import validate_dataset

    engine = ox.Store()
    try:
        dumped = io.BytesIO()
        store.dump(dumped, get_format("nquads"))
        engine.bulk_load(dumped.getvalue(), format=ox.RdfFormat.N_QUADS)
        del dumped
        target = ox.NamedNode(name)
        engine.remove_graph(target)
        engine.bulk_load("".join(f"{line} .\n" for line in new).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES, to_graph=target)
    except MemoryError:
        raise StoreError("the store is too big to check this write in memory; write it without --validate and run kg validate") from None
    return validate_dataset(engine, progress=progress)


def refuse_violations(store, ontology: Ontology, graph: URIRef, quads, what: str, progress: Progress | None = None) -> None:
    """Raise :class:`WriteRefused` when writing *quads* as *graph* of *store* would bring
    violations of *ontology*'s shapes."""
    report = check_write(store, ontology, graph, quads, progress)
    if not report.conforms:
        raise WriteRefused(what, report)
