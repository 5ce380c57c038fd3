"""A real Virtuoso 7 (Debian's virtuoso-opensource-7-bin) on a free 127.0.0.1 port, with a
private database in a temporary directory, for the remote-store tests.

Without ``virtuoso-t`` the tests that need it skip and say why; ``KG_REQUIRE_VIRTUOSO=1``
(as in CI) makes that a failure. Import :func:`virtuoso_server` into a conftest or a test
module to use it.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

__all__ = ["Virtuoso", "start_virtuoso", "virtuoso_server"]

# Only what a private test instance needs: its files in one directory, the SQL and HTTP
# ports, a small buffer pool, and no demo database or VAD packages.
_INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = {sql_port}
DirsAllowed = ., {dir}
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
CheckpointInterval = 60
DisableTcpSocket = 0

[HTTPServer]
ServerPort = {http_port}
ServerRoot = {dir}
ServerThreads = 6
MaxClientConnections = 6

[SPARQL]
ResultSetMaxRows = 10000000
MaxQueryExecutionTime = 300
MaxQueryCostEstimationTime = 0
"""

# The anonymous SPARQL account may update (the test instance listens on 127.0.0.1 only).
_GRANTS = ('GRANT SPARQL_UPDATE TO "SPARQL";', "DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Virtuoso:
    """A running virtuoso-t: its SPARQL endpoint and the graphs it holds of its own."""

    process: subprocess.Popen
    directory: Path
    base: str
    system_graphs: set[str] = field(default_factory=set)

    @property
    def sparql(self) -> str:
        return f"{self.base}/sparql"

    def _graphs(self) -> set[str]:
        response = httpx.get(
            self.sparql,
            # Not DISTINCT ?g, which Virtuoso answers slowly (see kg.store.remote).
            params={"query": "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"},
            headers={"Accept": "text/csv"},
            timeout=60,
        )
        response.raise_for_status()
        return {row[0] for row in list(csv.reader(io.StringIO(response.text)))[1:] if row}

    def clear(self) -> None:
        """Drop every graph but the server's own (DROP ALL would drop those too)."""
        for graph in sorted(self._graphs() - self.system_graphs):
            response = httpx.post(self.sparql, data={"update": f"DROP SILENT GRAPH <{graph}>"}, timeout=120)
            response.raise_for_status()

    def log(self) -> str:
        path = self.directory / "virtuoso.log"
        return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def _binary() -> str | None:
    return shutil.which("virtuoso-t") or ("/usr/bin/virtuoso-t" if os.access("/usr/bin/virtuoso-t", os.X_OK) else None)


def start_virtuoso(directory: Path) -> Virtuoso:
    """Start virtuoso-t with a fresh database in *directory*; skips (or fails under
    ``KG_REQUIRE_VIRTUOSO=1``) when it is not installed."""
    binary, isql = _binary(), shutil.which("isql-vt")
    if not binary or not isql:
        reason = "virtuoso-t is not installed (make virtuoso, or apt-get install virtuoso-opensource-7-bin)"
        if os.environ.get("KG_REQUIRE_VIRTUOSO") == "1":
            pytest.fail(reason + ", and KG_REQUIRE_VIRTUOSO=1")
        pytest.skip(reason)
    sql_port, http_port = _free_port(), _free_port()
    ini = directory / "virtuoso.ini"
    ini.write_text(_INI.format(dir=directory, sql_port=sql_port, http_port=http_port), encoding="utf-8")
    with open(directory / "stdout.log", "wb") as out:
        process = subprocess.Popen([binary, "+configfile", str(ini), "+foreground"], cwd=directory, stdout=out, stderr=subprocess.STDOUT)
    server = Virtuoso(process, directory, f"http://127.0.0.1:{http_port}")
    deadline = time.monotonic() + 120
    while True:
        try:
            if httpx.get(server.sparql, params={"query": "ASK { }"}, timeout=2).status_code == 200:
                break
        except httpx.TransportError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            server.stop()
            raise RuntimeError(f"virtuoso-t did not start on port {http_port}: {server.log()[-800:]}")
        time.sleep(0.3)
    for statement in _GRANTS:
        done = subprocess.run(
            [isql, str(sql_port), "dba", "dba", f"exec={statement}"], capture_output=True, text=True, timeout=60
        )
        if done.returncode != 0 or "Error" in done.stdout + done.stderr:
            server.stop()
            raise RuntimeError(f"isql-vt could not run {statement}: {done.stdout}{done.stderr}")
    server.system_graphs = server._graphs()
    return server


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory):
    """A Virtuoso for the whole session (each test empties it with ``.clear()``)."""
    server = start_virtuoso(tmp_path_factory.mktemp("virtuoso"))
    yield server
    server.stop()
