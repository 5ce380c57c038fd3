"""What the ``kg`` command imports before it runs: commands that never touch the projection
(``kg ingest``, ``kg extract``) must not pay for networkx and its exporters."""

from __future__ import annotations

import json
import subprocess
import sys

__all__: list[str] = []

_HEAVY = ("networkx", "pyvis", "igraph", "kg.analysis.links")


def _imported_after(statement: str) -> set[str]:
    """The modules of ``_HEAVY`` a fresh interpreter holds after running *statement*."""
    code = f"import json, sys\n{statement}\nprint(json.dumps([m for m in {_HEAVY!r} if m in sys.modules]))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def test_importing_the_cli_imports_no_networkx():
    assert _imported_after("import kg.cli") == set()


def test_analysis_names_still_resolve_on_use():
    # The package exports its names lazily: asking for one imports its module, and only then.
    assert _imported_after("import kg.analysis") == set()
    assert "kg.analysis.links" in _imported_after("from kg.analysis import find_links")
    assert "networkx" in _imported_after("from kg.analysis import GRAPH_EXPORTS; GRAPH_EXPORTS['graphml']"
                                         "(__import__('networkx').MultiDiGraph(), __import__('io').BytesIO())")


def test_unknown_analysis_name_is_an_attribute_error():
    import kg.analysis

    try:
        kg.analysis.no_such_reader  # noqa: B018
    except AttributeError as error:
        assert "no_such_reader" in str(error)
    else:
        raise AssertionError("kg.analysis.no_such_reader resolved")


def test_a_write_refreshes_pieces_without_networkx_or_httpx():
    # kg ingest of files imports the web path's module for is_url and refreshes the
    # projection's pieces after its write: neither needs a graph library or an HTTP client.
    statement = "import kg.ingest.web, kg.ingest.fetch, kg.analysis.project, kg.analysis.joined"
    assert _imported_after(statement) == set()
    code = f"import sys\n{statement}\nprint('httpx' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert done.stdout.strip() == "False"


def test_the_fetcher_still_imports_httpx_when_used():
    # In a fresh interpreter: this one may hold httpx already, from another test.
    code = "import sys\nfrom kg.ingest.fetch import Fetcher\nwith Fetcher():\n    pass\nprint('httpx' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert done.stdout.strip() == "True"
