"""Where the ontology and the shipped data are, installed or in a checkout."""

from __future__ import annotations

from pathlib import Path

__all__ = ["resource_dir"]

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
