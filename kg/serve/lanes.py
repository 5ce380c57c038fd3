"""Lanes: ``kg serve``'s SPARQL queries served one connection per process.

Over a read-only embedded store, the parent (:func:`kg.serve.app.run_server`) opens the
listening socket and starts ``threads`` lane processes. Each lane accepts one connection,
answers that connection's requests itself, one after the other (keep-alive), running every
query in its own process on the store it opened read-only, and accepts again only when the
connection closes or goes idle. A query thus costs no hop between processes: the worker
pool (:mod:`kg.serve.workers`) woke two processes a query, which was most of its cost.

What a lane does not answer itself it passes on, whole, to the parent's usual server (the
Starlette application) listening on a private Unix socket: the explorer's pages (they want
the projection kept warm in the parent's worker pool), the service description, updates
(refused: a lane serves a read-only server), other methods and paths, and, with CORS
origins set, every request carrying an ``Origin``.

Guarantees kept, and how:

- **A 503 means the work stopped.** A lane writes the deadline of the query it runs to
  memory shared with the parent; a thread of the parent (:class:`Lanes`) checks the lanes
  every 50 ms, kills (SIGKILL) a lane past its deadline, answers its client 503 itself and
  starts another lane. The parent can answer because each lane hands it a copy of every
  connection it accepts (``SCM_RIGHTS``, once a connection, not once a request). A lane that
  dies on a request (a crash inside the engine) is answered 500 and replaced the same way.
  Only the victim's connection is lost; the other lanes go on.
- **Nobody waits for ever behind an idle connection.** A connection idle for 5 s is
  closed, and sooner when other connections wait for a lane and no lane is free to take
  them (a client holding more connections than there are lanes).
- **A read-only server lets writers in.** A lane closes the store after ``idle_close``
  seconds without a query, as a worker does, and opens it again on the next one.
- **Large answers are streamed.** An answer past ``stream_threshold`` bytes is not kept
  whole: the lane sends the 200 head with ``Transfer-Encoding: chunked`` (to an HTTP/1.0
  client: no length, and the connection closes after it) and then each piece as pyoxigraph
  writes it (:class:`_Stream`); its memory stays within the threshold plus one chunk. A
  cap passed, the deadline, or an engine error after the head was sent can no longer be
  answered: the lane cuts the connection without the closing empty chunk, so the client
  sees a broken answer, never a short one. Past its deadline a streaming lane is killed by
  the parent like a running one, without the 503.
- **The same answers.** A lane reads a request with :func:`kg.serve.protocol.read_operation`
  and answers with the same functions and headers as the Starlette endpoint.

With updates allowed (one writer), for a store other processes cannot open, or with
``EndpointSettings(lanes=False)``, there are no lanes: the parent serves everything with its
worker pool, as before.
"""

from __future__ import annotations

import gc
import os
import select
import signal
import socket
import struct
import sys
import threading
import time
import traceback
from multiprocessing.sharedctypes import RawArray

from kg.errors import KGError
from kg.serve.lane_http import (
    LaneRequest,
    RequestReader,
    chunk_bytes,
    forward,
    ok_bytes,
    response_bytes,
    stream_head,
)
from kg.serve.workers import _CONTEXT, _die_with_parent

__all__ = ["Lanes"]

# The state a lane shares with the parent, three numbers a lane: what it does (one of the
# phases below), the deadline of the query it runs (time.monotonic), and the number of the
# connection it serves (which the parent's copy of the connection must match).
_SLOTS = 3
_OTHER, _ACCEPTING, _RUNNING, _SENDING, _YIELDING, _STREAMING = 0.0, 1.0, 2.0, 3.0, 4.0, 5.0
#: Seconds a connection may stay idle between requests (uvicorn's default).
KEEP_ALIVE_SECONDS = 5.0
#: Seconds a started request may take to arrive whole.
READ_SECONDS = 10.0
#: Seconds a client may take to read an answer.
WRITE_SECONDS = 30.0
_SEND_TIMEOUT = struct.pack("ll", int(WRITE_SECONDS), 0)  # a struct timeval
_WATCH_MS = 50  # how often the parent checks the lanes' deadlines
# A lane's wait for the parent's server, for a request passed on: the parent's own wait for
# a worker (timeout + startup) and then some.
_FORWARD_EXTRA = 150.0
#: Bytes of a streamed answer gathered into one chunk (pyoxigraph writes 8 KiB pieces; a
#: write a piece would cost a system call each).
CHUNK_BYTES = 64 * 1024
# What _respond returns when the answer went out already and the connection must close.
_CLOSE = object()


class _Stream:
    """An answer stream (see :func:`kg.serve.tasks.sparql_answer`) writing to a lane's
    client: the head when the answer passes the threshold, then chunks of at most about
    :data:`CHUNK_BYTES`; past *deadline* it stops the answer (:class:`AnswerCut`)."""

    def __init__(self, conn: socket.socket, threshold: int, keep_alive: bool, chunked: bool, deadline: float, on_start) -> None:
        self.conn, self.threshold, self.keep_alive, self.chunked = conn, threshold, keep_alive, chunked
        self.deadline, self.on_start = deadline, on_start
        self.pending = bytearray()

    def start(self, media: str, parts: list[bytes]) -> None:
        from kg.serve.protocol import answer_media_type

        self.on_start()
        self.conn.sendall(stream_head(answer_media_type(media), self.keep_alive, self.chunked))
        for part in parts:
            self.send(part)

    def send(self, piece) -> None:
        self.pending += piece
        if len(self.pending) >= CHUNK_BYTES:
            self._flush()

    def _flush(self) -> None:
        if time.monotonic() > self.deadline:
            from kg.serve.tasks import AnswerCut

            raise AnswerCut("the query's deadline passed while its answer was sent")
        if self.pending:
            self.conn.sendall(chunk_bytes(bytes(self.pending)) if self.chunked else self.pending)
            self.pending.clear()

    def finish(self) -> None:
        self._flush()
        if self.chunked:
            self.conn.sendall(b"0\r\n\r\n")


def _trusted_proxies() -> set[str]:
    # uvicorn trusts X-Forwarded-* from these hosts; a lane passes them on likewise.
    return {host.strip() for host in os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1").split(",")}


class _Lane:
    """One lane's loop, in its own process."""

    def __init__(self, index, listener, control, state, give_way, url, settings, parent_address, cors) -> None:
        from kg.graph import KnowledgeGraph
        from kg.serve import protocol
        from kg.serve.tasks import AnswerCut, sparql_answer

        self.cut_error = AnswerCut
        self.open_store = lambda: KnowledgeGraph.open(url, read_only=True)
        self.protocol, self.answer = protocol, sparql_answer
        self.listener, self.control, self.state, self.give_way = listener, control, state, give_way
        self.base = index * _SLOTS
        self.settings, self.parent_address, self.cors = settings, parent_address, cors
        self.graph = None
        self.peer = ""  # the client's address
        self.last_query = 0.0
        self.trusted = _trusted_proxies()
        self.server = listener.getsockname()[:2]
        self.sequence = 0
        self.lanes = len(state) // _SLOTS
        # Read into one buffer for the lane's life: a fresh 64 KiB bytes object a read made
        # the allocator consolidate its free lists on every free.
        self._inbox = bytearray(1 << 16)
        self._inbox_view = memoryview(self._inbox)
        self._listener_poller = select.poll()
        self._listener_poller.register(listener.fileno(), select.POLLIN)

    # -- waiting ------------------------------------------------------------------------

    def _idle_ms(self, limit: float) -> int:
        """Milliseconds to wait for something before *limit*, or before the store is due to
        close; 0 once *limit* is past."""
        now = time.monotonic()
        if now >= limit:
            return 0
        until = limit
        if self.graph is not None:
            until = min(until, self.last_query + self.settings.idle_close)
        return max(1, int((until - now) * 1000) + 1)

    def _close_idle_store(self) -> None:
        if self.graph is not None and time.monotonic() - self.last_query >= self.settings.idle_close:
            self.graph.close()
            self.graph = None

    def _accept(self) -> tuple[socket.socket, tuple]:
        self.state[self.base] = _ACCEPTING
        poller = select.poll()
        poller.register(self.listener.fileno(), select.POLLIN)
        # The parent never writes to the control socket: readable means it is gone.
        poller.register(self.control.fileno(), select.POLLIN)
        while True:
            events = poller.poll(self._idle_ms(float("inf")) if self.graph is not None else None)
            if not events:
                self._close_idle_store()
                continue
            if any(fd == self.control.fileno() for fd, _ in events):
                os._exit(0)
            try:
                conn, peer = self.listener.accept()
            except (BlockingIOError, InterruptedError):
                continue  # another lane took it
            except OSError as error:
                print(f"kg serve: a lane could not accept a connection: {error}", file=sys.stderr, flush=True)
                time.sleep(0.1)
                continue
            self.state[self.base] = _OTHER
            return conn, peer

    def _gives_way(self) -> bool:
        """Whether this lane should leave its idle connection for one waiting to be
        accepted: when no lane is free to take it, and no lane before this one (in order)
        is leaving its own for it already (every idle lane wakes for the same newcomer;
        one of them is enough)."""
        # Looking and deciding under one lock: without it two idle lanes could both see no
        # other lane yielding yet and both drop their connections for one newcomer. A lane
        # stays _YIELDING until it is accepting, so the others hold on meanwhile.
        with self.give_way:
            if (any(self.state[k * _SLOTS] in (_ACCEPTING, _YIELDING) for k in range(self.lanes))
                    or not self._listener_poller.poll(0)):  # a free lane, or the newcomer taken already
                return False
            self.state[self.base] = _YIELDING
            return True

    def _readable(self, conn: socket.socket, partial: bool) -> bool:
        """Wait for data on *conn*: False when it is time to close it instead."""
        limit = time.monotonic() + (READ_SECONDS if partial else KEEP_ALIVE_SECONDS)
        poller = self._poller if not partial else self._conn_poller
        fd = conn.fileno()
        while True:
            wait = self._idle_ms(limit)
            if not wait:
                return False
            events = poller.poll(wait)
            if any(ready == fd for ready, _ in events):
                return True
            if events and not partial:  # the listener: a connection waits
                if self._gives_way():
                    return False
                # A free lane will take it: wait on the connection alone for a moment, so
                # the listener, readable until then, does not spin this loop.
                if self._conn_poller.poll(10):
                    return True
            self._close_idle_store()
            if time.monotonic() >= limit:
                return False

    # -- serving ------------------------------------------------------------------------

    def run(self) -> None:
        while True:
            conn, peer = self._accept()
            self.sequence += 1
            try:
                # The parent's copy: it answers this client if the lane is killed or dies.
                socket.send_fds(self.control, [str(self.sequence).encode()], [conn.fileno()])
                self.state[self.base + 2] = self.sequence
                # The socket blocks (a Python timeout would poll before every read and
                # write); the kernel bounds a write a client does not read.
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_SNDTIMEO, _SEND_TIMEOUT)
                self._poller = select.poll()
                self._poller.register(conn.fileno(), select.POLLIN)
                self._poller.register(self.listener.fileno(), select.POLLIN)
                self._conn_poller = select.poll()
                self._conn_poller.register(conn.fileno(), select.POLLIN)
                if conn.family in (socket.AF_INET, socket.AF_INET6):
                    conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # an answer goes out whole, now
                self.peer = peer[0] if isinstance(peer, tuple) else ""
                self._serve(conn)
            except OSError:
                pass  # the client went away; the next one comes
            finally:
                try:
                    conn.shutdown(socket.SHUT_RDWR)  # the parent's copy must not keep it open
                except OSError:
                    pass  # already closed by the client
                conn.close()

    def _serve(self, conn: socket.socket) -> None:
        reader = RequestReader(self.settings.max_body)
        inbox, view = self._inbox, self._inbox_view
        while True:
            while not reader.ready:
                if not self._readable(conn, reader.partial):
                    return
                count = conn.recv_into(inbox)
                if not count:
                    return
                reader.feed(view[:count])
                if reader.wants_continue:
                    reader.wants_continue = False
                    conn.sendall(b"HTTP/1.1 100 Continue\r\n\r\n")
            request = reader.ready.pop(0)
            answer = self._respond(request, conn)
            if answer is _CLOSE:
                return
            if answer is not None:
                conn.sendall(answer)
            self.state[self.base] = _OTHER
            if not request.keep_alive:
                return

    def _respond(self, request: LaneRequest, conn: socket.socket):
        """The bytes answering *request*; None when the answer was streamed to *conn*
        already, and _CLOSE when the connection must then close."""
        protocol, settings, keep = self.protocol, self.settings, request.keep_alive
        if request.problem:
            messages = {400: "invalid HTTP request", 413: f"request body larger than {settings.max_body:,} bytes",
                        431: "request line and headers too large"}
            return response_bytes(request.problem, *self._plain(messages[request.problem]), False)
        path, _, query_string = request.url.partition(b"?")
        if (path != b"/sparql" or request.method not in ("GET", "POST")
                or (self.cors and request.header(b"origin"))):
            return self._forward(request)
        operation = protocol.read_operation(
            request.method, query_string.decode("latin-1"), request.header(b"content-type").decode("latin-1"), bytes(request.body)
        )
        if not isinstance(operation, protocol.Operation):
            return response_bytes(operation.status_code, operation.raw_headers, operation.body, keep)
        if operation.kind != "query":
            return self._forward(request)
        refusal = protocol.query_refusal(operation.text, settings)
        if refusal is not None:
            return response_bytes(refusal.status_code, refusal.raw_headers, refusal.body, keep)
        accept = request.header(b"accept", b"*/*").decode("latin-1")
        return self._query(operation, accept, self._base_iri(request), request, conn)

    def _query(self, operation, accept: str, base: str, request: LaneRequest, conn: socket.socket):
        settings, state, keep = self.settings, self.state, request.keep_alive
        deadline = time.monotonic() + settings.timeout
        state[self.base + 1] = deadline
        state[self.base] = _RUNNING
        stream = _Stream(conn, settings.stream_threshold, keep, request.http11, deadline, self._streaming)
        try:
            if self.graph is None:
                self.graph = self.open_store()
            media, body = self.answer(
                self.graph, operation.text, accept, settings.max_rows, settings.max_answer_bytes, base, operation.dataset, stream
            )
        except self.cut_error as error:
            print(f"kg serve: a streamed answer was cut: {error}", file=sys.stderr, flush=True)
            return _CLOSE
        except KGError as error:
            failed = self.protocol.query_failure(error, settings, accept)
            state[self.base] = _SENDING
            return response_bytes(failed.status_code, failed.raw_headers, failed.body, keep)
        except Exception:  # noqa: BLE001 - a defect in kg: logged, answered 500, the lane goes on
            print(f"kg serve: internal error in a lane:\n{traceback.format_exc()}", file=sys.stderr, flush=True)
            failed = self.protocol.query_failure(RuntimeError("internal error"), settings, accept)
            state[self.base] = _SENDING
            return response_bytes(failed.status_code, failed.raw_headers, failed.body, keep)
        finally:
            self.last_query = time.monotonic()
        if body is None:  # streamed
            return None if keep and request.http11 else _CLOSE
        state[self.base] = _SENDING
        return ok_bytes(self.protocol.answer_media_type(media), body, keep)

    def _streaming(self) -> None:
        # Still killed at the deadline by the parent, which then writes no 503 into a
        # half-sent answer.
        self.state[self.base] = _STREAMING

    def _base_iri(self, request: LaneRequest) -> str:
        scheme = "http"
        proto = request.header(b"x-forwarded-proto").decode("latin-1").strip()
        if proto in ("http", "https") and self._is_trusted(request):
            scheme = proto
        host = next((value for name, value in request.headers if name == b"host"), None)
        return self.protocol.endpoint_url_of(scheme, host, "/sparql", self.server)

    def _is_trusted(self, request: LaneRequest) -> bool:
        return "*" in self.trusted or self.peer in self.trusted

    def _forward(self, request: LaneRequest) -> bytes:
        try:
            return forward(request, self.parent_address, self.peer, self._is_trusted(request), self.settings.timeout + _FORWARD_EXTRA)
        except OSError as error:
            print(f"kg serve: a lane could not reach the parent's server: {error}", file=sys.stderr, flush=True)
            return response_bytes(503, *self._plain("the server is busy or stopping; try again"), False)

    def _plain(self, message: str) -> tuple[list, bytes]:
        body = (message + "\n").encode()
        return [(b"content-length", b"%d" % len(body)), (b"content-type", b"text/plain; charset=utf-8")], body


def _lane_main(index, listener, control, state, give_way, url, settings, parent_address, cors, lock_wait, parent) -> None:
    """A lane process: serve connections until the parent stops it."""
    _die_with_parent()
    if os.getppid() != parent:
        return  # the parent died while this process started, before it could be told to
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when lanes stop
    os.environ["KG_LOCK_TIMEOUT"] = f"{lock_wait:g}"  # waiting longer than a request may last helps nobody
    listener.setblocking(False)  # every lane polls it, and one of them gets each connection
    lane = _Lane(index, listener, control, state, give_way, url, settings, parent_address, cors)
    # What exists now lives as long as the lane: the collector need not scan it again.
    gc.collect()
    gc.freeze()
    lane.run()


class _Slot:
    """The parent's view of one lane: its process, its end of the control socket, and its
    copy of the connection the lane serves (with that connection's number)."""

    def __init__(self, process, control: socket.socket) -> None:
        self.process, self.control = process, control
        self.connection: socket.socket | None = None
        self.sequence = 0

    def take(self) -> None:
        """Read every connection the lane announced, keeping the copy of the last."""
        while True:
            try:
                message, fds, _, _ = socket.recv_fds(self.control, 32, 1)
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                return  # the lane is gone
            if not message and not fds:
                return
            self.forget()
            if fds:
                self.connection = socket.socket(fileno=fds[0])
                self.sequence = int(message or b"0")

    def forget(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None


class Lanes:
    """The lanes of one server, and the parent's thread watching them.

    Parameters
    ----------
    url : str
        The embedded store (``oxigraph:PATH``), opened read-only by each lane.
    settings : kg.serve.protocol.EndpointSettings
        The endpoint's settings; ``settings.threads`` lanes are started.
    listener : socket.socket
        The listening socket the lanes accept from.
    parent_address : str
        The Unix socket of the parent's server, for requests the lanes pass on.
    cors : bool
        Whether CORS origins are set (a request with an Origin then goes to the parent).
    """

    def __init__(self, url: str, settings, listener: socket.socket, parent_address: str, *, cors: bool) -> None:
        count = max(1, settings.threads)
        self._args = (listener, url, settings, parent_address, cors, max(0.1, settings.timeout * 0.8))
        self._settings = settings
        self._state = RawArray("d", count * _SLOTS)
        # Held only while an idle lane decides to give way (never by a lane running a
        # query, the only kind the parent kills), so no kill leaves it taken.
        self._give_way = _CONTEXT.Lock()
        self._slots: list[_Slot | None] = [None] * count
        self._stopping = threading.Event()
        for index in range(count):
            self._start(index)
        self._thread = threading.Thread(target=self._watch, name="kg-serve-lanes", daemon=True)
        self._thread.start()

    def _start(self, index: int) -> None:
        listener, url, settings, parent_address, cors, lock_wait = self._args
        mine, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        base = index * _SLOTS
        self._state[base], self._state[base + 1], self._state[base + 2] = _OTHER, 0.0, 0.0
        process = _CONTEXT.Process(
            target=_lane_main, args=(index, listener, theirs, self._state, self._give_way, url, settings, parent_address, cors, lock_wait, os.getpid()),
            daemon=True, name="kg-serve-lane",
        )
        process.start()
        theirs.close()
        mine.setblocking(False)  # read when poll says so, never waited on
        self._slots[index] = _Slot(process, mine)

    def pids(self) -> list[int]:
        """Process ids of the lanes now (for tests and monitoring)."""
        return sorted(slot.process.pid for slot in self._slots if slot is not None)

    def _watch(self) -> None:
        while not self._stopping.is_set():
            try:
                self._check()
            except Exception:  # noqa: BLE001 - a defect here must not end the deadlines' watch
                print(f"kg serve: internal error watching the lanes:\n{traceback.format_exc()}", file=sys.stderr, flush=True)
                time.sleep(0.1)

    def _check(self) -> None:
        """Take the connections the lanes announce, bury the lanes that died, and kill
        those past their deadline; returns after at most _WATCH_MS."""
        poller = select.poll()
        owners = {}
        for index, slot in enumerate(self._slots):
            poller.register(slot.control.fileno(), select.POLLIN)
            poller.register(slot.process.sentinel, select.POLLIN)
            owners[slot.control.fileno()] = owners[slot.process.sentinel] = index
        for fd, _ in poller.poll(_WATCH_MS):
            index = owners[fd]
            slot = self._slots[index]
            if fd == slot.process.sentinel:
                self._lost(index, timed_out=False)
            elif fd == slot.control.fileno():
                slot.take()
        now = time.monotonic()
        for index in range(len(self._slots)):
            base = index * _SLOTS
            if self._state[base] in (_RUNNING, _STREAMING) and now > self._state[base + 1]:
                self._lost(index, timed_out=True)

    def _lost(self, index: int, *, timed_out: bool) -> None:
        """Kill (or bury) lane *index*, answer the client whose request it held, start another."""
        if self._stopping.is_set():
            return
        slot = self._slots[index]
        slot.process.kill()  # the work stops at once
        slot.process.join(5.0)  # a process in uninterruptible I/O takes a moment to go
        slot.take()
        base = index * _SLOTS
        held = self._state[base] == _RUNNING and slot.connection is not None and slot.sequence == self._state[base + 2]
        if held:
            if timed_out:
                message = f"query timed out after {self._settings.timeout:g} s; it was stopped"
                status = 503
            else:
                message = "the query engine failed on this request; the server carries on"
                status = 500
            body = (message + "\n").encode()
            headers = [(b"content-length", b"%d" % len(body)), (b"content-type", b"text/plain; charset=utf-8")]
            try:
                slot.connection.settimeout(1.0)
                slot.connection.sendall(response_bytes(status, headers, body, False))
                slot.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # the client left; nothing to tell it
        elif timed_out:
            print(f"kg serve: a streamed answer passed its deadline ({self._settings.timeout:g} s); its connection was cut",
                  file=sys.stderr, flush=True)
        if not timed_out:
            why = "a worker died on a request" if held else "a lane ended"
            print(f"kg serve: {why} (worker exit code {slot.process.exitcode}); started another", file=sys.stderr, flush=True)
        slot.forget()
        slot.control.close()
        self._start(index)

    def close(self) -> None:
        """Stop every lane."""
        self._stopping.set()
        self._thread.join(1.0)
        for slot in self._slots:
            if slot is not None:
                slot.process.kill()
                slot.process.join(1.0)
                slot.forget()
                slot.control.close()
