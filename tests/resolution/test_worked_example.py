"""The README's worked example of resolution (dedupe -> merge -> links change), run as
written: every ``$ kg`` line of the block is invoked through the real command group on a
fresh store, and its output must be the lines the README shows under it."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
START = "<!-- worked example of resolution: tests/resolution/test_worked_example.py runs it -->"


def steps() -> list[tuple[str, list[str]]]:
    """(command, expected output lines) of each ``$ kg`` line of the worked example."""
    block = README[README.index(START):]
    block = block[block.index("```console\n") + len("```console\n"):block.index("\n```", block.index("```console"))]
    found: list[tuple[str, list[str]]] = []
    for line in block.splitlines():
        if line.startswith("$ "):
            found.append((line[2:], []))
        elif found:
            found[-1][1].append(line)
    return found


def normalised(line: str) -> str:
    """A line without the width rich gives a table: repeated rules and spaces count once."""
    return " ".join(re.sub(r"([━─])\1+", r"\1", line).split())


def test_the_readme_shows_a_worked_example_that_merges():
    commands = [command.split("#")[0].split() for command, _ in steps()]
    assert [c[1] for c in commands if c[0] == "kg"] == ["demo", "import-table", "links", "dedupe", "merge", "links"]


def test_the_worked_example_runs_as_written(tmp_path, monkeypatch):
    pytest.importorskip("pyoxigraph")
    monkeypatch.chdir(ROOT)  # the example names its table by a path from the repository's root
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("KG_STORE", f"oxigraph:{tmp_path / 'store'}")
    for command, expected in steps():
        words = shlex.split(command, comments=True)
        if words[0] != "kg":
            continue  # the shell's own lines (export)
        quiet = words[-2:] == [">", "/dev/null"]
        result = CliRunner().invoke(cli, words[1:-2] if quiet else words[1:])
        assert result.exit_code == 0, (command, result.output)
        if quiet:
            continue
        lines = result.output.rstrip("\n").splitlines()
        assert len(lines) == len(expected), (command, result.output)
        for got, want in zip(lines, expected):
            if want.endswith("…"):
                assert got.startswith(want[:-1]), (command, got)
            else:
                assert normalised(got) == normalised(want), (command, got)
