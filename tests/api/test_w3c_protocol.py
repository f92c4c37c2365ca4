"""The W3C SPARQL 1.1 Protocol test suite (query operation) against a real server.

Reads ``conformance/w3c-sparql11/protocol/manifest.ttl`` from the shared folder, loads its data
graphs into a store of their own, and replays every request of every test with httpx. The
endpoint is read-only, so for the update tests the assertion is the opposite of the manifest's:
each update request must be refused with 403 (and a follow-up query still answers).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import rdflib
from lxml import etree
from rdflib.collection import Collection

from api.app import Settings, create_app

PROTOCOL = Path(__file__).resolve().parents[3] / "shared" / "conformance" / "w3c-sparql11" / "protocol"
MANIFEST = PROTOCOL / "manifest.ttl"

MF = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = rdflib.Namespace("http://www.w3.org/2011/http#")
HTS = rdflib.Namespace("http://www.w3.org/2011/http-statusCodes#")
CNT = rdflib.Namespace("http://www.w3.org/2011/content#")
UT = rdflib.Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
RDFS = rdflib.RDFS

TABULAR = {"application/sparql-results+json", "application/sparql-results+xml", "text/csv",
           "text/tab-separated-values"}
BOOLEAN = {"application/sparql-results+json", "application/sparql-results+xml"}
RDF_TYPES = {"text/turtle", "application/n-triples", "application/rdf+xml", "application/n-quads",
             "application/ld+json"}


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes | None
    statuses: tuple[str, ...]  # "2xx", "4xx", ...
    boolean: bool | None
    format: str | None

    @property
    def is_update(self) -> bool:
        ctype = self.headers.get("content-type", "")
        return ctype.startswith("application/sparql-update") or (
            self.body is not None and self.body.startswith(b"update=")) or "update=" in self.path


@dataclass(frozen=True)
class ProtocolTest:
    name: str
    title: str
    requests: tuple[Request, ...]
    graphs: tuple[tuple[Path, str], ...]


def _load() -> tuple[list[ProtocolTest], list[tuple[Path, str]]]:
    g = rdflib.Graph().parse(MANIFEST, format="turtle")
    manifest = next(g.subjects(rdflib.RDF.type, MF.Manifest))
    tests, graphs = [], {}
    for entry in Collection(g, g.value(manifest, MF.entries)):
        data = []
        for gd in g.objects(entry, UT.graphData):
            path = PROTOCOL / Path(str(g.value(gd, UT.graph))).name
            data.append((path, str(g.value(gd, RDFS.label))))
            graphs[str(g.value(gd, RDFS.label))] = path
        requests = []
        for req in Collection(g, g.value(g.value(entry, MF.action), HT.requests)):
            headers = {}
            hs = g.value(req, HT.headers)
            for h in Collection(g, hs) if hs is not None else ():
                headers[str(g.value(h, HT.fieldName)).lower()] = str(g.value(h, HT.fieldValue))
            body = None
            b = g.value(req, HT.body)
            if b is not None:
                encoding = str(g.value(b, CNT.characterEncoding) or "UTF-8")
                body = str(g.value(b, CNT.chars)).encode(encoding)
            resp = g.value(req, HT.resp)
            statuses = tuple(sorted(str(s).rsplit("StatusCode", 1)[-1].lower()
                                    for s in g.objects(resp, MF.expectedStatus)))
            boolean = g.value(resp, MF.expectedBoolean)
            fmt = g.value(resp, MF.expectedFormat)
            path = str(g.value(req, HT.absolutePath)).replace("/sparql/", "/sparql", 1)
            requests.append(Request(str(g.value(req, HT.methodName)), path, headers, body, statuses,
                                    None if boolean is None else bool(boolean.toPython()),
                                    None if fmt is None else str(fmt)))
        name = str(entry).rsplit("#", 1)[-1]
        tests.append(ProtocolTest(name, str(g.value(entry, MF.name)), tuple(requests), tuple(data)))
    return tests, sorted((p, label) for label, p in graphs.items())


TESTS, GRAPHS = _load() if MANIFEST.exists() else ([], [])


def _protocol_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import pyoxigraph as ox

    from graph.store import Store

    path = tmp_path_factory.mktemp("w3c") / "store"
    with Store.open(path) as store:
        for data, label in GRAPHS:
            # test fixture data, loaded as the manifest says (one named graph per file)
            store.inner.load(path=str(data), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(label))
    return path


@pytest.fixture(scope="module")
def protocol_server(tmp_path_factory: pytest.TempPathFactory, start_server) -> Iterator[str]:
    settings = Settings()
    with start_server(create_app(store_path=_protocol_store(tmp_path_factory), settings=settings), settings) as live:
        yield live.url


TOKEN = "w3c-token"


@pytest.fixture(scope="module")
def update_server(tmp_path_factory: pytest.TempPathFactory, start_server) -> Iterator[str]:
    """The same data on a server with SPARQL Update on (every request carries the token)."""
    settings = Settings(updates=True, token=TOKEN)
    with start_server(create_app(store_path=_protocol_store(tmp_path_factory), settings=settings), settings) as live:
        yield live.url


def _check_format(response: httpx.Response, request: Request) -> None:
    ctype = response.headers["content-type"].split(";")[0].strip()
    if request.format == "tabular":
        assert ctype in TABULAR
    elif request.format == "boolean":
        assert ctype in BOOLEAN
    elif request.format == "RDF":
        assert ctype in RDF_TYPES
        rdflib.Graph().parse(data=response.text, format={
            "text/turtle": "turtle", "application/rdf+xml": "xml", "application/ld+json": "json-ld"}.get(ctype, "nt"))
    if request.boolean is not None:
        if ctype == "application/sparql-results+json":
            assert json.loads(response.text)["boolean"] is request.boolean
        else:
            root = etree.fromstring(response.content)
            value = root.find("{http://www.w3.org/2005/sparql-results#}boolean").text
            assert value == str(request.boolean).lower()


def test_manifest_is_there() -> None:
    assert len(TESTS) == 34, f"expected the 34 protocol tests of {MANIFEST}"
    assert len(GRAPHS) == 3


@pytest.mark.parametrize("test", [pytest.param(t, id=t.name) for t in TESTS])
def test_protocol(protocol_server: str, test: ProtocolTest) -> None:
    refused = False
    with httpx.Client(base_url=protocol_server, timeout=30) as client:
        for request in test.requests:
            response = client.request(request.method, request.path, headers=request.headers,
                                      content=request.body)
            where = f"{test.title}: {request.method} {request.path} -> {response.status_code} {response.text[:200]}"
            if request.is_update and "2xx" in request.statuses:
                # read-only by design: a valid update is refused, and nothing it would do happens
                assert response.status_code == 403, where
                assert response.json()["error"]["code"] == "read_only"
                refused = True
                continue
            status = f"{response.status_code // 100}xx"
            if refused:
                # the manifest's answer assumes the refused update ran; the query must still work
                assert status == "2xx", where
                continue
            assert status in request.statuses, where
            assert response.status_code < 500, where
            if status == "2xx":
                _check_format(response, request)


UPDATE_TESTS = [t for t in TESTS if any(r.is_update for r in t.requests)]


@pytest.mark.parametrize("test", [pytest.param(t, id=t.name) for t in UPDATE_TESTS])
def test_protocol_with_updates_on(update_server: str, test: ProtocolTest) -> None:
    """The update cases as the manifest states them, on a server with updates on."""
    with httpx.Client(base_url=update_server, timeout=30) as client:
        for request in test.requests:
            headers = {**request.headers, "authorization": f"Bearer {TOKEN}"}
            response = client.request(request.method, request.path, headers=headers, content=request.body)
            where = f"{test.title}: {request.method} {request.path} -> {response.status_code} {response.text[:200]}"
            assert f"{response.status_code // 100}xx" in request.statuses, where
            assert response.status_code < 500, where
            if response.status_code < 300 and response.status_code != 204:
                _check_format(response, request)


# ---------------------------------------------------------------- SPARQL 1.1 Service Description

SD = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")


@pytest.mark.parametrize("accept", [None, "text/turtle", "application/n-triples"])
def test_service_description(protocol_server: str, accept: str | None) -> None:
    """The three tests of service-description/manifest.ttl: GET on the endpoint returns RDF,
    with an sd:endpoint triple naming the endpoint, describing an sd:Service."""
    endpoint = protocol_server + "/sparql"
    r = httpx.get(endpoint, headers={"accept": accept} if accept else {}, timeout=30)
    assert r.status_code == 200
    ctype = r.headers["content-type"].split(";")[0]
    assert ctype == (accept or "text/turtle")
    g = rdflib.Graph().parse(data=r.text, format="turtle" if ctype == "text/turtle" else "nt")
    services = list(g.subjects(SD.endpoint, rdflib.URIRef(endpoint)))
    assert len(services) == 1
    assert (services[0], rdflib.RDF.type, SD.Service) in g
    assert (services[0], SD.supportedLanguage, SD.SPARQL11Query) in g
    assert len(list(g.objects(services[0], SD.resultFormat))) == 9
