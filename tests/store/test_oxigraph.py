"""The embedded store on disk: persistence, refusing what is not a store, read-only use, and
two processes writing one store at once."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time

import pytest
from rdflib import URIRef

from kg.errors import StoreBusyError, StoreError
from kg.formats import get_format
from kg.store import open_store

NT = get_format("ntriples")


def _triples(n: int, tag: str) -> bytes:
    return "".join(f"<http://example.org/{tag}/{i}> <http://example.org/p> \"{i}\" .\n" for i in range(n)).encode()


def test_persists_across_reopen(tmp_path):
    url = f"oxigraph:{tmp_path / 's'}"
    with open_store(url) as store:
        store.load(_triples(3, "a"), NT, graph=URIRef("http://example.org/g"))
    with open_store(url, read_only=True) as store:
        assert len(store) == 3
        assert store.graphs() == [URIRef("http://example.org/g")]


def test_refuses_what_is_not_a_store(tmp_path):
    plain = tmp_path / "notes.txt"
    plain.write_text("hello", encoding="utf-8")
    with pytest.raises(StoreError, match="is not a kg store"):
        open_store(f"oxigraph:{plain}")
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "a.jpg").write_bytes(b"\xff\xd8")
    with pytest.raises(StoreError, match="is not a kg store"):
        open_store(f"oxigraph:{folder}")
    assert [p.name for p in folder.iterdir()] == ["a.jpg"]
    with pytest.raises(StoreError, match="no store at"):
        open_store(f"oxigraph:{tmp_path / 'missing'}", read_only=True)
    assert not (tmp_path / "missing").exists()


def test_read_only_refuses_writes(tmp_path):
    url = f"oxigraph:{tmp_path / 's'}"
    open_store(url).close()
    with open_store(url, read_only=True) as store:
        with pytest.raises(StoreError, match="read-only"):
            store.load(_triples(1, "a"), NT)


def test_readers_share_a_writer_waits(tmp_path, monkeypatch):
    url = f"oxigraph:{tmp_path / 's'}"
    open_store(url).close()
    monkeypatch.setenv("KG_LOCK_TIMEOUT", "0.3")
    with open_store(url, read_only=True), open_store(url, read_only=True):
        started = time.monotonic()
        with pytest.raises(StoreBusyError, match="in use by another process; waited 0.3 s"):
            open_store(url)
        assert time.monotonic() - started >= 0.3


WRITER = textwrap.dedent(
    """
    import sys, time
    from rdflib import URIRef
    from kg.formats import get_format
    from kg.store import open_store
    url, tag, hold = sys.argv[1], sys.argv[2], float(sys.argv[3])
    data = "".join(f"<http://example.org/{tag}/{i}> <http://example.org/p> \\"{i}\\" .\\n" for i in range(500)).encode()
    print("opening", flush=True)
    with open_store(url) as store:
        print("opened", flush=True)
        store.load(data, get_format("ntriples"), graph=URIRef("http://example.org/" + tag))
        time.sleep(hold)
    print("done", flush=True)
    """
)


def _writer(url: str, tag: str, hold: float, timeout: str) -> subprocess.Popen:
    env = {**os.environ, "KG_LOCK_TIMEOUT": timeout}
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, url, tag, str(hold)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )


def test_two_writers_the_second_waits_and_both_land(tmp_path):
    url = f"oxigraph:{tmp_path / 's'}"
    first = _writer(url, "first", 1.5, "30")
    assert first.stdout.readline().strip() == "opening"
    assert first.stdout.readline().strip() == "opened"
    second = _writer(url, "second", 0, "30")
    out_first, err_first = first.communicate(timeout=60)
    out_second, err_second = second.communicate(timeout=60)
    assert first.returncode == 0, err_first
    assert second.returncode == 0, err_second
    with open_store(url, read_only=True) as store:
        assert len(store) == 1000
        assert store.graphs() == [URIRef("http://example.org/first"), URIRef("http://example.org/second")]


def test_second_writer_gives_up_with_a_clear_error_and_the_store_is_intact(tmp_path):
    url = f"oxigraph:{tmp_path / 's'}"
    first = _writer(url, "first", 3, "30")
    assert first.stdout.readline().strip() == "opening"
    assert first.stdout.readline().strip() == "opened"
    second = _writer(url, "second", 0, "0.5")
    _, err_second = second.communicate(timeout=60)
    assert second.returncode != 0
    assert "StoreBusyError" in err_second and "in use by another process" in err_second
    first.communicate(timeout=60)
    assert first.returncode == 0
    with open_store(url, read_only=True) as store:
        assert len(store) == 500
        assert store.graphs() == [URIRef("http://example.org/first")]
