"""Long commands: `kg validate` (since the last validation, or --all), `--validate` refusing
a violating write whole, and progress bars on standard error, drawn only on a terminal or
when forced (KG_PROGRESS=1), never changing standard output. Each run goes through
``main()`` in this process (:func:`kg_runner.run_main`), standard error a captured stream
as a pipe is; the real process is tests/test_cli.py's smoke test."""

from __future__ import annotations

from pathlib import Path

import pytest
from kg_runner import Ran, run_main

FIXTURES = Path(__file__).parent / "fixtures"
TABLES = FIXTURES / "tables"


def kg(*args: str, store: str, progress: str | None = None) -> Ran:
    # None unsets KG_PROGRESS for the run: the bar is then left to the terminal test.
    return run_main(*args, store=store, env={"KG_LOCK_TIMEOUT": "5", "COLUMNS": "100", "KG_PROGRESS": progress})


def dump(store: str) -> str:
    result = kg("export", "-f", "nquads", store=store)
    assert result.returncode == 0, result.stderr
    return "".join(sorted(result.stdout.splitlines(keepends=True)))


@pytest.fixture
def store(tmp_path) -> str:
    url = f"oxigraph:{tmp_path / 'store'}"
    result = kg("load", str(FIXTURES / "valid.trig"), store=url)
    assert result.returncode == 0, result.stderr
    return url


def test_validate_checks_what_was_written_since(store, tmp_path):
    first = kg("validate", store=store)
    assert first.returncode == 0 and first.stdout == "valid: the graph conforms to kg's shapes\n"
    assert "whole store" in first.stderr
    again = kg("validate", store=store)
    assert again.stdout == first.stdout and "nothing written since the last validation" in again.stderr
    table = kg("import-table", str(TABLES / "deals.csv"), "-m", str(TABLES / "deals.yaml"), store=store)
    assert table.returncode == 0, table.stderr
    changes = kg("validate", store=store)
    everything = kg("validate", "--all", store=store)
    assert "1 graph(s) written since the last validation" in changes.stderr
    assert (changes.returncode, changes.stdout) == (everything.returncode, everything.stdout)


def _violating_mapping(tmp_path) -> Path:
    text = (TABLES / "deals.yaml").read_text(encoding="utf-8").replace("currency: {value: USD}", "currency: {value: dollars}")
    assert "dollars" in text
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_import_table_validate_refuses_a_violating_table_whole(store, tmp_path):
    before = dump(store)
    result = kg("import-table", str(TABLES / "deals.csv"), "-m", str(_violating_mapping(tmp_path)), "--validate", store=store)
    assert result.returncode == 1 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0].startswith("kg: error: deals.csv's graph <") and "was not written" in lines[0]
    assert lines[1:] and all(line.startswith("  ") and "ISO 4217" in line for line in lines[1:]), lines
    assert dump(store) == before
    # Without --validate the same table is written, violations and all.
    assert kg("import-table", str(TABLES / "deals.csv"), "-m", str(_violating_mapping(tmp_path)), store=store).returncode == 0
    assert kg("validate", store=store).returncode == 1


def test_import_table_validate_writes_a_clean_table(store):
    result = kg("import-table", str(TABLES / "deals.csv"), "-m", str(TABLES / "deals.yaml"), "--validate", store=store)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("imported ")


def test_ingest_validate_refuses_a_violating_document(store, tmp_path):
    """A re-ingested article that no longer names a firm another graph relies on (the
    firm's type lived in the article's graph): refused, the store left as it was."""
    pytest.importorskip("spacy")
    article = tmp_path / "article.txt"
    article.write_text("Blue Fund acquired a 30% stake in Zentrix Robotics Inc in January 2026.\n", encoding="utf-8")
    assert kg("ingest", str(article), "--date", "2026-01-20", store=store).returncode == 0
    found = kg("query", "-f", "tsv", "SELECT DISTINCT ?e WHERE { GRAPH ?g { ?e a ?c } ?c rdfs:subClassOf* kg:Organization "
               "FILTER(CONTAINS(STR(?g), '/source/article-')) FILTER NOT EXISTS { GRAPH src:fixture { ?e ?p ?o } } }",
               store=store)
    firms = [line for line in found.stdout.splitlines()[1:] if line.startswith("<")]
    if not firms:
        pytest.skip(f"the extractor made no new organisation of: {article.read_text()}")
    patch = tmp_path / "patch.trig"
    patch.write_text("@prefix kg: <https://w3id.org/kg/ontology#> . @prefix id: <https://w3id.org/kg/id/> .\n"
                     f"<https://w3id.org/kg/source/patch> {{ id:fund kg:holdsStakeIn {firms[0]} . }}\n", encoding="utf-8")
    assert kg("load", str(patch), store=store).returncode == 0
    before = dump(store)
    article.write_text("Blue Fund reported record results in January 2026.\n", encoding="utf-8")
    validated = kg("ingest", str(article), "--validate", "--date", "2026-01-20", store=store)
    assert validated.returncode == 1, (validated.stdout, validated.stderr)
    assert "was not written" in validated.stderr
    assert "id:fund kg:holdsStakeIn: the object is outside the relation's range" in validated.stderr
    assert dump(store) == before


def _progress_drawn(stderr: str) -> bool:
    # rich draws on a terminal with ANSI control sequences.
    return "\x1b[" in stderr


@pytest.mark.parametrize("args", [
    ("validate", "--all"),
    ("export", "-f", "nquads"),
    ("export", "-f", "graphml"),
    ("central", "--measure", "betweenness", "--exact"),
])
def test_progress_only_when_forced_and_stdout_unchanged(store, args):
    plain = kg(*args, store=store)
    forced = kg(*args, store=store, progress="1")
    assert not _progress_drawn(plain.stderr)
    assert _progress_drawn(forced.stderr), forced.stderr
    assert (forced.returncode, forced.stdout) == (plain.returncode, plain.stdout)


def test_import_table_progress(tmp_path):
    runs = {}
    for mode in (None, "1"):
        url = f"oxigraph:{tmp_path / f'store-{mode}'}"
        runs[mode] = kg("import-table", str(TABLES / "deals.csv"), "-m", str(TABLES / "deals.yaml"), store=url, progress=mode)
    assert not _progress_drawn(runs[None].stderr) and _progress_drawn(runs["1"].stderr)
    assert "importing rows" in runs["1"].stderr
    # The time taken is the only difference.
    def strip(out: str) -> str:
        return out.rsplit(" in ", 1)[0]
    assert strip(runs["1"].stdout) == strip(runs[None].stdout)


def test_ingest_of_several_documents_shows_progress(tmp_path):
    pytest.importorskip("spacy")
    texts = [str(FIXTURES / "devset" / name) for name in ("03-acquisition.txt", "06-aliases.txt")]
    runs = {mode: kg("ingest", *texts, "--date", "2026-01-20", store=f"oxigraph:{tmp_path / f'store-{mode}'}", progress=mode)
            for mode in (None, "1")}
    assert runs[None].returncode == runs["1"].returncode == 0, runs["1"].stderr
    assert not _progress_drawn(runs[None].stderr) and _progress_drawn(runs["1"].stderr)
    assert "ingesting" in runs["1"].stderr
    assert runs["1"].stdout == runs[None].stdout and runs[None].stdout.count("\n") == 2


def test_exact_betweenness_in_slices_is_the_same_and_reports_every_source(make_investor_graph):
    """Computed in slices of sources to report progress, exact betweenness equals the
    one-call figure and networkx's (the oracle)."""
    import networkx as nx

    from kg.analysis.metrics import centrality

    graph = make_investor_graph(300)
    seen = []
    sliced = dict(centrality(graph, measure="betweenness", progress=lambda done, total: seen.append((done, total))))
    whole = dict(centrality(graph, measure="betweenness"))
    oracle = nx.betweenness_centrality(nx.Graph(graph.to_undirected()))
    n = graph.number_of_nodes()
    assert seen[-1] == (n, n) and len(seen) > 10 and [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert max(abs(sliced[node] - whole[node]) for node in graph) < 1e-12
    assert max(abs(sliced[node] - oracle[node]) for node in graph) < 1e-12
