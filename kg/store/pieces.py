"""What kg keeps beside a store, kept graph by graph, so that a write costs its graph only.

The projection (:mod:`kg.analysis.project`) and the name index of extraction and
resolution (:mod:`kg.extract.store_io`, :mod:`kg.ingest.resolve`) are made of *pieces*, one
per named graph (and one for the default graph), each built from that graph alone and
merged when read. A piece is cached under its graph's token (:meth:`Store.graph_versions`):
in memory for the process, and on disk for embedded stores, so writing or replacing one
graph rebuilds that graph's piece and reads the others back. A store that cannot tell
which graph a write touched has no pieces; callers then read the whole store at once.

A piece is plain data: a dict of lists of strings, each list flat (row after row), which
JSON writes and reads quickly and which cannot run code when read (a pickle can). A file
that is damaged, of another format or not kg's is ignored with a :class:`CacheWarning`
and rebuilt.

:data:`ACTIVITY` counts the pieces built and the terms read for them, so that tests can
check that a write to one graph rebuilds only that graph's pieces.
"""

from __future__ import annotations

import hashlib
import json
import os
import warnings
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import URIRef

from kg.store.piece_reads import Section, part_values, read_behind, read_sections, reading_of, section_parts

__all__ = [
    "ACTIVITY", "Activity", "CacheWarning", "Join", "JoinPlan", "Section", "cache_dir", "cache_pieces", "forget_pieces",
    "graph_pieces", "join_plan", "part_values", "read_behind", "read_sections", "rows", "saved_behind", "section_parts",
    "store_cache_folder",
]

_CACHE_KIND = "kg-piece"
_JOIN_KIND = "kg-join"
_MEMO: dict[tuple[str, str, str], dict] = {}  # (store url, kind, graph) -> {"key": ..., "piece": ...}
# One thread writes the piece files, in the order they were built: it is there to take the
# writes off the caller, not to read the store in parallel (that is read_workers' choice).
_FILE_WRITERS = 1
#: Where this context's pieces are written while it goes on (see saved_behind), if anywhere.
_SAVER: ContextVar[tuple[ThreadPoolExecutor, list[Future]] | None] = ContextVar("kg_piece_saver", default=None)

#: A piece: section name -> a flat list of strings (rows of a fixed width, end to end).
Piece = dict[str, list[str]]


class CacheWarning(UserWarning):
    """A cache file was unreadable or not kg's; it is ignored and rebuilt."""


@dataclass
class Activity:
    """What building pieces cost since the last :meth:`reset`: the (kind, graph) of each
    piece built, ``rows_read``, the terms read from the store for them (a row of three
    variables counts three), and ``loaded``, the (kind, graph) of each piece read back from
    a cache file; ``joins``, (kind, how) of each join of pieces asked for: ``read`` as
    kept, ``patched`` with the graphs written since, or ``made`` from every piece."""

    built: list[tuple[str, str]] = field(default_factory=list)
    rows_read: int = 0
    loaded: list[tuple[str, str]] = field(default_factory=list)
    joins: list[tuple[str, str]] = field(default_factory=list)

    def reset(self) -> None:
        self.built.clear()
        self.rows_read = 0
        self.loaded.clear()
        self.joins.clear()


ACTIVITY = Activity()


def rows(flat: list[str], width: int):
    """The rows of a flat list of *width* columns, as tuples.

    >>> list(rows(["a", "1", "b", "2"], 2))
    [('a', '1'), ('b', '2')]
    """
    return zip(*[iter(flat)] * width)


def cache_dir() -> Path:
    """Where kg caches what it keeps beside stores: ``$KG_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/kg``."""
    if os.environ.get("KG_CACHE_DIR"):
        return Path(os.environ["KG_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "kg"


def graph_pieces(
    store,
    kind: str,
    version: str,
    build: Callable[[object, list[URIRef | None]], dict[str, Piece]],
) -> list[tuple[str, Piece]] | None:
    """The *kind* pieces of every graph of *store* as (graph IRI, piece), graphs in order
    (the default graph first, as ``""``). Those not cached under their graph's token are
    built together by ``build(store, graphs)``, which returns a piece by graph IRI.

    *version* is the format of this kind of piece: bump it when *build* changes. Returns
    None when the store cannot tell graphs' writes apart (see
    :meth:`kg.store.base.Store.graph_versions`).
    """
    plan = _Plan.of(store, kind, version)
    if plan is None:
        return None
    found: dict[str, Piece] = {}
    stale = []
    for graph, name, key, path in plan.entries:
        piece = plan.remembered(name, key)
        if piece is None and path is not None and path.exists():
            piece = _load(path)
            if piece is not None:
                ACTIVITY.loaded.append((kind, name))
                _MEMO[(store.url, kind, name)] = {"key": key, "piece": piece}
        if piece is None:
            stale.append((graph, name, key, path))
        else:
            found[name] = piece
    found.update(plan.build(stale, build))
    plan.forget_dropped()
    return [(name, found[name]) for _, name, _, _ in plan.entries]


def cache_pieces(
    store,
    kind: str,
    version: str,
    build: Callable[[object, list[URIRef | None]], dict[str, Piece]],
) -> int | None:
    """Build and cache the *kind* pieces of the graphs whose pieces are not cached under
    their token, without reading the cached ones: what a write leaves for the next reader,
    at the cost of the graphs it wrote. Returns how many values the pieces built hold;
    None when the store has no pieces."""
    plan = _Plan.of(store, kind, version)
    if plan is None:
        return None
    stale = [
        (graph, name, key, path) for graph, name, key, path in plan.entries
        if plan.remembered(name, key) is None and (path is None or not path.exists())
    ]
    built = plan.build(stale, build)
    plan.forget_dropped()
    return sum(len(values) for piece in built.values() for values in piece.values())


@dataclass
class _Plan:
    """Where each graph's piece of one kind is kept: (graph, name, key, file) in graph
    order, the file None for stores whose pieces stay in memory."""

    store: object
    kind: str
    folder: Path | None
    entries: list[tuple[URIRef | None, str, str, Path | None]]
    #: graph -> key of the pieces a join of this kind was made from: kept until it is patched
    joined: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, store, kind: str, version: str) -> _Plan | None:
        versions = store.graph_versions()
        if versions is None:
            return None
        folder = store_cache_folder(store)
        entries = []
        for graph in store.stored_graphs():
            name = "" if graph is None else str(graph)
            key = _digest(f"{kind}|{version}|{name}|{versions.token(graph)}")
            path = folder / f"{kind}-{_digest(name)}-{key}.json" if folder is not None else None
            entries.append((graph, name, key, path))
        header = _read_join_header(folder / _join_name(kind)) if folder is not None else None
        return cls(store, kind, folder, entries, header["graphs"] if header else {})

    def remembered(self, name: str, key: str) -> Piece | None:
        cached = _MEMO.get((self.store.url, self.kind, name))
        return cached["piece"] if cached is not None and cached["key"] == key else None

    def build(self, stale: list, build: Callable) -> dict[str, Piece]:
        """Build the pieces of the *stale* entries, save and remember them (once read,
        when they are still being read: see :func:`kg.store.piece_reads.read_behind`)."""
        if not stale:
            return {}
        built = build(self.store, [graph for graph, _, _, _ in stale])
        pieces = {name: built[name] for _, name, _, _ in stale}
        ACTIVITY.built += [(self.kind, name) for name in pieces]
        reading = reading_of(built)
        saver = _SAVER.get()
        if reading is None:
            self._keep(stale, pieces, _save_soon)
        elif saver is None:
            reading.wait()
            self._keep(stale, pieces, _save)
        else:  # the thread that writes the pieces waits for them: the caller goes on
            saver[1].append(saver[0].submit(_kept_once_read, self, reading, stale, pieces))
        return pieces

    def _keep(self, stale: list, pieces: dict[str, Piece], save: Callable) -> None:
        """Count, save (by *save*) and remember the *pieces* of the *stale* entries."""
        for _, name, key, path in stale:
            piece = pieces[name]
            ACTIVITY.rows_read += sum(len(values) for values in piece.values())
            if path is not None:
                save(path, piece, keep=self.joined.get(name))
            _MEMO[(self.store.url, self.kind, name)] = {"key": key, "piece": piece}

    def forget_dropped(self) -> None:
        if self.folder is not None:
            present = {_digest(name) for _, name, _, _ in self.entries} | {_digest(name) for name in self.joined}
            _forget_dropped(self.folder, self.kind, present)


def store_cache_folder(store) -> Path | None:
    """The folder of *store*'s cached pieces (and joins of them), None for a store that
    is not on this machine's disk (its pieces stay in memory)."""
    if not store.url.startswith("oxigraph:"):
        return None
    return cache_dir() / f"pieces-{_digest(_absolute_url(store.url))}"


@contextmanager
def saved_behind() -> Iterator[None]:
    """Within the block, the pieces built are written to their cache files by another
    thread while the caller goes on with them (joins them): writing a file releases the
    GIL, so that the write costs the caller no time. The block ends when they are written
    (an error in writing them is raised there), so that a caller still pays for its own
    files, only sooner."""
    if _SAVER.get() is not None:  # already inside such a block: it waits for these too
        yield
        return
    saver: tuple[ThreadPoolExecutor, list[Future]] = (ThreadPoolExecutor(max_workers=_FILE_WRITERS), [])
    token = _SAVER.set(saver)
    try:
        yield
    finally:
        _SAVER.reset(token)
        saver[0].shutdown(wait=True)
    for future in saver[1]:
        future.result()


def _kept_once_read(plan: _Plan, reading, stale: list, pieces: dict[str, Piece]) -> None:
    reading.wait()
    plan._keep(stale, pieces, _save)


def forget_pieces() -> None:
    """Drop the pieces this process keeps in memory."""
    _MEMO.clear()


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _absolute_url(url: str) -> str:
    scheme, _, rest = url.partition(":")
    return f"{scheme}:{Path(rest).resolve()}" if scheme == "oxigraph" else url


def _load(path: Path) -> Piece | None:
    """The piece cached in *path*, or None (with a warning) if the file is not one."""
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
        if not isinstance(data, dict) or data.get("kind") != _CACHE_KIND or not isinstance(data.get("piece"), dict):
            raise ValueError("not a kg cache file of this version")
        piece = data["piece"]
        if not all(isinstance(values, list) for values in piece.values()):
            raise ValueError("not a kg cache file of this version")
    except (OSError, UnicodeDecodeError, ValueError) as error:
        warnings.warn(f"ignoring the cache file {path} ({error}); rebuilding it", CacheWarning, stacklevel=4)
        return None
    return piece


def _save_soon(path: Path, piece: Piece, *, keep: str | None = None) -> None:
    """:func:`_save` now, or by the thread of the :func:`saved_behind` block we are in."""
    saver = _SAVER.get()
    if saver is None:
        _save(path, piece, keep=keep)
    else:
        saver[1].append(saver[0].submit(_save, path, piece, keep=keep))


def _save(path: Path, piece: Piece, *, keep: str | None = None) -> None:
    """Write the piece atomically and drop older pieces of the same graph, except the one
    of key *keep* (a join made from it has yet to be patched)."""
    temp = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        prefix = path.name.rsplit("-", 1)[0]
        for old in path.parent.glob(f"{prefix}-*.json"):
            if keep is None or old.name != f"{prefix}-{keep}.json":
                old.unlink(missing_ok=True)
        with open(temp, "wb") as handle:
            handle.write(f'{{"kind":"{_CACHE_KIND}","piece":{{'.encode())
            for number, (section, values) in enumerate(piece.items()):
                handle.write(f'{"," if number else ""}{json.dumps(section, ensure_ascii=False)}:'.encode())
                handle.writelines(_json_strings(values))
            handle.write(b"}}")
        os.replace(temp, path)
    except (OSError, TypeError, ValueError):
        # A read-only home or a full disk costs speed, not correctness: carry on uncached.
        temp.unlink(missing_ok=True)


def _json_strings(values: list[str]) -> list[bytes]:
    """The JSON of a list of strings, as ``json.dumps(values, ensure_ascii=False,
    separators=(",", ":"))`` writes it, in UTF-8, in parts to be written one after the
    other (a piece's lists are tens of megabytes: not copied once more to be joined).

    JSON escapes only quotes, backslashes and control characters: a list with none of
    them is its values quoted and joined, which ``str.join`` does in a fraction of the
    time of the JSON encoder (a piece holds a million strings).

    >>> b"".join(_json_strings(["a", "b é"])).decode(), _json_strings([])
    ('["a","b é"]', [b'[]'])
    >>> values = ['say "hi"', "tab\\there", "back\\\\slash"]
    >>> b"".join(_json_strings(values)) == json.dumps(values, separators=(",", ":")).encode()
    True
    """
    try:
        text = '","'.join(values)
    except TypeError:  # not all strings: the encoder writes them as they are
        return [json.dumps(values, ensure_ascii=False, separators=(",", ":")).encode()]
    if values and text.isascii():  # known without reading the text
        data = text.encode()
        del text  # freed before the next copy: fewer fresh pages for the process
        # Each value's quotes are the separators' only: bytes.translate counts what JSON
        # escapes in one pass, in half the time of counting the quotes and asking
        # str.isprintable.
        if len(data) - len(data.translate(None, _ESCAPED)) == 2 * (len(values) - 1):
            return [b'["', data, b'"]']
    # isprintable is False for every control character (and some other characters, which
    # json.dumps then writes).
    elif values and text.count('"') == 2 * (len(values) - 1) and "\\" not in text and text.isprintable():
        return [b'["', text.encode(), b'"]']
    return [json.dumps(values, ensure_ascii=False, separators=(",", ":")).encode()]


#: The ASCII characters JSON escapes in a string.
_ESCAPED = b'"\\' + bytes(range(32))


def _forget_dropped(folder: Path, kind: str, present: set[str]) -> None:
    """Remove the cached pieces of graphs the store no longer holds."""
    try:
        for path in folder.glob(f"{kind}-*.json"):
            if path.name.split("-")[1] not in present:
                path.unlink(missing_ok=True)
    except OSError:
        pass  # stale files cost disk space, not correctness


# -- joins -------------------------------------------------------------------------------
# A join of all graphs' pieces (the projection) is kept in one file, whose first line names
# the piece of each graph it was made from; its reader patches it with the pieces of the
# graphs written since, and the replaced pieces are kept on disk until then.


@dataclass
class Join:
    """A join of one kind of pieces, as kept on disk: ``graphs`` (graph -> key of the
    piece it was made from), ``body`` (what the join is, plain JSON data)."""

    version: str
    graphs: dict[str, str]
    body: dict


@dataclass
class JoinPlan:
    """What patching a store's join needs: the join (None when there is none to patch),
    the current key of each graph, and where their pieces are kept."""

    join: Join | None
    current: dict[str, str]
    plan: _Plan
    version: str

    def changed(self) -> list[str]:
        """The graphs written, added or dropped since the join was made."""
        joined = self.join.graphs if self.join is not None else {}
        return sorted(name for name in joined.keys() | self.current.keys() if joined.get(name) != self.current.get(name))

    def changed_bytes(self, names: list[str]) -> int:
        """The size of the files of the old and new pieces of *names* (those on disk)."""
        joined = self.join.graphs if self.join is not None else {}
        total = 0
        for name in names:
            for key in (joined.get(name), self.current.get(name)):
                if key is not None:
                    try:
                        total += (self.plan.folder / f"{self.plan.kind}-{_digest(name)}-{key}.json").stat().st_size
                    except OSError:
                        pass  # not on disk (yet): built and counted when read
        return total

    def missing(self) -> bool:
        """Whether some graph's current piece is cached neither in memory nor on disk."""
        return any(
            self.plan.remembered(name, key) is None and (path is None or not path.exists())
            for _, name, key, path in self.plan.entries
        )

    def old_piece(self, name: str) -> Piece | None:
        """The piece of *name* the join was made from: empty for a graph it did not hold,
        None when its file is gone (the join cannot be patched then)."""
        key = self.join.graphs.get(name) if self.join is not None else None
        if key is None:
            return {}
        return self._piece(name, key)

    def new_piece(self, name: str, build: Callable) -> Piece:
        """The piece of *name* now (empty for a dropped graph), built if not cached."""
        key = self.current.get(name)
        if key is None:
            return {}
        piece = self.plan.remembered(name, key) or self._piece(name, key)
        if piece is None:
            entry = next(entry for entry in self.plan.entries if entry[1] == name)
            piece = self.plan.build([entry], build)[name]
        return piece

    def _piece(self, name: str, key: str) -> Piece | None:
        path = self.plan.folder / f"{self.plan.kind}-{_digest(name)}-{key}.json"
        if not path.exists():
            return None
        piece = _load(path)
        if piece is not None:
            ACTIVITY.loaded.append((self.plan.kind, name))
        return piece

    def save(self, body: dict) -> None:
        """Keep *body* as the join of the current pieces, and drop the pieces it replaced."""
        folder, kind = self.plan.folder, self.plan.kind
        _save_join(folder / _join_name(kind), Join(self.version, dict(self.current), body))
        self.plan.joined = dict(self.current)
        keys = set(self.current.values())
        try:
            for path in folder.glob(f"{kind}-*.json"):
                if path.stem.split("-", 2)[-1] not in keys:
                    path.unlink(missing_ok=True)
        except (OSError, ValueError):
            pass  # stale files cost disk space, not correctness


def join_plan(store, kind: str, version: str) -> JoinPlan | None:
    """The join of *kind* pieces of *store* with what it needs to be patched, or None for a
    store whose pieces are not kept on disk (or cannot tell graphs' writes apart)."""
    plan = _Plan.of(store, kind, version)
    if plan is None or plan.folder is None:
        return None
    current = {name: key for _, name, key, _ in plan.entries}
    join = _load_join(plan.folder / _join_name(kind)) if plan.joined else None
    if join is not None and join.version != version:
        join = None  # made from pieces of another format: joined again from scratch
    return JoinPlan(join, current, plan, version)


def _join_name(kind: str) -> str:
    return f"join-{kind}.json"


def _read_join_header(path: Path) -> dict | None:
    """The first line of a join file: which piece of each graph it was made from."""
    try:
        with open(path, encoding="utf-8") as handle:
            header = json.loads(handle.readline())
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, ValueError):
        return None  # _load_join says why, when the join is read
    if not isinstance(header, dict) or header.get("kind") != _JOIN_KIND or not isinstance(header.get("graphs"), dict):
        return None
    return header


def _load_join(path: Path) -> Join | None:
    try:
        with open(path, encoding="utf-8") as handle:
            header = json.loads(handle.readline())
            body = json.loads(handle.read())
        if not isinstance(header, dict) or header.get("kind") != _JOIN_KIND or not isinstance(body, dict):
            raise ValueError("not a kg join file of this version")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, ValueError) as error:
        warnings.warn(f"ignoring the cache file {path} ({error}); rebuilding it", CacheWarning, stacklevel=4)
        return None
    return Join(str(header.get("version")), header["graphs"], body)


def _save_join(path: Path, join: Join) -> None:
    temp = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(temp, "w", encoding="utf-8") as handle:
            header = {"kind": _JOIN_KIND, "version": join.version, "graphs": join.graphs}
            handle.write(json.dumps(header, ensure_ascii=False) + "\n")
            handle.write(json.dumps(join.body, ensure_ascii=False, separators=(",", ":")))
        os.replace(temp, path)
    except (OSError, TypeError, ValueError):
        temp.unlink(missing_ok=True)  # as for pieces: uncached costs speed only
