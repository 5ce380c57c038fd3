"""How the tests start Debian's chromium: headless, with no background network traffic
(this machine refuses it, and a laptop on a plane has none)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def chromium_path() -> str | None:
    """$KG_CHROMIUM, else chromium on PATH, else /usr/bin/chromium; None when absent."""
    return os.environ.get("KG_CHROMIUM") or shutil.which("chromium") or (
        "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None
    )
