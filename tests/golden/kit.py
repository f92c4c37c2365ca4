"""Shared by the golden tests: a store's quads as one rdflib graph per named graph, and the
comparison by isomorphism that names the first differing triples."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic


def graphs(quads: Iterable[ox.Quad]) -> dict[str, Graph]:
    by_graph: dict[str, list[ox.Triple]] = defaultdict(list)
    for q in quads:
        by_graph[q.graph_name.value].append(ox.Triple(q.subject, q.predicate, q.object))
    return {name: Graph().parse(data=ox.serialize(ts, format=ox.RdfFormat.N_TRIPLES).decode("utf-8"),
                                format="nt")
            for name, ts in by_graph.items()}


def assert_same_graphs(expected: dict[str, Graph], actual: dict[str, Graph]) -> None:
    assert set(actual) == set(expected)
    for name, graph in expected.items():
        if not isomorphic(graph, actual[name]):
            _, only_expected, only_actual = graph_diff(to_isomorphic(graph), to_isomorphic(actual[name]))
            lines = sorted(f"- {t}" for t in only_expected.serialize(format="nt").splitlines() if t)[:10]
            lines += sorted(f"+ {t}" for t in only_actual.serialize(format="nt").splitlines() if t)[:10]
            pytest.fail(f"graph {name} differs from the golden file:\n" + "\n".join(lines))
