"""The closed namespaces match the Turtle files term for term, and every package has __all__."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from ontology.namespace import PLOVER, QAWL, RDF, RDFS, SKOS
from ontology.validate import DATA_DIR

PACKAGES = ["ontology", "ontology.namespace", "ontology.iris", "ontology.mapping", "ontology.validate",
            "graph.errors", "graph.store", "graph.build", "graph.query", "graph.neighbourhood", "graph.summaries",
            "extract.reader"]


def _declared(ns) -> set[str]:
    return {name for name in ns.__annotations__}


def _defined(path: Path, prefix: str) -> set[str]:
    g = Graph().parse(path, format="turtle")
    return {str(s)[len(prefix):] for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(prefix)
            and str(s) != prefix}


def test_qawl_namespace_is_the_turtle_vocabulary() -> None:
    prefix = str(QAWL._NS)
    assert _declared(QAWL) == _defined(DATA_DIR / "qawl.ttl", prefix)


def test_every_qawl_term_has_both_labels_and_a_comment() -> None:
    g = Graph().parse(DATA_DIR / "qawl.ttl", format="turtle")
    for name in _declared(QAWL):
        term = QAWL[name]
        langs = {label.language for label in g.objects(term, RDFS.label)}
        assert {"ar", "en"} <= langs, name
        assert g.value(term, RDFS.comment) is not None, name


def test_plover_namespace_is_the_skos_scheme() -> None:
    assert _declared(PLOVER) == _defined(DATA_DIR / "plover.ttl", str(PLOVER._NS))
    g = Graph().parse(DATA_DIR / "plover.ttl", format="turtle")
    from extract.model import PLOVER_TYPES

    concepts = set(g.subjects(SKOS.inScheme, PLOVER.scheme))
    assert concepts == {PLOVER[t] for t in PLOVER_TYPES}
    for c in concepts:
        assert {label.language for label in g.objects(c, SKOS.prefLabel)} == {"ar", "en"}
        assert g.value(c, SKOS.definition) is not None
    assert "CC BY-SA 4.0" in str(g.value(PLOVER.scheme, URIRef("http://purl.org/dc/terms/rights")))
    # the CAMEO speech acts PLOVER leaves out: 01 statements and 02 appeals, for claims
    cameo = {str(g.value(c, SKOS.notation)) for c in g.subjects(RDF.type, SKOS.Concept)} - set(PLOVER_TYPES)
    assert {"01", "010", "02", "020", "0234"} <= cameo


def test_a_typo_fails() -> None:
    with pytest.raises(AttributeError):
        QAWL.speeker  # noqa: B018
    with pytest.raises(AttributeError):
        PLOVER.ATTACK  # noqa: B018


@pytest.mark.parametrize("module", PACKAGES)
def test_public_surface_is_all(module: str) -> None:
    mod = importlib.import_module(module)
    assert isinstance(mod.__all__, list)
    for name in mod.__all__:
        assert hasattr(mod, name), f"{module}.{name}"
