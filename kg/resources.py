"""Where the ontology and the shipped data are, installed or in a checkout."""

from __future__ import annotations

from pathlib import Path

import yaml

__all__ = ["resource_dir", "read_yaml"]

_PACKAGE = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """Return the directory *name* (``ontology`` or ``data``).

    A wheel carries them in ``kg/_resources``; a checkout or editable install has them
    beside the package.
    """
    for candidate in (_PACKAGE / "_resources" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"kg's {name}/ directory is missing from the installation")


def read_yaml(path: Path, error: type[Exception], what: str):
    """The parsed contents of the YAML file *path*, or *error* with one line that names
    *what* the file is and why it cannot be read (missing, unreadable, not YAML)."""
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise error(f"no such {what}: {path}") from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as problem:
        raise error(f"cannot read {what} {path}: {str(problem).splitlines()[0]}") from None
