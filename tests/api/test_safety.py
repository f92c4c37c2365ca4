"""Safety of the endpoint on a real server: SERVICE allow-list, runaway queries, CORS.

The runaway test measures how long after its limit a query is stopped and writes it to
``test-output/runaway-stop.txt``.
"""

from __future__ import annotations

import multiprocessing as mp
import socket
import threading
import time
from pathlib import Path

import httpx
import pytest

from api.app import Settings, create_app

OUT = Path(__file__).resolve().parents[2] / "test-output"
# The seed store has some thousands of triples: a three-way cross product runs for hours.
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


class Listener:
    """A TCP socket on loopback that records every connection made to it."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.1)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except (TimeoutError, OSError):
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)
        self.sock.close()


@pytest.fixture()
def listener():
    live = Listener()
    yield live
    live.close()


def _refused_queries(url: str) -> list[str]:
    return [
        f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
        f"PREFIX remote: <{url.rsplit('/', 1)[0]}/>\nSELECT * WHERE {{ service remote:sparql {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ \\u0053ERVICE <{url}> {{ ?s ?p ?o }} }}",  # codepoint escape
        f"SELECT * WHERE {{ BIND(<{url}> AS ?e) SERVICE ?e {{ ?s ?p ?o }} }}",
        f"# a comment\nSELECT * WHERE {{ ?x ?y ?z . SERVICE <{url}> {{ ?s ?p ?o }} }} LIMIT 1",
    ]


def test_service_to_an_unlisted_endpoint_is_refused_without_a_request(server, listener) -> None:
    url = f"http://127.0.0.1:{listener.port}/sparql"
    for query in _refused_queries(url):
        for response in (httpx.get(server.sparql, params={"query": query}, timeout=30),
                         httpx.post(server.sparql, data={"query": query}, timeout=30)):
            assert response.status_code == 403, (query, response.text)
            assert response.json()["error"]["code"] == "service_refused"
    time.sleep(0.3)
    assert listener.connections == 0


def test_the_word_service_elsewhere_is_no_service_call(client: httpx.Client) -> None:
    query = ('SELECT ?x WHERE { VALUES ?x { "SERVICE <http://127.0.0.1:9/x>" <http://example.org/SERVICE> } }'
             " # SERVICE <http://127.0.0.1:9/y>")
    r = client.get("/sparql", params={"query": query})
    assert r.status_code == 200 and len(r.json()["results"]["bindings"]) == 2


def test_a_listed_endpoint_is_called(built_store, start_server, server, listener) -> None:
    """With the session server's endpoint on the allow-list, SERVICE reaches it and answers;
    an endpoint not on the list is still refused."""
    settings = Settings(service_allow=(server.sparql,))
    query = ("SELECT ?n WHERE { SERVICE <%s> { SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s a qawl:Actor } } } }")
    with start_server(create_app(store_path=built_store.path, settings=settings), settings) as live:
        r = httpx.get(live.sparql, params={"query": query % server.sparql}, timeout=60)
        assert r.status_code == 200, r.text
        assert int(r.json()["results"]["bindings"][0]["n"]["value"]) > 0
        other = f"http://127.0.0.1:{listener.port}/sparql"
        refused = httpx.get(live.sparql, params={"query": query % other}, timeout=60)
        assert refused.status_code == 403 and server.sparql in refused.json()["error"]["message"]
    assert listener.connections == 0


def _workers() -> list[mp.Process]:
    return [p for p in mp.active_children() if p.name == "qawl-query-worker"]


def test_a_runaway_query_is_stopped_within_a_second_of_its_limit(built_store, start_server) -> None:
    limit = 2.0
    settings = Settings(query_timeout=limit, workers=2)
    before = {p.pid for p in _workers()}
    with start_server(create_app(store_path=built_store.path, settings=settings), settings) as live:
        mine = [p for p in _workers() if p.pid not in before]
        assert len(mine) == 2
        outcome: dict[str, object] = {}

        def runaway() -> None:
            started = time.monotonic()
            r = httpx.get(live.sparql, params={"query": RUNAWAY}, timeout=60)
            outcome["seconds"] = time.monotonic() - started
            outcome["response"] = r

        thread = threading.Thread(target=runaway)
        thread.start()
        time.sleep(0.3)
        # meanwhile, the other worker and the record routes keep answering
        served = 0
        with httpx.Client(base_url=live.url, timeout=10) as client:
            while thread.is_alive() and served < 50:
                assert client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"] is True
                assert client.get("/actors/Q142/neighbourhood").status_code == 200
                served += 1
        thread.join(30)
        r = outcome["response"]
        assert r.status_code == 503, r.text
        assert r.json()["error"]["code"] == "query_timeout"
        assert "stopped" in r.json()["error"]["message"]
        seconds = outcome["seconds"]
        assert limit <= seconds <= limit + 1.0, seconds
        assert served >= 3
        # the worker that ran it is gone (killed, not left running), and a fresh one replaces it
        killed = [p for p in mine if not p.is_alive()]
        assert len(killed) == 1
        deadline = time.monotonic() + 30
        while len([p for p in _workers() if p.pid not in before and p.is_alive()]) < 2:
            assert time.monotonic() < deadline, "no replacement worker started"
            time.sleep(0.1)
        for _ in range(3):  # both workers answer again
            assert httpx.get(live.sparql, params={"query": "ASK { ?s ?p ?o }"}, timeout=10).status_code == 200
        OUT.mkdir(exist_ok=True)
        (OUT / "runaway-stop.txt").write_text(
            f"time limit {limit:g} s; the runaway query was answered 503 after {seconds:.3f} s "
            f"({seconds - limit:.3f} s past the limit); {served} other request pairs served meanwhile\n",
            encoding="utf-8")


def test_cors_is_off_by_default(client: httpx.Client) -> None:
    r = client.get("/sparql", params={"query": "ASK {}"}, headers={"origin": "http://example.org"})
    assert r.status_code == 200 and "access-control-allow-origin" not in r.headers
    pre = client.options("/sparql", headers={"origin": "http://example.org", "access-control-request-method": "POST"})
    assert "access-control-allow-origin" not in pre.headers


def test_cors_when_configured(built_store, start_server) -> None:
    settings = Settings(cors_origins=("http://example.org",))
    with start_server(create_app(store_path=built_store.path, settings=settings), settings) as live:
        ok = httpx.get(live.sparql, params={"query": "ASK {}"}, headers={"origin": "http://example.org"}, timeout=30)
        assert ok.headers["access-control-allow-origin"] == "http://example.org"
        other = httpx.get(live.sparql, params={"query": "ASK {}"}, headers={"origin": "http://evil.test"}, timeout=30)
        assert "access-control-allow-origin" not in other.headers


def test_bodies_over_the_limit_are_refused_on_every_post(client: httpx.Client, server) -> None:
    big = b"x" * (server.settings.max_body_bytes + 1)
    for path, ctype in (("/sparql", "application/sparql-query"), ("/articles", "application/json"),
                        ("/rdf-graphs?default", "text/turtle")):
        r = client.post(path, content=big, headers={"content-type": ctype})
        # writes are off on this server: refused before the body is read, else 413
        assert r.status_code in (403, 413) and r.json()["error"]["code"] in ("read_only", "body_too_large")
    assert client.post("/sparql", content=big, headers={"content-type": "application/sparql-query"}).status_code == 413
