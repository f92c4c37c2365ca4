"""One claim and one stance with their evidence spans, over a real server (graph.serving behind them)."""

from __future__ import annotations

from urllib.parse import quote

import httpx
import pytest


def _text(client: httpx.Client, article: str) -> str:
    r = client.get(f"/articles/{article}")
    assert r.status_code == 200
    return r.json()["text"]


def _at_offsets(text: str, span: dict) -> None:
    assert 0 <= span["start"] < span["end"] <= len(text)
    assert text[span["start"]:span["end"]] == span["text"]


def test_the_seed_request_stance_with_its_evidence(client: httpx.Client, s1_request: tuple[str, str]) -> None:
    holder, target = s1_request
    listed = client.get("/stances", params={"holder": holder, "target": target, "type": "REQUEST"}).json()["items"]
    assert listed, "the listing has no REQUEST stance for gold S1"
    r = client.get(f"/stances/{listed[0]['id']}")
    assert r.status_code == 200
    stance = r.json()
    assert "/" in stance["id"] and {k: stance[k] for k in listed[0]} == listed[0]
    assert (stance["holder"], stance["target"], stance["type"]) == (holder, target, "REQUEST")
    text = _text(client, stance["article"])
    spans = stance["spans"]
    for key in ("holder", "target", "trigger", "evidence"):
        _at_offsets(text, spans[key])
    trigger, sentence = spans["trigger"], spans["evidence"]
    assert (trigger["start"], trigger["end"], trigger["text"]) == (
        stance["trigger_start"], stance["trigger_end"], stance["trigger"])
    assert sentence["start"] <= trigger["start"] and trigger["end"] <= sentence["end"]
    assert trigger["text"] in sentence["text"] and sentence["text"] == stance["evidence"]
    assert "بوتين" in sentence["text"]
    assert "\n" not in sentence["text"] and sentence["text"] != text.strip()  # one sentence, not the article
    claim = stance["source_claim"]
    assert claim is not None and claim["id"] == stance["claim"]
    assert claim == client.get(f"/claims/{stance['claim']}").json()


def test_every_claim_has_its_spans_at_their_offsets(client: httpx.Client) -> None:
    listed = client.get("/claims", params={"limit": 100}).json()["items"]
    assert len(listed) >= 2
    texts: dict[str, str] = {}
    for item in listed:
        r = client.get(f"/claims/{item['id']}")
        assert r.status_code == 200, item["id"]
        claim = r.json()
        assert {k: claim[k] for k in item} == item
        text = texts.setdefault(item["article"], _text(client, item["article"]))
        spans = claim["spans"]
        for key in ("speaker", "cue", "content", "evidence"):
            if spans[key] is not None:
                _at_offsets(text, spans[key])
        assert spans["cue"]["text"] == claim["cue"]
        assert (spans["content"]["start"], spans["content"]["end"], spans["content"]["text"]) == (
            claim["content_start"], claim["content_end"], claim["content"])
        inner = [s for k, s in spans.items() if k != "evidence" and s is not None]
        assert all(spans["evidence"]["start"] <= s["start"] and s["end"] <= spans["evidence"]["end"] for s in inner)


def test_a_slash_encoded_in_the_id_finds_the_same_record(client: httpx.Client) -> None:
    first = client.get("/stances", params={"limit": 1}).json()["items"][0]
    r = client.get("/stances/" + quote(first["id"], safe=""))
    assert r.status_code == 200 and r.json()["id"] == first["id"]


@pytest.mark.parametrize(("path", "code"), [
    ("/claims/000_ddc8bb61b41df7f1/c9999", "unknown_claim"),
    ("/claims/000_ddc8bb61b41df7f1/s1", "unknown_claim"),  # a stance id is no claim
    ("/claims/no-slash", "unknown_claim"),
    ("/claims/", "unknown_claim"),
    ("/stances/x-no-such-article/s1", "unknown_stance"),
    ("/stances/000_ddc8bb61b41df7f1/c1", "unknown_stance"),
])
def test_unknown_ids_are_404(client: httpx.Client, path: str, code: str) -> None:
    r = client.get(path)
    assert r.status_code == 404
    assert r.json()["error"]["code"] == code and r.json()["error"]["status"] == 404
