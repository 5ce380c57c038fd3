"""A server started with explicit settings, a listener that records connections, and CPU
accounting of a process tree from /proc."""

from __future__ import annotations

import json
import os
import socket
import sys
import threading
import time
from pathlib import Path

from serve_support import Server

LAUNCHER = Path(__file__).with_name("serve_launcher.py")
_TICKS = os.sysconf("SC_CLK_TCK")


def LaunchedServer(store: str, **settings) -> Server:  # noqa: N802 - reads as the class it was
    """kg serve's app over *store* with *settings* (EndpointSettings fields as JSON), for
    settings the command line does not offer."""
    return Server(store, command=lambda port: [sys.executable, str(LAUNCHER), store, str(port), json.dumps(settings)])


def process_tree(pid: int) -> list[int]:
    """*pid* and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            children.setdefault(int(fields[1]), []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(children.get(current, []))
    return found


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) used so far by *pid* and its descendants alive now."""
    total = 0
    for member in process_tree(pid):
        try:
            fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / _TICKS


def settles_idle(pid: int, *, window: float = 2.0, tries: int = 4, share: float = 0.25) -> bool:
    """Whether *pid*'s tree spends under *share* of one core in some *window* of *tries*.

    Work left running after a timeout burns a core in every window; a replacement worker
    importing kg, or another job on a loaded machine, burns for a moment and settles. A
    single window read that moment as a runaway (0.53 s of CPU in 2 s on a busy CI box).
    """
    for _ in range(tries):
        spent = cpu_seconds(pid)
        time.sleep(window)
        if cpu_seconds(pid) - spent < share * window:
            return True
    return False


class Listener:
    """A TCP port that records every connection made to it (and answers 404)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.port = self.sock.getsockname()[1]
        self.requests: list[bytes] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                conn.settimeout(2)
                try:
                    self.requests.append(conn.recv(65536))
                    conn.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                except OSError:
                    pass  # a client that hung up: its connection is recorded already

    def close(self) -> None:
        self.sock.close()
