"""ontology.mapping: a hand-made Extraction of the seed becomes the expected triples."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.compare import isomorphic, to_isomorphic
from rdflib.namespace import XSD

from extract.model import Span
from extract.reader import read_inputs
from ontology import iris
from ontology.mapping import Run, actor_graph, evidence_sentence, extraction_graph
from ontology.namespace import DCTERMS, OA, OWL, PLOVER, PROV, QAWL, RDF, RDFS, SCHEMA, WD
from tests.ontology.handmade import handmade_extraction

RUN = Run(id="test-run", started="2026-01-01T00:00:00Z", version="0.1.0")


@pytest.fixture(scope="module")
def extraction(seed_path: Path):
    return handmade_extraction(next(iter(read_inputs([seed_path]))))


@pytest.fixture(scope="module")
def graph(extraction) -> Graph:
    return extraction_graph(extraction, run=RUN)


def _exact(g: Graph, span) -> str:
    quote = next(s for s in g.objects(span, OA.hasSelector) if (s, RDF.type, OA.TextQuoteSelector) in g)
    return str(g.value(quote, OA.exact))


def _position(g: Graph, span) -> tuple[int, int]:
    pos = next(s for s in g.objects(span, OA.hasSelector) if (s, RDF.type, OA.TextPositionSelector) in g)
    return int(g.value(pos, OA.start)), int(g.value(pos, OA.end))


def test_article(graph: Graph, extraction) -> None:
    a = extraction.article
    node = iris.article_iri(a.id)
    assert (node, RDF.type, SCHEMA.NewsArticle) in graph
    assert graph.value(node, SCHEMA.headline) == Literal(a.title)
    assert graph.value(node, QAWL.textSha256) == Literal(a.text_sha256)
    assert str(graph.value(node, SCHEMA.text)) == a.text
    assert graph.value(node, SCHEMA.inLanguage) == Literal("ar")
    assert (node, SCHEMA.mentions, iris.actor_iri("Q7747")) in graph


def test_claim_with_its_evidence(graph: Graph, extraction) -> None:
    text = extraction.article.text
    c1 = iris.claim_iri(extraction.article.id, "C1")
    assert (c1, RDF.type, QAWL.Claim) in graph
    assert graph.value(c1, QAWL.speaker) == iris.actor_iri("Q3052772")
    assert graph.value(c1, QAWL.addressee) == iris.actor_iri("Q7747")
    assert graph.value(c1, QAWL.via) == iris.actor_iri("Q142")
    assert graph.value(c1, SCHEMA.about) == iris.actor_iri("x-syrian-democratic-forces")
    assert graph.value(c1, DCTERMS.date) == Literal("--01-03", datatype=XSD.gMonthDay)
    assert graph.value(c1, QAWL.reportingVerb) == Literal("دعا")
    assert graph.value(c1, QAWL.negated) == Literal(False)
    assert float(graph.value(c1, QAWL.confidence).toPython()) == pytest.approx(0.9)
    cue = graph.value(c1, QAWL.cue)
    start, end = _position(graph, cue)
    assert text[start:end] == _exact(graph, cue) == "دعا"
    content = graph.value(c1, QAWL.content)
    start, end = _position(graph, content)
    assert text[start:end] == str(graph.value(c1, SCHEMA.text))
    assert graph.value(cue, OA.hasSource) == iris.article_iri(extraction.article.id)


def test_stance_typed_signed_and_with_shortcuts(graph: Graph, extraction) -> None:
    aid = extraction.article.id
    s3 = iris.stance_iri(aid, "S3")
    assert graph.value(s3, QAWL.eventType) == PLOVER.MOBILIZE
    assert graph.value(s3, QAWL.polarity) == Literal(-1, datatype=XSD.integer)
    assert graph.value(s3, QAWL.claim) == iris.claim_iri(aid, "C2")
    evidence = _exact(graph, graph.value(s3, QAWL.evidence))
    assert evidence.startswith("وأكد ماكرون") and evidence.endswith("التحالف الدولي.")
    macron, isis = iris.actor_iri("Q3052772"), iris.actor_iri("Q2429253")
    assert (macron, QAWL.mobilizesAgainst, isis) in graph
    assert (macron, QAWL.opposes, isis) in graph
    assert (macron, QAWL.relatedTo, isis) in graph
    assert (macron, QAWL.requests, iris.actor_iri("Q7747")) in graph
    assert (macron, QAWL.supports, iris.actor_iri("x-syrian-democratic-forces")) in graph
    assert (macron, QAWL.opposes, iris.actor_iri("Q7747")) not in graph  # S1 is neutral


def test_negated_stance_gives_no_shortcut(graph: Graph, extraction) -> None:
    s4 = iris.stance_iri(extraction.article.id, "S4")
    assert graph.value(s4, QAWL.negated) == Literal(True)
    france = iris.actor_iri("Q142")
    assert not list(graph.objects(france, QAWL.threatens))


def test_mentions_point_at_the_characters(graph: Graph, extraction) -> None:
    text = extraction.article.text
    spans = list(graph.subjects(QAWL.refersTo, iris.actor_iri("Q3052772")))
    exact = set()
    for span in spans:
        start, end = _position(graph, span)
        assert text[start:end] == _exact(graph, span)
        exact.add(_exact(graph, span))
    # the two mentions, and the speaker mention of C1
    assert exact == {"إيمانويل ماكرون", "ماكرون", "الرئيس الفرنسي"}


def test_run_provenance(graph: Graph, extraction) -> None:
    run = iris.run_iri("test-run")
    assert (run, RDF.type, PROV.Activity) in graph
    agent = graph.value(run, PROV.wasAssociatedWith)
    assert (agent, RDF.type, PROV.SoftwareAgent) in graph
    assert graph.value(agent, SCHEMA.softwareVersion) == Literal("0.1.0")
    assert (iris.article_graph_iri(extraction.article.id), PROV.wasGeneratedBy, run) in graph


def test_actor_descriptions(extraction) -> None:
    g = actor_graph(extraction.actors)
    macron = iris.actor_iri("Q3052772")
    assert (macron, RDF.type, QAWL.Actor) in g and (macron, RDF.type, SCHEMA.Person) in g
    assert (macron, OWL.sameAs, WD.Q3052772) in g
    assert g.value(macron, QAWL.country) == Literal("FRA")
    assert {lit.language for lit in g.objects(macron, RDFS.label)} == {"ar", "en"}
    sdf = iris.actor_iri("x-syrian-democratic-forces")
    assert not list(g.objects(sdf, OWL.sameAs))


def test_no_blank_nodes_and_deterministic(extraction) -> None:
    one = extraction_graph(extraction, run=RUN)
    two = extraction_graph(extraction, run=RUN)
    assert not [t for t in one if any(type(x).__name__ == "BNode" for x in t)]
    assert set(one) == set(two)  # same IRIs, not just isomorphic
    assert isomorphic(one, two)
    other = extraction_graph(extraction, run=Run(id="other", started=None, version="0.1.0"))
    assert to_isomorphic(one) != to_isomorphic(other)


@pytest.mark.parametrize(
    ("text", "needle", "sentence"),
    [
        ("First one. Second one here! Third.", "one here", "Second one here!"),
        ("سطر أول\nقال إنه سيأتي، وأكد ذلك.\nسطر", "وأكد", "قال إنه سيأتي، وأكد ذلك."),
        ("no end at all", "end", "no end at all"),
    ],
)
def test_evidence_sentence(text: str, needle: str, sentence: str) -> None:
    start = text.index(needle)
    got = evidence_sentence(text, Span.of(text, start, start + len(needle)))
    assert got.text == sentence and text[got.start:got.end] == sentence
