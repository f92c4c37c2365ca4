"""Killable SPARQL workers: a small pool of processes that each open the store read-only.

pyoxigraph cannot cancel a running query, and a thread cannot be killed, so a runaway query in
a thread would run on and hold the store. Here each query runs in a worker process; one that
overruns its time limit is killed (SIGKILL) the moment the limit passes, and a fresh worker
replaces it in the background while the others keep answering.

Owns ``QueryPool`` (blocking methods: call them from a worker thread, never the event loop),
``QueryJob`` (what a worker is asked) and ``QueryAnswer``. A worker runs
``graph.query.run_query`` and serialises the result itself (``graph.query.serialise``, or
``graph.serving.serialise_graph`` for the RDF formats), so only bytes cross the pipe.

A read-only store sees the data as it was when it was opened: after a write the app calls
``recycle`` so every worker reopens the store.
"""

from __future__ import annotations

import multiprocessing as mp
import queue
import threading
import time
from dataclasses import dataclass
from pathlib import Path

__all__ = ["PoolBusy", "QueryAnswer", "QueryJob", "QueryPool", "QueryTimeout", "WorkerFailed"]


class QueryTimeout(Exception):
    """The query ran past its limit; its worker was killed after ``stopped_after`` seconds."""

    def __init__(self, limit: float, stopped_after: float) -> None:
        super().__init__(f"the query ran longer than {limit:g} s and was stopped")
        self.limit = limit
        self.stopped_after = stopped_after


class PoolBusy(Exception):
    """No worker became free in time."""


class WorkerFailed(Exception):
    """The query failed in its worker: ``kind`` is the exception class name there."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


@dataclass(frozen=True, slots=True)
class QueryJob:
    sparql: str
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    solution_format: str | None = "json"  # a graph.query format; None: not acceptable
    graph_format: str | None = "turtle"  # a graph.serving.GRAPH_WRITE_FORMATS key; None: not acceptable
    row_limit: int | None = None


@dataclass(frozen=True, slots=True)
class QueryAnswer:
    kind: str  # "solutions", "boolean" or "graph"
    format: str | None  # None: the client accepts no format for this kind of result
    body: bytes
    truncated: bool


def _worker_main(conn, store_path: str) -> None:  # pragma: no cover - runs in the child process
    from graph.query import run_query, serialise
    from graph.serving import serialise_graph
    from graph.store import Store

    try:
        store = Store.open(store_path, read_only=True)
    except Exception as exc:  # noqa: BLE001 - reported to the parent, which logs nothing itself
        conn.send(("failed", type(exc).__name__, str(exc)))
        return
    conn.send(("ready",))
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        try:
            result = run_query(store, job.sparql, default_graph=list(job.default_graphs) or None,
                               named_graphs=list(job.named_graphs) or None, limit=job.row_limit)
            if result.kind == "graph":
                fmt = job.graph_format
                body = serialise_graph(result.triples, fmt) if fmt else b""
            else:
                fmt = job.solution_format
                body = serialise(result, fmt).encode("utf-8") if fmt else b""
            conn.send(("ok", QueryAnswer(result.kind, fmt, body, result.truncated)))
        except Exception as exc:  # noqa: BLE001 - every failure goes back as (class, message)
            conn.send(("error", type(exc).__name__, " ".join(str(exc).split())))


class _Worker:
    def __init__(self, ctx, store_path: str, generation: int) -> None:
        self.generation = generation  # the pool's generation when this worker opened the store
        self.conn, child = ctx.Pipe(duplex=True)
        self.process = ctx.Process(target=_worker_main, args=(child, store_path), daemon=True,
                                   name="qawl-query-worker")
        self.process.start()
        child.close()

    def wait_ready(self, timeout: float) -> None:
        if not self.conn.poll(timeout):
            self.kill()
            raise WorkerFailed("StartTimeout", f"a query worker did not start within {timeout:g} s")
        message = self.conn.recv()
        if message[0] != "ready":
            self.kill()
            raise WorkerFailed(message[1], message[2])

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except (OSError, ValueError):
            pass
        self.process.join(2)
        self.kill()


class QueryPool:
    """``workers`` processes answering queries over the store at ``store_path``."""

    def __init__(self, store_path: str | Path, *, workers: int = 2, start_timeout: float = 60.0) -> None:
        if workers < 1:
            raise ValueError(f"workers must be 1 or more, not {workers}")
        self.store_path = str(store_path)
        self.workers = workers
        self.start_timeout = start_timeout
        self._ctx = mp.get_context("spawn")  # no fork of a process with threads and an open store
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._generation = 0
        self._closed = False
        self.last_stop_seconds: float | None = None  # how long the last killed query had run

    def start(self) -> None:
        """Start every worker and wait until each has opened the store."""
        started = [_Worker(self._ctx, self.store_path, self._generation)
                   for _ in range(self.workers)]
        try:
            for w in started:
                w.wait_ready(self.start_timeout)
        except Exception:
            for w in started:
                w.kill()
            raise
        with self._lock:
            for w in started:
                self._all.add(w)
                self._idle.put(w)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for w in workers:
            w.stop()

    def recycle(self) -> None:
        """Replace every worker (each idle one now, each busy one when its query ends), so all
        see the store as it is now."""
        with self._lock:
            self._generation += 1
        drained = []
        while True:
            try:
                drained.append(self._idle.get_nowait())
            except queue.Empty:
                break
        for w in drained:
            self._retire(w)

    def run(self, job: QueryJob, *, timeout: float, wait: float | None = None) -> QueryAnswer:
        """Run ``job`` in a free worker; ``QueryTimeout`` once it has run ``timeout`` seconds."""
        patience = timeout if wait is None else wait
        deadline = time.monotonic() + patience
        while True:
            try:
                worker = self._idle.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise PoolBusy(f"every query worker stayed busy for {patience:g} s") from None
            # A worker that opened the store before the last write would answer from the old
            # store: replace it and take another.
            if worker.generation == self._generation:
                break
            self._retire(worker)
        generation = self._generation
        started = time.monotonic()
        try:
            worker.conn.send(job)
            ready = worker.conn.poll(timeout)
        except (OSError, EOFError, ValueError):
            self._retire(worker)
            raise WorkerFailed("WorkerDied", "the query worker stopped unexpectedly") from None
        if not ready:
            worker.kill()  # the only way to stop a pyoxigraph query
            self.last_stop_seconds = time.monotonic() - started
            self._retire(worker, killed=True)
            raise QueryTimeout(timeout, self.last_stop_seconds)
        try:
            message = worker.conn.recv()
        except (OSError, EOFError):
            self._retire(worker, killed=True)
            raise WorkerFailed("WorkerDied", "the query worker stopped while answering") from None
        if generation != self._generation:
            self._retire(worker)
        else:
            self._idle.put(worker)
        if message[0] == "ok":
            return message[1]
        raise WorkerFailed(message[1], message[2])

    def _retire(self, worker: _Worker, *, killed: bool = False) -> None:
        """Stop ``worker`` and start its replacement in the background."""
        with self._lock:
            self._all.discard(worker)
            if self._closed:
                worker.kill()
                return
        if not killed:
            threading.Thread(target=worker.stop, daemon=True).start()
        threading.Thread(target=self._replace, daemon=True, name="qawl-worker-replace").start()

    def _replace(self) -> None:
        for attempt in range(3):  # then the pool goes on one worker short; queries still wait
            if self._closed:
                return
            try:
                fresh = _Worker(self._ctx, self.store_path, self._generation)
                fresh.wait_ready(self.start_timeout)
                break
            except Exception:  # noqa: BLE001 - tried again after a pause
                time.sleep(1 + 2 * attempt)
        else:
            return
        with self._lock:
            if self._closed:
                fresh.kill()
                return
            self._all.add(fresh)
        self._idle.put(fresh)
