"""Whole writes under SIGKILL, more trials on bigger writes than the normal suite's
tests/store/test_kill_writes.py: a graph of 75,000 quads replaced by one of 75,000 (half
the subjects kept with new values; above kg's own BULK_GRAPH_QUADS, so the journalled bulk
way); an N-Triples file of 40,000 triples (2.7 MB) loaded into a graph that holds 40,000
(bulk way from 1 MB here); and `kg import-table` replacing its table's graph (108,809
quads). Each is killed at 20 random moments (seed 11); the store must hold exactly the
content before or after it, and no journal or bulk files, once opened again."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from harness import record

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
from kill_writer import run_trials  # noqa: E402

TRIALS = 20


@pytest.mark.parametrize(("action", "rows", "bulk"), [("replace", 75_000, None), ("load", 40_000, 1_000_000)])
def test_kill_minus_nine_leaves_before_or_after(tmp_path, action, rows, bulk):
    counts, seconds = run_trials(tmp_path, action, rows=rows, trials=TRIALS, seed=11, bulk=bulk)
    record(f"kill -9 during {action}", trials=TRIALS, write_s=round(seconds, 2), **{k: counts[k] for k in ("before", "after", "mixed", "replayed", "leftover")})
    assert counts["mixed"] == 0 and counts["leftover"] == 0, counts
    assert counts["before"] + counts["after"] == TRIALS


def _table(path: Path, rows: int, version: str) -> Path:
    """A deals table of *rows* rounds; *version* changes every amount (a re-import replaces)."""
    step = 1 if version == "old" else 7
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("company_name,investor_name,funded_when,amount_usd\n")
        for row in range(rows):
            handle.write(f"Company {row % 3000},Fund {row % 400},20{10 + row % 15}-0{1 + row % 9}-01,{(row + 1) * 1000 * step}\n")
    return path


def test_kill_minus_nine_during_import_table_replace(tmp_path):
    """The issue's case: `kg import-table` replacing its table's graph, killed at random
    moments of the whole command (seed 11); each store is the old import or the new one."""
    import os
    import random
    import shutil
    import signal
    import subprocess
    import time

    from kill_writer import snapshot as snapshot_all
    from rdflib.namespace import PROV

    def snapshot(url: str) -> str:  # an import's own time stamp differs from run to run
        return snapshot_all(url, ignore=PROV.generatedAtTime)

    mapping = Path(__file__).resolve().parents[1] / "fixtures" / "tables" / "deals.yaml"
    table = tmp_path / "deals.csv"
    base = tmp_path / "base"

    def command(store: Path) -> list[str]:
        return [sys.executable, "-m", "kg", "--store", f"oxigraph:{store}", "import-table", str(table), "-m", str(mapping)]

    _table(table, 12_000, "old")
    subprocess.run(command(base), check=True, capture_output=True)
    before = snapshot(f"oxigraph:{base}")
    _table(table, 12_000, "new")
    reference = tmp_path / "reference"
    shutil.copytree(base, reference)
    started = time.monotonic()
    done = subprocess.run(command(reference), capture_output=True, text=True)
    seconds = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    assert "quads" in done.stdout and int(done.stdout.split(" quads")[0].rsplit(" ", 1)[1]) > 50_000  # the bulk way
    after = snapshot(f"oxigraph:{reference}")
    rng = random.Random(11)
    counts = dict.fromkeys(("before", "after", "mixed"), 0)
    for trial in range(TRIALS):
        store = tmp_path / f"trial{trial}"
        shutil.copytree(base, store)
        process = subprocess.Popen(command(store), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # The write is the last part of the command: kill in its second half mostly.
        time.sleep(rng.uniform(0.4, 1.05) * seconds)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        found = snapshot(f"oxigraph:{store}")
        counts["before" if found == before else "after" if found == after else "mixed"] += 1
        shutil.rmtree(store)
    record("kill -9 during kg import-table (replace)", trials=TRIALS, command_s=round(seconds, 1), **counts)
    assert counts["mixed"] == 0, counts
