"""Small JSON files in kg's cache directory that spare later processes work they would
otherwise redo on every start (GeoNames name keys, spaCy's verdicts on the patterns).

Such a file is an optimisation, never a source of truth: it holds its *kind* and the
*key* of everything its content was derived from, a missing file is rebuilt silently, and
a damaged or foreign one (another version, hand-edited, truncated) is ignored with a
:class:`~kg.store.pieces.CacheWarning` and rebuilt. JSON, not pickle, so that reading a
file planted in the cache folder can never run code.
"""

from __future__ import annotations

import json
import os
import warnings
from collections.abc import Callable
from pathlib import Path

__all__ = ["read_cached", "write_cached"]


def read_cached(path: Path, *, kind: str, key: str, field: str, valid: Callable[[object], bool]):
    """The *field* of the cache file *path* written for *kind* and *key*, if *valid*
    accepts it; None when there is no such file, and None with a warning when the file is
    not one.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> write_cached(folder / "n-1.json", {"n": 3}, kind="k/1", key="1", stale="n-*.json")
    True
    >>> read_cached(folder / "n-1.json", kind="k/1", key="1", field="n", valid=lambda n: isinstance(n, int))
    3
    """
    from kg.store.pieces import CacheWarning

    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
        if not isinstance(data, dict) or data.get("kind") != kind or data.get("key") != key:
            raise ValueError("not a kg cache file of this version")
        found = data.get(field)
        if not valid(found):
            raise ValueError("not a kg cache file of this version")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, ValueError) as error:
        warnings.warn(f"ignoring the cache file {path} ({error}); rebuilding it", CacheWarning, stacklevel=3)
        return None
    return found


def write_cached(path: Path, fields: dict, *, kind: str, key: str, stale: str) -> bool:
    """Write *fields* to *path* atomically under *kind* and *key*, removing the files of
    other keys that match the glob *stale* beside it; False when it could not be written.
    """
    temp = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob(stale):
            if old != path:
                old.unlink(missing_ok=True)
        text = json.dumps({"kind": kind, "key": key, **fields}, ensure_ascii=False, separators=(",", ":"))
        with open(temp, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(temp, path)
    except OSError:
        # A read-only home or a full disk costs speed, not correctness: the work is redone.
        temp.unlink(missing_ok=True)
        return False
    return True
