"""The CLI round on a SPARQL server — demo, load, import-table, ingest, query, stats,
links, viz, why, export — against `oxigraph serve` and Virtuoso, with the same round on the
embedded store as the oracle: every command must print what it prints there."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

FIXTURES = Path(__file__).parent.parent / "fixtures"

ROUND = [
    ("demo",),
    ("load", str(FIXTURES / "valid.trig")),
    ("import-table", str(FIXTURES / "tables" / "deals.csv"), "-m", str(FIXTURES / "tables" / "deals.yaml")),
    ("ingest", str(FIXTURES / "devset" / "01-battery-investment.txt"), "--date", "2026-01-01"),
    ("query", "-f", "csv", "SELECT ?class (COUNT(*) AS ?n) WHERE { ?s a ?class } GROUP BY ?class ORDER BY ?class"),
    ("stats",),
    ("links", "LG Electronics", "Lee Jae-myung"),
    ("viz", "-o", "{out}/viz.html"),
    ("why", "LG Electronics", "holds_stake_in", "AgiBot"),
    ("export", "--format", "nquads"),
]


def _normalise(text: str, store: str, out: Path) -> str:
    """What may differ between stores: durations, the store's URL, the output folder."""
    return re.sub(r" in \d+(\.\d+)? s\b", " in N s", text).replace(store, "STORE").replace(str(out), "OUT")


def run_round(store: str, out: Path) -> dict[str, str]:
    runner = CliRunner()
    printed = {}
    for command in ROUND:
        args = [arg.replace("{out}", str(out)) for arg in command]
        result = runner.invoke(cli, ["--store", store, *args])
        assert result.exit_code == 0, f"kg {' '.join(args)} on {store}: {result.output}"
        text = _normalise(result.output, store, out)
        if command[0] == "export":
            # A dump's order is the store's; when a source was written differs by run.
            text = "\n".join(sorted(line for line in text.splitlines() if "prov#generatedAtTime" not in line))
        printed[command[0]] = text
    printed["viz.html nodes"] = str(len(re.findall(r'"id":', (out / "viz.html").read_text(encoding="utf-8"))))
    return printed


@pytest.fixture(scope="module")
def embedded(tmp_path_factory):
    out = tmp_path_factory.mktemp("round-embedded")
    return run_round(f"oxigraph:{out / 'store'}", out)


@pytest.mark.parametrize("server", ["oxigraph serve", "virtuoso"])
def test_the_cli_round_on_a_server_prints_what_it_prints_embedded(request, server, embedded, tmp_path):
    url = request.getfixturevalue("remote_url" if server == "oxigraph serve" else "virtuoso_url")
    printed = run_round(url, tmp_path)
    assert printed.keys() == embedded.keys()
    for command, text in embedded.items():
        assert printed[command] == text, f"kg {command} on {server}"
    assert int(printed["viz.html nodes"]) > 10
