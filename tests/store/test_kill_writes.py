"""Big writes are whole under SIGKILL: a writer killed at random moments (fixed seed) of a
graph replacement or a bulk load leaves, once the store is opened again, exactly the
content before or exactly the content after, and no journal or bulk files.

The writer is a real process killed for real (tests/store/kill_writer.py); the sizes above
which writes take the journalled bulk way are lowered so a few thousand rows take it.
tests/benchmarks/test_kill.py runs more trials on bigger writes.
"""

from __future__ import annotations

import pytest
from kill_writer import run_trials


@pytest.mark.parametrize("action", ["replace", "load"])
def test_a_killed_big_write_leaves_before_or_after(tmp_path, action):
    counts, _ = run_trials(tmp_path, action, rows=3000, trials=4, seed=11, bulk=100)
    assert counts["mixed"] == 0, counts
    assert counts["leftover"] == 0, counts
    assert counts["before"] + counts["after"] == 4
