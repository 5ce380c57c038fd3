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

Stores that are not embedded (``memory:``, remote endpoints) cannot be opened by another
process; they are served by threads, as before (:class:`InProcess`).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
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

    conn.send(("ready", None))  # the imports took a second: no deadline should count them
    graph = None
    while True:
        if graph is not None and not conn.poll(idle_close):
            graph.close()
            graph = None
            continue
        try:
            task, args = conn.recv()
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
        conn.send(reply)
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

    async def start(self) -> None:
        """Wait for the worker's first message, sent once it has imported kg."""
        if not self.ready:
            await self._reply(_STARTUP_SECONDS)
            self.ready = True

    async def request(self, message, timeout: float | None = None):
        """Send *message* and wait for the reply; TimeoutError after *timeout* seconds."""
        self.conn.send(message)
        return await self._reply(timeout)

    async def _reply(self, timeout: float | None = None):
        # A future woken by the pipe and a timer, not asyncio.wait_for: that makes a task
        # per call, a cost every request would pay.
        loop = asyncio.get_running_loop()
        ready = loop.create_future()
        descriptor = self.conn.fileno()
        loop.add_reader(descriptor, _settle, ready, None)
        timer = None if timeout is None else loop.call_later(timeout, _settle, ready, TimeoutError())
        try:
            await ready
        finally:
            loop.remove_reader(descriptor)
            if timer is not None:
                timer.cancel()
        return self.conn.recv()

    def kill(self) -> None:
        self.process.kill()
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
        self._idle: asyncio.Queue[_Worker] = asyncio.Queue()
        self._all: set[_Worker] = set()
        for _ in range(1 if write else max(1, size)):
            self._add()

    def _add(self) -> None:
        worker = _Worker(*self._spawn_args)
        self._all.add(worker)
        self._idle.put_nowait(worker)

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
        try:
            worker = self._idle.get_nowait()
        except asyncio.QueueEmpty:
            try:
                worker = await asyncio.wait_for(self._idle.get(), timeout + _STARTUP_SECONDS)
            except TimeoutError:
                raise StoreBusyError("every worker of this server is busy; try again later") from None
        try:
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
        self._idle.put_nowait(worker)
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
