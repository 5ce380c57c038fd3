"""The analysis commands on the seed graph (conftest's ``seed_store``): exact answers, JSON
for scripts, clear errors."""

from __future__ import annotations

import io
import json
import math

import networkx as nx
import pytest
from click.testing import CliRunner
from kg_runner import run_main

from kg.cli import cli
from kg.graph import KnowledgeGraph

ID = "https://w3id.org/kg/id/"


def kg(store, *args):
    result = CliRunner().invoke(cli, ["--store", store, *args], catch_exceptions=False)
    return result


def as_json(store, *args):
    result = kg(store, *args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_links_text_and_json(seed_store):
    result = kg(seed_store, "links", "Mirae Asset Management", "President Lee", "-n", "2")
    assert result.output.splitlines() == [
        "1. [2 hops] Mirae Asset Management is headquartered in South Korea, which Lee Jae-myung is head of state of (President).",
        ("2. [3 hops] Mirae Asset Management holds a stake in AgiBot (strategic shareholder), which takes part in "
         "China–South Korea Innovation and Entrepreneurship Forum (robot shown to the President, 2026-01-07), "
         "which Lee Jae-myung takes part in (speaker, 2026-01-07)."),
    ]
    paths = as_json(seed_store, "links", "id:lg-electronics", "id:lee-jae-myung", "--relations", "holds_stake_in,participates_in")
    assert [p["nodes"] for p in paths] == [[
        ID + "lg-electronics", ID + "agibot", ID + "china-south-korea-innovation-and-entrepreneurship-forum", ID + "lee-jae-myung",
    ]]
    assert as_json(seed_store, "links", "LG Electronics", "Lee Jae-myung", "--through", "Country", "--max-hops", "2")[0]["nodes"] == [
        ID + "lg-electronics", ID + "south-korea", ID + "lee-jae-myung",
    ]


def test_links_name_errors(seed_store):
    result = run_main("links", "LG", "China", store=seed_store)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr.startswith("kg: error: no entity named 'LG'; did you mean 'LG Electronics'?")
    result = run_main("links", "LG Electronics", "id:nobody", store=seed_store)
    assert result.returncode == 1 and result.stderr.startswith("kg: error: no entity id:nobody")


def test_an_unknown_class_lists_the_known_ones(seed_store):
    from kg.ontology import load_ontology

    result = run_main("central", "--class", "Compnay", store=seed_store)
    known = ", ".join(sorted(load_ontology().classes))
    assert (result.returncode, result.stderr) == (1, f"kg: error: unknown class 'Compnay'; the classes are {known}\n")


def test_portfolio_investors_coinvestors(seed_store):
    assert [(r["label"], r["relations"]) for r in as_json(seed_store, "portfolio", "LG Electronics")] == [("AgiBot", ["holdsStakeIn"])]
    assert [r["label"] for r in as_json(seed_store, "investors", "AgiBot")] == ["LG Electronics", "Mirae Asset Management"]
    assert [(r["label"], r["shared"], r["firms"]) for r in as_json(seed_store, "coinvestors", "Mirae Asset Management")] == [
        ("LG Electronics", 1, ["AgiBot"])
    ]


def test_owners_unknown_stakes_are_unknown(seed_store):
    rows = as_json(seed_store, "owners", "AgiBot")
    assert [(r["label"], r["percent"], r["stake"], r["kind"]) for r in rows] == [
        ("LG Electronics", None, "unknown", "ultimate"),
        ("Mirae Asset Management", None, "unknown", "ultimate"),
    ]
    table = kg(seed_store, "owners", "AgiBot").output
    assert "unknown" in table and "0%" not in table


def test_central_and_communities(seed_store):
    top = as_json(seed_store, "central", "--measure", "degree", "-n", "2")
    # AgiBot and China both link to 5 of the other 20 entities; ties go by label.
    assert [(r["label"], r["degree"]) for r in top] == [("AgiBot", 0.25), ("China", 0.25)]
    companies = as_json(seed_store, "central", "--measure", "betweenness", "--class", "Organization")
    assert [r["label"] for r in companies][:1] == ["AgiBot"]
    assert {r["class"] for r in companies} <= {"Company", "InvestmentFirm", "GovernmentBody", "ResearchOrg"}
    groups = as_json(seed_store, "communities", "--members")
    members = [name for group in groups for name in group["members"]]
    assert len(members) == len(set(members)) == 21
    # One line per community by default: its size, its commonest class, its five
    # best-connected members (most links first), the whole list only with --members.
    brief = as_json(seed_store, "communities")
    assert [g["size"] for g in brief] == [g["size"] for g in groups] and "members" not in brief[0]
    for group, full in zip(brief, groups):
        assert len(group["best connected"]) == min(5, group["size"]) and set(group["best connected"]) <= set(full["members"])
    table = kg(seed_store, "communities", "-n", "1").output
    assert len([line for line in table.splitlines() if line.startswith("│")]) <= 2


def test_small_scores_keep_their_digits(seed_store):
    """A score below 1 is printed with three significant digits (a PageRank of 0.0025 was
    printed "0"): each printed score is the JSON's rounded at its third digit."""
    exact = {r["label"]: r["pagerank"] for r in as_json(seed_store, "central", "--measure", "pagerank", "-n", "21")}
    table = kg(seed_store, "central", "--measure", "pagerank", "-n", "21").output
    printed = {cells[1].strip(): float(cells[3]) for line in table.splitlines() if line.startswith("│")
               for cells in [line.split("│")]}
    assert printed.keys() == exact.keys()
    assert all(abs(printed[label] - score) <= 0.5 * 10 ** (math.floor(math.log10(score)) - 2) for label, score in exact.items())


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "cytoscape"])
def test_export_graph_formats(seed_store, fmt, tmp_path):
    out = tmp_path / f"seed.{fmt}"
    assert kg(seed_store, "export", "--format", fmt, "-o", str(out)).exit_code == 0
    data = out.read_bytes()
    if fmt == "graphml":
        back = nx.read_graphml(io.BytesIO(data), force_multigraph=True)
    elif fmt == "gexf":
        back = nx.read_gexf(io.BytesIO(data))
    else:
        back = nx.cytoscape_graph(json.loads(data))
    assert back.number_of_nodes() == 21
    assert back.number_of_edges() == 28
    assert "LG Electronics" in {d.get("label") for _, d in back.nodes(data=True)}


@pytest.mark.parametrize("command", ["load", "import-table"])
def test_bulk_writes_leave_the_projection_cached(command, tmp_path):
    import sys
    from pathlib import Path

    project_module = sys.modules["kg.analysis.project"]
    fixtures = Path(__file__).parent / "fixtures"
    url = f"oxigraph:{tmp_path / 'store'}"
    if command == "load":
        args = ["load", str(fixtures / "valid.trig")]
    else:
        args = ["import-table", str(fixtures / "tables" / "deals.csv"), "-m", str(fixtures / "tables" / "deals.yaml")]
    from kg.store.pieces import ACTIVITY

    assert kg(url, *args).exit_code == 0
    project_module.forget_projections()  # as a new process: only the disk cache is left
    ACTIVITY.reset()
    with KnowledgeGraph.open(url, read_only=True) as graph:
        assert graph.projection().number_of_edges() > 0
    assert ACTIVITY.built == []  # every graph's piece was cached by the command


def test_betweenness_on_a_big_graph_is_sampled_unless_exact(seed_store, monkeypatch):
    import kg.analysis.metrics

    monkeypatch.setattr(kg.analysis.metrics, "EXACT_BETWEENNESS_NODES", 5)  # the seed's 21 entities count as big
    sampled = CliRunner().invoke(cli, ["--store", seed_store, "central", "--measure", "betweenness", "-f", "json"])
    assert sampled.exit_code == 0
    assert "betweenness from 200 sampled sources on 21 entities; --exact for all" in sampled.stderr
    exact = CliRunner().invoke(cli, ["--store", seed_store, "central", "--measure", "betweenness", "--exact", "-f", "json"])
    assert exact.stderr == ""
    # 200 sources drawn from 21 are all of them: the same ranking as the exact one.
    assert [r["label"] for r in json.loads(sampled.stdout)] == [r["label"] for r in json.loads(exact.stdout)]
