"""graph.query: SPARQL over the on-disk store and every serialiser, read back by real parsers."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from graph.build import build
from graph.errors import QuerySyntaxError, UnknownFormat
from graph.query import run_query, serialise
from graph.store import Store
from ontology import iris
from ontology.mapping import Run
from tests.ontology.handmade import handmade_extraction

ACTORS = ("SELECT ?a ?label ?country WHERE { GRAPH ?g { ?a a qawl:Actor ; rdfs:label ?label "
          "FILTER(LANG(?label) = 'en') OPTIONAL { ?a qawl:country ?country } } } ORDER BY ?a")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, seed_path: Path):
    s = Store.open(tmp_path_factory.mktemp("q") / "store")
    build([seed_path], store=s, extract_fn=handmade_extraction,
          run=Run(id="r", started="2026-01-01T00:00:00Z", version="0.1.0"))
    yield s
    s.close()


def test_select_rows(store: Store) -> None:
    result = run_query(store, ACTORS)
    assert result.kind == "solutions" and result.variables == ("a", "label", "country")
    records = result.records()
    assert len(records) == 5 and not result.truncated
    islamic_state = next(r for r in records if r["label"] == "Islamic State")
    assert islamic_state["country"] is None
    assert {"a": str(iris.actor_iri("Q7747")), "label": "Vladimir Putin", "country": "RUS"} in records


def test_limit_truncates(store: Store) -> None:
    result = run_query(store, ACTORS, limit=2)
    assert len(result) == 2 and result.truncated
    assert "truncated" in serialise(result, "table")


@pytest.mark.parametrize("fmt", ["json", "xml", "tsv"])  # CSV is lossy: Oxigraph will not parse it
def test_w3c_formats_parse_back_with_oxigraph(store: Store, fmt: str) -> None:
    result = run_query(store, ACTORS)
    text = serialise(result, fmt)
    formats = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
               "tsv": ox.QueryResultsFormat.TSV}
    parsed = ox.parse_query_results(text.encode("utf-8"), format=formats[fmt])
    rows = [[s[v] for v in ("a", "label", "country")] for s in parsed]
    assert len(rows) == 5
    putin = next(r for r in rows if r[0] == ox.NamedNode(str(iris.actor_iri("Q7747"))))
    assert putin[1] == ox.Literal("Vladimir Putin", language="en")
    assert putin[2] == ox.Literal("RUS")
    islamic_state = next(r for r in rows if r[1].value == "Islamic State")
    assert islamic_state[2] is None


def test_json_and_csv_shapes(store: Store) -> None:
    result = run_query(store, ACTORS)
    body = json.loads(serialise(result, "json"))
    assert body["head"]["vars"] == ["a", "label", "country"]
    first = body["results"]["bindings"][0]
    assert first["label"]["xml:lang"] == "en" and first["a"]["type"] == "uri"
    rows = list(csv.reader(io.StringIO(serialise(result, "csv"))))
    assert rows[0] == ["a", "label", "country"] and len(rows) == 6
    root = ET.fromstring(serialise(result, "xml"))
    assert len(root.findall(".//{http://www.w3.org/2005/sparql-results#}result")) == 5


def test_ask(store: Store) -> None:
    yes = run_query(store, f"ASK {{ <{iris.actor_iri('Q3052772')}> qawl:requests ?x }}")
    no = run_query(store, f"ASK {{ <{iris.actor_iri('Q7747')}> qawl:requests ?x }}")
    assert yes.kind == "boolean" and yes.boolean is True and no.boolean is False
    assert json.loads(serialise(yes, "json")) == {"head": {}, "boolean": True}
    assert "<boolean>false</boolean>" in serialise(no, "xml")
    assert serialise(no, "table") == "no\n"


def test_construct_turtle_and_ntriples(store: Store) -> None:
    result = run_query(store, "CONSTRUCT { ?a qawl:relatedTo ?b } WHERE { ?a qawl:relatedTo ?b }")
    assert result.kind == "graph" and len(result) == 3
    ttl = rdflib.Graph().parse(data=serialise(result, "turtle"), format="turtle")
    nt = rdflib.Graph().parse(data=serialise(result, "ntriples"), format="nt")
    nq = list(ox.parse(serialise(result, "nquads").encode("utf-8"), format=ox.RdfFormat.N_QUADS))
    assert set(ttl) == set(nt) and len(ttl) == 3 and len(nq) == 3


def test_describe(store: Store) -> None:
    result = run_query(store, f"DESCRIBE <{iris.actor_iri('Q7747')}>")
    g = rdflib.Graph().parse(data=serialise(result, "turtle"), format="turtle")
    assert (rdflib.URIRef(iris.actor_iri("Q7747")), rdflib.RDFS.label,
            rdflib.Literal("Vladimir Putin", lang="en")) in g


def test_default_graph_option(store: Store) -> None:
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    only_actors = run_query(store, count, default_graph=[str(iris.ACTORS_GRAPH)]).records()[0]["n"]
    everything = run_query(store, count).records()[0]["n"]
    assert 0 < int(only_actors) < int(everything)


def test_table_is_readable(store: Store) -> None:
    table = serialise(run_query(store, ACTORS), "table")
    lines = table.splitlines()
    assert lines[0].split() == ["a", "label", "country"]
    assert any("Vladimir Putin@en" in line and "RUS" in line for line in lines)
    assert lines[-1] == "(5 rows)"


@pytest.mark.parametrize("sparql", ["SELECT ?x WHERE { ?x", "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                                    "SELECT * WHERE { ?s nope:p ?o }"])
def test_malformed_queries(store: Store, sparql: str) -> None:
    with pytest.raises(QuerySyntaxError) as info:
        run_query(store, sparql)
    assert "\n" not in str(info.value)


def test_wrong_format_for_the_result(store: Store) -> None:
    with pytest.raises(UnknownFormat):
        serialise(run_query(store, ACTORS), "turtle")
    with pytest.raises(UnknownFormat):
        serialise(run_query(store, "CONSTRUCT WHERE { ?s qawl:relatedTo ?o }"), "csv")
