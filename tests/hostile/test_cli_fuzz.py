"""Generated hostile inputs (seed 11) for the CLI surfaces of the store: `kg load` files and
options, `kg query` texts and `--param` values, `--store` URLs, and `kg export -o` paths.

Every case must end cleanly: exit 0, or one `kg: error:` line and a non-zero exit; never a
traceback or a hang; a failed command leaves the store as it was. Each test prints its
counts (tried / clean / traceback / changed / hang) and asserts that only clean ones occurred.
"""

from __future__ import annotations

import contextlib
import io
import os
import random
import signal
import traceback
from pathlib import Path

import pytest

from kg.cli import main
from kg.store import open_store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SEED = 11
CASE_SECONDS = 60


class _Hang(Exception):
    pass


def _alarm(signum, frame):  # noqa: ARG001 - signal handler signature
    raise _Hang


class Tally:
    """Outcomes of one surface."""

    def __init__(self, surface: str) -> None:
        self.surface = surface
        self.counts = dict.fromkeys(("tried", "clean", "traceback", "changed", "hang"), 0)
        self.refused = 0  # clean cases that were errors (one line, exit != 0)
        self.examples: list[str] = []

    def add(self, outcome: str, example: str) -> None:
        self.counts["tried"] += 1
        self.counts[outcome] += 1
        if outcome != "clean" and len(self.examples) < 5:
            self.examples.append(f"{outcome}: {example[:400]}")

    def check(self) -> None:
        print(f"\nfuzz {self.surface}: " + ", ".join(f"{k} {v}" for k, v in self.counts.items()) + f" (of the clean, {self.refused} refused)")
        assert self.counts["clean"] == self.counts["tried"], self.examples


def run(argv: list[str]) -> tuple[int | None, str]:
    """Run kg in this process: (exit code, stderr), or (None, traceback) if it raised."""
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    err = io.StringIO()
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(CASE_SECONDS)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            main(argv)
    except SystemExit as exit_:
        return (exit_.code if isinstance(exit_.code, int) else 1), err.getvalue()
    except _Hang:
        return -1, "hang"
    except BaseException:  # what a user would see as a traceback
        return None, traceback.format_exc()
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    return 0, err.getvalue()


def contents(url: str) -> list[str]:
    with open_store(url) as store:
        return sorted(" ".join(t.n3() if t is not None else "-" for t in quad) for quad in store.quads())


def judge(tally: Tally, argv: list[str], code: int | None, stderr: str, before: list[str] | None, after) -> None:
    example = f"{argv!r} -> {code}: {stderr}"
    if code is None or "Traceback" in stderr:
        tally.add("traceback", example)
    elif code == -1:
        tally.add("hang", example)
    elif code == 0:
        tally.add("clean", example)
    else:
        lines = stderr.strip().splitlines()
        if before is not None and after() != before:
            tally.add("changed", example)
        elif len(lines) == 1 and lines[0].startswith("kg: error: "):
            tally.add("clean", example)
            tally.refused += 1
        else:
            tally.add("traceback", example)  # not one clear line


@pytest.fixture
def store(tmp_path) -> str:
    url = f"oxigraph:{tmp_path / 'store'}"
    code, err = run(["--store", url, "load", str(FIXTURES / "valid.trig")])
    assert code == 0, err
    return url


# -- kg load -----------------------------------------------------------------------------

DOCUMENTS = {
    "ttl": '@prefix ex: <http://example.org/> .\nex:a ex:p "x" ; ex:q ( 1 2 ) ; ex:r [ ex:s ex:b ] .\n',
    "nt": '<http://example.org/a> <http://example.org/p> "x"@en .\n_:b <http://example.org/p> <http://example.org/c> .\n',
    "nq": '<http://example.org/a> <http://example.org/p> "x" <http://example.org/g> .\n',
    "trig": '@prefix ex: <http://example.org/> .\nex:g { ex:a ex:p 1.5e3 . }\n',
    "jsonld": '{"@id": "http://example.org/a", "http://example.org/p": [{"@value": "x"}]}',
    "rdf": '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
           'xmlns:ex="http://example.org/"><rdf:Description rdf:about="http://example.org/a">'
           '<ex:p>x</ex:p></rdf:Description></rdf:RDF>\n',
}
FRAGMENTS = [
    "\x00", "\xff", "{" * 500, "[" * 5000, "(" * 5000, '"' * 3, "<>", "<a b>", "@prefix : <", "@base <rel> .",
    "\\u0000", "\\U0010FFFF", '"""', "\u202e", "😀", "<!DOCTYPE x [<!ENTITY a 'b'>]>", "&a;", "]]>", "\r\n",
    "_:", "^^<http://www.w3.org/2001/XMLSchema#date>", '"2026-13-45"^^xsd:date', "x" * 70_000, " .\n" * 100,
]
GRAPH_NAMES = ["", " ", "http://example.org/g", "urn:x", "rel/ative", "http://ex ample/", "<http://x>", "http://x/\u0000", "x" * 5000]


def _mutate(rng: random.Random, text: str) -> bytes:
    data = text.encode("utf-8")
    for _ in range(rng.randint(1, 4)):
        where = rng.randrange(len(data) + 1)
        kind = rng.random()
        if kind < 0.4:
            data = data[:where] + rng.choice(FRAGMENTS).encode("utf-8", "surrogatepass") + data[where:]
        elif kind < 0.6:
            data = data[:where]  # cut short
        elif kind < 0.8 and data:
            data = data[:where] + bytes([rng.randrange(256)]) + data[where + 1:]
        else:
            data = data[:where] + data[where:][::-1]
    return data


def test_fuzz_load(store, tmp_path):
    rng = random.Random(SEED)
    tally = Tally("load")
    before = contents(store)
    for case in range(60):
        extension = rng.choice(list(DOCUMENTS))
        path = tmp_path / f"case{case}.{extension}"
        path.write_bytes(_mutate(rng, DOCUMENTS[extension]))
        argv = ["--store", store, "load", str(path)]
        if rng.random() < 0.3:
            argv += ["--format", rng.choice(["turtle", "ntriples", "nquads", "trig", "jsonld", "rdfxml", "n3", "csv"])]
        if rng.random() < 0.3:
            argv += ["--graph", rng.choice(GRAPH_NAMES)]
        code, stderr = run(argv)
        judge(tally, argv, code, stderr, before, lambda: contents(store))
        if code == 0:
            before = contents(store)
    tally.check()


# -- kg query and --param -------------------------------------------------------------------

QUERY_PIECES = [
    "SELECT", "*", "?s", "?p", "?o", "WHERE", "{", "}", "(", ")", "[", "]", ".", ";", ",", "FILTER", "OPTIONAL",
    "UNION", "GRAPH", "SERVICE", "<http://127.0.0.1:9/sparql>", "SERVICE SILENT", "LOAD", "DROP ALL", "INSERT DATA",
    "ASK", "CONSTRUCT", "DESCRIBE", "LIMIT 1", "ORDER BY", "BIND(", "AS", "VALUES", "kg:holdsStakeIn", "id:x",
    "nope:x", '"x"', "'''", '"""', "1e999", "-0", "\u0000", "😀", "#", "\n", "PREFIX a: <http://a/>", "BASE <r>",
    "<rel>", "?", "$x", "COUNT(*)", "GROUP BY ?s", "+", "!", "^", "/", "|", "*", "{" * 150, "(" * 150, "x" * 3000,
]
PARAMS = [
    "s=<http://example.org/a>", "s=id:x", 's="x"@en', 's="5"^^xsd:integer', "s=", "=x", "s", "s=<bad iri>",
    "s=nope:x", 's="2026-13-45"^^xsd:date', "s=" + "x" * 5000, "o=\u0000", 'o="""', "p=?q", "p=}", "1=x",
]


def test_fuzz_query(store):
    rng = random.Random(SEED)
    tally = Tally("query/--param")
    before = contents(store)
    formats = ["table", "json", "csv", "tsv", "turtle"]
    for _ in range(120):
        text = " ".join(rng.choice(QUERY_PIECES) for _ in range(rng.randint(1, 30)))
        if rng.random() < 0.3:
            text = "SELECT * WHERE { " + text + " }"
        argv = ["--store", store, "query", "-f", rng.choice(formats)]
        for _ in range(rng.choice([0, 0, 1, 2])):
            argv += ["--param", rng.choice(PARAMS)]
        if rng.random() < 0.1:
            argv += ["--base", rng.choice(["http://example.org/", "rel", ""])]
        argv.append(text)
        code, stderr = run(argv)
        judge(tally, argv, code, stderr, before, lambda: contents(store))
    assert contents(store) == before  # queries never write, whatever they said
    tally.check()


# -- --store URLs --------------------------------------------------------------------------


def test_fuzz_store_urls(tmp_path):
    rng = random.Random(SEED)
    tally = Tally("store URLs")
    (tmp_path / "file").write_text("x")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.txt").write_text("x")
    schemes = ["http", "https", "HTTP", "oxigraph", "memory", "ftp", "file", "", "sparql+http"]
    # Hosts that no request can reach beyond this machine: bad addresses, or a closed port here.
    hosts = ["256.256.256.256", "[::1", "[::1]", "127.0.0.1:9", "127.0.0.1:99999", "127.0.0.1:-1", "", " ",
             "ex ample", "[zz::1]", "127.0.0.1:9@", "%00", "😀.invalid:9", "localhost:0"]
    paths = ["", "/", "/q", "/query", "/sparql?x=1", "/#frag", "/" + "x" * 5000, "/\u0000"]
    local = [str(tmp_path / "file"), str(tmp_path / "other"), str(tmp_path / "new" / "deep"), "", "/dev/null", "/proc/self"]
    for _ in range(50):
        scheme = rng.choice(schemes)
        if scheme.lower() == "oxigraph":
            url = f"oxigraph:{rng.choice(local)}"
        elif scheme == "memory":
            url = "memory:" + rng.choice(["", "x"])
        else:
            url = f"{scheme}://{rng.choice(hosts)}{rng.choice(paths)}"
        argv = ["--store", url, rng.choice(["stats", "graphs-are-not-a-command", "export"])]
        if argv[-1] == "graphs-are-not-a-command":
            argv[-1] = "stats"
        code, stderr = run(argv)
        judge(tally, argv, code, stderr, None, None)
    tally.check()


# -- kg export -o --------------------------------------------------------------------------


def test_fuzz_export_output(store, tmp_path):
    rng = random.Random(SEED)
    tally = Tally("export -o")
    regular = tmp_path / "regular.ttl"
    regular.write_text("old")
    link = tmp_path / "link.ttl"
    link.symlink_to(regular)
    dangling = tmp_path / "dangling.ttl"
    dangling.symlink_to(tmp_path / "nowhere.ttl")
    fifo = tmp_path / "fifo.ttl"
    os.mkfifo(fifo)
    (tmp_path / "dir").mkdir()
    targets = [regular, link, dangling, fifo, tmp_path / "dir", tmp_path / "missing" / "x.ttl", Path("/dev/null"),
               Path("/dev/full"), tmp_path / ("n" * 300), tmp_path / "new\nline.ttl", tmp_path / "fresh.ttl", Path("")]
    formats = ["trig", "turtle", "nquads", "ntriples", "jsonld", "rdfxml", "graphml", "gexf", "cytoscape"]
    before = contents(store)
    for _ in range(30):
        target = rng.choice(targets)
        argv = ["--store", store, "export", "-f", rng.choice(formats), "-o", str(target)]
        if rng.random() < 0.2:
            argv += ["--graph", rng.choice(GRAPH_NAMES)]
        code, stderr = run(argv)
        judge(tally, argv, code, stderr, before, lambda: contents(store))
        assert link.is_symlink() and fifo.is_fifo() and dangling.is_symlink()
        assert Path("/dev/full").is_char_device() and Path("/dev/null").is_char_device()
    tally.check()
