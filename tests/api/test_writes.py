"""Writes over HTTP on a real server with them switched on: SPARQL Update, the Graph Store
HTTP Protocol and article ingest, each behind the bearer token, on a copy of the seed store."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import httpx
import pytest
import rdflib

from api.app import Settings, create_app

TOKEN = "s3cret-token"
AUTH = {"authorization": f"Bearer {TOKEN}"}
G = "urn:qawl:test:graph"


@pytest.fixture(scope="module")
def writable(built_store, start_server, tmp_path_factory) -> Iterator[str]:
    path = tmp_path_factory.mktemp("writes") / "store"
    shutil.copytree(built_store.path, path)
    settings = Settings(updates=True, graph_store=True, ingest=True, token=TOKEN, max_body_bytes=200_000)
    with start_server(create_app(store_path=path, settings=settings), settings) as live:
        yield live.url


def _ask(url: str, query: str) -> bool:
    return httpx.get(url + "/sparql", params={"query": query}, timeout=30).json()["boolean"]


@pytest.mark.parametrize("headers", [{}, {"authorization": "Bearer wrong"}, {"authorization": f"Basic {TOKEN}"}])
def test_writes_without_the_token_are_401(writable: str, headers: dict) -> None:
    calls = [
        ("POST", "/sparql", {"data": {"update": f"INSERT DATA {{ GRAPH <{G}> {{ <urn:a> <urn:b> 1 }} }}"}}),
        ("POST", "/sparql", {"content": b"CLEAR ALL", "headers": {"content-type": "application/sparql-update"}}),
        ("PUT", f"/rdf-graphs?graph={G}", {"content": b"<urn:a> <urn:b> 1 .", "headers": {"content-type": "text/turtle"}}),
        ("DELETE", f"/rdf-graphs?graph={G}", {}),
        ("POST", "/articles", {"json": {"id": "x", "text": "Macron met Putin.", "lang": "en"}}),
    ]
    for method, path, options in calls:
        options = {**options, "headers": {**options.get("headers", {}), **headers}}
        r = httpx.request(method, writable + path, timeout=30, **options)
        assert r.status_code == 401, (method, path, r.text)
        assert r.json()["error"]["code"] == "unauthorized"
        assert r.headers["www-authenticate"].startswith("Bearer")
    assert not _ask(writable, f"ASK {{ GRAPH <{G}> {{ ?s ?p ?o }} }}")
    assert _ask(writable, "ASK { ?s a qawl:Claim }")  # CLEAR ALL did not run


def test_sparql_update_with_the_token(writable: str) -> None:
    update = f'INSERT DATA {{ GRAPH <{G}> {{ <urn:a> <urn:b> "ماكرون"@ar }} }}'
    r = httpx.post(writable + "/sparql", data={"update": update}, headers=AUTH, timeout=30)
    assert r.status_code == 204, r.text
    # the query workers were recycled: they see the write at once
    assert _ask(writable, f'ASK {{ GRAPH <{G}> {{ <urn:a> <urn:b> "ماكرون"@ar }} }}')
    r = httpx.post(writable + "/sparql", content=f"DROP GRAPH <{G}>".encode(), timeout=30,
                   headers={**AUTH, "content-type": "application/sparql-update"})
    assert r.status_code == 204
    assert not _ask(writable, f"ASK {{ GRAPH <{G}> {{ ?s ?p ?o }} }}")
    bad = httpx.post(writable + "/sparql", data={"update": "INSERT NONSENSE"}, headers=AUTH, timeout=30)
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "malformed_query"


# rdflib's own JSON-LD parser builds a deprecated ConjunctiveGraph inside
@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
def test_graph_store_protocol(writable: str) -> None:
    url = writable + "/rdf-graphs"
    turtle = '@prefix ex: <http://example.org/> . ex:a ex:says "قال"@ar ; ex:n 1 .'
    r = httpx.put(url, params={"graph": G}, content=turtle.encode(), headers={**AUTH, "content-type": "text/turtle"},
                  timeout=30)
    assert r.status_code == 201, r.text
    got = httpx.get(url, params={"graph": G}, headers={"accept": "application/n-triples"}, timeout=30)
    assert got.status_code == 200
    g = rdflib.Graph().parse(data=got.text, format="nt")
    assert len(g) == 2 and rdflib.Literal("قال", lang="ar") in set(g.objects())
    again = httpx.put(url, params={"graph": G}, content=b"<urn:x> <urn:y> <urn:z> .",
                      headers={**AUTH, "content-type": "application/n-triples"}, timeout=30)
    assert again.status_code == 204
    added = httpx.post(url, params={"graph": G}, content=b"<urn:x> <urn:y> <urn:w> .",
                       headers={**AUTH, "content-type": "application/n-triples"}, timeout=30)
    assert added.status_code == 204
    for accept, fmt in (("text/turtle", "turtle"), ("application/ld+json", "json-ld"), ("application/rdf+xml", "xml")):
        body = httpx.get(url, params={"graph": G}, headers={"accept": accept}, timeout=30)
        assert body.headers["content-type"].startswith(accept)
        assert set(rdflib.Graph().parse(data=body.text, format=fmt).objects()) == {
            rdflib.URIRef("urn:z"), rdflib.URIRef("urn:w")}
    assert _ask(writable, f"ASK {{ GRAPH <{G}> {{ <urn:x> <urn:y> <urn:w> }} }}")
    bad = httpx.put(url, params={"graph": G}, content=b"this is not turtle",
                    headers={**AUTH, "content-type": "text/turtle"}, timeout=30)
    assert bad.status_code == 400
    assert _ask(writable, f"ASK {{ GRAPH <{G}> {{ <urn:x> <urn:y> <urn:w> }} }}")  # untouched
    assert httpx.delete(url, params={"graph": G}, headers=AUTH, timeout=30).status_code == 204
    assert httpx.get(url, params={"graph": G}, timeout=30).status_code == 404
    assert httpx.delete(url, params={"graph": G}, headers=AUTH, timeout=30).status_code == 404


TEXT_1 = "Emmanuel Macron urged Vladimir Putin to protect the Syrian Democratic Forces, the Elysee said."
TEXT_2 = "Vladimir Putin accused Turkey of shelling Kurdish towns, the Kremlin said on Monday."


def test_ingest_returns_the_extraction_and_replaces_the_graph(writable: str) -> None:
    first = httpx.post(writable + "/articles", headers=AUTH, timeout=60, json={
        "id": "ingest-1", "text": TEXT_1, "lang": "en", "published": "2019-10-14", "title": "one"})
    assert first.status_code == 201, first.text
    extraction = first.json()["extraction"]
    assert extraction["article"]["id"] == "ingest-1"
    assert "Q3052772" in {a["id"] for a in extraction["actors"]}
    for claim in extraction["claims"]:  # spans point into the text as sent
        assert TEXT_1[claim["content"]["start"]:claim["content"]["end"]] == claim["content"]["text"]
    stored = httpx.get(writable + "/articles/ingest-1", timeout=30).json()
    assert stored["text"] == TEXT_1 and stored["title"] == "one"
    assert len(stored["claims"]) == len(extraction["claims"])

    second = httpx.post(writable + "/articles", headers=AUTH, timeout=60, json={
        "id": "ingest-1", "html": f"<html><head><title>two</title></head><body><p>{TEXT_2}</p></body></html>",
        "lang": "en", "published": "2019-10-15"})
    assert second.status_code == 201, second.text
    stored = httpx.get(writable + "/articles/ingest-1", timeout=30).json()
    assert stored["text"] == TEXT_2 and stored["published"] == "2019-10-15"
    assert "Macron" not in stored["text"]
    graph = "https://w3id.org/qawl/graph/article/ingest-1"
    assert not _ask(writable, f'ASK {{ GRAPH <{graph}> {{ ?s ?p ?o FILTER(CONTAINS(STR(?o), "Macron")) }} }}')

    bad = httpx.post(writable + "/articles", headers=AUTH, timeout=60,
                     json={"id": "ingest-1", "text": TEXT_1, "published": "the fifteenth"})
    assert bad.status_code == 400 and "published" in bad.json()["error"]["message"]
    assert httpx.get(writable + "/articles/ingest-1", timeout=30).json()["text"] == TEXT_2  # untouched
    unknown = httpx.post(writable + "/articles", headers=AUTH, timeout=60, json={"id": "z", "body": "x"})
    assert unknown.status_code == 400 and unknown.json()["error"]["code"] == "bad_request"


def test_service_description_says_updates_are_on(writable: str) -> None:
    g = rdflib.Graph().parse(data=httpx.get(writable + "/sparql", timeout=30).text, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    assert set(g.objects(None, sd.supportedLanguage)) == {sd.SPARQL11Query, sd.SPARQL11Update}
