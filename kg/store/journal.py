"""Writes to the embedded store that are too big for one transaction, made whole by a
redo journal: before-or-after even when the process is killed (``kill -9``) at any moment.

pyoxigraph writes a SPARQL update or a ``load`` in one transaction, but a transaction holds
everything in memory and its parser is slow on big inputs, so big writes take the bulk
loader, which is not transactional. Such a write goes in three steps:

1. the quads it must leave are written to ``PATH/kg-journal.nq`` (N-Quads, blank nodes
   with fixed labels) and flushed to disk;
2. the journal ``PATH/kg-journal.json`` is renamed into place: this is the commit point.
   Killed before it, the store was never touched (before); after it, the write is due;
3. the write is *applied*, then the journal and its data removed.

Applying is idempotent, so the next writer to open the store replays a journal it finds
and always reaches the same end (after), whatever part of the write had landed:

``replace``
    make a graph hold exactly the data: quads the graph lacks are added, quads the data
    lacks removed (compared in the store's own form, blank nodes by their fixed labels);
``add``
    add the data's quads (a set: quads already there are not doubled).

The bulk loader also leaves its sorted files (``bulk-*.sst``) in the store's directory when
it is killed; RocksDB never learns of them, so they are removed when a writer opens the store.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from kg.errors import StoreError

__all__ = ["BULK_WRITE_QUADS", "DATA_NAME", "JOURNAL_NAME", "apply_pending", "commit", "remove_orphans", "write_data"]

JOURNAL_NAME = "kg-journal.json"
DATA_NAME = "kg-journal.nq"
# A write that adds fewer quads than this goes through extend (one transaction), more
# through bulk_extend: the transaction holds all its quads in memory.
BULK_WRITE_QUADS = 50_000
_NQUADS = ox.RdfFormat.N_QUADS
_NTRIPLES = ox.RdfFormat.N_TRIPLES


def _fsync_directory(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def write_data(path: Path, quads: Iterable[ox.Quad] | bytes) -> int:
    """Write the data of a coming journal entry (N-Quads) to disk; returns the quads written.

    *quads* is N-Quads text already (bytes) or quads to serialise; an error while they are
    produced (a syntax error of the file they are parsed from) leaves no data file.
    """
    target = path / DATA_NAME
    count = 0

    def counted(stream: Iterable[ox.Quad]):
        nonlocal count
        for quad in stream:
            count += 1
            yield quad

    try:
        with open(target, "wb") as handle:
            if isinstance(quads, bytes):
                handle.write(quads)
                count = quads.count(b"\n")
            else:
                ox.serialize(counted(quads), handle, _NQUADS)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return count


def commit(path: Path, action: str, graph: str | None = None) -> None:
    """Make the data written by :func:`write_data` due: from here on the write happens."""
    temp = path / f"{JOURNAL_NAME}.tmp"
    with open(temp, "w", encoding="utf-8") as handle:
        json.dump({"action": action, "graph": graph, "data": DATA_NAME}, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, path / JOURNAL_NAME)
    _fsync_directory(path)


def apply_pending(store: ox.Store, path: Path) -> bool:
    """Apply the journal of *path*, if there is one, and remove it; True if one was applied."""
    journal = path / JOURNAL_NAME
    if not journal.exists():
        return False
    try:
        entry = json.loads(journal.read_text(encoding="utf-8"))
        action, graph = entry.get("action"), entry["graph"]
    except (OSError, ValueError, KeyError, AttributeError):
        raise StoreError(f"{journal} is damaged; remove it after checking the store") from None
    data = path / DATA_NAME
    if action is None:
        # Written by kg before the redo journal: a new graph being bulk-loaded, undone.
        store.remove_graph(ox.NamedNode(graph))
    elif action in ("replace", "add") and data.is_file():
        _apply(store, data, action, graph)
    else:
        raise StoreError(f"{journal} is damaged (its data is missing); remove it after checking the store")
    store.flush()
    journal.unlink()
    data.unlink(missing_ok=True)
    _fsync_directory(path)
    return True


def _apply(store: ox.Store, data: Path, action: str, graph: str | None) -> None:
    if action == "add":
        # No renaming of blank nodes: the data's labels are fixed, so a second run adds
        # the quads a first run added already, not copies of them.
        store.bulk_extend(ox.parse(path=data, format=_NQUADS))
        return
    target = ox.NamedNode(graph)
    raw = data.read_bytes()
    if b"_:" not in raw:
        _replace_ground(store, raw, target)
        return
    # Blank nodes: the loader would rename them, so the quads are compared one by one.
    # The data in the store's own form (it writes literals canonically: "1.0"^^xsd:decimal
    # is kept as 1.0, "01"^^xsd:integer as 1), so that it compares with what is stored.
    fresh = ox.Store()
    fresh.extend(ox.parse(path=data, format=_NQUADS))
    keep = {str(quad) for quad in fresh}
    old = list(store.quads_for_pattern(None, None, None, target))
    have = {str(quad) for quad in old}
    missing = [quad for quad in fresh if str(quad) not in have]
    del have
    if len(missing) > BULK_WRITE_QUADS:
        store.bulk_extend(missing)
    elif missing:
        store.extend(missing)
    stale = [quad for quad in old if str(quad) not in keep]
    ground = [quad for quad in stale if not _has_blank_node(quad)]
    for quad in stale:
        if _has_blank_node(quad):
            store.remove(quad)  # DELETE DATA cannot name a blank node
    if ground:
        body = "".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in ground)
        store.update(f"DELETE DATA {{ GRAPH {target} {{\n{body}}} }}")


def _replace_ground(store: ox.Store, raw: bytes, target: ox.NamedNode) -> None:
    """Make *target* hold exactly the quads of *raw* (N-Quads without blank nodes).

    Both sides are compared as the store writes them (N-Triples lines of its canonical
    forms: it keeps "1.0"^^xsd:decimal as 1), so that an unchanged quad is neither removed
    nor added: importing the same table again writes only what changed, where removing
    the graph and loading it again rewrote every index twice. The lines are made and
    compared without a Python object per quad."""
    fresh = ox.Store()  # in memory: the data in the store's own form
    fresh.load(input=raw, format=_NQUADS)
    keep = set(fresh.dump(format=_NTRIPLES, from_graph=target).splitlines())
    del fresh
    have = set(store.dump(format=_NTRIPLES, from_graph=target).splitlines())
    missing = keep - have
    stale = have - keep
    del keep, have
    if missing:
        lines = b"\n".join(missing) + b"\n"
        if len(missing) > BULK_WRITE_QUADS:
            store.bulk_load(input=lines, format=_NTRIPLES, to_graph=target)
        else:
            store.load(input=lines, format=_NTRIPLES, to_graph=target)
    if len(stale) > BULK_WRITE_QUADS:
        # One update this big would spend minutes in the SPARQL parser; quad by quad is
        # not one transaction, but the journal completes it after a crash.
        for quad in ox.parse(input=b"\n".join(stale) + b"\n", format=_NTRIPLES):
            store.remove(ox.Quad(quad.subject, quad.predicate, quad.object, target))
    elif stale:
        body = b"\n".join(stale).decode("utf-8")
        store.update(f"DELETE DATA {{ GRAPH {target} {{\n{body}\n}} }}")


def _has_blank_node(quad: ox.Quad) -> bool:
    return isinstance(quad.subject, ox.BlankNode) or isinstance(quad.object, ox.BlankNode)


def remove_orphans(path: Path) -> list[str]:
    """Remove what a killed write left and nothing uses: the bulk loader's sorted files, a
    journal's data never committed, a journal never renamed into place. Call it only while
    holding the store's write lock. Returns the names removed."""
    removed = []
    committed = (path / JOURNAL_NAME).exists()
    for entry in path.iterdir():
        name = entry.name
        orphan = (
            (name.startswith("bulk-") and name.endswith(".sst"))
            or name == f"{JOURNAL_NAME}.tmp"
            or (name == DATA_NAME and not committed)
        )
        if orphan and entry.is_file():
            entry.unlink(missing_ok=True)
            removed.append(name)
    return removed
