"""Choosing a media type from an Accept header (pure; the endpoint tests cover the wiring)."""

from __future__ import annotations

import pytest

from api.negotiation import GRAPH_TYPES, SOLUTION_TYPES, choose

# What SPARQLWrapper 2.0 sends, among others.
WRAPPER_JSON = "application/sparql-results+json,application/json,text/javascript,application/javascript"
WRAPPER_TURTLE = "application/turtle,text/turtle"


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (None, "application/sparql-results+json"),
        ("", "application/sparql-results+json"),
        ("*/*", "application/sparql-results+json"),
        (WRAPPER_JSON, "application/sparql-results+json"),
        ("application/json", "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("application/xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("text/*", "text/csv"),
        ("text/csv;q=0.5, text/tab-separated-values", "text/tab-separated-values"),
        ("text/tab-separated-values, text/csv", "text/tab-separated-values"),
        ("application/sparql-results+json;q=0, */*;q=0.1", "application/sparql-results+xml"),
        ("text/html, */*;q=0.8", "application/sparql-results+json"),
        ("text/html", None),
        ("text/turtle", None),
        ("application/sparql-results+json;q=0", None),
        ("garbage", None),
    ],
)
def test_solutions(accept: str | None, expected: str | None) -> None:
    chosen = choose(accept, SOLUTION_TYPES)
    assert (chosen.name if chosen else None) == expected


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (None, "text/turtle"),
        (WRAPPER_TURTLE, "text/turtle"),
        ("application/n-triples", "application/n-triples"),
        ("application/n-quads, text/turtle;q=0.9", "application/n-quads"),
        ("application/sparql-results+json", None),
        ("application/*", "application/n-triples"),
    ],
)
def test_graphs(accept: str | None, expected: str | None) -> None:
    chosen = choose(accept, GRAPH_TYPES)
    assert (chosen.name if chosen else None) == expected


def test_formats_name_the_library_serialisers() -> None:
    assert [m.format for m in SOLUTION_TYPES] == ["json", "xml", "csv", "tsv"]
    assert [m.format for m in GRAPH_TYPES] == ["turtle", "ntriples", "nquads", "jsonld", "rdfxml"]
