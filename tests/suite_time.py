"""The test suite's time, for ``make test-time``: wall seconds, and processor seconds of
pytest and of every process it started, servers' lane processes included.

A server stopped by the tests may leave its own children to finish alone; they would then
be counted nowhere. This process takes them in (Linux's child subreaper) and waits for
them, so their processor time is counted with the rest. On a busy machine the processor
time is the steadier figure.

Usage: ``python tests/suite_time.py [PYTEST ARGS...]``; exits with pytest's code.
"""

from __future__ import annotations

import ctypes
import os
import resource
import subprocess
import sys
import time

__all__ = ["main"]

_PR_SET_CHILD_SUBREAPER = 36
# How long to wait for orphans still running once pytest has ended (servers stopping).
_ORPHAN_SECONDS = 10.0


def _adopt_orphans() -> bool:
    """Make this process the reaper of its descendants' orphans; False where it cannot."""
    if not sys.platform.startswith("linux"):
        return False
    return ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0


def _reap_orphans(seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            time.sleep(0.1)


def _processor_seconds() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def main(argv: list[str]) -> int:
    """Run pytest with *argv* and the 25 slowest tests; print wall and processor seconds."""
    adopted = _adopt_orphans()
    start = time.perf_counter()
    code = subprocess.call([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--durations=25", *argv])
    wall = time.perf_counter() - start
    waited = _processor_seconds()
    if not adopted:
        print(f"suite: {wall:.0f} s wall, {waited:.0f} s processor (processes left behind by servers not counted)")
        return code
    _reap_orphans(_ORPHAN_SECONDS)
    total = _processor_seconds()
    print(f"suite: {wall:.0f} s wall, {total:.0f} s processor ({total - waited:.0f} s of it in processes left behind by stopped servers)")
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
