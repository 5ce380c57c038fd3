"""Where the real data shared between projects is: ``$KG_SHARED`` when set, else the
``shared`` directory beside the repository (``../shared``). Every test that reads it asks
here, so a user with the data elsewhere runs those tests by setting one variable; without
the data they skip and say where they looked."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

__all__ = ["SHARED", "needs_shared", "require_shared", "shared_path"]

_REPOSITORY = Path(__file__).resolve().parents[1]


def _shared_root() -> Path:
    configured = os.environ.get("KG_SHARED", "").strip()
    return Path(configured).expanduser() if configured else _REPOSITORY.parent / "shared"


#: The shared data's directory (which may not exist).
SHARED = _shared_root()


def shared_path(*parts: str) -> Path:
    """The path of *parts* under :data:`SHARED` (which may not exist)."""
    return SHARED.joinpath(*parts)


def _absent(path: Path) -> str:
    return f"{path} is absent (set KG_SHARED to the shared data's directory)"


def needs_shared(*parts: str) -> pytest.MarkDecorator:
    """A mark: skip unless *parts* (a file or directory under :data:`SHARED`) exists,
    saying where it was looked for and how to point at it."""
    path = shared_path(*parts)
    return pytest.mark.skipif(not path.exists(), reason=_absent(path))


def require_shared(*parts: str) -> Path:
    """The path of *parts* under :data:`SHARED`; skips the calling test or fixture when it
    does not exist."""
    path = shared_path(*parts)
    if not path.exists():
        pytest.skip(_absent(path))
    return path
