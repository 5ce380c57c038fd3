"""Whole writes under SIGKILL, more trials on bigger writes than the normal suite's
tests/store/test_kill_writes.py: a graph of 75,000 quads replaced by one of 75,000 (half
the subjects kept with new values; above kg's own BULK_GRAPH_QUADS, so the journalled bulk
way), and an N-Triples
file of 75,000 triples loaded into a graph that holds 75,000 (bulk way from 1 MB here).
Each write is killed at 20 random moments (seed 11); the store must hold exactly the
content before or after it, and no journal or bulk files, once opened again."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from harness import record

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
from kill_writer import run_trials  # noqa: E402

TRIALS = 20


@pytest.mark.parametrize(("action", "bulk"), [("replace", None), ("load", 1_000_000)])
def test_kill_minus_nine_leaves_before_or_after(tmp_path, action, bulk):
    counts, seconds = run_trials(tmp_path, action, rows=75_000, trials=TRIALS, seed=11, bulk=bulk)
    record(f"kill -9 during {action}", trials=TRIALS, write_s=round(seconds, 2), **{k: counts[k] for k in ("before", "after", "mixed", "replayed", "leftover")})
    assert counts["mixed"] == 0 and counts["leftover"] == 0, counts
    assert counts["before"] + counts["after"] == TRIALS
