"""Fixtures of the benchmarks: generated inputs cached in .bench/, the shared datasets,
and the final table."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from harness import BENCH_DIR, ROWS
from shared_data import require_shared
from synthetic import write as write_synthetic


@pytest.fixture(scope="session")
def synthetic_file():
    """A function: size -> path of a cached synthetic N-Triples file of that size."""
    BENCH_DIR.mkdir(exist_ok=True)

    def make(size: int) -> Path:
        path = BENCH_DIR / f"synthetic-{size}.nt"
        if not path.exists():
            write_synthetic(path, size)
        return path

    return make


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return require_shared()


def pytest_sessionfinish(session, exitstatus):  # noqa: ARG001 - pytest hook signature
    if not ROWS:
        return
    BENCH_DIR.mkdir(exist_ok=True)
    (BENCH_DIR / "results.json").write_text(json.dumps(ROWS, indent=1), encoding="utf-8")
    print("\n\nbenchmark results (also in .bench/results.json)")
    for row in ROWS:
        figures = ", ".join(f"{k}={v}" for k, v in row.items() if k != "benchmark")
        print(f"  {row['benchmark']:<40} {figures}")
