"""kg.store.base.read_workers: the one default for how many queries kg runs at once."""

from __future__ import annotations

import pytest

from kg.store import base, open_store
from kg.store.base import MAX_READ_WORKERS, read_workers


@pytest.mark.parametrize("cores, expected", [(None, 1), (1, 1), (2, 2), (64, MAX_READ_WORKERS)])
def test_concurrent_stores_get_the_cores_up_to_the_cap(tmp_path, monkeypatch, cores, expected):
    monkeypatch.setattr(base.os, "cpu_count", lambda: cores)
    with open_store(f"oxigraph:{tmp_path / 'store'}") as store:
        assert store.concurrent_reads
        assert read_workers(store) == expected


def test_a_store_whose_reads_cannot_overlap_gets_one(monkeypatch):
    monkeypatch.setattr(base.os, "cpu_count", lambda: 8)
    with open_store("memory:") as store:
        assert not store.concurrent_reads
        assert read_workers(store) == 1
