"""The embedded store on disk: persistence, refusing what is not a store, read-only use, and
two processes writing one store at once."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time

import pytest
from rdflib import BNode, Literal, URIRef

from kg.errors import IngestError, StoreBusyError, StoreError
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


G = URIRef("http://example.org/g")


def test_big_files_take_the_checked_bulk_path(tmp_path, monkeypatch):
    import kg.store.oxigraph as oxi_module

    monkeypatch.setattr(oxi_module, "BULK_LOAD_BYTES", 100)  # every test file is "big"
    with open_store(f"oxigraph:{tmp_path / 's'}") as store:
        assert store.load(_triples(5, "a"), NT, graph=G) == 5
        bad = _triples(5, "b") + b"<http://example.org/x> <http://example.org/p> .\n"
        path = tmp_path / "bad.nt"
        path.write_bytes(bad)
        with pytest.raises(IngestError, match=r"bad\.nt is not valid ntriples"):
            store.load(path, NT)
        # A dataset syntax into one graph goes through bulk_extend on this path.
        trig = b'<http://example.org/h> { <http://example.org/s> <http://example.org/p> "1" , "2" . }'
        assert store.load(trig, get_format("trig"), graph=G) == 2
        assert len(store) == 7
        assert store.graphs() == [G]


def test_dataset_syntax_into_one_graph_renames_blank_nodes(tmp_path):
    trig = b'<http://example.org/h> { _:b <http://example.org/p> "1" . }'
    with open_store(f"oxigraph:{tmp_path / 's'}") as store:
        store.load(trig, get_format("trig"), graph=G)
        store.load(trig, get_format("trig"), graph=G)
        assert len(store) == 2  # two documents, two blank nodes, as Store.load does
        assert store.graphs() == [G]
        with pytest.raises(IngestError, match="input is not valid trig"):
            store.load(trig + b" <http://example.org/h> {", get_format("trig"), graph=G)
        assert len(store) == 2


def test_replace_graph_refuses_bad_terms_and_keeps_the_old_graph(tmp_path):
    old = (URIRef("http://example.org/s"), URIRef("http://example.org/p"), Literal("old"), G)
    with open_store(f"oxigraph:{tmp_path / 's'}") as store:
        store.replace_graph(G, [old])
        with pytest.raises(StoreError, match="not a valid RDF term"):
            store.replace_graph(G, [(URIRef("http://example.org/a b"), old[1], old[2], G)])
        assert list(store.quads()) == [old]


def test_big_replace_keeps_new_blank_nodes_and_drops_old_ones(tmp_path, monkeypatch):
    import kg.store.oxigraph as oxi_module

    monkeypatch.setattr(oxi_module, "BULK_GRAPH_QUADS", 3)  # take the two-step path
    p = URIRef("http://example.org/p")

    def version(tag: str) -> list:
        shared = [(URIRef(f"http://example.org/s{i}"), p, Literal(i), G) for i in range(4)]
        return shared + [(BNode(), p, Literal(tag), G), (URIRef("http://example.org/only"), p, Literal(tag), G)]

    with open_store(f"oxigraph:{tmp_path / 's'}") as store:
        assert store.replace_graph(G, version("one")) == 6  # new graph: the journalled bulk load
        assert store.replace_graph(G, version("two")) == 6  # old graph: load, then delete stale
        assert len(store) == 6
        tags = store.query("SELECT ?o WHERE { ?s <http://example.org/p> ?o FILTER(isLiteral(?o) && DATATYPE(?o) = xsd:string) }")
        assert sorted(map(str, tags.column("o"))) == ["two", "two"]
        assert store.query("ASK { ?b <http://example.org/p> 'two' FILTER(isBlank(?b)) }").boolean is True


def test_dump_of_one_graph_in_a_dataset_syntax_names_it(tmp_path):
    import io

    with open_store(f"oxigraph:{tmp_path / 's'}") as store:
        store.load(_triples(1, "a"), NT, graph=G)
        out = io.BytesIO()
        store.dump(out, get_format("nquads"), graph=G)
        assert out.getvalue() == b'<http://example.org/a/0> <http://example.org/p> "0" <http://example.org/g> .\n'


def test_version_is_kept_by_reads_and_read_only_opens(tmp_path):
    url = f"oxigraph:{tmp_path / 's'}"
    with open_store(url) as store:
        store.load(_triples(2, "a"), NT, graph=G)
        written = store.version()
    with open_store(url, read_only=True) as store:
        assert store.version() == written
        store.query("SELECT * WHERE { ?s ?p ?o }")
        list(store.quads())
    with open_store(url) as store:  # opening for writing and writing nothing changes nothing
        assert store.version() == written
    with open_store(url, read_only=True) as store:
        assert store.version() == written
    with open_store(url) as store:
        store.drop_graph(G)
        assert store.version() != written


def test_union_default_graph_repeats_a_shared_triple(tmp_path):
    # Tripwire for the note in kg.store.base: pyoxigraph 0.5 matches a triple once per graph
    # that holds it (oxigraph#1919). When this fails, an upgrade fixed it: update the note.
    p = URIRef("http://example.org/p")
    with open_store(f"oxigraph:{tmp_path / 's'}") as store:
        store.add([(G, p, Literal(1), G), (G, p, Literal(1), URIRef("http://example.org/h"))])
        assert len(store.query("SELECT ?o WHERE { ?s ?p ?o }").rows) == 2


def test_a_reader_waits_for_a_writer_and_close_is_idempotent(tmp_path, monkeypatch):
    url = f"oxigraph:{tmp_path / 's'}"
    monkeypatch.setenv("KG_LOCK_TIMEOUT", "0.2")
    writer = open_store(url)
    with pytest.raises(StoreBusyError, match="in use by another process; waited 0.2 s"):
        open_store(url, read_only=True)
    writer.close()
    writer.close()
    with open_store(url, read_only=True) as reader:
        assert len(reader) == 0


def test_a_damaged_store_is_a_store_error(tmp_path):
    path = tmp_path / "s"
    path.mkdir()
    (path / "CURRENT").write_text("MANIFEST-000042\n", encoding="ascii")  # points at nothing
    with pytest.raises(StoreError, match=f"cannot open the store at {path}"):
        open_store(f"oxigraph:{path}")
    # The lock was released: the failure leaves nothing held.
    with pytest.raises(StoreError, match=f"cannot open the store at {path}"):
        open_store(f"oxigraph:{path}", read_only=True)


def test_a_bad_lock_timeout_setting(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_LOCK_TIMEOUT", "a while")
    with pytest.raises(StoreError, match="KG_LOCK_TIMEOUT must be a number"):
        open_store(f"oxigraph:{tmp_path / 's'}")


def test_a_damaged_journal_is_reported_and_the_lock_released(tmp_path, monkeypatch):
    from kg.store.oxigraph import JOURNAL_NAME

    path = tmp_path / "s"
    open_store(f"oxigraph:{path}").close()
    (path / JOURNAL_NAME).write_text("{not json", encoding="utf-8")
    monkeypatch.setenv("KG_LOCK_TIMEOUT", "0.2")
    with pytest.raises(StoreError, match="is damaged"):
        open_store(f"oxigraph:{path}")
    with pytest.raises(StoreError, match="is damaged"):  # a reader cannot tell what it would read
        open_store(f"oxigraph:{path}", read_only=True)
    (path / JOURNAL_NAME).unlink()
    with open_store(f"oxigraph:{path}") as store:  # not busy: every failed opening let the lock go
        assert len(store) == 0


def test_a_file_that_cannot_be_read_is_one_line_worded_as_everywhere(tmp_path):
    """Load's file errors come from kg.safe_io.read_errors, and leave the store empty."""
    fmt = get_format("nt")
    with open_store(f"oxigraph:{tmp_path / 'store'}") as store:
        for source, message in [
            (tmp_path / "absent.nt", f"no such file: {tmp_path / 'absent.nt'}"),
            (tmp_path, f"{tmp_path} is a directory, not a regular file; kg reads only files"),
        ]:
            with pytest.raises(IngestError) as caught:
                store.load(source, fmt)
            assert str(caught.value) == message
        assert len(store) == 0
