"""The files kg keeps beside an embedded store: the lock that lets processes share it
(``kg.lock``) and the record of where its content stands, graph by graph (``kg-version``),
with the fingerprint of the database's files that tells a write by another program."""

from __future__ import annotations

import errno
import fcntl
import hashlib
import json
import os
import time
import uuid
from pathlib import Path

from kg.errors import StoreBusyError, StoreError
from kg.store.journal import DATA_NAME, JOURNAL_NAME

__all__ = [
    "LOCK_NAME", "VERSION_NAME", "acquire_lock", "current_state", "files_fingerprint", "lock_timeout",
    "looks_like_store", "read_state", "write_state",
]

LOCK_NAME = "kg.lock"
# Where the store's content stands, graph by graph (see OxigraphStore.graph_versions).
VERSION_NAME = "kg-version"


def lock_timeout() -> float:
    try:
        return float(os.environ.get("KG_LOCK_TIMEOUT", "30"))
    except ValueError:
        raise StoreError("KG_LOCK_TIMEOUT must be a number of seconds") from None


def acquire_lock(path: Path, exclusive: bool) -> int:
    """Open and lock PATH/kg.lock, waiting up to the timeout; returns the descriptor."""
    timeout = lock_timeout()  # before opening, so a bad setting leaks no descriptor
    handle = os.open(path / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    mode = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
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


def looks_like_store(path: Path) -> bool:
    return (path / "CURRENT").is_file()


def files_fingerprint(path: Path) -> str:
    """A digest of the database's files (names, sizes, modification times).

    Any writer appends to RocksDB's log or starts a new one, so a write by another program
    changes it; a read-only opening leaves it alone. Compactions change it too, which only
    costs a rebuild. kg's own files and RocksDB's text logs are left out."""
    entries = []
    try:
        with os.scandir(path) as listing:
            for entry in listing:
                name = entry.name
                if name in (LOCK_NAME, JOURNAL_NAME, DATA_NAME) or name.startswith((VERSION_NAME, "LOG")):
                    continue
                info = entry.stat()
                entries.append((name, info.st_size, info.st_mtime_ns))
    except FileNotFoundError:
        return "none"
    return hashlib.sha256(repr(sorted(entries)).encode()).hexdigest()[:32]


def read_state(path: Path) -> dict:
    """The state kg recorded: ``epoch``, ``graphs`` (graph -> token) and ``files`` (the
    fingerprint when the last kg writer closed, None while one has it open)."""
    try:
        text = (path / VERSION_NAME).read_text(encoding="utf-8")
    except FileNotFoundError:
        return {"epoch": "empty", "graphs": {}, "files": None}
    except (OSError, UnicodeDecodeError):
        return {"epoch": uuid.uuid4().hex, "graphs": {}, "files": None}  # unknown: matches no cache
    try:
        data = json.loads(text)
        if isinstance(data, dict) and isinstance(data.get("epoch"), str) and isinstance(data.get("graphs"), dict):
            return {"epoch": data["epoch"], "graphs": data["graphs"], "files": data.get("files")}
    except ValueError:
        pass  # a bare token, as kg wrote before it kept graphs apart
    return {"epoch": text.strip(), "graphs": {}, "files": None}


def current_state(path: Path) -> dict:
    """The recorded state if the files are as the last kg writer left them; otherwise the
    store was written since by something else (or a kg process cut short), and which graphs
    changed is unknown: a new epoch, derived from the files, so that every process that
    sees the same files agrees on it."""
    recorded = read_state(path)
    fingerprint = files_fingerprint(path)
    if recorded["files"] is not None and recorded["files"] == fingerprint:
        return {"epoch": recorded["epoch"], "graphs": dict(recorded["graphs"])}
    derived = hashlib.sha256(f"{recorded['epoch']}|{fingerprint}".encode()).hexdigest()[:32]
    return {"epoch": f"changed-{derived}", "graphs": {}}


def write_state(path: Path, state: dict, files: str | None) -> None:
    token = path / VERSION_NAME
    temp = token.with_suffix(f".{os.getpid()}.tmp")
    temp.write_text(json.dumps({**state, "files": files}, sort_keys=True), encoding="utf-8")
    os.replace(temp, token)
