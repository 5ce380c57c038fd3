"""examples/seed-graph.ipynb runs top to bottom, and its pictures need no network."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parents[1] / "examples" / "seed-graph.ipynb"


def test_notebook_runs_and_shows_offline_pictures(tmp_path):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbclient.NotebookClient(notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    pictures = [
        output["data"]["text/html"]
        for cell in notebook.cells if cell.cell_type == "code"
        for output in cell.get("outputs", []) if "text/html" in output.get("data", {})
    ]
    assert len(pictures) == 4
    for picture in pictures:
        assert picture.startswith("<iframe srcdoc=") and 'sandbox="allow-scripts"' in picture
        page = html.unescape(re.match(r'<iframe srcdoc="([^"]*)"', picture).group(1))
        assert "window.kg" in page and "Content-Security-Policy" in page
        assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", page)
    printed = "".join(
        output.get("text", "") for cell in notebook.cells if cell.cell_type == "code" for output in cell.get("outputs", [])
    )
    assert "[2 hops] Mirae Asset Management is headquartered in South Korea" in printed
