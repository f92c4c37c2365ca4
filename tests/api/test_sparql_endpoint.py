"""The SPARQL 1.1 Protocol endpoint over a real uvicorn server, with httpx and SPARQLWrapper."""

from __future__ import annotations

import csv
import io
import time

import httpx
import pytest
import rdflib
from SPARQLWrapper import CSV, JSON, POST, TURTLE, XML, SPARQLWrapper

from ontology.iris import ACTORS_GRAPH, actor_iri, article_graph_iri
from ontology.namespace import QAWL, RDF

# France and Russia: the seed's "France asks Russia to protect the SDF" (linked from the gazetteer's sources)
FRANCE = actor_iri("Q142")
RUSSIA = actor_iri("Q159")
MACRON = actor_iri("Q3052772")
SEED_ID = "000_ddc8bb61b41df7f1"
PREFIX = f"PREFIX qawl: <{QAWL._NS}>\n"
ACTORS = PREFIX + "SELECT DISTINCT ?a WHERE { GRAPH ?g { ?a a qawl:Actor } } ORDER BY ?a"
EVERYTHING = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"


def _bindings(response: httpx.Response, var: str) -> list[str]:
    return [b[var]["value"] for b in response.json()["results"]["bindings"]]


def _error(response: httpx.Response) -> dict:
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "code", "message"}
    assert body["error"]["status"] == response.status_code
    return body["error"]


# ---------------------------------------------------------------- query operation, three ways


def test_get_select_json(client: httpx.Client, built_store) -> None:
    r = client.get("/sparql", params={"query": ACTORS})
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/sparql-results+json"
    actors = _bindings(r, "a")
    assert str(FRANCE) in actors and str(RUSSIA) in actors
    assert len(actors) == built_store.summary.actors
    assert "x-qawl-truncated" not in r.headers


def test_post_form_and_direct_give_the_same_answer(client: httpx.Client) -> None:
    get = client.get("/sparql", params={"query": ACTORS})
    form = client.post("/sparql", data={"query": ACTORS})
    direct = client.post("/sparql", content=ACTORS.encode(),
                         headers={"content-type": "application/sparql-query"})
    assert form.status_code == direct.status_code == 200
    assert _bindings(form, "a") == _bindings(direct, "a") == _bindings(get, "a")


def test_ask(client: httpx.Client, s1_request: tuple[str, str]) -> None:
    holder, target = (actor_iri(a) for a in s1_request)
    yes = client.get("/sparql", params={"query": PREFIX + f"ASK {{ GRAPH ?g {{ <{holder}> qawl:requests <{target}> }} }}"})
    no = client.get("/sparql", params={"query": PREFIX + f"ASK {{ GRAPH ?g {{ <{actor_iri('x-nobody')}> ?p ?o }} }}"})
    assert yes.json()["boolean"] is True
    assert no.json()["boolean"] is False


def test_macron_is_linked_to_wikidata(client: httpx.Client) -> None:
    """The contract (ARCHITECTURE.md section 2 and the seed's gold) gives Macron the id Q3052772."""
    r = client.get("/sparql", params={"query": PREFIX + f"ASK {{ GRAPH ?g {{ <{MACRON}> a qawl:Actor }} }}"})
    assert r.json()["boolean"] is True, "Emmanuel Macron is not stored as actor Q3052772"


# ---------------------------------------------------------------- content negotiation


def test_csv_and_tsv(client: httpx.Client, built_store) -> None:
    r = client.get("/sparql", params={"query": ACTORS}, headers={"accept": "text/csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(r.text)))
    assert rows[0] == ["a"]
    assert [str(FRANCE)] in rows[1:]
    assert len(rows) - 1 == built_store.summary.actors

    r = client.get("/sparql", params={"query": ACTORS}, headers={"accept": "text/tab-separated-values"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/tab-separated-values")
    lines = r.text.splitlines()
    assert lines[0] == "?a" and f"<{FRANCE}>" in lines[1:]


def test_construct_as_turtle_and_ntriples(client: httpx.Client) -> None:
    query = f"CONSTRUCT {{ <{FRANCE}> ?p ?o }} WHERE {{ GRAPH ?g {{ <{FRANCE}> ?p ?o }} }}"
    r = client.get("/sparql", params={"query": query})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    g = rdflib.Graph().parse(data=r.text, format="turtle")
    assert (FRANCE, RDF.type, QAWL.Actor) in g

    r = client.get("/sparql", params={"query": query}, headers={"accept": "application/n-triples"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/n-triples")
    assert len(rdflib.Graph().parse(data=r.text, format="nt")) == len(g)


def test_not_acceptable(client: httpx.Client) -> None:
    r = client.get("/sparql", params={"query": ACTORS}, headers={"accept": "text/turtle"})
    assert r.status_code == 406
    assert "application/sparql-results+json" in _error(r)["message"]


# ---------------------------------------------------------------- dataset parameters


def test_default_graph_uri_picks_the_article_graph(client: httpx.Client) -> None:
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    article = client.get("/sparql", params={"query": count, "default-graph-uri": str(article_graph_iri(SEED_ID))})
    nothing = client.get("/sparql", params={"query": count, "default-graph-uri": "http://example.org/no-graph"})
    in_graph = client.get("/sparql", params={
        "query": f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{article_graph_iri(SEED_ID)}> {{ ?s ?p ?o }} }}"})
    assert int(_bindings(article, "n")[0]) == int(_bindings(in_graph, "n")[0]) > 0
    assert int(_bindings(nothing, "n")[0]) == 0


def test_named_graph_uri_limits_graph_patterns(client: httpx.Client) -> None:
    graphs = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    everything = _bindings(client.get("/sparql", params={"query": graphs}), "g")
    only = client.post("/sparql", data={"query": graphs, "named-graph-uri": str(ACTORS_GRAPH)})
    assert str(ACTORS_GRAPH) in everything and len(everything) > 1
    assert _bindings(only, "g") == [str(ACTORS_GRAPH)]


# ---------------------------------------------------------------- limits and refusals


def test_row_limit_cuts_and_says_so(client: httpx.Client, server, built_store) -> None:
    limit = server.settings.row_limit
    assert built_store.summary.triples > limit
    r = client.get("/sparql", params={"query": EVERYTHING})
    assert r.status_code == 200
    assert len(r.json()["results"]["bindings"]) == limit
    assert r.headers["x-qawl-truncated"]


def test_malformed_query_is_400(client: httpx.Client) -> None:
    r = client.get("/sparql", params={"query": "SELECT ?x WHERE { ?x"})
    assert r.status_code == 400
    assert _error(r)["code"] == "malformed_query"


@pytest.mark.parametrize(
    ("kwargs", "status"),
    [
        ({"data": {"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}}, 403),
        ({"content": b"INSERT DATA { <urn:a> <urn:b> <urn:c> }",
          "headers": {"content-type": "application/sparql-update"}}, 403),
        ({"data": {"query": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}}, 400),
    ],
)
def test_updates_are_refused(client: httpx.Client, kwargs: dict, status: int) -> None:
    r = client.post("/sparql", **kwargs)
    assert r.status_code == status
    _error(r)
    ask = client.get("/sparql", params={"query": "ASK { GRAPH ?g { <urn:a> <urn:b> <urn:c> } }"})
    assert ask.json()["boolean"] is False


def test_body_too_large(client: httpx.Client, server) -> None:
    r = client.post("/sparql", content=("#" * (server.settings.max_body_bytes + 1)).encode(),
                    headers={"content-type": "application/sparql-query"})
    assert r.status_code == 413 and _error(r)["code"] == "body_too_large"


def test_unsupported_post_type(client: httpx.Client) -> None:
    r = client.post("/sparql", content=ACTORS.encode(), headers={"content-type": "text/plain"})
    assert r.status_code == 415


# ---------------------------------------------------------------- SPARQLWrapper, a real SPARQL client


def _wrapper(server, query: str, fmt: str) -> SPARQLWrapper:
    sw = SPARQLWrapper(server.sparql)
    sw.setQuery(query)
    sw.setReturnFormat(fmt)
    return sw


def test_sparqlwrapper_json(server, built_store) -> None:
    result = _wrapper(server, ACTORS, JSON).query()
    assert result.info()["content-type"] == "application/sparql-results+json"
    actors = [b["a"]["value"] for b in result.convert()["results"]["bindings"]]
    assert str(FRANCE) in actors and len(actors) == built_store.summary.actors


def test_sparqlwrapper_post_xml(server) -> None:
    sw = _wrapper(server, ACTORS, XML)
    sw.setMethod(POST)
    doc = sw.query().convert()
    uris = [n.firstChild.data for n in doc.getElementsByTagName("uri")]
    assert str(FRANCE) in uris


def test_sparqlwrapper_csv(server) -> None:
    raw = _wrapper(server, ACTORS, CSV).query().convert()
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"))))
    assert rows[0] == ["a"] and [str(RUSSIA)] in rows


def test_sparqlwrapper_construct_turtle(server) -> None:
    query = f"CONSTRUCT {{ ?a a <{QAWL.Actor}> }} WHERE {{ GRAPH ?g {{ ?a a <{QAWL.Actor}> }} }}"
    raw = _wrapper(server, query, TURTLE).query().convert()
    g = rdflib.Graph().parse(data=raw, format="turtle")
    assert (FRANCE, RDF.type, QAWL.Actor) in g and (RUSSIA, RDF.type, QAWL.Actor) in g


def test_openapi_lists_the_routes(client: httpx.Client) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/sparql", "/actors/{actor_id}/neighbourhood"} <= set(spec["paths"])
    docs = client.get("/docs")
    assert docs.status_code == 200 and docs.headers["content-type"].startswith("text/html")
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "/vendor/cytoscape.min.js" in page.text


def test_query_time_limit(built_store, start_server) -> None:
    """A second server on the same store (both open it read-only) with a 0.1 s limit answers 503."""
    from api.app import Settings, create_app

    settings = Settings(query_timeout=0.1)
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }"  # about 1 s on the seed's store
    with start_server(create_app(store_path=built_store.path, settings=settings), settings) as live:
        r = httpx.get(live.sparql, params={"query": slow}, timeout=30)
        assert r.status_code == 503 and _error(r)["code"] == "query_timeout"
        quick = httpx.get(live.sparql, params={"query": "ASK { ?s ?p ?o }"}, timeout=30)
        assert quick.status_code == 200 and quick.json()["boolean"] is True


def test_a_running_query_does_not_block_other_requests(server) -> None:
    """Store work runs in worker threads: while a long query runs, other requests are answered."""
    import threading

    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }"  # about 1 s on the seed's store
    finished: list[str] = []
    started = threading.Event()

    def run_slow() -> None:
        started.set()
        r = httpx.get(server.sparql, params={"query": slow}, timeout=60)
        finished.append(f"slow {r.status_code}")

    thread = threading.Thread(target=run_slow)
    thread.start()
    started.wait()
    time.sleep(0.1)  # let the slow query reach its worker thread
    with httpx.Client(base_url=server.url, timeout=60) as client:
        for _ in range(3):
            assert client.get("/actors/Q142/neighbourhood").status_code == 200
            assert client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"] is True
    finished.append("quick")
    thread.join()
    assert finished == ["quick", "slow 200"]


@pytest.mark.parametrize(("accept", "fmt"), [(None, "turtle"), ("application/n-triples", "nt")])
def test_ontology_and_shapes(client: httpx.Client, accept: str | None, fmt: str) -> None:
    from ontology.namespace import PLOVER, SKOS

    headers = {"accept": accept} if accept else {}
    r = client.get("/ontology", headers=headers)
    assert r.status_code == 200 and r.headers["content-type"].startswith(accept or "text/turtle")
    g = rdflib.Graph().parse(data=r.text, format=fmt)
    assert (QAWL.Stance, RDF.type, rdflib.OWL.Class) in g
    assert (PLOVER.REQUEST, RDF.type, SKOS.Concept) in g
    assert {lit.language for lit in g.objects(PLOVER.REQUEST, SKOS.prefLabel)} >= {"ar", "en"}

    shapes = client.get("/ontology/shapes", headers=headers)
    sg = rdflib.Graph().parse(data=shapes.text, format=fmt)
    assert any(True for _ in sg.subjects(RDF.type, rdflib.SH.NodeShape))
