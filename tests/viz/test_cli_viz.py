"""kg viz from the command line: every view writes a page; bad requests get one line."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from kg.cli import cli, main


@pytest.fixture
def store(seed_store):
    """The seed graph (conftest's store, read only here)."""
    return seed_store


def nodes_in(path):
    text = path.read_text(encoding="utf-8")
    data = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', text, re.DOTALL).group(1)
    return sorted(n["label"] for n in json.loads(data)["nodes"])


@pytest.mark.parametrize("args, expected", [
    ([], 21),
    (["--focus", "AgiBot"], 6),
    (["--focus", "AgiBot", "--hops", "2"], 12),
    (["--links", "Mirae Asset Management", "Lee Jae-myung", "--max-hops", "3"], 5),
    (["--class", "Organization,Person"], 8),
    (["--relation", "holds_stake_in"], 3),
    (["--size-by", "betweenness"], 21),
])
def test_each_view_writes_a_page(store, tmp_path, args, expected):
    out = tmp_path / "page.html"
    result = CliRunner().invoke(cli, ["--store", store, "viz", "-o", str(out), *args])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"wrote {out} (")
    assert len(nodes_in(out)) == expected


def test_query_view_from_a_file(store, tmp_path):
    query = tmp_path / "stakes.rq"
    query.write_text("CONSTRUCT { ?i kg:holdsStakeIn ?f } WHERE { ?i kg:holdsStakeIn ?f }", encoding="utf-8")
    out = tmp_path / "page.html"
    result = CliRunner().invoke(cli, ["--store", store, "viz", "-o", str(out), "--query", str(query)])
    assert result.exit_code == 0, result.output
    assert nodes_in(out) == ["AgiBot", "LG Electronics", "Mirae Asset Management"]


@pytest.mark.parametrize("args, message", [
    (["--focus", "Nobody Ltd"], "kg: error: no entity named 'Nobody Ltd'"),
    (["--focus", "AgiBot", "--links", "a", "b"], "kg: error: choose one view, not focus and links"),
    (["--class", "Spaceship"], "kg: error: unknown class 'Spaceship'"),
    (["--query", "missing.rq"], "kg: error: no such query file: missing.rq"),
    (["--hops", "0", "--focus", "AgiBot"], "kg: error: Invalid value for '--hops'"),
])
def test_bad_requests_get_one_line_and_write_nothing(store, tmp_path, capsys, args, message):
    out = tmp_path / "page.html"
    with pytest.raises(SystemExit) as exit_:
        main(["--store", store, "viz", "-o", str(out), *args])
    assert exit_.value.code != 0
    err = capsys.readouterr().err
    assert err.startswith(message) and err.count("\n") == 1, err
    assert not out.exists()


def test_unwritable_output_leaves_no_partial_file(store, tmp_path, capsys):
    folder = tmp_path / "no-such-folder"
    with pytest.raises(SystemExit):
        main(["--store", store, "viz", "-o", str(folder / "page.html")])
    assert capsys.readouterr().err.startswith(f"kg: error: cannot write {folder / 'page.html'}")
    assert not folder.exists()


def test_demo_writes_the_seed_picture(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["--store", "memory:", "demo"])
    assert result.exit_code == 0, result.output
    assert "1. [2 hops] Mirae Asset Management is headquartered in South Korea" in result.output
    assert len(nodes_in(tmp_path / "kg-demo.html")) == 21


def readme_picture_commands() -> list[str]:
    """The `kg viz` lines of the README's section on pictures, comments cut off."""
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Pictures"):]
    section = section[:section.index("\n### ")]
    return [line.split("  #")[0].strip() for line in section.splitlines() if line.startswith("kg viz ")]


def test_the_readme_has_picture_commands():
    commands = readme_picture_commands()
    assert len(commands) >= 6 and any("--query examples/queries/01-" in c for c in commands)


@pytest.mark.parametrize("command", readme_picture_commands())
def test_each_picture_command_of_the_readme_works(store, tmp_path, monkeypatch, command):
    import shlex
    from pathlib import Path

    monkeypatch.chdir(Path(__file__).resolve().parents[2])  # the README's paths are the repository's
    args = shlex.split(command)[1:]
    args[args.index("-o") + 1] = str(tmp_path / "page.html")
    result = CliRunner().invoke(cli, ["--store", store, *args])
    assert result.exit_code == 0, result.output
    assert len(nodes_in(tmp_path / "page.html")) >= 2


def test_a_select_of_names_draws_the_entities_behind_them(store, tmp_path):
    """Query 01 selects labels for a table; the picture draws the investors and firms."""
    from pathlib import Path

    query = Path(__file__).resolve().parents[2] / "examples" / "queries" / "01-korean-investors-in-chinese-firms.rq"
    out = tmp_path / "page.html"
    result = CliRunner().invoke(cli, ["--store", store, "viz", "-o", str(out), "--query", str(query)])
    assert result.exit_code == 0, result.output
    assert nodes_in(out) == ["AgiBot", "LG Electronics", "Mirae Asset Management"]
    assert "the entity pairs behind its rows" in out.read_text(encoding="utf-8")
