"""SHACL: the mapped seed graph conforms; deliberately broken graphs do not."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from extract.reader import read_inputs
from ontology import iris
from ontology.mapping import Run, actor_graph, extraction_graph
from ontology.namespace import OA, PLOVER, QAWL, RDF
from ontology.validate import validate
from tests.ontology.handmade import handmade_extraction

RUN = Run(id="test-run", started="2026-01-01T00:00:00Z", version="0.1.0")


@pytest.fixture(scope="module")
def data(seed_path: Path) -> tuple[Graph, str]:
    x = handmade_extraction(next(iter(read_inputs([seed_path]))))
    return extraction_graph(x, run=RUN) + actor_graph(x.actors), x.article.id


def test_mapped_graph_conforms(data) -> None:
    report = validate(data[0])
    assert report.conforms, report.text
    assert report.summary() == "conforms"


def _broken(data, remove=(), add=()) -> Graph:
    g = Graph()
    g += data[0]
    for t in remove:
        g.remove(t)
    for t in add:
        g.add(t)
    return g


def test_article_graph_without_actor_descriptions_fails(data, seed_path) -> None:
    x = handmade_extraction(next(iter(read_inputs([seed_path]))))
    report = validate(extraction_graph(x, run=RUN))
    assert not report.conforms and "Actor" in report.summary()


@pytest.mark.parametrize("case", ["no speaker", "bad polarity", "unknown type", "end before start",
                                  "confidence above one", "actor without kind"])
def test_broken_graphs_fail(data, case: str) -> None:
    aid = data[1]
    c1, s1 = iris.claim_iri(aid, "C1"), iris.stance_iri(aid, "S1")
    g = data[0]
    if case == "no speaker":
        bad = _broken(data, remove=[(c1, QAWL.speaker, None)])
    elif case == "bad polarity":
        bad = _broken(data, remove=[(s1, QAWL.polarity, None)],
                      add=[(s1, QAWL.polarity, Literal(2, datatype=XSD.integer))])
    elif case == "unknown type":
        bad = _broken(data, remove=[(s1, QAWL.eventType, None)],
                      add=[(s1, QAWL.eventType, URIRef(str(PLOVER._NS) + "ATTACK"))])
    elif case == "end before start":
        pos = next(g.subjects(RDF.type, OA.TextPositionSelector))
        bad = _broken(data, remove=[(pos, OA.end, None)],
                      add=[(pos, OA.end, Literal(0, datatype=XSD.integer))])
        if int(g.value(pos, OA.start)) == 0:
            pytest.skip("first selector starts at 0")
    elif case == "confidence above one":
        bad = _broken(data, remove=[(c1, QAWL.confidence, None)],
                      add=[(c1, QAWL.confidence, Literal("1.5", datatype=XSD.decimal))])
    else:
        bad = _broken(data, remove=[(iris.actor_iri("Q7747"), QAWL.kind, None)])
    report = validate(bad)
    assert not report.conforms
    assert "SHACL violation" in report.summary() and "\n" not in report.summary()
