"""Analysis at scale: kg (Oxigraph + bulk projection + igraph) against plain rdflib +
NetworkX built from rdflib triples, on the same data in the same run.

Each side runs in its own process so that peak memory is its own. Inputs: the synthetic
1M-triple investor graph, and the real Crunchbase investments when ../shared is present.
"""

from __future__ import annotations

import subprocess
import sys
import time

import pytest
from harness import ROOT, measure, record

# Builds the kg store once per input; later snippets open it read-only.
KG_STORE = """
from kg.graph import KnowledgeGraph
started = time.perf_counter()
graph = KnowledgeGraph.open("oxigraph:{store}")
graph.load_seed()
{load}
graph.close()
done(seconds=round(time.perf_counter() - started, 2))
"""

KG_ANALYSIS = """
import random, statistics
from kg.graph import KnowledgeGraph
from kg.analysis import find_links, coinvestors, owners, centrality
from kg.analysis.project import build_projection
graph = KnowledgeGraph.open("oxigraph:{store}", read_only=True)
started = time.perf_counter()
G = build_projection(graph.store, graph.ontology)
projection_s = time.perf_counter() - started
projection_mb = peak_mb()
investors = sorted(n for n, c in G.nodes(data="cls") if c in ("InvestmentFirm", "Person") and G.out_degree(n))
firms = sorted(n for n, c in G.nodes(data="cls") if c == "Company" and G.in_degree(n))
rng = random.Random(1)
pairs = [(rng.choice(investors), rng.choice(firms)) for _ in range({pairs})]
def timed(f, *args, **kw):
    t = time.perf_counter(); f(*args, **kw); return (time.perf_counter() - t) * 1000
links_ms = sorted(timed(find_links, G, a, b, max_hops=4, limit=20) for a, b in pairs)
co_ms = sorted(timed(coinvestors, G, a) for a, _ in pairs)
own_ms = sorted(timed(owners, G, b) for _, b in pairs)
started = time.perf_counter()
centrality(G, measure="betweenness", k=200, seed=0)
betweenness_s = time.perf_counter() - started
q = lambda xs, p: round(xs[min(len(xs) - 1, int(p * len(xs)))], 1)
done(projection_s=round(projection_s, 2), projection_mb=round(projection_mb, 1), nodes=G.number_of_nodes(),
     edges=G.number_of_edges(), links_p50_ms=q(links_ms, .5), links_p95_ms=q(links_ms, .95),
     coinvestors_p50_ms=q(co_ms, .5), owners_p50_ms=q(own_ms, .5), betweenness_s=round(betweenness_s, 2),
     pairs=[list(p) for p in pairs[:{baseline_pairs}]])
"""

# The plain way: rdflib parses the same RDF, NetworkX is built by walking its triples.
BASELINE = """
import json, random, statistics, itertools
import networkx as nx, rdflib
K = "https://w3id.org/kg/ontology#"
RELATIONS = {{rdflib.URIRef(K + r) for r in ("investsIn", "holdsStakeIn", "acquires", "subsidiaryOf",
    "headquarteredIn", "participatesIn", "locatedIn", "eventHeldAt", "tradesWith", "exportsTo",
    "importsFrom", "competesWith", "policyOf", "visits", "spouseOf", "headOfStateOf", "operatesInSector")}}
started = time.perf_counter()
data = rdflib.Graph()
data.parse("{dump}", format="nt")
load_s = time.perf_counter() - started
load_mb = peak_mb()
started = time.perf_counter()
G = nx.MultiDiGraph()
for s, p, o in data:
    if p in RELATIONS:
        G.add_edge(str(s), str(o), relation=str(p))
for s, o in data.subject_objects(rdflib.RDFS.label):
    if str(s) in G:
        G.nodes[str(s)]["label"] = str(o)
projection_s = time.perf_counter() - started
projection_mb = peak_mb()
U = nx.Graph(G.to_undirected())
pairs = {pairs}
def paths(a, b):
    # Every simple path up to 4 hops, ranked by length, as kg links does; capped at 20,000.
    found = list(itertools.islice(nx.all_simple_paths(U, a, b, cutoff=4), 20000))
    found.sort(key=len)
    return found[:20]
def timed(f, *args):
    t = time.perf_counter(); f(*args); return (time.perf_counter() - t) * 1000
links_ms = sorted(timed(paths, a, b) for a, b in pairs)
def co(a):
    q = "SELECT ?other (COUNT(DISTINCT ?f) AS ?n) WHERE {{ ?a <" + K + "investsIn> ?f . ?other <" + K + "investsIn> ?f FILTER(?other != ?a) }} GROUP BY ?other ORDER BY DESC(?n)"
    return list(data.query(q, initBindings={{"a": rdflib.URIRef(a)}}))
co_ms = sorted(timed(co, a) for a, _ in pairs)
started = time.perf_counter()
nx.betweenness_centrality(U, k=10, seed=0)
betweenness10_s = time.perf_counter() - started
q = lambda xs, p: round(xs[min(len(xs) - 1, int(p * len(xs)))], 1)
done(load_s=round(load_s, 2), load_mb=round(load_mb, 1), projection_s=round(projection_s, 2),
     projection_mb=round(projection_mb, 1), links_p50_ms=q(links_ms, .5), links_p95_ms=q(links_ms, .95),
     coinvestors_p50_ms=q(co_ms, .5), betweenness_k200_s_extrapolated=round(betweenness10_s * 20, 1))
"""

COLD_LINKS = [sys.executable, "-m", "kg", "--store", "oxigraph:{store}", "links", "{a}", "{b}", "-n", "5"]


def _cold_links(store, a, b) -> float:
    command = [part.format(store=store, a=a, b=b) for part in COLD_LINKS]
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
    return round(time.perf_counter() - started, 2)


def _compare(name: str, store, load: str, tmp_path, pairs: int = 30, baseline_pairs: int = 8) -> None:
    built = measure(KG_STORE.format(store=store, load=load))
    ours = measure(KG_ANALYSIS.format(store=store, pairs=pairs, baseline_pairs=baseline_pairs))
    dump = tmp_path / "dump.nt"
    subprocess.run(
        [sys.executable, "-m", "kg", "--store", f"oxigraph:{store}", "export", "-f", "ntriples", "-o", str(dump)],
        check=True, cwd=ROOT,
    )
    plain = measure(BASELINE.format(dump=dump, pairs=[tuple(p) for p in ours["pairs"]]), timeout=3600)
    a, b = ours["pairs"][0]
    cold_first = _cold_links(store, a, b)  # builds and caches the projection
    cold_cached = _cold_links(store, a, b)
    ratio = lambda base, kg: round(base / max(kg, 1e-9), 1)  # noqa: E731
    record(
        name,
        kg_import_s=built["seconds"], rdflib_load_s=plain["load_s"], kg_import_peak_mb=built["peak_mb"], rdflib_load_peak_mb=plain["load_mb"],
        kg_projection_s=ours["projection_s"], nx_from_rdflib_s=plain["projection_s"], projection_speedup=ratio(plain["projection_s"], ours["projection_s"]),
        kg_projection_peak_mb=ours["projection_mb"], nx_from_rdflib_peak_mb=plain["projection_mb"],
        nodes=ours["nodes"], edges=ours["edges"],
        kg_links_p50_ms=ours["links_p50_ms"], kg_links_p95_ms=ours["links_p95_ms"],
        nx_paths_p50_ms=plain["links_p50_ms"], nx_paths_p95_ms=plain["links_p95_ms"],
        cold_cli_links_first_s=cold_first, cold_cli_links_cached_s=cold_cached,
        kg_coinvestors_p50_ms=ours["coinvestors_p50_ms"], rdflib_coinvestors_p50_ms=plain["coinvestors_p50_ms"],
        kg_owners_p50_ms=ours["owners_p50_ms"],
        kg_betweenness_k200_s=ours["betweenness_s"], nx_betweenness_k200_s=plain["betweenness_k200_s_extrapolated"],
    )


@pytest.mark.parametrize("size", [100_000, 1_000_000, 5_000_000])
def test_synthetic(size, synthetic_file, tmp_path):
    path = synthetic_file(size)
    _compare(f"analysis synthetic {size:,}", tmp_path / "store", f'graph.load(["{path}"])', tmp_path)


def test_crunchbase(shared_dir, tmp_path):
    table = shared_dir / "datasets" / "crunchbase2013" / "investments_holmesjoli.csv"
    mapping = ROOT / "examples" / "mappings" / "crunchbase-investments.yaml"
    _compare("analysis crunchbase investments", tmp_path / "store", f'graph.import_table("{table}", "{mapping}")', tmp_path)


def test_crunchbase_cli(shared_dir, tmp_path):
    """What a user sees: `kg import-table` (which leaves the projection cached), then a
    first `kg links` in a new process."""
    table = shared_dir / "datasets" / "crunchbase2013" / "investments_holmesjoli.csv"
    mapping = ROOT / "examples" / "mappings" / "crunchbase-investments.yaml"
    store = tmp_path / "store"
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "kg", "--store", f"oxigraph:{store}", "import-table", str(table), "-m", str(mapping)],
        check=True, capture_output=True, cwd=ROOT,
    )
    import_s = round(time.perf_counter() - started, 2)
    record(
        "crunchbase investments via the CLI",
        cli_import_with_projection_s=import_s,
        first_cold_cli_links_s=_cold_links(store, "Accel Partners", "Facebook"),
        second_cold_cli_links_s=_cold_links(store, "Greylock Partners", "Dropbox"),
    )
