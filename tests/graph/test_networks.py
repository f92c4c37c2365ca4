"""graph.networks: the aggregated signed actor graph, the stance multigraph, neighbourhoods."""

from __future__ import annotations

from datetime import date

import networkx as nx
import pytest

from graph.errors import GraphError, UnknownActor
from graph.networks import (
    actor_graph,
    aggregate,
    neighbourhood_graph,
    stance_multigraph,
)
from graph.records import iter_stances
from tests.graph.qawl_fixture import make_store


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    s = make_store(tmp_path_factory.mktemp("networks") / "store")
    yield s
    s.close()


def test_actor_graph_aggregates_per_pair_and_type(store) -> None:
    g = actor_graph(store)
    assert isinstance(g, nx.DiGraph) and not g.is_multigraph()
    assert g.number_of_nodes() == 7 and g.number_of_edges() == 6
    e = g.edges["Q39723", "x-syrian-democratic-forces"]
    assert (e["count"], e["weight"], e["polarity"], e["sign"], e["negative"]) == (2, 2, -2, -1, 2)
    assert (e["first"], e["last"]) == (date(2024, 2, 9), date(2024, 2, 10))
    assert e["days"] == [date(2024, 2, 9), date(2024, 2, 10)]
    assert e["by_day"] == {date(2024, 2, 9): {"count": 1, "polarity": -1},
                           date(2024, 2, 10): {"count": 1, "polarity": -1}}
    assert e["stances"] == ["ar-2024-02/S1", "ar-2024-02/S2"] and e["articles"] == ["ar-2024-02"]
    assert set(e["types"]) == {"ACCUSE", "THREATEN"}
    assert e["types"]["THREATEN"]["first"] == date(2024, 2, 9) and e["types"]["ACCUSE"]["count"] == 1
    # the same pair in two articles, two months apart
    m = g.edges["Q3052772", "Q7747"]
    assert (m["count"], m["polarity"], m["sign"], m["neutral"]) == (2, 0, 0, 2)
    assert (m["first"], m["last"]) == (date(2024, 1, 3), date(2024, 3, 5))
    assert m["articles"] == ["ar-2024-01", "en-2024-03"] and m["confidence"] == 0.75
    assert g.nodes["Q39723"]["label_ar"] == "رجب طيب أردوغان" and g.nodes["Q43"]["kind"] == "state"


def test_negated_stances_give_no_edge(store) -> None:
    g = actor_graph(store)
    # "Turkey did not back France" is negated: only the REJECT remains between them
    e = g.edges["Q43", "Q142"]
    assert e["count"] == 1 and list(e["types"]) == ["REJECT"] and e["sign"] == -1


def test_filters_change_the_aggregates(store) -> None:
    g = actor_graph(store, min_confidence=0.85)
    assert g.edges["Q3052772", "Q7747"]["count"] == 1
    assert not g.has_edge("Q39723", "x-syrian-democratic-forces")
    g = actor_graph(store, since="2024-02-10", type="ACCUSE")
    assert [(u, v) for u, v in g.edges] == [("Q39723", "x-syrian-democratic-forces")]
    assert g.number_of_nodes() == 7  # every actor stays a node of the whole graph


def test_multigraph_keeps_every_stance(store) -> None:
    m = stance_multigraph(store)
    assert isinstance(m, nx.MultiDiGraph) and m.number_of_edges() == 8
    keys = set(m["Q3052772"]["Q7747"])
    assert keys == {"ar-2024-01/S1", "en-2024-03/S1"}
    s = m.edges["Q39723", "x-syrian-democratic-forces", "ar-2024-02/S2"]
    assert (s["type"], s["polarity"], s["day"], s["trigger"]) == ("THREATEN", -1, date(2024, 2, 9), "هدد")


def test_aggregate_matches_multigraph_counts(store) -> None:
    g = aggregate(iter_stances(store))
    m = stance_multigraph(store)
    for u, v, e in g.edges(data=True):
        assert e["count"] == m.number_of_edges(u, v)
        assert e["polarity"] == sum(d["polarity"] for d in m[u][v].values())


@pytest.mark.parametrize("depth, since, nodes", [
    (0, None, {"Q7747"}),
    (1, None, {"Q7747", "Q3052772", "Q43"}),
    (2, None, {"Q7747", "Q3052772", "Q43", "Q142", "x-syrian-democratic-forces", "Q2429253"}),
    (2, "2024-02-01", {"Q7747", "Q3052772", "Q43", "Q142"}),
    (3, "2024-03-01", {"Q7747", "Q3052772", "Q43"}),
])
def test_neighbourhood_depth_and_dates(store, depth, since, nodes) -> None:
    g = neighbourhood_graph(store, "Q7747", depth=depth, since=since)
    assert set(g.nodes) == nodes
    assert g.graph == {"center": "Q7747", "depth": depth}
    assert all(u in nodes and v in nodes for u, v in g.edges)


def test_neighbourhood_keeps_edges_between_found_actors(store) -> None:
    g = neighbourhood_graph(store, "Q7747", depth=2)
    # Turkey -> France is two hops away from Putin yet an edge between found actors
    assert g.has_edge("Q43", "Q142") and g.has_edge("Q3052772", "Q2429253")
    m = neighbourhood_graph(store, "Q7747", depth=1, multi=True)
    assert isinstance(m, nx.MultiDiGraph) and m.number_of_edges() == 3


def test_neighbourhood_errors(store) -> None:
    with pytest.raises(UnknownActor):
        neighbourhood_graph(store, "Q1", depth=1)
    with pytest.raises(GraphError, match="depth"):
        neighbourhood_graph(store, "Q7747", depth=-1)
