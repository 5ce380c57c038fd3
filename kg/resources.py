"""Where the ontology and the shipped data are, installed or in a checkout, and the one
YAML reader of kg (bounded: size, nesting depth and aliases)."""

from __future__ import annotations

from pathlib import Path

import yaml

from kg.errors import InstallError, KGError
from kg.safe_io import read_capped_text

__all__ = ["MAX_YAML_BYTES", "RESOURCE_ROOTS", "read_yaml", "resource_dir"]

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
    """A YAML document beyond a bound of :class:`_BoundedLoader`."""


class _BoundedLoader(yaml.SafeLoader):
    """PyYAML's safe loader, refusing deep nesting (its composer recurses per level) and
    more than a few aliases."""

    def __init__(self, stream) -> None:
        super().__init__(stream)
        self._depth = 0
        self._aliases = 0

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            self._aliases += 1
            if self._aliases > _MAX_ALIASES:
                raise _Refused(f"more than {_MAX_ALIASES} aliases (*name); kg refuses alias bombs")
        self._depth += 1
        try:
            if self._depth > _MAX_DEPTH:
                raise _Refused(f"nested deeper than {_MAX_DEPTH} levels")
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


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
    raise InstallError(
        f"kg is not installed completely: its {name}/ directory is missing (looked in {looked}); "
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
    try:
        text = read_capped_text(path, limit, what=what)
    except KGError as problem:
        raise error(str(problem)) from None
    try:
        return yaml.load(text, Loader=_BoundedLoader)
    except yaml.YAMLError as problem:
        raise error(f"cannot read {what} {path}: {' '.join(str(problem).split())}") from None
