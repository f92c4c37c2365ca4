"""Golden graph: the seed built with the real pipeline equals ``seed/graph.trig`` by isomorphism.

The comparison covers the article's named graph and the actor descriptions, run provenance
included: the build is given a fixed ``Run`` (id, start time, version), so the provenance is
deterministic rather than excluded. Only the ontology graph (the vocabulary files, tested in
tests/ontology) is left out.

After a deliberate change of the extractors or the mapping, regenerate with
``QAWL_REGEN_GOLDEN=1 python -m pytest tests/golden/test_seed_graph.py`` and review the diff.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.build import build
from graph.store import Store
from ontology import iris
from ontology.mapping import Run
from ontology.namespace import PREFIXES
from tests.golden.kit import assert_same_graphs, graphs

GOLDEN = Path(__file__).resolve().parent / "seed" / "graph.trig"
RUN = Run(id="golden", started="2019-01-03T00:00:00Z", version="golden")

pytestmark = pytest.mark.skipif(importlib.util.find_spec("extract.pipeline") is None,
                                reason="extract.pipeline (the real extraction) is not installed")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, seed_path: Path) -> list[ox.Quad]:
    from extract.pipeline import extract

    store = Store.open(tmp_path_factory.mktemp("golden") / "store")
    summary = build([seed_path], store=store, extract_fn=extract, run=RUN)
    assert summary.failures == [] and summary.articles == 1
    keep = {str(iris.article_graph_iri(seed_path.stem)), str(iris.ACTORS_GRAPH)}
    quads = [q for q in store.inner if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value in keep]
    store.close()
    return quads


def test_seed_graph_matches_golden(built: list[ox.Quad]) -> None:
    if os.environ.get("QAWL_REGEN_GOLDEN") == "1":
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_bytes(ox.serialize(sorted(built, key=lambda q: (q.graph_name.value, str(q))),
                                        format=ox.RdfFormat.TRIG, prefixes=PREFIXES))
    assert_same_graphs(graphs(ox.parse(GOLDEN.read_bytes(), format=ox.RdfFormat.TRIG)), graphs(built))


def test_build_twice_gives_the_same_graph(built: list[ox.Quad], tmp_path: Path, seed_path: Path) -> None:
    from extract.pipeline import extract

    store = Store.open(tmp_path / "again")
    build([seed_path], store=store, extract_fn=extract, run=RUN)
    again = {str(q) for q in store.inner if isinstance(q.graph_name, ox.NamedNode)
             and q.graph_name.value != str(iris.ONTOLOGY_GRAPH)}
    store.close()
    assert again == {str(q) for q in built}  # same IRIs, same literals: not just isomorphic
