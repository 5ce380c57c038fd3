"""A writer to be killed: opens an embedded store, says ``ready``, then makes one big write.

Run as ``python kill_writer.py STORE ACTION DATA`` where ACTION is ``replace`` (DATA is an
N-Triples file whose triples replace graph GRAPH) or ``load`` (DATA is an N-Triples file
added to graph GRAPH). ``KG_TEST_BULK`` lowers the sizes above which writes take the bulk
way, so that small test data exercises the journalled path.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from rdflib import Graph, URIRef

import kg.store.oxigraph as oxi
from kg.formats import get_format
from kg.store import open_store
from kg.store.journal import JOURNAL_NAME

GRAPH = URIRef("http://example.org/table")
OTHER = URIRef("http://example.org/other")


def write_triples(path: Path, first: int, last: int, tag: str) -> Path:
    """N-Triples of rows *first* to *last*, each with a value that names *tag*."""
    with open(path, "w", encoding="utf-8") as handle:
        for row in range(first, last):
            handle.write(f'<http://example.org/row{row}> <http://example.org/p{row % 5}> "{tag} {row}" .\n')
    return path


def snapshot(store_url: str, *, ignore: URIRef | None = None) -> str:
    """A hash of every quad of the store, opened as a writer would (completing any journal);
    quads with the predicate *ignore* left out (a time stamp that differs run to run)."""
    with open_store(store_url) as store:
        lines = sorted(
            " ".join(term.n3() if term is not None else "" for term in quad)
            for quad in store.quads() if ignore is None or quad[1] != ignore
        )
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def _start(store: Path, action: str, data: Path, bulk: int | None) -> subprocess.Popen:
    env = {key: value for key, value in os.environ.items() if key != "KG_TEST_BULK"}
    if bulk is not None:
        env["KG_TEST_BULK"] = str(bulk)
    process = subprocess.Popen(
        [sys.executable, __file__, f"oxigraph:{store}", action, str(data)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )
    line = process.stdout.readline()
    if line.strip() != b"ready":
        process.kill()
        raise RuntimeError(f"the writer did not start: {line!r} {process.stderr.read()[-2000:]!r}")
    return process


def run_trials(work: Path, action: str, *, rows: int, trials: int, seed: int, bulk: int | None) -> tuple[Counter, float]:
    """Kill a writer with SIGKILL at *trials* random moments (seeded) of one write and
    classify the store each leaves: ``before``, ``after`` or ``mixed``. Also ``replayed``
    when the kill fell between the journal's commit and its end, ``leftover`` when a
    killed write left journal or bulk files after the next opening. Returns the
    counts and the seconds an unkilled write takes. *bulk* lowers the bulk thresholds
    (None keeps kg's own)."""
    before = write_triples(work / "before.nt", 0, rows, "old")
    # The first half of the rows goes, the second half changes value, as many new rows
    # come: a mixed store (old and new together, or part of the new) hashes unlike both ends.
    after = write_triples(work / "after.nt", rows // 2, rows + rows // 2, "new")
    base = work / "base"
    with open_store(f"oxigraph:{base}") as store:
        store.load(before, get_format("ntriples"), graph=GRAPH)
        store.load(write_triples(work / "other.nt", 0, 50, "other"), get_format("ntriples"), graph=OTHER)
    data = after
    before_hash = snapshot(f"oxigraph:{base}")
    reference = work / "reference"
    shutil.copytree(base, reference)
    process = _start(reference, action, data, bulk)
    started = time.monotonic()
    done = process.stdout.readline()
    duration = time.monotonic() - started  # the write itself, without closing and exiting
    _, errors = process.communicate(timeout=600)
    if process.returncode != 0 or done.strip() != b"done":
        raise RuntimeError(errors.decode(errors="replace")[-2000:])
    after_hash = snapshot(f"oxigraph:{reference}")
    assert after_hash != before_hash
    rng = random.Random(seed)
    counts: Counter = Counter()
    for trial in range(trials):
        store = work / f"trial{trial}"
        shutil.copytree(base, store)
        process = _start(store, action, data, bulk)
        time.sleep(rng.uniform(0, duration * 1.2))
        process.send_signal(signal.SIGKILL)
        process.communicate()
        if (store / JOURNAL_NAME).exists():
            counts["replayed"] += 1  # killed between the journal's commit and its end
        found = snapshot(f"oxigraph:{store}")
        counts["before" if found == before_hash else "after" if found == after_hash else "mixed"] += 1
        left = [p.name for p in store.iterdir() if p.name.startswith(("bulk-", "kg-journal"))]
        if left:
            counts["leftover"] += 1
        shutil.rmtree(store)
    return counts, duration


def main() -> None:
    store_url, action, data = sys.argv[1:4]
    bulk = os.environ.get("KG_TEST_BULK")
    if bulk:
        oxi.BULK_GRAPH_QUADS = int(bulk)
        oxi.BULK_LOAD_BYTES = int(bulk)  # bytes of the file loaded
    with open_store(store_url) as store:
        if action == "replace":
            triples = Graph().parse(data, format="nt")
            quads = [(s, p, o, GRAPH) for s, p, o in triples]
            print("ready", flush=True)
            store.replace_graph(GRAPH, quads)
        else:
            print("ready", flush=True)
            store.load(Path(data), get_format("ntriples"), graph=GRAPH)
        print("done", flush=True)


if __name__ == "__main__":
    main()
