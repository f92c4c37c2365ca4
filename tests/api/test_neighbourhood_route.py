"""GET /actors/{id}/neighbourhood over a real server: the library's answer as JSON.

The seed's gold stance S1 (Macron or France asks Putin or Russia, REQUEST) must show as an edge;
``s1_request`` finds which of the two readings the store holds, by SPARQL on the same server.
"""

from __future__ import annotations

import httpx


def _ids(nodes: list[dict]) -> set[str]:
    return {n["id"] for n in nodes}


def test_request_edge_of_the_seed(client: httpx.Client, s1_request: tuple[str, str]) -> None:
    holder, target = s1_request
    r = client.get(f"/actors/{holder}/neighbourhood", params={"depth": 1})
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    body = r.json()
    ids = _ids(body["nodes"])
    assert body["center"] == holder and {holder, target} <= ids
    assert any(e["source"] == holder and e["target"] == target and e["type"] == "REQUEST" for e in body["edges"])
    for edge in body["edges"]:
        assert {edge["source"], edge["target"]} <= ids
    labels = {"Q7747": "Vladimir Putin", "Q159": "Russia"}
    assert next(n for n in body["nodes"] if n["id"] == target)["label"] == labels[target]


def test_depth_zero_is_the_actor_alone(client: httpx.Client, s1_request: tuple[str, str]) -> None:
    holder, _ = s1_request
    body = client.get(f"/actors/{holder}/neighbourhood", params={"depth": 0}).json()
    assert _ids(body["nodes"]) == {holder} and body["edges"] == []


def test_deeper_is_a_superset(client: httpx.Client, server, s1_request: tuple[str, str]) -> None:
    holder, _ = s1_request
    one = client.get(f"/actors/{holder}/neighbourhood", params={"depth": 1}).json()
    deepest = client.get(f"/actors/{holder}/neighbourhood", params={"depth": server.settings.max_depth}).json()
    assert _ids(one["nodes"]) <= _ids(deepest["nodes"])
    assert len(deepest["edges"]) >= len(one["edges"])


def test_default_depth_is_one(client: httpx.Client, s1_request: tuple[str, str]) -> None:
    holder, target = s1_request
    default = client.get(f"/actors/{target}/neighbourhood").json()
    one = client.get(f"/actors/{target}/neighbourhood", params={"depth": 1}).json()
    assert default == one and holder in _ids(default["nodes"])
