"""Benchmark harness: each measurement runs in a fresh process (so peak memory is its
own); rows are collected and printed as a table at the end of the run."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from shared_data import SHARED

ROOT = Path(__file__).resolve().parents[2]
BENCH_DIR = ROOT / ".bench"
ROWS: list[dict] = []


# Each snippet runs in a fresh interpreter and ends by printing its figures as JSON.
_PRELUDE = """
import json, resource, sys, time
def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
def done(**figures):
    figures["peak_mb"] = round(peak_mb(), 1)
    print(json.dumps(figures))
"""


def measure(code: str, *, timeout: float = 1800) -> dict:
    """Run *code* in a new Python process and return the JSON it printed last."""
    result = subprocess.run(
        [sys.executable, "-c", _PRELUDE + code],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
    )
    if result.returncode != 0:
        raise RuntimeError(result.stderr[-2000:])
    return json.loads(result.stdout.strip().splitlines()[-1])


def record(benchmark: str, **figures) -> None:
    """Keep one row of the final table."""
    ROWS.append({"benchmark": benchmark, **figures})
    print(f"\n{benchmark}: {figures}")


