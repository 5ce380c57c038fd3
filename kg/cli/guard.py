"""What kg's query, update, load and export commands do against hostile input and faults:
query text read safely, checked before the engine sees it, work that Ctrl-C stops, and
output that a full disk cannot leave half written or turn into a traceback.

- A query argument is a file only when it could name one (a text longer than a path can
  be is a query, not ``File name too long``); a query file is read under a size cap.
- Every SPARQL text passes :mod:`kg.query_limits` first: nesting and token limits (the
  engine dies of a stack overflow past them) and no ``SERVICE``/``LOAD`` to a host not
  listed with ``--allow-host``.
- The store's work runs in a thread, so that Ctrl-C (SIGINT) reaches the main thread even
  while the engine is busy in native code; the process then ends at once, as a kill would.
  That is safe for the store: each write is a transaction or goes through the redo journal
  (:mod:`kg.store.journal`), so the store is left as before the write (or, once the write is
  committed, as after it, completed at the next opening).
"""

from __future__ import annotations

import os
import re
import stat
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import click

from kg.errors import QueryError
from kg.query_limits import QueryLimits, check_outbound, check_query_text
from kg.safe_io import read_capped_text
from kg.sparql import UPDATE_OPERATIONS

__all__ = [
    "ALLOW_HOST_OPTION",
    "MAX_QUERY_FILE_BYTES",
    "check_sparql",
    "flush_stdout",
    "interruptible",
    "read_query_text",
    "refuse_update_as_query",
]

#: The largest query file kg reads (the token limit refuses far smaller texts anyway).
MAX_QUERY_FILE_BYTES = 4 * 1024 * 1024
# The prologue (PREFIX and BASE declarations, comments) before a query's or update's verb.
_FIRST_WORD = re.compile(
    r"\A(?:\s+|#[^\n]*|PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)*([A-Za-z]+)", re.IGNORECASE
)

ALLOW_HOST_OPTION = click.option(
    "--allow-host", "allowed_hosts", multiple=True, metavar="HOST",
    help="Let SERVICE (and LOAD in updates) send requests to HOST; repeatable. Without it kg sends none.",
)

T = TypeVar("T")


def _is_regular_file(text: str) -> bool:
    try:
        return stat.S_ISREG(os.stat(text).st_mode)
    except (OSError, ValueError):  # too long for a path, a NUL byte, no such file
        return False


def read_query_text(text: str) -> tuple[str, Path | None]:
    """The SPARQL of a command's argument and the file it came from (None: inline text).

    A ``.rq`` or ``.ru`` name (a query's or an update's file) or an existing regular file
    is read (size-capped, FIFOs and devices refused); anything else is the text itself.
    """
    if "\n" not in text and (text.endswith((".rq", ".ru")) or _is_regular_file(text)):
        path = Path(text)
        what = "update file" if text.endswith(".ru") else "query file"
        return read_capped_text(path, MAX_QUERY_FILE_BYTES, what=what), path
    return text, None


def check_sparql(text: str, allowed_hosts: tuple[str, ...] = (), *, what: str = "query") -> None:
    """Refuse (:class:`~kg.errors.QueryError`) a text beyond the nesting or token limits, or
    one that would make the engine send a request to a host not in *allowed_hosts*."""
    limits = QueryLimits(allowed_hosts=tuple(allowed_hosts))
    check_query_text(text, limits, what=what)
    try:
        check_outbound(text, limits)
    except QueryError as error:
        raise QueryError(f"{error} (--allow-host HOST)") from None


def refuse_update_as_query(text: str) -> None:
    """Say so when a query command is given an update (``DROP ALL``), instead of the
    parser's complaint that it expected SELECT."""
    match = _FIRST_WORD.match(text)
    if match and match.group(1).upper() in UPDATE_OPERATIONS:
        raise QueryError(
            f"this is a SPARQL update ({match.group(1).upper()} ...), not a query; kg query only reads: "
            "run updates with kg update"
        )


def interruptible(work: Callable[[], T], *, interrupted: Callable[[], str]) -> T:
    """Run *work* in a thread and return its result (or raise its error); Ctrl-C ends the
    process with one line (``kg: error: interrupted; `` + *interrupted()*) and exit 130."""
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["value"] = work()
        except BaseException as error:  # noqa: BLE001 - handed to the main thread as is, re-raised there
            outcome["error"] = error

    thread = threading.Thread(target=run, name="kg-work", daemon=True)
    thread.start()
    try:
        while thread.is_alive():
            thread.join(0.1)
    except KeyboardInterrupt:
        click.echo(f"kg: error: interrupted; {interrupted()}", err=True)
        sys.stderr.flush()
        # Now, not after the engine's call returns (it may run for hours); the store is
        # safe under this as under a kill (see the module docstring).
        os._exit(130)
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome.get("value")  # type: ignore[return-value]


def flush_stdout() -> str | None:
    """Flush standard output; the reason if it failed (a full disk, a closed pipe), after
    which nothing more is written to it (so the interpreter's exit does not fail again)."""
    try:
        sys.stdout.flush()
        return None
    except OSError as error:
        reason = error.strerror or str(error)
    # What stays in the buffer would fail again at exit: send it nowhere.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return reason
