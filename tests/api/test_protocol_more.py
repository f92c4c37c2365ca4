"""More of the protocol and the graph routes on the session server: datasets, RDF formats,
rdflib's SPARQLStore as a client, neighbourhood formats and filters, one article with its spans."""

from __future__ import annotations

import json

import httpx
import networkx as nx
import pytest
import rdflib
from lxml import etree

from ontology.iris import ACTORS_GRAPH

SEED_ID = "000_ddc8bb61b41df7f1"
CONSTRUCT = "CONSTRUCT { ?a rdfs:label ?l } WHERE { GRAPH ?g { ?a a qawl:Actor ; rdfs:label ?l } }"


def test_named_graph_uri_alone_leaves_the_default_graph_empty(client: httpx.Client) -> None:
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    named = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    n = lambda r: int(r.json()["results"]["bindings"][0]["n"]["value"])  # noqa: E731
    params = {"named-graph-uri": str(ACTORS_GRAPH)}
    assert n(client.get("/sparql", params={"query": count, **params})) == 0
    assert n(client.get("/sparql", params={"query": named, **params})) > 0
    assert n(client.post("/sparql", data={"query": count, **params})) == 0
    assert n(client.get("/sparql", params={"query": count})) > 0  # no dataset: the union


def test_relative_iris_resolve_against_the_endpoint(client: httpx.Client, server) -> None:
    r = client.get("/sparql", params={"query": "SELECT ?x WHERE { BIND(<thing> AS ?x) }"})
    assert r.json()["results"]["bindings"][0]["x"]["value"] == server.url + "/thing"
    own = client.get("/sparql", params={"query": "BASE <http://example.org/> SELECT ?x WHERE { BIND(<y> AS ?x) }"})
    assert own.json()["results"]["bindings"][0]["x"]["value"] == "http://example.org/y"


# rdflib's own JSON-LD parser builds a deprecated ConjunctiveGraph inside
@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
@pytest.mark.parametrize(("accept", "fmt"), [("application/ld+json", "json-ld"), ("application/rdf+xml", "xml"),
                                             ("text/turtle", "turtle")])
def test_graph_results_in_every_rdf_format(client: httpx.Client, accept: str, fmt: str) -> None:
    nt = client.get("/sparql", params={"query": CONSTRUCT}, headers={"accept": "application/n-triples"})
    expected = rdflib.Graph().parse(data=nt.text, format="nt")
    r = client.get("/sparql", params={"query": CONSTRUCT}, headers={"accept": accept})
    assert r.status_code == 200 and r.headers["content-type"].startswith(accept)
    got = rdflib.Graph().parse(data=r.text, format=fmt)
    assert len(got) == len(expected) > 0
    assert set(got) == set(expected)
    assert any(lit.language == "ar" for lit in got.objects())


def test_rdflib_sparqlstore_as_a_client(server) -> None:
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    store = SPARQLStore(server.sparql, returnFormat="json")
    g = rdflib.Graph(store=store)
    rows = list(g.query("PREFIX qawl: <https://w3id.org/qawl/ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                        "SELECT ?l WHERE { GRAPH ?g { <https://w3id.org/qawl/id/actor/Q3052772> rdfs:label ?l } }"))
    assert {str(r.l) for r in rows} >= {"Emmanuel Macron"}
    assert any(r.l.language == "ar" for r in rows)
    assert bool(g.query("ASK { ?s a <https://w3id.org/qawl/ns#Stance> }").askAnswer) is True
    store.close()


def test_neighbourhood_as_graphml(client: httpx.Client, s1_request) -> None:
    holder, target = s1_request
    r = client.get(f"/actors/{holder}/neighbourhood", params={"format": "graphml"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/graphml+xml")
    g = nx.read_graphml(__import__("io").BytesIO(r.content))
    assert {holder, target} <= set(g.nodes)
    assert any(d.get("label_ar") for _, d in g.nodes(data=True))  # Arabic labels intact
    by_accept = client.get(f"/actors/{holder}/neighbourhood", headers={"accept": "application/graphml+xml"})
    assert by_accept.content == r.content


def test_neighbourhood_as_gexf_and_cytoscape(client: httpx.Client, s1_request) -> None:
    holder, target = s1_request
    gexf = client.get(f"/actors/{holder}/neighbourhood", params={"format": "gexf"})
    root = etree.fromstring(gexf.content)
    ns = {"g": "http://www.gexf.net/1.2draft"}
    assert {holder, target} <= {n.get("id") for n in root.iterfind(".//g:node", ns)}
    cy = client.get(f"/actors/{holder}/neighbourhood", params={"format": "cytoscape"})
    assert cy.headers["content-type"].startswith("application/vnd.cytoscape+json")
    elements = json.loads(cy.content)["elements"]
    assert any(e["data"]["source"] == holder and e["data"]["target"] == target for e in elements["edges"])


def test_neighbourhood_filters(client: httpx.Client, s1_request) -> None:
    holder, target = s1_request
    url = f"/actors/{holder}/neighbourhood"
    full = client.get(url, params={"depth": 2}).json()
    only = client.get(url, params={"depth": 2, "type": "REQUEST"}).json()
    assert only["edges"] and {e["type"] for e in only["edges"]} == {"REQUEST"}
    assert len(only["edges"]) < len(full["edges"])
    assert {e["source"] for e in only["edges"]} | {e["target"] for e in only["edges"]} <= {n["id"] for n in only["nodes"]}
    future = client.get(url, params={"since": "2100-01-01"}).json()
    assert future["edges"] == [] and [n["id"] for n in future["nodes"]] == [holder]
    past = client.get(url, params={"until": "1900-01-01"}).json()
    assert past["edges"] == []
    sure = client.get(url, params={"min_confidence": 0.999}).json()
    assert len(sure["edges"]) <= len(client.get(url).json()["edges"])
    for edge in only["edges"]:
        assert edge["weight"] == len(edge["claims"]) + len(edge["stances"]) > 0
    gml = client.get(url, params={"format": "graphml", "type": "REQUEST"})
    g = nx.read_graphml(__import__("io").BytesIO(gml.content))
    assert {d["main_type"] for *_, d in g.edges(data=True)} == {"REQUEST"}


def test_one_article_with_its_spans(client: httpx.Client) -> None:
    r = client.get(f"/articles/{SEED_ID}")
    assert r.status_code == 200
    a = r.json()
    assert a["id"] == SEED_ID and a["lang"] == "ar" and a["text"]
    assert a["claims"] and a["stances"] and a["actors"]
    for c in a["claims"]:
        if c["content_start"] is not None:
            assert a["text"][c["content_start"]:c["content_end"]] == c["content"]
    for s in a["stances"]:
        if s["trigger_start"] is not None:
            trigger = a["text"][s["trigger_start"]:s["trigger_end"]]
            assert trigger == s["trigger"] and trigger in (s["evidence"] or trigger)


def test_example_queries_run(client: httpx.Client) -> None:
    data = client.get("/queries").json()
    assert data["prefixes"]["qawl"] == "https://w3id.org/qawl/ns#"
    assert len(data["examples"]) >= 3
    for example in data["examples"]:
        r = client.post("/sparql", data={"query": example["query"]})
        assert r.status_code == 200, (example["name"], r.text)


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
@pytest.mark.parametrize("path", ["/ontology", "/ontology/shapes", "/sparql"])
def test_documents_as_jsonld_and_rdfxml(client: httpx.Client, path: str) -> None:
    turtle = rdflib.Graph().parse(data=client.get(path).text, format="turtle")
    for accept, fmt in (("application/ld+json", "json-ld"), ("application/rdf+xml", "xml")):
        r = client.get(path, headers={"accept": accept})
        assert r.status_code == 200 and r.headers["content-type"].startswith(accept)
        assert len(rdflib.Graph().parse(data=r.text, format=fmt)) == len(turtle) > 0
