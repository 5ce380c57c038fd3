"""kg serve's worker pool over a real embedded store, with real worker processes: the
explorer's projection is built once and reused across the pauses in which workers close
the store, and built again only when the store changed."""

from __future__ import annotations

import asyncio
import concurrent.futures

import pytest
from rdflib import URIRef

from kg.graph import KnowledgeGraph
from kg.serve.workers import WorkerPool

IDLE_CLOSE = 0.2  # seconds: short, so the pauses below close the store
PAUSE = 4 * IDLE_CLOSE
ACCEPT = "application/sparql-results+json"
NEW_FIRM = """@prefix kg: <https://w3id.org/kg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/kg/id/pool-test-firm> a kg:Organization ; rdfs:label "Pool Test Firm" .
"""


def _sparql(pool: WorkerPool, query: str):
    return pool.call("sparql", query, ACCEPT, 1000, 1 << 20, "http://127.0.0.1/sparql", None, timeout=60)


async def _states(url: str, tmp_path, *, write_between: bool) -> list[tuple[int, int, int]]:
    """projection_state after the first build and after each of three pauses, SPARQL
    queries running beside it each time; the store changed after the second pause when
    *write_between*."""
    pool = WorkerPool(url, size=4, write=False, idle_close=IDLE_CLOSE, lock_wait=10)
    try:
        states = [await pool.call("projection_state", timeout=120)]
        for pause in range(3):
            await asyncio.sleep(PAUSE)
            if write_between and pause == 2:
                firm = tmp_path / "firm.ttl"
                firm.write_text(NEW_FIRM, encoding="utf-8")
                with KnowledgeGraph.open(url) as graph:  # the workers have let the store go
                    graph.load([firm], graph=URIRef("https://w3id.org/kg/source/pool-test"))
            # Three queries take three workers at once; the explorer's task still finds
            # the one holding the projection.
            *_, state = await asyncio.gather(
                *(_sparql(pool, "ASK { ?s ?p ?o }") for _ in range(3)), pool.call("projection_state", timeout=120)
            )
            states.append(state)
        return states
    finally:
        pool.close()


def _own_thread(run, *args):
    """*run(*args)* in a thread of its own: an event loop another test left running in this
    thread (Playwright's sync API does) would refuse a second one here."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as executor:
        return executor.submit(run, *args).result()


def test_projection_survives_idle_pauses(writable_seed_store, tmp_path):
    states = _own_thread(asyncio.run, _states(writable_seed_store, tmp_path, write_between=False))
    builds = {(pid, identity) for pid, identity, _ in states}
    assert len(builds) == 1, states  # one build, in one worker, reused after every pause
    assert len({nodes for _, _, nodes in states}) == 1


def test_changed_store_is_projected_again(writable_seed_store, tmp_path):
    states = _own_thread(asyncio.run, _states(writable_seed_store, tmp_path, write_between=True))
    before, after = states[:3], states[3:]
    assert len({(pid, identity) for pid, identity, _ in before}) == 1, states
    assert after[0][:2] not in {(pid, identity) for pid, identity, _ in before}  # rebuilt, not stale
    assert after[0][2] == before[0][2] + 1  # the new firm is in it


async def _large_answers(url: str) -> list[str]:
    pool = WorkerPool(url, size=1, write=False, idle_close=IDLE_CLOSE)
    try:
        pictures = [await pool.call("explorer_picture", {"focus": "https://w3id.org/kg/id/lee-jae-myung", "hops": 1}, timeout=120)]
        # A long query (the parent's side of the pipe written in parts too) and a picture again.
        long_query = 'ASK { ?s ?p "' + "x" * 300_000 + '" }'
        await pool.call("sparql", long_query, ACCEPT, 1000, 1 << 20, "http://127.0.0.1/sparql", None, timeout=120)
        pictures.append(await pool.call("explorer_picture", {"focus": "https://w3id.org/kg/id/lee-jae-myung", "hops": 1}, timeout=120))
        return pictures
    finally:
        pool.close()


def test_answers_larger_than_the_pipe_under_uvloop(writable_seed_store):
    # kg serve runs on uvloop where it is installed, and uvloop makes a watched
    # descriptor non-blocking: an answer of several pipe buffers once failed as a dead worker.
    uvloop = pytest.importorskip("uvloop")

    def run_on_uvloop():
        with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
            return runner.run(_large_answers(writable_seed_store))

    pictures = _own_thread(run_on_uvloop)
    assert all(len(p.encode()) > 256 * 1024 and "vis.Network" in p for p in pictures)
    assert pictures[0] == pictures[1]
