"""GET /export: graph and RDF files from the store over a real server (graph.export behind it)."""

from __future__ import annotations

import json

import httpx
import pytest
from lxml import etree

from ontology.iris import actor_iri
from ontology.namespace import QAWL, RDF


def test_gexf_of_the_whole_graph(client: httpx.Client, s1_request: tuple[str, str]) -> None:
    r = client.get("/export", params={"format": "gexf"})
    assert r.status_code == 200 and r.headers["content-type"] == "application/gexf+xml"
    assert 'filename="qawl.gexf"' in r.headers["content-disposition"]
    root = etree.fromstring(r.content)
    nodes = {n.get("id") for n in root.iter("{*}node")}
    edges = {(e.get("source"), e.get("target")) for e in root.iter("{*}edge")}
    assert set(s1_request) <= nodes and s1_request in edges


def test_cytoscape_neighbourhood(client: httpx.Client, s1_request: tuple[str, str]) -> None:
    holder, target = s1_request
    r = client.get("/export", params={"format": "cytoscape", "actor": holder, "depth": 1})
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    data = json.loads(r.content)
    elements = data["elements"]
    ids = {n["data"]["id"] for n in elements["nodes"]}
    assert {holder, target} <= ids
    assert any(e["data"]["source"] == holder and e["data"]["target"] == target for e in elements["edges"])
    whole = json.loads(client.get("/export", params={"format": "cytoscape"}).content)["elements"]
    assert len(elements["nodes"]) <= len(whole["nodes"])


@pytest.mark.parametrize("fmt", ["turtle", "nquads", "trig", "jsonld"])
def test_rdf(client: httpx.Client, s1_request: tuple[str, str], fmt: str) -> None:
    """Parsed back with pyoxigraph (rdflib's Dataset.parse warns about its own deprecations)."""
    import pyoxigraph as ox

    holder, _ = s1_request
    r = client.get("/export", params={"format": fmt, "actor": holder})
    assert r.status_code == 200
    formats = {"turtle": ox.RdfFormat.TURTLE, "nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
               "jsonld": ox.RdfFormat.JSON_LD}
    quads = list(ox.parse(r.content, format=formats[fmt]))
    typed = ox.Triple(ox.NamedNode(str(actor_iri(holder))), ox.NamedNode(str(RDF.type)), ox.NamedNode(str(QAWL.Actor)))
    assert any(q.triple == typed for q in quads)
    if fmt != "turtle":  # dataset formats keep the article graphs
        assert any("/graph/article/" in str(q.graph_name) for q in quads)


def test_graphml_filters(client: httpx.Client) -> None:
    future = client.get("/export", params={"format": "graphml", "since": "2999-01-01"})
    assert future.status_code == 200 and future.headers["content-type"] == "application/graphml+xml"
    root = etree.fromstring(future.content)
    assert list(root.iter("{*}edge")) == []
