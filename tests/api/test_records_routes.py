"""Actors, claims and stances as paged JSON over a real server (graph.records behind them)."""

from __future__ import annotations

import httpx
import pytest

from ontology.namespace import QAWL

MACRON = "Q3052772"


@pytest.mark.parametrize("q", ["ماكرون", "إيمانويل ماكرون", "ايمانويل ماكرون", "Macron", "macron"])
def test_actor_search_in_arabic_and_english(client: httpx.Client, q: str) -> None:
    listed = client.get("/actors", params={"q": q}).json()["items"]
    ranked = client.get("/actors/search", params={"q": q}).json()["items"]
    assert MACRON in [a["id"] for a in listed]
    assert ranked[0]["id"] == MACRON


def test_one_actor(client: httpx.Client) -> None:
    r = client.get(f"/actors/{MACRON}")
    assert r.status_code == 200
    actor = r.json()
    assert (actor["label"], actor["kind"], actor["country"], actor["wikidata"]) == (
        "Emmanuel Macron", "person", "FRA", MACRON)
    assert actor["labels"]["ar"] == "إيمانويل ماكرون"


def test_actor_filters(client: httpx.Client, built_store) -> None:
    everyone = _all_pages(client, "/actors", {"limit": 7})
    assert len({a["id"] for a in everyone}) == len(everyone) == built_store.summary.actors
    people = _all_pages(client, "/actors", {"kind": "person"})
    assert people and all(a["kind"] == "person" for a in people)
    assert MACRON in {a["id"] for a in people} and len(people) < len(everyone)


def _all_pages(client: httpx.Client, path: str, params: dict) -> list[dict]:
    items, cursor = [], None
    for _ in range(100):
        page = client.get(path, params={**params, **({"cursor": cursor} if cursor else {})}).json()
        items += page["items"]
        cursor = page["next_cursor"]
        if cursor is None:
            return items
    raise AssertionError("pagination did not end")


@pytest.mark.parametrize(("path", "cls"), [("/claims", QAWL.Claim), ("/stances", QAWL.Stance)])
def test_pages_cover_everything_once(client: httpx.Client, path: str, cls) -> None:
    count = client.get("/sparql", params={"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?x a <{cls}> }} }}"})
    total = int(count.json()["results"]["bindings"][0]["n"]["value"])
    assert total >= 2
    items = _all_pages(client, path, {"limit": 2})
    ids = [i["id"] for i in items]
    assert len(ids) == total == len(set(ids))


def test_claim_and_stance_filters(client: httpx.Client, s1_request: tuple[str, str]) -> None:
    holder, target = s1_request
    stances = _all_pages(client, "/stances", {"holder": holder, "type": "REQUEST"})
    assert any(s["target"] == target for s in stances)
    assert all(s["holder"] == holder and s["type"] == "REQUEST" for s in stances)
    claims = _all_pages(client, "/claims", {"speaker": holder})
    assert claims and all(c["speaker"] == holder for c in claims)
    for c in claims:  # offsets point into the article text: the content has their length
        assert c["content_end"] - c["content_start"] == len(c["content"])
    signed = _all_pages(client, "/stances", {"holder": holder, "polarity": [-1, 1]})
    assert all(s["polarity"] != 0 for s in signed)
    assert len(signed) < len(_all_pages(client, "/stances", {"holder": holder}))
