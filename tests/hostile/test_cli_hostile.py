"""The CLI's points of issue 11, each as it was found: real signals, a real listener on
127.0.0.1, /dev/full. Every bad input is one `kg: error:` line, a non-zero exit, no
traceback, and the store as it was.

Most cases run through ``main()`` in this process (:func:`kg_runner.run_main`); a case
whose regression would crash, hang or exhaust the process running it (engine stack
overflow, entity expansion, a FIFO, Ctrl-C, standard output on /dev/full) runs a real
``kg`` process with a timeout."""

from __future__ import annotations

import fcntl
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from kg_runner import Ran, run_main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
# The 726-byte kind of file that took 93 s and 9.2 GB: ten levels of ten references each.
LAUGHS = "".join(
    f'<!ENTITY e{level} "{("&e" + str(level - 1) + ";") * 10 if level else "lol"}">\n' for level in range(10)
)
BILLION_LAUGHS = f"""<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [
{LAUGHS}]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
  <rdf:Description rdf:about="http://example.org/x"><ex:p>&e9;</ex:p></rdf:Description>
</rdf:RDF>
"""


kg = run_main


def kg_process(*args: str, store: str | None = None, stdout=subprocess.PIPE, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run ``python -m kg`` in a fresh process, for cases that could take the test's own down."""
    command = [sys.executable, "-m", "kg"] + (["--store", store] if store else []) + list(args)
    env = {**os.environ, "KG_LOCK_TIMEOUT": "5"}
    return subprocess.run(command, stdout=stdout, stderr=subprocess.PIPE, text=True, env=env, timeout=timeout)


def one_error(result: subprocess.CompletedProcess | Ran, needle: str) -> None:
    assert result.returncode not in (0, -11, 139), result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: "), result.stderr
    assert needle in lines[0], lines[0]


@pytest.fixture
def store(tmp_path) -> str:
    url = f"oxigraph:{tmp_path / 'store'}"
    assert kg("load", str(FIXTURES / "valid.trig"), store=url).returncode == 0
    return url


def snapshot(url: str) -> list[str]:
    result = kg("export", "-f", "nquads", store=url)
    assert result.returncode == 0, result.stderr
    return sorted(result.stdout.splitlines())


# -- point 2: nesting that would crash the engine ---------------------------------------------


@pytest.mark.parametrize("text", ["ASK " + "{" * 3000 + "}" * 3000, "SELECT (" + "(" * 50_000 + "1" + ")" * 50_001 + " AS ?x) {}"])
def test_deep_nesting_is_one_line_not_a_crash(store, text):
    one_error(kg_process("query", text, store=store), "max_depth")


# -- point 3: no outbound requests unless asked ---------------------------------------------


class Listener:
    """A TCP listener on 127.0.0.1 that counts the connections it accepts."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            connection.close()


def test_service_sends_nothing_unless_the_host_is_allowed(store):
    listener = Listener()
    query = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{listener.port}/sparql> {{ ?s ?p ?o }} }}"
    one_error(kg("query", query, store=store), "SERVICE would send a request to host '127.0.0.1'")
    assert listener.connections == 0
    allowed = kg("query", "--allow-host", "127.0.0.1", query, store=store)
    assert "Traceback" not in allowed.stderr
    assert listener.connections >= 1  # allowed: the engine did ask (and got no answer)
    listener.sock.close()


def test_load_url_in_an_update_is_refused_and_nothing_changes(store):
    listener = Listener()
    before = snapshot(store)
    one_error(kg("update", f"LOAD <http://127.0.0.1:{listener.port}/data.ttl>", store=store), "LOAD would send a request")
    assert listener.connections == 0
    assert snapshot(store) == before
    listener.sock.close()


def test_an_update_given_to_query_says_which_command_runs_it(store):
    before = snapshot(store)
    one_error(kg("query", "PREFIX ex: <http://example.org/>\nDROP ALL", store=store), "run updates with kg update")
    assert snapshot(store) == before
    done = kg("update", "DROP SILENT GRAPH <http://example.org/nothing-here>", store=store)
    assert done.returncode == 0 and done.stdout.strip() == "update done: the store holds +0 quads"


# -- point 5: Ctrl-C stops a runaway query or load at once ------------------------------------


def _wait_for_lock_holder(store: str, process: subprocess.Popen) -> None:
    """Until *process* holds the store's lock: it is past starting and at its work."""
    lock = Path(store.removeprefix("oxigraph:")) / "kg.lock"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        with open(lock, "a+b") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                fcntl.flock(handle, fcntl.LOCK_UN)
            except BlockingIOError:
                return
        time.sleep(0.05)
    raise AssertionError("the command never held the store")


def _interrupt(store: str, *args: str) -> tuple[subprocess.CompletedProcess, float]:
    # Ctrl-C's default action restored in the child: a suite started in the background
    # (`make test-time &`) hands SIGINT down ignored, and kg would never see it.
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "--store", store, *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # noqa: PLW1509 - resets one signal, nothing else
    )
    _wait_for_lock_holder(store, process)
    time.sleep(0.5)
    sent = time.monotonic()
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err), time.monotonic() - sent


def test_ctrl_c_stops_a_runaway_query(store):
    patterns = " . ".join(f"?s{i} ?p{i} ?o{i}" for i in range(9))  # 18^9 rows to count
    result, seconds = _interrupt(store, "query", f"SELECT (COUNT(*) AS ?n) WHERE {{ {patterns} }}")
    assert result.returncode == 130
    one_error(result, "interrupted; the query was stopped")
    assert seconds < 10  # not after the engine's count: that takes hours


def test_ctrl_c_stops_a_load_and_the_store_is_as_before(store, tmp_path):
    big = tmp_path / "big.nt"
    with open(big, "w", encoding="utf-8") as handle:
        for row in range(600_000):
            handle.write(f'<http://example.org/r{row}> <http://example.org/p> "row {row}" .\n')
    before = snapshot(store)
    result, _ = _interrupt(store, "load", str(big))
    assert result.returncode == 130, result
    one_error(result, "interrupted; nothing was written")
    assert snapshot(store) == before


def test_ctrl_c_stops_an_ingest_at_once(store, tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for number in range(40):
        (folder / f"{number:02d}.txt").write_text(
            f"Daewon Group {number} took a 5 percent stake in Hanul Robotics {number} on Monday.", encoding="utf-8")
    result, _ = _interrupt(store, "ingest", str(folder))
    assert result.returncode == 130, result
    one_error(result, "interrupted; documents written before it stay")


# -- point 5: entity expansion and truncated documents ----------------------------------------


def test_billion_laughs_is_refused_before_expansion(store, tmp_path):
    bomb = tmp_path / "laughs.rdf"
    bomb.write_text(BILLION_LAUGHS, encoding="utf-8")
    before = snapshot(store)
    one_error(kg_process("load", str(bomb), store=store, timeout=60), "declares the XML entity 'e0'")
    assert snapshot(store) == before


def test_an_unclosed_rdfxml_document_is_refused(store, tmp_path):
    cut = tmp_path / "cut.rdf"
    cut.write_text(BILLION_LAUGHS.split("<!DOCTYPE")[0] + BILLION_LAUGHS.split("]>\n")[1].replace("&e9;", "v").replace("</rdf:RDF>\n", ""))
    before = snapshot(store)
    one_error(kg("load", str(cut), store=store), "not valid rdfxml: no element found")
    assert snapshot(store) == before


def test_a_fifo_given_to_load_is_refused_without_waiting(store, tmp_path):
    fifo = tmp_path / "data.nt"
    os.mkfifo(fifo)
    one_error(kg_process("load", str(fifo), store=store, timeout=30), "not a regular file")


# -- point 6: -o never replaces what is not a regular file; full disks -----------------------


def test_output_refuses_links_fifos_and_devices(store, tmp_path):
    target = tmp_path / "target.ttl"
    target.write_text("keep")
    link = tmp_path / "link.ttl"
    link.symlink_to(target)
    one_error(kg("export", "-o", str(link), store=store), "is a symbolic link")
    assert link.is_symlink() and target.read_text() == "keep"
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    one_error(kg_process("query", "-o", str(fifo), "ASK {}", store=store, timeout=30), "is a FIFO")
    assert Path(fifo).is_fifo()
    one_error(kg("export", "-o", "/dev/full", store=store), "is a character device")
    assert Path("/dev/full").is_char_device()


@pytest.mark.parametrize("args", [("export",), ("query", "-f", "csv", "SELECT * WHERE { ?s ?p ?o }"), ("stats",)])
def test_standard_output_on_a_full_disk_is_one_line(store, args):
    with open("/dev/full", "w") as full:
        result = kg_process(*args, store=store, stdout=full)
    one_error(result, "cannot write the output: No space left on device")


# -- point 8: what used to be tracebacks -------------------------------------------------------


@pytest.mark.parametrize("length", [256, 1000, 4095])
def test_a_long_inline_query_is_a_query_not_a_path(store, length):
    head = 'SELECT ?s ?p WHERE { ?s ?p "'
    text = head + "x" * (length - len(head) - 3) + '" }'
    assert len(text) == length
    result = kg("query", "-f", "csv", text, store=store)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["s,p"]


def test_a_term_longer_than_the_parser_reads_is_one_line(store, tmp_path):
    huge = tmp_path / "huge.ttl"
    huge.write_text('<http://example.org/s> <http://example.org/p> "' + "x" * 20_000_000 + '" .\n')
    before = snapshot(store)
    one_error(kg("load", str(huge), store=store), "has a term too long to read")
    assert snapshot(store) == before


@pytest.mark.parametrize(("url", "needle"), [
    ("https://256.256.256.256/q", "Invalid IPv4 address"),
    ("http://[::1", "Invalid IPv6 URL"),
    ("http://example.org:99999/q", "Port out of range"),
])
def test_store_urls_no_request_could_go_to(url, needle):
    one_error(kg("stats", store=url), needle)


def test_an_empty_graph_name_is_refused(store):
    before = snapshot(store)
    one_error(kg("load", "--graph", "", str(FIXTURES / "valid.trig"), store=store), "not a valid absolute IRI: ''")
    assert snapshot(store) == before
