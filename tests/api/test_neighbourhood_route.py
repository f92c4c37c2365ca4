"""GET /actors/{id}/neighbourhood over a real server: the library's answer as JSON."""

from __future__ import annotations

import httpx


def _ids(nodes: list[dict]) -> set[str]:
    return {n["id"] for n in nodes}


def test_macron_neighbourhood(client: httpx.Client) -> None:
    r = client.get("/actors/Q3052772/neighbourhood", params={"depth": 1})
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    body = r.json()
    assert set(body) >= {"nodes", "edges"}
    ids = _ids(body["nodes"])
    assert "Q3052772" in ids  # the centre
    assert "Q7747" in ids  # Putin, whom Macron addressed
    assert body["edges"], "Macron has edges in the seed"
    for edge in body["edges"]:
        assert {edge["source"], edge["target"]} <= ids


def test_depth_zero_is_the_actor_alone(client: httpx.Client) -> None:
    body = client.get("/actors/Q3052772/neighbourhood", params={"depth": 0}).json()
    assert _ids(body["nodes"]) == {"Q3052772"} and body["edges"] == []


def test_deeper_is_a_superset(client: httpx.Client, server) -> None:
    one = client.get("/actors/Q3052772/neighbourhood", params={"depth": 1}).json()
    deepest = client.get("/actors/Q3052772/neighbourhood", params={"depth": server.settings.max_depth}).json()
    assert _ids(one["nodes"]) <= _ids(deepest["nodes"])


def test_default_depth_is_one(client: httpx.Client) -> None:
    default = client.get("/actors/Q7747/neighbourhood").json()
    one = client.get("/actors/Q7747/neighbourhood", params={"depth": 1}).json()
    assert default == one and "Q3052772" in _ids(default["nodes"])
