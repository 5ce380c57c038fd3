"""The W3C SPARQL 1.1 suites (w3c-sparql11 of the shared data) through kg, with raw pyoxigraph as the
oracle in the same run: kg passes every test the engine passes, and fails only those the
engine fails (listed in w3c_known.py with the reason).

Suites: query evaluation, result formats (CSV, TSV, JSON), positive and negative syntax for
queries and updates, update evaluation. kg's embedded store runs them always; kg's remote
store over a real ``oxigraph serve`` runs them under the ``remote`` mark.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_data import needs_shared, require_shared
from w3c_engines import KgEngine, RawEngine, run_test
from w3c_known import BOTH_FAIL, REMOTE_DIFFERS
from w3c_manifests import SUITES, suite_tests

from kg.store import open_store

CASES = [pytest.param(test, id=f"{suite}:{test.id}") for suite in SUITES for test in suite_tests(suite)]

pytestmark = [
    pytest.mark.shared,
    needs_shared("w3c-sparql11"),
]


@pytest.fixture(scope="module")
def raw():
    """The oracle's verdict on a test, run once: both kg stores are judged against it."""
    engine, verdicts = RawEngine(), {}

    def verdict(test) -> str | None:
        key = (test.id, test.kind, str(test.action))
        if key not in verdicts:
            verdicts[key] = run_test(engine, test)
        return verdicts[key]

    return verdict


@pytest.fixture(scope="module")
def embedded(tmp_path_factory):
    store = open_store(f"oxigraph:{tmp_path_factory.mktemp('w3c') / 'store'}")
    yield KgEngine(store, "kg (oxigraph:)")
    store.close()


@pytest.fixture(scope="module")
def remote(oxigraph_server):
    store = open_store(f"{oxigraph_server}/query")
    yield KgEngine(store, "kg (remote oxigraph serve)")
    store.update("DROP ALL")
    store.close()


def _judge(test, oracle: str | None, found: str | None, engine: str) -> None:
    known = BOTH_FAIL.get(test.id)
    if known is None:
        assert oracle is None, f"raw pyoxigraph fails {test.id} (not listed in w3c_known.py): {oracle}"
        assert found is None, f"{engine} fails {test.id}, which raw pyoxigraph passes: {found}"
    else:
        assert oracle is not None, f"raw pyoxigraph passes {test.id} now: remove it from BOTH_FAIL ({known})"
        assert found is not None, f"{engine} passes {test.id}, which raw pyoxigraph fails: {oracle}"


@pytest.mark.parametrize("test", CASES)
def test_embedded_store_answers_as_the_engine(test, raw, embedded):
    _judge(test, raw(test), run_test(embedded, test), embedded.name)


@pytest.mark.remote
@pytest.mark.parametrize("test", CASES)
def test_remote_store_answers_as_the_engine(test, raw, remote):
    oracle, found = raw(test), run_test(remote, test)
    if test.id in REMOTE_DIFFERS:
        assert (oracle is None) != (found is None), f"remote now answers {test.id} as raw does: remove it from REMOTE_DIFFERS"
        return
    _judge(test, oracle, found, remote.name)


def test_every_listed_failure_is_a_test_of_the_suites():
    require_shared("w3c-sparql11")
    ids = {case.values[0].id for case in CASES}
    assert set(BOTH_FAIL) <= ids
    assert set(REMOTE_DIFFERS) <= ids


def test_the_readme_gives_these_counts():
    """The README's table is what this runner asserts: tests per suite, and as many passes
    for kg as for the engine (every test not listed as failing on both)."""
    require_shared("w3c-sparql11")
    text = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    counts = {}
    for suite in SUITES:
        tests = suite_tests(suite)
        counts[suite] = (len(tests), len(tests) - sum(t.id in BOTH_FAIL for t in tests))
    rows = {
        "query evaluation": [counts["query-evaluation"]],
        "result formats (CSV, TSV, JSON)": [counts["result-formats"]],
        "query syntax, positive / negative": [counts["query-syntax-positive"], counts["query-syntax-negative"]],
        "update syntax, positive / negative": [counts["update-syntax-positive"], counts["update-syntax-negative"]],
        "update evaluation": [counts["update-evaluation"]],
    }
    for label, figures in rows.items():
        total = " / ".join(str(n) for n, _ in figures)
        passed = " / ".join(str(p) for _, p in figures)
        assert f"| {label} | {total} | {passed} | {passed} |" in text, label
    assert f"The {len(BOTH_FAIL)} tests both fail" in text
    assert f"{len(REMOTE_DIFFERS)} update tests answer otherwise" in " ".join(text.split())
