"""The real data of the shared datasets (see :mod:`shared_data`) imported with the
shipped mappings: facts checked by hand in the raw CSV files, and figures recomputed here
from the raw rows."""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

import pytest
from rdflib import Literal
from shared_data import needs_shared, shared_path

from kg.analysis import coinvestors, strongest_coinvestor_pairs
from kg.graph import KnowledgeGraph
from kg.ingest.normalize import is_meaningful_name, name_key
from kg.ingest.resolve import spelling_groups

ROOT = Path(__file__).resolve().parents[2]
DATASETS = shared_path("datasets")
MAPPINGS = ROOT / "examples" / "mappings"
pytestmark = needs_shared("datasets")
INVESTMENTS = DATASETS / "crunchbase2013" / "investments_holmesjoli.csv"


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    opened = KnowledgeGraph.open(f"oxigraph:{tmp_path_factory.mktemp('datasets')}/store")
    opened.load_seed()
    report = opened.import_table(INVESTMENTS, MAPPINGS / "crunchbase-investments.yaml")
    assert report.rows == 80245
    # "????" (company), "212" twice and "Various" (investors): counted in the raw file.
    assert dict(report.skipped) == {
        "empty name for investor": 10, "meaningless name for investor": 3,
        "empty name for company": 2, "meaningless name for company": 1,
    }
    opened.import_table(DATASETS / "trade_kr_cn" / "korea-china-trade-data.csv", MAPPINGS / "korea-china-trade.yaml")
    opened.import_table(DATASETS / "crunchbase2013" / "crunchbase-acquisitions.csv", MAPPINGS / "crunchbase-acquisitions.yaml")
    yield opened
    opened.close()


def test_facebook_investors(graph):
    names = {row["label"] for row in graph.investors("Facebook")}
    assert {"Accel Partners", "Greylock Partners", "Peter Thiel"} <= names
    classes = {row["label"]: graph.projection().nodes[row["entity"]]["cls"] for row in graph.investors("Facebook")}
    assert classes["Peter Thiel"] == "Person" and classes["Accel Partners"] == "InvestmentFirm"


def test_junk_names_are_no_entities(graph):
    for junk in ["????", "212", "Various", "[24]7"]:
        assert graph.query("ASK { ?e rdfs:label ?name }", bindings={"name": Literal(junk)}).boolean is False
    assert graph.resolve("Accel Partners") == "https://w3id.org/kg/id/accel-partners"


def test_strongest_coinvestor_pair_matches_the_raw_rows(graph):
    # Entities as import-table makes them: spellings of one key are one entity when their
    # rows share a neighbour (kg.ingest.resolve.spelling_groups).
    with open(INVESTMENTS, encoding="utf-8", newline="") as handle:
        deals = [(row["investor_name"].strip(), row["company_name"].strip()) for row in csv.DictReader(handle)
                 if is_meaningful_name(row["investor_name"]) and is_meaningful_name(row["company_name"])]
    neighbours: dict[str, set[str]] = {}
    for investor, company in deals:
        for name, other in ((investor, company), (company, investor)):
            keys = neighbours.setdefault(name, set())  # a spelling with no other neighbour too
            if name_key(other) != name_key(name):
                keys.add(name_key(other))
    group = spelling_groups(neighbours)

    def entity(name: str) -> tuple[str, str]:
        return name_key(name), group[name]

    backers = defaultdict(set)
    for investor, company in deals:
        backers[entity(company)].add(entity(investor))
    pairs = Counter()
    for investors in backers.values():
        pairs.update(combinations(sorted(investors), 2))
    (raw_pair, raw_count), = pairs.most_common(1)
    best = strongest_coinvestor_pairs(graph.projection(), limit=1)[0]
    assert best["shared"] == raw_count
    assert tuple(sorted(name_key(label) for label in best["labels"])) == tuple(key for key, _ in raw_pair)
    # The same pair from one side, through kg coinvestors.
    top = coinvestors(graph.projection(), best["pair"][0], limit=1)[0]
    assert (top["entity"], top["shared"]) == (best["pair"][1], raw_count)


def test_korea_exports_to_china_2019(graph):
    rows = graph.query(
        "SELECT (SUM(?a) AS ?total) WHERE { ?s kg:relation kg:exportsTo ; kg:subject id:south-korea ; "
        "kg:object id:china ; kg:amount ?a ; kg:date ?d FILTER(STRSTARTS(STR(?d), '2019')) }"
    ).rows
    assert float(rows[0][0]) == pytest.approx(136.2e9, abs=0.1e9)


def test_acquisitions_and_a_link_between_tables(graph):
    acquirers = {row["label"] for row in graph.investors("YouTube")}
    assert "Google" in acquirers
    found = graph.links("Greylock Partners", "Google", max_hops=2, limit=50)
    assert any(path.hops == 2 for path, _ in found)
