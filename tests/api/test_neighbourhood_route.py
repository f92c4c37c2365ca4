"""GET /actors/{id}/neighbourhood over a real server: the library's answer as JSON.

In the seed, France (Q142) asks Russia (Q159) to protect the SDF: a REQUEST edge France -> Russia.
"""

from __future__ import annotations

import httpx

FRANCE, RUSSIA = "Q142", "Q159"


def _ids(nodes: list[dict]) -> set[str]:
    return {n["id"] for n in nodes}


def test_france_neighbourhood(client: httpx.Client) -> None:
    r = client.get(f"/actors/{FRANCE}/neighbourhood", params={"depth": 1})
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    body = r.json()
    ids = _ids(body["nodes"])
    assert {FRANCE, RUSSIA} <= ids
    assert any(e["source"] == FRANCE and e["target"] == RUSSIA and e["type"] == "REQUEST" for e in body["edges"])
    for edge in body["edges"]:
        assert {edge["source"], edge["target"]} <= ids
    assert next(n for n in body["nodes"] if n["id"] == RUSSIA)["label"] == "Russia"


def test_depth_zero_is_the_actor_alone(client: httpx.Client) -> None:
    body = client.get(f"/actors/{FRANCE}/neighbourhood", params={"depth": 0}).json()
    assert _ids(body["nodes"]) == {FRANCE} and body["edges"] == []


def test_deeper_is_a_superset(client: httpx.Client, server) -> None:
    one = client.get(f"/actors/{FRANCE}/neighbourhood", params={"depth": 1}).json()
    deepest = client.get(f"/actors/{FRANCE}/neighbourhood", params={"depth": server.settings.max_depth}).json()
    assert _ids(one["nodes"]) <= _ids(deepest["nodes"])
    assert len(deepest["edges"]) >= len(one["edges"])


def test_default_depth_is_one(client: httpx.Client) -> None:
    default = client.get(f"/actors/{RUSSIA}/neighbourhood").json()
    one = client.get(f"/actors/{RUSSIA}/neighbourhood", params={"depth": 1}).json()
    assert default == one and FRANCE in _ids(default["nodes"])
