"""Every error of every route has one JSON shape: {"error": {"status", "code", "message"}}."""

from __future__ import annotations

import httpx
import pytest

BAD_REQUESTS = [
    # (method, path, request options, expected status, expected code)
    ("GET", "/sparql", {"params": {"default-graph-uri": "urn:x"}}, 400, "bad_request"),
    ("GET", "/sparql", {"params": {"query": ["ASK {}", "ASK {}"]}}, 400, "bad_request"),
    ("GET", "/sparql", {"headers": {"accept": "application/sparql-results+json"}}, 406, "not_acceptable"),
    ("GET", "/sparql", {"params": {"query": "SELEKT nothing"}}, 400, "malformed_query"),
    ("GET", "/sparql", {"params": {"query": "ASK {}"}, "headers": {"accept": "image/png"}}, 406, "not_acceptable"),
    ("POST", "/sparql", {"data": {"nothing": "here"}}, 400, "bad_request"),
    ("POST", "/sparql", {"data": {"update": "CLEAR ALL"}}, 403, "read_only"),
    ("POST", "/sparql", {"content": b"ASK {}", "headers": {"content-type": "text/plain"}}, 415,
     "unsupported_media_type"),
    ("DELETE", "/sparql", {}, 405, "method_not_allowed"),
    ("GET", "/actors/x-nobody-at-all/neighbourhood", {}, 404, "unknown_actor"),
    ("GET", "/actors/Q3052772/neighbourhood", {"params": {"depth": "deep"}}, 422, "invalid_parameter"),
    ("GET", "/actors/Q3052772/neighbourhood", {"params": {"depth": 99}}, 422, "invalid_parameter"),
    ("GET", "/actors/Q3052772/neighbourhood", {"params": {"depth": -1}}, 422, "invalid_parameter"),
    ("POST", "/actors/Q3052772/neighbourhood", {}, 405, "method_not_allowed"),
    ("GET", "/actors", {"params": {"limit": 0}}, 422, "invalid_parameter"),
    ("GET", "/actors/search", {}, 422, "invalid_parameter"),
    ("GET", "/actors/x-nobody-at-all", {}, 404, "unknown_actor"),
    ("GET", "/claims", {"params": {"cursor": "not-a-cursor"}}, 400, "bad_request"),
    ("GET", "/claims", {"params": {"since": "2019-02-30"}}, 422, "invalid_parameter"),
    ("GET", "/stances", {"params": {"polarity": 2}}, 422, "invalid_parameter"),
    ("GET", "/stances", {"params": {"min_confidence": "high"}}, 422, "invalid_parameter"),
    ("GET", "/export", {}, 422, "invalid_parameter"),
    ("GET", "/export", {"params": {"format": "csv"}}, 422, "invalid_parameter"),
    ("GET", "/export", {"params": {"format": "gexf", "actor": "x-nobody-at-all"}}, 404, "unknown_actor"),
    ("GET", "/export", {"params": {"format": "gexf", "depth": 1}}, 400, "bad_request"),
    ("GET", "/ontology", {"headers": {"accept": "application/json"}}, 406, "not_acceptable"),
    ("GET", "/ontology/shapes", {"headers": {"accept": "text/csv"}}, 406, "not_acceptable"),
    ("GET", "/sparql", {"params": {"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:1/s> { ?s ?p ?o } }"}},
     403, "service_refused"),
    ("GET", "/sparql", {"params": {"update": "CLEAR ALL"}}, 400, "bad_request"),
    ("POST", "/sparql", {"content": b"CLEAR ALL", "headers": {"content-type": "application/sparql-update"}},
     403, "read_only"),
    ("GET", "/actors/Q3052772/neighbourhood", {"params": {"format": "png"}}, 422, "invalid_parameter"),
    ("GET", "/actors/Q3052772/neighbourhood", {"headers": {"accept": "image/png"}}, 406, "not_acceptable"),
    ("GET", "/actors/Q3052772/neighbourhood", {"params": {"since": "yesterday"}}, 422, "invalid_parameter"),
    ("GET", "/rdf-graphs", {"params": {"default": ""}}, 403, "read_only"),
    ("PUT", "/rdf-graphs", {"params": {"default": ""}, "content": b""}, 403, "read_only"),
    ("POST", "/rdf-graphs", {"params": {"default": ""}, "content": b""}, 403, "read_only"),
    ("DELETE", "/rdf-graphs", {"params": {"default": ""}}, 403, "read_only"),
    ("POST", "/articles", {"json": {"text": "x"}}, 403, "read_only"),
    ("GET", "/articles/x-no-such-article", {}, 404, "unknown_article"),
    ("GET", "/claims/x-no-such-article/c1", {}, 404, "unknown_claim"),
    ("GET", "/stances/x-no-such-article/s1", {}, 404, "unknown_stance"),
    ("GET", "/queries", {"params": {"x": 1}, "headers": {"accept": "text/html"}}, 200, None),
    ("GET", "/no/such/route", {}, 404, "not_found"),
    ("POST", "/openapi.json", {}, 405, "method_not_allowed"),
]


@pytest.mark.parametrize(("method", "path", "options", "status", "code"), BAD_REQUESTS,
                         ids=[f"{m} {p} {s}" for m, p, _, s, _ in BAD_REQUESTS])
def test_error_shape(client: httpx.Client, method: str, path: str, options: dict, status: int, code: str | None) -> None:
    r = client.request(method, path, **options)
    if code is None:  # a route with no client error of its own (it takes no input)
        assert r.status_code == status
        return
    assert r.status_code == status
    assert r.headers["content-type"] == "application/json"
    assert r.json() == {"error": {"status": status, "code": code, "message": r.json()["error"]["message"]}}
    message = r.json()["error"]["message"]
    assert isinstance(message, str) and message and "Traceback" not in message


def test_every_route_is_covered(client: httpx.Client) -> None:
    """A new route must add its error cases above."""
    spec = client.get("/openapi.json").json()
    covered = {p for _, p, *_ in BAD_REQUESTS}
    templated = {"/actors/{actor_id}/neighbourhood": "/actors/Q3052772/neighbourhood",
                 "/actors/{actor_id}": "/actors/x-nobody-at-all",
                 "/articles/{article_id}": "/articles/x-no-such-article",
                 "/claims/{claim_id}": "/claims/x-no-such-article/c1",
                 "/stances/{stance_id}": "/stances/x-no-such-article/s1"}
    for path in spec["paths"]:
        assert templated.get(path, path) in covered, f"no error case for {path}"


def test_internal_errors_have_the_shape_and_no_internals(built_store, start_server) -> None:
    """A bug (here a route that raises RuntimeError) is a 500 in the same shape, without its text."""
    from api.app import Settings, create_app

    settings = Settings()
    app = create_app(store_path=built_store.path, settings=settings)

    def boom() -> None:
        raise RuntimeError("secret internals")

    app.add_api_route("/boom", boom)
    with start_server(app, settings) as live:
        r = httpx.get(live.url + "/boom", timeout=30)
    assert r.status_code == 500
    assert r.json() == {"error": {"status": 500, "code": "internal_error", "message": "internal server error"}}
