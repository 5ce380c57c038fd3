"""Reading and writing files named by a user, safely: inputs must be regular files within
a size cap, outputs are written whole or not at all and never through something that is
not a regular file.

Reading ``/dev/zero`` or ``/dev/urandom`` never ends; opening a FIFO blocks until someone
writes to it. :func:`open_regular` opens without blocking and checks what it opened (the
same descriptor, so the answer cannot change between check and use) before reading a byte.
:func:`atomic_output` writes to a temporary file beside the target and renames it over the
target at the end, so a full disk or an interruption leaves the old file or none, never
half of one; it refuses a symlink, FIFO, device or directory as target.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> with atomic_output(folder / "out.txt") as handle:
...     _ = handle.write("whole")
>>> read_capped_text(folder / "out.txt", 100, what="note")
'whole'
>>> read_capped_text(folder / "out.txt", 3, what="note")
Traceback (most recent call last):
...
kg.errors.IngestError: note .../out.txt is larger than 3 bytes (5 bytes)
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from kg.errors import IngestError, KGError

__all__ = [
    "OutputError", "atomic_output", "check_output_path", "not_regular", "open_regular", "read_capped_bytes",
    "read_capped_text", "read_errors",
]

_KINDS = {
    stat.S_IFIFO: "a FIFO (named pipe)", stat.S_IFCHR: "a character device", stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket", stat.S_IFDIR: "a directory",
}


class OutputError(KGError):
    """An output path kg will not write through, or a write that failed (nothing was left)."""


def _umask() -> int:
    # Linux tells the umask without changing it; os.umask would, for the whole process.
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except OSError:
        pass  # no /proc: fall back to asking os.umask
    current = os.umask(0o022)
    os.umask(current)
    return current


def _kind(mode: int) -> str:
    return _KINDS.get(stat.S_IFMT(mode), "not a regular file")


def _size_text(size: int) -> str:
    return f"{size:,} bytes"


def _named(path: str | Path, what: str | None) -> str:
    # A plain file is named by its path alone, whichever reader words its error.
    return f"{what} {path}" if what else str(path)


@contextlib.contextmanager
def read_errors(path: str | Path, *, what: str | None = None) -> Iterator[None]:
    """Turn what the operating system raises while the block reads *path* into one
    :class:`~kg.errors.IngestError` line naming *what* the file is (a table, a gold file;
    nothing for a plain file): missing, a directory, or unreadable and why.

    >>> with read_errors("/no/such/table.csv", what="table"):
    ...     open("/no/such/table.csv").close()
    Traceback (most recent call last):
    ...
    kg.errors.IngestError: no such table: /no/such/table.csv
    """
    named = _named(path, what)
    try:
        yield
    except FileNotFoundError:
        raise IngestError(f"no such {what or 'file'}: {path}") from None
    except IsADirectoryError:
        raise not_regular(path, stat.S_IFDIR, what=what) from None
    except OSError as error:
        raise IngestError(f"cannot read {named}: {error.strerror or error}") from None


def not_regular(path: str | Path, mode: int, *, what: str | None = None) -> IngestError:
    """The error for an input *path* that is no regular file (*mode* as ``os.stat`` gives
    it): every reader of kg words a directory, FIFO or device so.

    >>> str(not_regular("data", stat.S_IFDIR, what="table"))
    'table data is a directory, not a regular file; kg reads only files'
    """
    return IngestError(f"{_named(path, what)} is {_kind(mode)}, not a regular file; kg reads only files")


@contextlib.contextmanager
def open_regular(path: str | Path, limit: int, *, what: str | None = None) -> Iterator[BinaryIO]:
    """Open *path* for binary reading if it is a regular file of at most *limit* bytes.

    Raises :class:`~kg.errors.IngestError` (one line naming *what*, as
    :func:`read_errors` does, and *path*) for a missing
    or unreadable file, a directory, FIFO, device or socket, or a file over the cap. The
    handle yielded refuses to read past the cap too (a file growing while it is read).
    """
    path = Path(path)
    with read_errors(path, what=what):
        # O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise not_regular(path, info.st_mode, what=what)
        if info.st_size > limit:
            raise IngestError(f"{_named(path, what)} is larger than {_size_text(limit)} ({_size_text(info.st_size)})")
        flags = fcntl.fcntl(descriptor, fcntl.F_GETFL)
        fcntl.fcntl(descriptor, fcntl.F_SETFL, flags & ~os.O_NONBLOCK)
        handle = os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise
    with handle:
        yield handle


def read_capped_bytes(path: str | Path, limit: int, *, what: str | None = None) -> bytes:
    """The bytes of the regular file *path*, at most *limit* of them (see :func:`open_regular`)."""
    with open_regular(path, limit, what=what) as handle, read_errors(path, what=what):
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise IngestError(f"{_named(path, what)} is larger than {_size_text(limit)} (it grew while read)")
    return data


def read_capped_text(path: str | Path, limit: int, *, what: str | None = None, encoding: str = "utf-8") -> str:
    """The text of the regular file *path* (at most *limit* bytes) decoded from *encoding*."""
    data = read_capped_bytes(path, limit, what=what)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise IngestError(f"{_named(path, what)} is not {encoding} text (byte {error.start})") from None


def check_output_path(path: str | Path) -> Path:
    """*path* if kg may replace it: absent, or a regular file (not through a symlink).

    Raises :class:`OutputError` for a symlink (even to a regular file: replacing it would
    cut the link), a FIFO, device, socket or directory, or a missing parent directory.
    """
    path = Path(path)
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        if not path.parent.is_dir():
            raise OutputError(f"cannot write {path}: no directory {path.parent}") from None
        return path
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror}") from None
    if stat.S_ISLNK(info.st_mode):
        raise OutputError(f"{path} is a symbolic link; kg does not write through links (give the target's path)")
    if not stat.S_ISREG(info.st_mode):
        raise OutputError(f"{path} is {_kind(info.st_mode)}; kg writes only regular files")
    return path


@contextlib.contextmanager
def atomic_output(path: str | Path, *, binary: bool = False, encoding: str = "utf-8") -> Iterator:
    """A handle whose content replaces *path* when the block ends without error.

    The data goes to a temporary file in the same directory, flushed to disk and renamed
    over *path*; on any error (a full disk included) the temporary file is removed and
    *path* is left as it was. Raises :class:`OutputError` for a path that
    :func:`check_output_path` refuses, and for a failed write.
    """
    path = check_output_path(path)
    try:
        descriptor, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror}") from None
    temp = Path(temp_name)
    handle = os.fdopen(descriptor, "wb" if binary else "w", **({} if binary else {"encoding": encoding, "newline": ""}))
    try:
        try:
            # mkstemp makes the file private; give it the mode a plain open() would.
            os.fchmod(handle.fileno(), os.stat(path).st_mode & 0o777 if path.exists() else 0o666 & ~_umask())
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()
            os.replace(temp, path)
        except OSError as error:
            raise OutputError(f"cannot write {path}: {error.strerror or error}; nothing was written") from None
    finally:
        if not handle.closed:
            try:
                handle.close()
            except OSError:
                pass  # what a failed write left in the buffer fails again; the file goes anyway
        temp.unlink(missing_ok=True)
