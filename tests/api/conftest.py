"""Fixtures for the HTTP API: a store built from the seed article and a real uvicorn server.

The server runs in a thread on a loopback socket bound to a free port before uvicorn starts
(no race for the port), and the fixture waits until it answers.
"""

from __future__ import annotations

import gc
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import uvicorn

from api.app import Settings, create_app

ROW_LIMIT = 100  # small enough that "every triple" is cut, large enough for the seed's actors
MAX_BODY = 20_000
MAX_DEPTH = 2


@dataclass(frozen=True)
class BuiltStore:
    path: Path
    summary: object


@pytest.fixture(scope="session")
def built_store(tmp_path_factory: pytest.TempPathFactory, seed_path: Path) -> BuiltStore:
    """The seed article built into an on-disk store with the library's own build."""
    from graph.build import build
    from graph.store import Store

    path = tmp_path_factory.mktemp("api") / "store"
    with Store.open(path) as store:
        summary = build([seed_path], store=store)
    del store
    gc.collect()  # the on-disk store holds a lock until it is released
    assert summary.articles == 1, summary
    return BuiltStore(path, summary)


@dataclass(frozen=True)
class LiveServer:
    url: str
    settings: Settings

    @property
    def sparql(self) -> str:
        return self.url + "/sparql"


@contextmanager
def live_server(app, settings: Settings) -> Iterator[LiveServer]:
    """Run ``app`` with uvicorn in a thread on a free loopback port until the block ends."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    uv = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=uv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    try:
        while True:
            if not thread.is_alive():
                pytest.fail("the uvicorn server stopped while starting (see its log above)")
            try:
                if httpx.get(url + "/openapi.json", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"the uvicorn server did not answer on {url} within 30 s")
            time.sleep(0.05)
        yield LiveServer(url, settings)
    finally:
        uv.should_exit = True
        thread.join(timeout=10)
        sock.close()


@pytest.fixture(scope="session")
def start_server():
    """``live_server`` for tests that need a server with other settings."""
    return live_server


@pytest.fixture(scope="session")
def server(built_store: BuiltStore) -> Iterator[LiveServer]:
    settings = Settings(query_timeout=20.0, row_limit=ROW_LIMIT, max_body_bytes=MAX_BODY, max_depth=MAX_DEPTH)
    with live_server(create_app(store_path=built_store.path, settings=settings), settings) as live:
        yield live


# The seed gold's first stance (S1): Macron, or France he speaks for, asks Putin, or Russia, to
# protect the SDF. Either reading is right, so tests find which one the extractor chose.
S1_HOLDERS = ("Q3052772", "Q142")
S1_TARGETS = ("Q7747", "Q159")


@pytest.fixture(scope="session")
def s1_request(server: LiveServer) -> tuple[str, str]:
    """(holder id, target id) of the gold's REQUEST stance S1, as the store has it."""
    from ontology.iris import actor_id, actor_iri
    from ontology.namespace import QAWL

    holders = " ".join(f"<{actor_iri(a)}>" for a in S1_HOLDERS)
    targets = " ".join(f"<{actor_iri(a)}>" for a in S1_TARGETS)
    query = (f"SELECT ?h ?t WHERE {{ VALUES ?h {{ {holders} }} VALUES ?t {{ {targets} }} "
             f"GRAPH ?g {{ ?h <{QAWL.requests}> ?t }} }} ORDER BY ?h ?t")
    rows = httpx.get(server.sparql, params={"query": query}, timeout=30).json()["results"]["bindings"]
    assert rows, "the seed's REQUEST stance Macron/France -> Putin/Russia (gold S1) is not in the store"
    return actor_id(rows[0]["h"]["value"]), actor_id(rows[0]["t"]["value"])


@pytest.fixture()
def client(server: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=30) as c:
        yield c
