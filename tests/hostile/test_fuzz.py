"""Generated hostile inputs (a fixed seed) for the surfaces of issue 11: `kg import-table`
mappings and tables, `kg extract` input files, and requests to `kg serve`.

Every case must end cleanly: the CLI exits 0 or prints one `kg: error:` line and exits
non-zero, never a traceback, never a hang, and a failed command leaves the store as it was;
the server answers every request with a status below 500 and keeps its store unchanged.
Each test prints its counts (tried / clean / traceback / changed / hang).
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import random
import signal
from pathlib import Path

import httpx
import pytest
import yaml
from serve_support import Server

from kg.cli import main
from kg.graph import KnowledgeGraph

TABLES = Path(__file__).resolve().parents[1] / "fixtures" / "tables"
SEED = 11
CASE_SECONDS = 60
HOSTILE_VALUES = [
    None, True, 0, -1, 5, 1e309, float("nan"), "", " ", "x" * 100_000, "\u202e\u0000", [], ["a", "b"], {}, {"a": "b"},
    [[[[[[]]]]]], "../../etc/passwd", "/dev/zero", "😀", {"column": ["a"]}, {"value": {"a": 1}}, {"column": "x", "scale": 0},
]


class _Hang(Exception):
    pass


def _alarm(signum, frame):
    raise _Hang


class Tally:
    """Counts of outcomes for one surface."""

    def __init__(self, surface: str) -> None:
        self.surface = surface
        self.counts = dict.fromkeys(("tried", "clean", "traceback", "changed", "hang"), 0)
        self.examples: list[str] = []

    def add(self, outcome: str, example: str = "") -> None:
        self.counts["tried"] += 1
        self.counts[outcome] += 1
        if outcome != "clean" and len(self.examples) < 5:
            self.examples.append(f"{outcome}: {example[:300]}")

    def report(self) -> str:
        line = f"fuzz {self.surface}: " + ", ".join(f"{k} {v}" for k, v in self.counts.items())
        print("\n" + line)
        return line


def _state(url: str) -> tuple[int, str]:
    with KnowledgeGraph.open(url, read_only=True) as graph:
        return len(graph.store), graph.store.version()


def run_cli(argv: list[str], capsys) -> tuple[int | None, str, str | None]:
    """(exit code, stderr, traceback-or-None) of kg's entry point run in this process."""
    capsys.readouterr()
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(CASE_SECONDS)
    code, failure = None, None
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            main(argv)
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
    except _Hang:
        failure = "hang"
    except BaseException as error:  # noqa: BLE001 - what the fuzz test exists to catch
        failure = f"{type(error).__name__}: {error}"
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    return code, capsys.readouterr().err, failure


def _judge(tally: Tally, url: str, before, argv, capsys) -> None:
    code, err, failure = run_cli(argv, capsys)
    if failure == "hang":
        tally.add("hang", " ".join(argv))
    elif failure is not None or "Traceback" in err:
        tally.add("traceback", f"{argv[-3:]} {failure or err}")
    elif code != 0 and (not err.startswith("kg: error: ") or err.count("\n") != 1):
        tally.add("traceback", f"{argv[-3:]} unclear error: {err!r}")
    elif code != 0 and _state(url) != before:
        tally.add("changed", " ".join(argv))
    else:
        tally.add("clean")


def _mutate_mapping(rng: random.Random, base: dict) -> dict:
    data = copy.deepcopy(base)
    for _ in range(rng.randint(1, 3)):
        # Walk to a random place in the mapping and put something hostile there.
        node, path = data, []
        while isinstance(node, (dict, list)) and node and rng.random() < 0.7:
            key = rng.choice(list(node)) if isinstance(node, dict) else rng.randrange(len(node))
            if not isinstance(node[key], (dict, list)):
                break
            path.append(key)
            node = node[key]
        if isinstance(node, dict) and node:
            key = rng.choice(list(node))
            action = rng.random()
            if action < 0.6:
                node[key] = copy.deepcopy(rng.choice(HOSTILE_VALUES))
            elif action < 0.8:
                del node[key]
            else:
                node[rng.choice(["delimiter", "encoding", "format", "scale", "qualifiers", key + "x"])] = copy.deepcopy(rng.choice(HOSTILE_VALUES))
        elif isinstance(node, list) and node:
            node[rng.randrange(len(node))] = copy.deepcopy(rng.choice(HOSTILE_VALUES))
    return data


def _mutate_bytes(rng: random.Random, raw: bytes) -> bytes:
    data = bytearray(raw)
    for _ in range(rng.randint(1, 8)):
        action = rng.random()
        position = rng.randrange(len(data) + 1)
        if action < 0.4 and data:
            data[min(position, len(data) - 1)] = rng.randrange(256)
        elif action < 0.6:
            data[position:position] = rng.choice([b'"', b"\n", b"\r", b",", b";", b"\x00", b"\xff\xfe", b"[" * 50, b"{", b"&a ", b"*a"])
        elif action < 0.8:
            del data[position:position + rng.randint(1, 40)]
        else:
            data[position:position] = rng.choice([b"x" * 140_000, b"[" * 20_000, b"\t" * 1000])
    return bytes(data)


@pytest.fixture
def table_store(tmp_path):
    url = f"oxigraph:{tmp_path / 'store'}"
    with KnowledgeGraph.open(url) as graph:
        graph.load([TABLES / "countries.trig"])
    return url


def test_fuzz_import_table_mappings(table_store, tmp_path, capsys):
    rng = random.Random(SEED)
    base = yaml.safe_load((TABLES / "deals.yaml").read_text(encoding="utf-8"))
    raw = (TABLES / "deals.yaml").read_bytes()
    tally = Tally("import-table mappings")
    for number in range(120):
        mapping = tmp_path / f"m{number}.yaml"
        if number % 3 == 2:
            mapping.write_bytes(_mutate_bytes(rng, raw))
        else:
            mapping.write_text(yaml.safe_dump(_mutate_mapping(rng, base), allow_unicode=True), encoding="utf-8")
        before = _state(table_store)
        _judge(tally, table_store, before, ["--store", table_store, "import-table", str(TABLES / "deals.csv"), "--mapping", str(mapping)], capsys)
    tally.report()
    assert tally.counts["clean"] == tally.counts["tried"], tally.examples


def test_fuzz_import_table_tables(table_store, tmp_path, capsys):
    rng = random.Random(SEED + 1)
    sources = [(TABLES / "deals.csv").read_bytes(), json.dumps([{"company_name": "A", "investor_name": "B"}]).encode()]
    tally = Tally("import-table tables")
    for number in range(100):
        source = sources[number % 2]
        table = tmp_path / f"t{number}.{'csv' if number % 2 == 0 else 'json'}"
        table.write_bytes(_mutate_bytes(rng, source))
        before = _state(table_store)
        _judge(tally, table_store, before, ["--store", table_store, "import-table", str(table), "--mapping", str(TABLES / "deals.yaml")], capsys)
    for special in ("/dev/zero", "/dev/urandom", str(tmp_path)):
        before = _state(table_store)
        _judge(tally, table_store, before, ["--store", table_store, "import-table", special, "--mapping", str(TABLES / "deals.yaml")], capsys)
    tally.report()
    assert tally.counts["clean"] == tally.counts["tried"], tally.examples


def test_fuzz_extract_input_files(tmp_path, capsys, writable_seed_store):
    import os

    rng = random.Random(SEED + 2)
    base = b"LG Electronics holds a stake in AgiBot, a Chinese robot maker, according to a filing.\n"
    html = b"<html><head><title>T</title></head><body><p>" + base + b"</p></body></html>"
    tally = Tally("extract input files")
    url = writable_seed_store
    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)
    cases = [str(fifo), "/dev/zero", "/dev/urandom", str(tmp_path / "absent.txt")]
    for number in range(12):  # each usable one runs spaCy: kept few
        document = tmp_path / f"d{number}.{'html' if number % 2 else 'txt'}"
        document.write_bytes(_mutate_bytes(rng, html if number % 2 else base))
        cases.append(str(document))
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * 300_000)
    cases.append(str(big))
    for case in cases:
        before = _state(url)
        # read_documents refuses bad files before spaCy loads: the cases stay quick.
        _judge(tally, url, before, ["--store", url, "extract", case], capsys)
    tally.report()
    assert tally.counts["clean"] == tally.counts["tried"], tally.examples


def _mutate_query(rng: random.Random, text: str) -> str:
    pieces = list(text)
    for _ in range(rng.randint(1, 6)):
        action = rng.random()
        position = rng.randrange(len(pieces) + 1)
        if action < 0.5:
            pieces[position:position] = rng.choice(
                ["{", "}", "(", ")", "[", "]", '"', "'", "<", ">", "?", "#", "\\", "SERVICE <http://127.0.0.1:9/> {}", "LOAD <http://127.0.0.1:9/>",
                 "OPTIONAL {", "UNION", "FILTER(", "{" * 150, "(" * 2000, " . ", "\u0000", "\ud7ff", "😀"]
            )
        elif action < 0.8:
            del pieces[position:position + rng.randint(1, 10)]
        else:
            pieces[position:position] = "".join(rng.choice("{}()[]<>?.;,\"'#\\ ") for _ in range(rng.randint(1, 30)))
    return "".join(pieces)


def test_fuzz_serve_requests(seed_store):
    rng = random.Random(SEED + 3)
    queries = [
        "SELECT ?holder WHERE { ?holder kg:holdsStakeIn id:agibot } ORDER BY ?holder",
        "CONSTRUCT { ?h kg:holdsStakeIn ?x } WHERE { ?h kg:holdsStakeIn ?x }",
        "ASK { id:lg-electronics kg:holdsStakeIn id:agibot }",
        "DESCRIBE id:agibot",
    ]
    accepts = ["*/*", "text/csv", "application/sparql-results+xml", "text/turtle", "text/html", "", "application/*;q=x", "*/*;q=0"]
    server = Server(seed_store, "--timeout", "5", "--max-rows", "200")
    tally = Tally("serve requests")
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    try:
        before = httpx.get(server.url + "/sparql", params={"query": count}, timeout=30).json()
        with httpx.Client(timeout=30) as client:
            for _ in range(150):
                query = _mutate_query(rng, rng.choice(queries))
                kind = rng.random()
                try:
                    if kind < 0.35:
                        response = client.get(server.url + "/sparql", params={"query": query}, headers={"Accept": rng.choice(accepts)})
                    elif kind < 0.55:
                        response = client.post(server.url + "/sparql", content=query.encode("utf-8", "surrogatepass"),
                                               headers={"Content-Type": rng.choice(["application/sparql-query", "application/sparql-update", "text/plain", ""])})
                    elif kind < 0.7:
                        response = client.post(server.url + "/sparql", data={rng.choice(["query", "update", "x"]): query})
                    elif kind < 0.85:
                        path = rng.choice(["/query", "/", "/entity", "/links", "/picture", "/api/suggest"])
                        params = {rng.choice(["query", "q", "iri", "from", "to", "focus", "example"]): query}
                        response = client.get(server.url + path, params=params)
                    else:
                        response = client.request(rng.choice(["PUT", "DELETE", "GET", "POST"]), server.url + rng.choice(["/sparql", "/entity/" + query[:40], "/nowhere"]),
                                                  content=bytes(rng.randrange(256) for _ in range(rng.randint(0, 200))))
                except httpx.TimeoutException:
                    tally.add("hang", query)
                    continue
                except httpx.TransportError as error:
                    tally.add("traceback", f"server gone: {error} after {query!r}")
                    break
                if response.status_code >= 500 and response.status_code != 503:
                    tally.add("traceback", f"{response.status_code} {response.text[:100]} for {query!r}")
                else:
                    tally.add("clean")
        after = httpx.get(server.url + "/sparql", params={"query": count}, timeout=30).json()
        if after != before:
            tally.add("changed", "the store's count changed")
    finally:
        log = server.stop()
    if "Traceback" in log:
        tally.add("traceback", log)
    tally.report()
    assert tally.counts["clean"] == tally.counts["tried"], tally.examples
