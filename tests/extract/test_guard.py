"""The precision guard on hand-written records: which relations become candidates, how a
candidate is written to the store (a statement, no direct triple), that kg validate and
the projection accept it, that eval does not count it, and how the CLI option fails."""

from __future__ import annotations

import json
import re

import pytest
import yaml
from click.testing import CliRunner
from rdflib import Literal

from kg.analysis.project import build_projection
from kg.cli import cli, main
from kg.errors import OntologyError
from kg.extract import guard
from kg.extract.documents import Document
from kg.extract.evaluate import score
from kg.extract.guard import default_min_confidence, mark_candidates, rule_of
from kg.extract.store_io import document_quads, document_source
from kg.graph import KnowledgeGraph
from kg.namespaces import KG
from kg.ontology import load_ontology
from kg.resources import resource_dir

FACT = {"subject": "Tencent", "predicate": "holds_stake_in", "object": "Krafton",
        "qualifiers": {"stake_percent": 5}, "confidence": 0.8, "evidence": [0, 55], "pattern": "stake-of"}
GUESS = {"subject": "Tencent", "predicate": "acquires", "object": "Krafton",
         "qualifiers": {}, "confidence": 0.3, "evidence": [0, 55], "frame": "acquires-guess"}
RECORD = {
    "document": "tencent", "publication_date": "2026-02-01",
    "entities": [{"name": "Tencent", "type": "Company", "aliases": []},
                 {"name": "Krafton", "type": "Company", "aliases": []}],
    "relations": [FACT, GUESS],
}
DOCUMENT = Document(id="tencent", text="Tencent holds a 5% stake in Krafton, and may buy it all.",
                    path="/news/tencent.txt", title="Tencent and Krafton", sha256="0" * 64)
TEXT = "Tencent, a Chinese company, holds a 5% stake in Krafton.\n\nKrafton is based in Seoul."


def test_the_default_is_the_data_file_s():
    data = yaml.safe_load((resource_dir("ontology") / "extraction.yaml").read_text(encoding="utf-8"))
    assert default_min_confidence() == data["min_confidence"]


@pytest.mark.parametrize("text, message", [
    ("min_confidence: 1.5\n", "extraction.yaml: min_confidence 1.5 is not a number from 0 to 1"),
    ("min_confidence: high\n", "extraction.yaml: min_confidence 'high' is not a number from 0 to 1"),
    ("threshold: 0.5\n", "extraction.yaml: needs a min_confidence"),
    ("min_confidence: [\n", "extraction.yaml: while parsing a flow node"),
])
def test_a_broken_settings_file_is_named(tmp_path, monkeypatch, text, message):
    (tmp_path / "extraction.yaml").write_text(text, encoding="utf-8")
    monkeypatch.setattr(guard, "resource_dir", lambda name: tmp_path)
    guard.default_min_confidence.cache_clear()
    try:
        with pytest.raises(OntologyError, match=re.escape(message)):
            guard.default_min_confidence()
    finally:
        guard.default_min_confidence.cache_clear()


@pytest.mark.parametrize("text, name, expected", [
    ("holder_nouns: [Investor, backer]\n", "holder_nouns", frozenset({"investor", "backer"})),
    ("min_confidence: 0.5\n", "holder_nouns", frozenset()),
    ("holder_nouns: investor\n", "holder_nouns", "extraction.yaml: 'holder_nouns' must be a list of words"),
    ("title_references: [president, '  ']\n", "title_references",
     "extraction.yaml: 'title_references' must be a list of words"),
])
def test_word_lists_are_read_from_the_settings_file(tmp_path, monkeypatch, text, name, expected):
    (tmp_path / "extraction.yaml").write_text(text, encoding="utf-8")
    monkeypatch.setattr(guard, "resource_dir", lambda _: tmp_path)
    guard.setting_words.cache_clear()
    try:
        if isinstance(expected, str):
            with pytest.raises(OntologyError, match=re.escape(expected)):
                guard.setting_words(name)
        else:
            assert guard.setting_words(name) == expected
    finally:
        guard.setting_words.cache_clear()


def test_the_shipped_word_lists_are_the_data_file_s():
    data = yaml.safe_load((resource_dir("ontology") / "extraction.yaml").read_text(encoding="utf-8"))
    assert guard.setting_words("holder_nouns") == {w.lower() for w in data["holder_nouns"]} >= {"investor"}
    assert guard.title_references() == {w.lower() for w in data["title_references"]}


def test_a_relation_below_the_threshold_becomes_a_candidate():
    marked = mark_candidates(RECORD, min_confidence=0.5)
    assert [r["candidate"] for r in marked["relations"]] == [False, True]
    assert marked["entities"] == RECORD["entities"] and "candidate" not in GUESS  # a copy
    # Below, not at: a relation exactly at the threshold is a fact.
    assert [r["candidate"] for r in mark_candidates(RECORD, min_confidence=0.3)["relations"]] == [False, False]
    assert [r["candidate"] for r in mark_candidates(RECORD, min_confidence=1)["relations"]] == [True, True]
    unscored = {"relations": [{"subject": "A", "predicate": "acquires", "object": "B"}]}
    assert mark_candidates(unscored, min_confidence=1)["relations"][0]["candidate"] is False


@pytest.mark.parametrize("threshold", [-0.1, 1.5, float("nan"), True, "0.5"])
def test_a_threshold_outside_0_to_1_is_refused(threshold):
    with pytest.raises(ValueError, match="is not a number from 0 to 1"):
        mark_candidates(RECORD, min_confidence=threshold)


def test_the_rule_is_the_frame_else_the_pattern():
    assert (rule_of(FACT), rule_of(GUESS), rule_of({**FACT, "frame": "stake-frame"}), rule_of({})) == (
        "stake-of", "acquires-guess", "stake-frame", None)


def _quads():
    return document_quads(DOCUMENT, mark_candidates(RECORD, min_confidence=0.5), load_ontology())


def test_ingest_writes_a_candidate_as_its_statement_alone():
    quads = _quads()
    onto = load_ontology()
    relation_iris = {r.iri for r in onto.direct_relations()}
    direct = [(s, p, o) for s, p, o, _ in quads if p in relation_iris]
    statements = {s for s, p, _, _ in quads if p == KG.subject}
    assert len(direct) == 1 and direct[0][1] == onto.relation("holds_stake_in").iri
    assert len(statements) == 2
    flagged = {s for s, p, o, _ in quads if p == KG.candidate}
    assert len(flagged) == 1
    (candidate,) = flagged
    assert (candidate, KG.candidate, Literal(True), document_source(DOCUMENT)) in quads
    assert (candidate, KG.relation, onto.relation("acquires").iri, document_source(DOCUMENT)) in quads
    assert {o for s, p, o, _ in quads if s == candidate and p == KG.confidence} == {Literal(0.3)}
    (fact,) = statements - flagged
    assert not [q for q in quads if q[0] == fact and q[1] == KG.candidate]


def test_a_fact_found_also_as_a_candidate_is_written_once_as_a_fact():
    record = {**RECORD, "relations": [FACT, {**FACT, "confidence": 0.2}]}
    quads = document_quads(DOCUMENT, mark_candidates(record, min_confidence=0.5), load_ontology())
    assert len({s for s, p, _, _ in quads if p == KG.subject}) == 1
    assert not [q for q in quads if q[1] == KG.candidate]


@pytest.fixture
def store(tmp_path):
    url = f"oxigraph:{tmp_path / 'store'}"
    with KnowledgeGraph.open(url) as graph:
        graph.install_ontology()
        graph.store.replace_graph(document_source(DOCUMENT), _quads())
    return url


def test_kg_validate_accepts_a_candidate_without_its_direct_triple(store):
    result = CliRunner().invoke(cli, ["--store", store, "validate"], catch_exceptions=False)
    assert (result.exit_code, result.stdout) == (0, "valid: the graph conforms to kg's shapes\n")


def test_without_the_candidate_flag_the_missing_triple_is_a_violation(store):
    with KnowledgeGraph.open(store) as graph:
        graph.store.update("DELETE WHERE { GRAPH ?g { ?st <%s> ?flag } }" % KG.candidate)
        found = [str(v) for v in graph.validate().violations]
    assert len(found) == 1 and found[0].endswith(
        "kg:relation: the direct triple of the statement is missing (value kg:acquires)")


def test_a_candidate_is_no_edge_of_the_projection(store):
    with KnowledgeGraph.open(store, read_only=True) as graph:
        projection = build_projection(graph.store, graph.ontology)
    assert [data["relation"] for _, _, data in projection.edges(data=True)] == ["holdsStakeIn"]


GOLD = {"tencent": {
    "entities": [{"name": "Tencent", "type": "Company"}, {"name": "Krafton", "type": "Company"}],
    "relations": [{"subject": "Tencent", "predicate": "holds_stake_in", "object": "Krafton"},
                  {"subject": "Tencent", "predicate": "acquires", "object": "Krafton"}],
}}


def test_eval_does_not_count_a_candidate():
    spurious = {**GUESS, "predicate": "partners_with", "confidence": 0.1}
    record = {**RECORD, "relations": [FACT, GUESS, spurious]}
    report = score(GOLD, [record], min_confidence=0.5)
    assert (report.relations.tp, report.relations.extracted, report.relations.gold) == (1, 1, 2)
    assert report.spurious == [] and report.missed == ["tencent: Tencent acquires Krafton"]
    assert report.candidates == [
        "tencent: Tencent acquires Krafton (confidence 0.3, acquires-guess, in the gold)",
        "tencent: Tencent partners_with Krafton (confidence 0.1, acquires-guess)",
    ]
    assert report.candidates_in_gold == 1
    data = report.as_dict()
    assert (data["candidates"], data["candidates_in_gold"]) == (2, 1)
    # Without a threshold the records' own marks count: these have none, so all are facts.
    assert score(GOLD, [record]).relations.extracted == 3


@pytest.mark.parametrize("command", ["extract", "ingest", "eval"])
@pytest.mark.parametrize("value", ["1.5", "-0.1", "nan"])
def test_the_cli_option_outside_0_to_1_is_one_error_line(tmp_path, capsys, command, value):
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    args = [str(tmp_path / "gold.yaml"), str(tmp_path)] if command == "eval" else [str(article)]
    with pytest.raises(SystemExit) as exit_:
        main(["--store", f"oxigraph:{tmp_path / 'store'}", command, "--min-confidence", value, *args])
    assert exit_.value.code == 2
    shown = "nan" if value == "nan" else str(float(value))
    assert capsys.readouterr().err == (
        f"kg: error: Invalid value for '--min-confidence': {shown} is not a number from 0 to 1 "
        f"(see kg {command} --help)\n"
    )
    assert not (tmp_path / "store").exists()


# -- with spaCy: the option reaches the extractor's output ----------------------------


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "tencent.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_extract_marks_candidates_and_keeps_them(tmp_path, article):
    store = f"oxigraph:{tmp_path / 'store'}"
    runs = {t: CliRunner().invoke(cli, ["--store", store, "extract", "--min-confidence", t, str(article)])
            for t in ("0", "1")}
    assert [r.exit_code for r in runs.values()] == [0, 0], [r.output for r in runs.values()]
    kept, held = (json.loads(runs[t].output)["relations"] for t in ("0", "1"))
    assert kept and [r["candidate"] for r in kept] == [False] * len(kept)
    assert [r["candidate"] for r in held] == [True] * len(kept)
    assert [{k: v for k, v in r.items() if k != "candidate"} for r in held] == [
        {k: v for k, v in r.items() if k != "candidate"} for r in kept]


def test_ingest_counts_candidates_and_why_marks_them(tmp_path, article):
    store = f"oxigraph:{tmp_path / 'store'}"
    result = CliRunner().invoke(cli, ["--store", store, "ingest", "--min-confidence", "1", str(article)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("tencent: 4 entities, 0 relations, 3 candidates, ")
    with KnowledgeGraph.open(store, read_only=True) as graph:
        assert graph.validate().conforms
        assert not graph.ask("ASK { ?s kg:holdsStakeIn ?o }")
    why = CliRunner().invoke(cli, ["--store", store, "why", "Tencent", "holds_stake_in", "Krafton"])
    assert why.exit_code == 0 and why.output.splitlines()[0].endswith(" [candidate]")


def test_the_facade_takes_the_same_keyword(tmp_path, article):
    with KnowledgeGraph.open("memory:") as graph:
        (record,) = graph.extract([str(article)], min_confidence=1)
        assert record["relations"] and all(r["candidate"] for r in record["relations"])
        (summary,) = graph.ingest([str(article)], min_confidence=0)
        assert (summary["relations"], summary["candidates"]) == (len(record["relations"]), 0)


def test_eval_reports_candidates_in_text_and_json(tmp_path, article):
    gold = tmp_path / "gold.yaml"
    gold.write_text(yaml.safe_dump({"meta": {"format": "kg-eval/1"}, "documents": [{
        "id": "tencent", "entities": [{"name": "Tencent", "type": "Company"}, {"name": "Krafton", "type": "Company"}],
        "relations": [{"subject": "Tencent", "predicate": "holds_stake_in", "object": "Krafton"}]}]}), encoding="utf-8")
    as_json = CliRunner().invoke(cli, ["eval", "--min-confidence", "1", "-f", "json", str(gold), str(tmp_path)])
    report = json.loads(as_json.output)
    assert report["relations"]["extracted"] == 0 and report["candidates"] == 3 and report["candidates_in_gold"] == 1
    as_text = CliRunner().invoke(cli, ["eval", "--min-confidence", "1", str(gold), str(tmp_path)])
    assert "candidates (not counted as extracted): 3, 1 of them in the gold" in as_text.output
    none = json.loads(CliRunner().invoke(cli, ["eval", "--min-confidence", "0", "-f", "json", str(gold), str(tmp_path)]).output)
    assert (none["candidates"], none["relations"]["tp"]) == (0, 1)
