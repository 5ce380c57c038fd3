"""The resolution commands through click, on an embedded store: dedupe -> merge -> links
change; errors are one line and change nothing."""

from __future__ import annotations

import json

import click
import pytest
from click.testing import CliRunner
from resolution_data import DATA, EXPECTED

from kg.cli.errors import KGGroup
from kg.cli.resolve import RESOLVE_COMMANDS
from kg.cli.session import Session
from kg.formats import get_format
from kg.graph import KnowledgeGraph

ID = "https://w3id.org/kg/id/"


@click.group(cls=KGGroup)
@click.option("--store", "store_url", required=True)
@click.pass_context
def cli(ctx, store_url):
    session = Session(store_url)
    ctx.obj = session
    ctx.call_on_close(session.close)


for _command in RESOLVE_COMMANDS:
    cli.add_command(_command)


@cli.command()
@click.argument("firm")
@click.pass_obj
def investors(session, firm):
    for row in session.graph().investors(firm):
        click.echo(row["label"])


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    url = f"oxigraph:{tmp_path / 'store'}"
    with KnowledgeGraph.open(url) as graph:
        graph.store.load(DATA, get_format("trig"))

    def invoke(*args):
        return CliRunner().invoke(cli, ["--store", url, *args])

    return invoke


def test_dedupe_json_and_table(run):
    result = run("dedupe", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [(r["a"].removeprefix(ID), r["b"].removeprefix(ID), r["score"], r["evidence"]) for r in rows] == EXPECTED
    table = run("dedupe", "--class", "Company", "--min-score", "0.9", "--limit", "1")
    assert table.exit_code == 0
    assert "Facebook" in table.output and "0.95" in table.output
    assert "AgiBot" not in table.output
    table = run("dedupe", "--class", "Company", "--min-score", "0.9")
    assert "AgiBot" in table.output and "Zhiyuan Robotics Co., Ltd." in table.output
    assert "Mercury" not in table.output


def test_dedupe_merge_investors(run):
    assert run("investors", "Facebook").output == "Accel Partners\n"
    result = run("merge", "Facebook", "Facebook, Inc.", "--by", "ana", "--why", "one firm")
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"merged <{ID}facebook-inc> into <{ID}facebook>")
    assert "Facebook, Inc." not in run("dedupe").output
    listed = run("judgements").output
    assert listed.endswith(f"ana: <{ID}facebook-inc> same as <{ID}facebook>: one firm\n")
    assert run("unmerge", "Facebook, Inc.").exit_code == 0
    assert "withdrawn" in run("judgements", "--all").output
    assert run("judgements").output == "no judgements\n"


def test_not_same_then_merge_through_a_cluster_is_refused(run):
    assert run("not-same", "id:mercury-us", "id:mercury-cn", "--by", "ana").exit_code == 0
    assert "mercury-us" not in run("dedupe", "-f", "json").output
    assert run("merge", "id:mercury-us", "id:lg").exit_code == 0
    result = run("merge", "id:mercury-cn", "id:lg")
    assert result.exit_code == 1
    assert result.output.startswith("kg: error: <https://w3id.org/kg/id/mercury-us> and <https://w3id.org/kg/id/mercury-cn> were judged different by ana")
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("merge", "Facebook", "Nobody Inc"), "kg: error: no entity named 'Nobody Inc'"),
        (("merge", "Mercury", "LG"), "kg: error: 'Mercury' names 2 entities"),
        (("unmerge", "LG"), "kg: error: <https://w3id.org/kg/id/lg> is not merged with anything"),
        (("dedupe", "--class", "Planet"), "kg: error: unknown class 'Planet'"),
        (("not-same", "????", "LG"), "kg: error: '????' is not a name"),
    ],
)
def test_errors_are_one_line(run, args, message):
    result = run(*args)
    assert result.exit_code == 1
    assert result.output.startswith(message) and result.output.count("\n") == 1
    assert run("judgements").output == "no judgements\n"
