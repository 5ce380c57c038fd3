"""Where ``kg serve`` runs store work: worker processes that a timeout can stop.

pyoxigraph offers no way to cancel a query, and a thread cannot be stopped from outside, so
a runaway query in a thread keeps its core busy after its client was answered 503. Each
worker here is a process that opens the store itself and runs one task at a time; when a
task passes its deadline the process is killed (SIGKILL: the work stops at once, an update
in progress is not committed) and a fresh one takes its place. A worker that dies on a
request (a crash inside the engine) is replaced the same way, and the server goes on.

A worker holds the store open only while it has work: after ``idle_close`` seconds without
a request it closes it, releasing the store's lock, so a ``kg load`` waiting for the lock gets
it in the first pause, and the next request opens the store again and sees what was written.
What a worker built from the store (the explorer's projection) stays in its memory across
such pauses, keyed by the store's version, so it is reused while the store is unchanged;
the pool therefore gives the explorer's tasks to the worker that last ran one, instead of
making each worker in turn build its own copy.

Stores that are not embedded (``memory:``, remote endpoints) cannot be opened by another
process; they are served by threads, as before (:class:`InProcess`).

When lanes serve a read-only store's queries (:mod:`kg.serve.lanes`), this pool is left the
explorer's tasks, and has two workers at most.
"""

from __future__ import annotations

import asyncio
import collections
import multiprocessing
import os
import pickle
import select
import signal
import struct
import sys
import threading
import traceback

import anyio

from kg.errors import KGError, StoreBusyError

__all__ = ["EngineFailure", "InProcess", "WorkerPool", "executor_for"]

_CONTEXT = multiprocessing.get_context("spawn")
_PR_SET_PDEATHSIG = 1
# How long a new worker may take to import kg, and a request may wait for a free worker
# beyond its own timeout (the busy ones are stopped at theirs).
_STARTUP_SECONDS = 120.0
# Tasks that only run SPARQL through the engine; every other task works on what the worker
# builds from the store in Python (the projection), which is worth keeping warm in one place.
_ENGINE_TASKS = frozenset({"sparql", "update", "ping"})


# A message on a worker's pipe: its length, then its pickle. Read and written here rather
# than by Connection.send_bytes/recv_bytes, whose framing costs two reads and a buffer
# object per message: a small message is one write, and one read into a buffer that each
# end keeps (a fresh 64 KiB bytes object a read cost the allocator a consolidation on
# every free). The pipe carries one message at a time each way, so a read never takes the
# start of the next one.
_LENGTH = struct.Struct("<Q")
_INBOX_BYTES = 1 << 16


def _send(conn, message) -> None:
    # Plain pickle: Connection.send's pickler copies the copyreg table on every call, for
    # reducers (sockets, connections) that no message here holds.
    payload = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    fd = conn.fileno()
    if len(payload) < _INBOX_BYTES:
        parts = [_LENGTH.pack(len(payload)) + payload]
    else:
        parts = [_LENGTH.pack(len(payload)), payload]  # not copied to add 8 bytes
    for part in parts:
        view = memoryview(part)
        while view:
            view = view[os.write(fd, view):]


def _receive(conn, inbox: bytearray):
    """The next message on *conn*, read through *inbox* (a buffer of _INBOX_BYTES)."""
    fd = conn.fileno()
    view = memoryview(inbox)
    got = os.readv(fd, [view])
    while 0 < got < _LENGTH.size:
        more = os.readv(fd, [view[got:]])
        if not more:
            raise EOFError
        got += more
    if not got:
        raise EOFError
    size = _LENGTH.unpack_from(inbox)[0]
    end = _LENGTH.size + size
    if got == end:
        return pickle.loads(view[_LENGTH.size:end])
    if got > end:
        raise EOFError  # more than one message: the other side is not a worker's loop
    message = bytearray(size)
    message[:got - _LENGTH.size] = view[_LENGTH.size:got]
    body, got = memoryview(message), got - _LENGTH.size
    while got < size:
        count = os.readv(fd, [body[got:]])
        if not count:
            raise EOFError
        got += count
    return pickle.loads(message)


class EngineFailure(Exception):
    """A worker died while working on a request (answered 500; the server goes on)."""


def _die_with_parent() -> None:
    # A worker busy in a runaway query would outlive a parent killed by SIGKILL; on Linux
    # the kernel can send it SIGKILL when the parent goes.
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass  # not Linux: the worker still ends when its pipe closes between tasks


def _serve_tasks(conn, url: str, write: bool, idle_close: float, lock_wait: float) -> None:
    """A worker's main loop: receive (task, args), run it, send back the outcome."""
    _die_with_parent()
    # Ctrl-C reaches the whole process group; the parent decides when workers stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Waiting for the store's lock longer than a request may last helps nobody.
    os.environ["KG_LOCK_TIMEOUT"] = f"{lock_wait:g}"
    from kg.graph import KnowledgeGraph
    from kg.serve.tasks import TASKS

    _send(conn, ("ready", None))  # the imports took a second: no deadline should count them
    # One poller for the worker's life: Connection.poll builds a selector on every call.
    poller = select.poll()
    poller.register(conn.fileno(), select.POLLIN)
    inbox = bytearray(_INBOX_BYTES)
    graph = None
    while True:
        if graph is not None and not poller.poll(idle_close * 1000):
            graph.close()
            graph = None
            continue
        try:
            task, args = _receive(conn, inbox)
        except (EOFError, OSError):
            break
        try:
            if graph is None:
                graph = KnowledgeGraph.open(url, read_only=not write)
            reply = ("ok", TASKS[task](graph, *args))
        except KGError as error:
            reply = ("error", error)
        except Exception:  # noqa: BLE001 - a defect in kg: the parent logs it and answers 500; the worker goes on
            reply = ("defect", traceback.format_exc())
        _send(conn, reply)
    if graph is not None:
        graph.close()


def _settle(future, error: BaseException | None) -> None:
    if not future.done():
        if error is None:
            future.set_result(None)
        else:
            future.set_exception(error)


class _Worker:
    def __init__(self, url: str, write: bool, idle_close: float, lock_wait: float) -> None:
        self.conn, child = _CONTEXT.Pipe()
        self.process = _CONTEXT.Process(
            target=_serve_tasks, args=(child, url, write, idle_close, lock_wait), daemon=True, name="kg-serve-worker"
        )
        self.process.start()
        child.close()
        self.ready = False
        #: Whether this worker has run a task that builds from the store (see _ENGINE_TASKS).
        self.warm = False
        self._loop = None  # the event loop watching the pipe, once a request came
        self._waiting = None  # the future of the reply awaited now
        self._inbox = bytearray(_INBOX_BYTES)

    async def start(self) -> None:
        """Wait for the worker's first message, sent once it has imported kg."""
        if not self.ready:
            await self._reply(_STARTUP_SECONDS)
            self.ready = True

    async def request(self, message, timeout: float | None = None):
        """Send *message* and wait for the reply; TimeoutError after *timeout* seconds."""
        _send(self.conn, message)
        return await self._reply(timeout)

    def _readable(self) -> None:
        if self._waiting is not None:
            _settle(self._waiting, None)
        else:
            # Nobody awaits a reply: the worker died between requests (its pipe reads as
            # closed, for ever). Stop watching; the next request finds it gone.
            self._unwatch()

    def _unwatch(self) -> None:
        loop, self._loop = self._loop, None
        if loop is not None and not loop.is_closed():
            loop.remove_reader(self.conn.fileno())

    async def _reply(self, timeout: float | None = None):
        # The pipe stays watched from one request to the next (registering it each time
        # costs two system calls), and a timer wakes the same future: no task per call.
        loop = asyncio.get_running_loop()
        if self._loop is not loop:
            self._unwatch()
            loop.add_reader(self.conn.fileno(), self._readable)
            # uvloop makes a watched descriptor non-blocking; the pipe is read and written
            # whole, a message at a time, so it must block (a large answer arrives in parts).
            os.set_blocking(self.conn.fileno(), True)
            self._loop = loop
        ready = self._waiting = loop.create_future()
        timer = None if timeout is None else loop.call_later(timeout, _settle, ready, TimeoutError())
        try:
            await ready
        finally:
            self._waiting = None
            if timer is not None:
                timer.cancel()
        return _receive(self.conn, self._inbox)

    def kill(self) -> None:
        self.process.kill()
        if not self.conn.closed:
            self._unwatch()  # before the descriptor is closed and its number given to another
            self.conn.close()
        # Reaped off the event loop: a process in uninterruptible I/O takes a moment to go.
        threading.Thread(target=self.process.join, daemon=True).start()


class WorkerPool:
    """*size* worker processes over the embedded store at *url*.

    Parameters
    ----------
    url : str
        The store's URL (``oxigraph:PATH``), opened by each worker.
    size : int
        How many tasks run at once (1 when *write*: only one process may write).
    write : bool
        Open the store for writing (updates allowed) instead of read-only.
    idle_close : float
        Seconds without work after which a worker closes the store (see module docstring).
    lock_wait : float
        Seconds a worker waits for the store's lock before answering that it is busy.
    """

    def __init__(self, url: str, *, size: int, write: bool, idle_close: float = 1.0, lock_wait: float = 30.0) -> None:
        self._spawn_args = (url, write, idle_close, lock_wait)
        # Idle workers, the one that finished last at the end: taken from there, a busy
        # server keeps using the workers whose memory is warm.
        self._idle: list[_Worker] = []
        self._waiters: collections.deque[asyncio.Future] = collections.deque()
        self._all: set[_Worker] = set()
        for _ in range(1 if write else max(1, size)):
            self._add()

    def _add(self) -> None:
        worker = _Worker(*self._spawn_args)
        self._all.add(worker)
        self._release(worker)

    def _release(self, worker: _Worker) -> None:
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(worker)
                return
        self._idle.append(worker)

    def _take(self, task: str) -> _Worker | None:
        """The idle worker for *task*: for a task building from the store, the last one
        that ran such a task (its projection is built); for SPARQL, the last one that did
        not, if any (the warm one stays free for the explorer); else the last to finish."""
        if not self._idle:
            return None
        warm = task not in _ENGINE_TASKS
        for position in range(len(self._idle) - 1, -1, -1):
            if self._idle[position].warm == warm:
                return self._idle.pop(position)
        return self._idle.pop()

    async def _acquire(self, task: str, timeout: float) -> _Worker:
        worker = self._take(task)
        if worker is not None:
            return worker
        waiter = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            return await asyncio.wait_for(waiter, timeout + _STARTUP_SECONDS)
        except TimeoutError:
            raise StoreBusyError("every worker of this server is busy; try again later") from None
        except BaseException:
            # Cancelled while a worker was being handed over: give it to the next one.
            if waiter.done() and not waiter.cancelled():
                self._release(waiter.result())
            raise

    def _replace(self, worker: _Worker, why: str) -> None:
        if why:
            worker.process.join(0.5)  # it has closed its pipe: it is gone or going; its code tells how
        code = worker.process.exitcode
        worker.kill()
        self._all.discard(worker)
        if why:
            print(f"kg serve: {why} (worker exit code {code}); started another", file=sys.stderr, flush=True)
        self._add()

    def pids(self) -> list[int]:
        """Process ids of the current workers (for tests and monitoring)."""
        return sorted(w.process.pid for w in self._all)

    async def call(self, task: str, *args, timeout: float):
        """Run *task* in a worker; TimeoutError after *timeout* s (the work is stopped)."""
        worker = await self._acquire(task, timeout)
        try:
            if not worker.ready:
                await worker.start()
            reply = await worker.request((task, args), timeout)
        except TimeoutError:
            self._replace(worker, "")
            raise TimeoutError from None
        except (EOFError, OSError) as error:
            self._replace(worker, "a worker died on a request")
            raise EngineFailure("the query engine failed on this request") from error
        except BaseException:
            # Cancelled mid-task: the worker's answer would be read by the next request.
            self._replace(worker, "")
            raise
        worker.warm = worker.warm or task not in _ENGINE_TASKS
        self._release(worker)
        status, value = reply
        if status == "error":
            raise value
        if status == "defect":
            print(f"kg serve: internal error in a worker:\n{value}", file=sys.stderr, flush=True)
            raise EngineFailure("internal error")
        return value

    def close(self) -> None:
        """Stop every worker."""
        for worker in list(self._all):
            worker.kill()
        self._all.clear()


class InProcess:
    """Tasks in threads of this process, over an open graph (stores other processes cannot open)."""

    def __init__(self, graph, size: int) -> None:
        self.graph = graph
        self._limiter = anyio.CapacityLimiter(max(1, size))

    def pids(self) -> list[int]:
        return []

    async def call(self, task: str, *args, timeout: float):
        from kg.serve.tasks import TASKS

        # A timeout answers the client; the thread finishes its work on its own.
        with anyio.fail_after(timeout):
            return await anyio.to_thread.run_sync(TASKS[task], self.graph, *args, limiter=self._limiter, abandon_on_cancel=True)

    def close(self) -> None:
        """Nothing to stop: the graph belongs to the caller."""


def executor_for(graph, *, threads: int, idle_close: float, lock_wait: float):
    """A :class:`WorkerPool` for an embedded store (whose handle *graph* gives up, so the
    workers can open it), else an :class:`InProcess` over *graph*."""
    from kg.store.oxigraph import OxigraphStore

    store = graph.store
    if not isinstance(store, OxigraphStore):
        return InProcess(graph, threads)
    from kg.analysis.project import forget_projections

    url = f"oxigraph:{store.path.resolve()}"
    write = not store.read_only
    graph.close()
    # The workers build or load their own; here it would only slow every garbage collection.
    forget_projections()
    return WorkerPool(url, size=threads, write=write, idle_close=idle_close, lock_wait=lock_wait)
