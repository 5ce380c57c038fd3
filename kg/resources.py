"""Where the ontology and the shipped data are, installed or in a checkout, and the one
YAML reader of kg (bounded: size, nesting depth and aliases)."""

from __future__ import annotations

import os
from pathlib import Path

import yaml

from kg.errors import InstallError, KGError
from kg.safe_io import read_capped_text

__all__ = ["MAX_YAML_BYTES", "RESOURCE_ROOTS", "YAML_LOADER", "broken_install", "read_yaml", "resource_dir", "word_set"]

_PACKAGE = Path(__file__).resolve().parent
#: Where :func:`resource_dir` looks, first match wins: a wheel carries the directories in
#: ``kg/_resources``; a checkout or editable install has them beside the package.
RESOURCE_ROOTS: tuple[Path, ...] = (_PACKAGE / "_resources", _PACKAGE.parent)
#: Largest YAML file read (gold files, mappings, rules): far above any written by hand.
MAX_YAML_BYTES = 16 * 1024 * 1024
_MAX_DEPTH = 100
# An alias repeats a node without copying it, but whatever walks the result walks every
# repetition: 9 levels of 9 aliases ("billion laughs") are 387 million nodes. kg's files
# use none; a few dozen leave room for hand-written anchors.
_MAX_ALIASES = 50


class _Refused(yaml.YAMLError):
    """A YAML document beyond a bound of :func:`read_yaml`."""


#: The loader :func:`read_yaml` parses with: libyaml's parser and composer (PyYAML's C
#: extension) read kg's rules ten times faster than the pure-Python ones; a PyYAML built
#: without it falls back to those, same results.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_COLLECTION_START = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
_COLLECTION_END = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
_LEAF = (yaml.ScalarEvent, yaml.AliasEvent)
# kg's own rules and reference data (these folders of each resource root), parsed once per
# process: several readers ask for the same file (an extractor reads ontology/triggers.yaml
# nine times). Resolved path -> (the file's identity, size and change time, the size limit;
# the data), each caller given its own copy so that none can change another's.
_SHIPPED_FOLDERS = ("ontology", "data")
_PARSED: dict[str, tuple[tuple, object]] = {}


def _check_bounds(text: str) -> None:
    """Raise :class:`_Refused` when *text* nests deeper than ``_MAX_DEPTH`` levels or has
    more than ``_MAX_ALIASES`` aliases.

    Checked on the parser's event stream, before anything is composed: the parser keeps
    its nesting on a heap stack, whereas both composers recurse once per level (the C one
    on the C stack), and the document is never built when it is refused.
    """
    parser = YAML_LOADER(text)
    depth = aliases = 0
    try:
        while True:
            try:
                event = parser.get_event()
            except yaml.MarkedYAMLError as problem:
                # libyaml's scanner reads a flow collection's levels ahead of its parser,
                # up to its own limit (1,000 levels): the same refusal, in kg's words.
                if "maximum nesting depth" in str(problem.problem):
                    raise _Refused(f"nested deeper than {_MAX_DEPTH} levels") from None
                raise
            if event is None:
                break
            if isinstance(event, _COLLECTION_END):
                depth -= 1
                continue
            # A node's depth counts the collections around it and itself.
            if isinstance(event, _COLLECTION_START):
                depth += 1
                level = depth
            elif isinstance(event, _LEAF):
                level = depth + 1
                if isinstance(event, yaml.AliasEvent):
                    aliases += 1
                    if aliases > _MAX_ALIASES:
                        raise _Refused(f"more than {_MAX_ALIASES} aliases (*name); kg refuses alias bombs")
            else:
                continue
            if level > _MAX_DEPTH:
                raise _Refused(f"nested deeper than {_MAX_DEPTH} levels")
    finally:
        parser.dispose()


def resource_dir(name: str) -> Path:
    """Return the directory *name* that kg ships (``ontology``, ``data`` or ``examples``).

    Raises
    ------
    InstallError
        When no root of :data:`RESOURCE_ROOTS` holds it: the installation is broken, and
        the message says so and what to do, instead of a file error deep in a command.

    Examples
    --------
    >>> resource_dir("ontology").name
    'ontology'
    """
    candidates = [root / name for root in RESOURCE_ROOTS]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    looked = " or ".join(str(candidate) for candidate in candidates)
    raise broken_install(f"its {name}/ directory is missing (looked in {looked})")


def broken_install(problem: str) -> InstallError:
    """The error for something kg ships that is not as it should be: *problem* says what
    (a directory missing, a file kg.safe_io cannot read) and the message what to do.

    >>> print(broken_install("no such ontology file: kg.ttl"))
    kg is not installed completely: no such ontology file: kg.ttl; reinstall kg (pip install --force-reinstall . in its source directory)
    """
    return InstallError(
        f"kg is not installed completely: {problem}; "
        "reinstall kg (pip install --force-reinstall . in its source directory)"
    )


def read_yaml(path: Path, error: type[Exception], what: str, *, limit: int = MAX_YAML_BYTES):
    """The parsed contents of the YAML file *path*, or *error* with one line that names
    *what* the file is and why it cannot be read (missing, not a regular file, larger than
    *limit* bytes, not UTF-8, not YAML, nested deeper than 100 levels, more than 50 aliases).

    The file's own errors are worded by :func:`kg.safe_io.read_errors` and the other
    checks of :func:`kg.safe_io.read_capped_text`, as for every file kg reads.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> bomb = folder / "bomb.yaml"
    >>> levels = [f"l{n}: &l{n} [" + ", ".join([f"*l{n - 1}"] * 9) + "]" for n in range(1, 10)]
    >>> _ = bomb.write_text(chr(10).join(["l0: &l0 [lol]", *levels]))
    >>> read_yaml(bomb, ValueError, "mapping") is None
    Traceback (most recent call last):
    ...
    ValueError: cannot read mapping .../bomb.yaml: more than 50 aliases (*name); kg refuses alias bombs
    >>> read_yaml(folder, ValueError, "mapping")
    Traceback (most recent call last):
    ...
    ValueError: mapping ... is a directory, not a regular file; kg reads only files
    >>> read_yaml(folder / "gone.yaml", ValueError, "mapping")
    Traceback (most recent call last):
    ...
    ValueError: no such mapping: .../gone.yaml
    """
    shipped, state = _shipped_state(path, limit)
    if state is not None:
        parsed = _PARSED.get(shipped)
        if parsed is not None and parsed[0] == state:
            return _copied(parsed[1])
    try:
        text = read_capped_text(path, limit, what=what)
    except KGError as problem:
        raise error(str(problem)) from None
    try:
        _check_bounds(text)
        data = yaml.load(text, Loader=YAML_LOADER)
    except yaml.YAMLError as problem:
        raise error(f"cannot read {what} {path}: {' '.join(str(problem).split())}") from None
    if state is not None:
        _PARSED[shipped] = (state, data)
        return _copied(data)
    return data


def _shipped_state(path: Path, limit: int) -> tuple[str, tuple | None]:
    """The resolved path of a file of kg's own resources and what its parse is kept under
    (device, inode, size, change time, *limit*); ("", None) for any other file."""
    try:
        resolved = Path(path).resolve()
        if not any(resolved.is_relative_to(root / folder) for root in RESOURCE_ROOTS for folder in _SHIPPED_FOLDERS):
            return "", None
        found = os.stat(resolved)
    except (OSError, RuntimeError, ValueError):
        return "", None  # read_capped_text words the file's problem
    return str(resolved), (found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns, limit)


def _copied(value):
    """A copy of parsed YAML whose containers (mappings, sequences, sets, pairs) are new.

    >>> data = {"a": [1, {"b": {2}}], "c": (3, [4])}
    >>> copy = _copied(data)
    >>> copy == data and copy["a"][1]["b"] is not data["a"][1]["b"] and copy["c"][1] is not data["c"][1]
    True
    """
    if isinstance(value, dict):
        return {key: _copied(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_copied(item) for item in value]
    if isinstance(value, set):
        return {_copied(item) for item in value}
    if isinstance(value, tuple):
        return tuple(_copied(item) for item in value)
    return value


def word_set(path: Path, key: str, error: type[Exception], what: str, *, required: bool = False) -> frozenset[str]:
    """The list of words *key* of the YAML mapping in *path*, case-folded: the form in which
    kg's data files give word lists (triggers, cues, settings). A missing key gives no words
    unless *required*; a value that is not a list of words is *error*, naming the file and
    the key.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "words.yaml").write_text("verbs: [Plan, aim]\\nbad: plan\\n", encoding="utf-8")
    >>> sorted(word_set(folder / "words.yaml", "verbs", ValueError, "test file"))
    ['aim', 'plan']
    >>> word_set(folder / "words.yaml", "bad", ValueError, "test file")
    Traceback (most recent call last):
    ...
    ValueError: .../words.yaml: 'bad' must be a list of words
    """
    data = read_yaml(path, error, what)
    words = data.get(key) if isinstance(data, dict) else None
    if words is None and not required:
        return frozenset()
    if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
        raise error(f"{path}: '{key}' must be a list of words")
    return frozenset(w.casefold() for w in words)

