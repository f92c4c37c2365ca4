"""Writes over HTTP, all off by default and all behind the bearer token: the SPARQL 1.1 Graph
Store HTTP Protocol on ``/rdf-graphs`` and article ingest on ``POST /articles``.

Owns the HTTP side only; the work is ``graph.serving`` (graph operations, ``ingest_article``)
run in a worker thread under the app's write lock, after which the query workers are recycled
so queries see the change. ``GET /articles/{id}`` (read-only, always on) is here too, next to
its writer.

Graph Store protocol (``?graph=<iri>`` or ``?default``): GET (no token) returns the graph as
Turtle, N-Triples, JSON-LD or RDF/XML; PUT replaces it, POST merges into it, DELETE drops it.
"""

# No `from __future__ import annotations`: FastAPI reads the route signatures at definition time.

import json
from functools import partial
from typing import Any

import anyio
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from api.auth import require_token
from api.errors import ApiError
from api.negotiation import GRAPH_TYPES, choose

__all__ = ["writes_router"]

_RDF_IN = {t.name: t.format for t in GRAPH_TYPES if t.format != "nquads"}
_RDF_IN.update({a: t.format for t in GRAPH_TYPES if t.format != "nquads" for a in t.aliases})
_ARTICLE_KEYS = {"id", "text", "html", "title", "published", "url", "lang"}


def writes_router(settings) -> APIRouter:
    from graph.serving import (add_to_graph, article_record, drop_graph, ingest_article, read_graph,
                               replace_graph)

    router = APIRouter()

    def graph_param(request: Request) -> str | None:
        params = request.query_params
        if ("graph" in params) == ("default" in params):
            raise ApiError(400, "bad_request", "give either ?graph=<iri> or ?default")
        graph = params.get("graph")
        if graph is not None and ":" not in graph:
            raise ApiError(400, "bad_request", f"graph must be an absolute IRI, not {graph!r}")
        return graph

    def enabled() -> None:
        if not settings.graph_store:
            raise ApiError(403, "read_only", "the Graph Store protocol is off on this server")

    async def write(request: Request, fn, *args, **kwargs) -> Any:
        async with request.app.state.write_lock:
            result = await anyio.to_thread.run_sync(partial(fn, request.app.state.store, *args, **kwargs))
            await anyio.to_thread.run_sync(request.app.state.pool.recycle)
        return result

    async def rdf_body(request: Request) -> tuple[bytes, str]:
        from api.app import read_body

        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype not in _RDF_IN:
            raise ApiError(415, "unsupported_media_type",
                           f"send RDF as one of {', '.join(sorted(_RDF_IN))}, not {ctype or 'no content type'}")
        return await read_body(request, settings.max_body_bytes), _RDF_IN[ctype]

    @router.get("/rdf-graphs", summary="Graph Store protocol: read a graph", tags=["graph store"])
    def gsp_get(request: Request) -> Response:
        enabled()
        graph = graph_param(request)
        offers = tuple(t for t in GRAPH_TYPES if t.format != "nquads")
        media = choose(request.headers.get("accept"), offers)
        if media is None:
            raise ApiError(406, "not_acceptable", "a graph can be sent as " + ", ".join(o.name for o in offers))
        data = read_graph(request.app.state.store, graph, media.format)
        if data is None:
            raise ApiError(404, "unknown_graph", f"no graph {graph} in the store")
        return Response(data, media_type=media.name, headers={"Vary": "Accept"})

    async def upload(request: Request, operation) -> Response:
        """PUT and POST: ``operation`` (replace or add) with the RDF body; 201 for a new graph."""
        enabled()
        require_token(request, settings)
        graph = graph_param(request)
        data, fmt = await rdf_body(request)
        existed = await write(request, operation, graph, data, fmt, base_iri=graph or str(request.url))
        return Response(status_code=204 if existed else 201)

    @router.put("/rdf-graphs", summary="Graph Store protocol: replace a graph", tags=["graph store"])
    async def gsp_put(request: Request) -> Response:
        return await upload(request, replace_graph)

    @router.post("/rdf-graphs", summary="Graph Store protocol: add to a graph", tags=["graph store"])
    async def gsp_post(request: Request) -> Response:
        return await upload(request, add_to_graph)

    @router.delete("/rdf-graphs", summary="Graph Store protocol: drop a graph", tags=["graph store"])
    async def gsp_delete(request: Request) -> Response:
        enabled()
        require_token(request, settings)
        graph = graph_param(request)
        if not await write(request, drop_graph, graph):
            raise ApiError(404, "unknown_graph", f"no graph {graph} in the store")
        return Response(status_code=204)

    @router.post("/articles", summary="Extract and store one article", tags=["articles"], status_code=201,
                 openapi_extra={"requestBody": {"content": {"application/json": {"schema": {
                     "type": "object", "properties": {k: {"type": "string"} for k in sorted(_ARTICLE_KEYS)}}}}}})
    async def post_article(request: Request) -> JSONResponse:
        """One article as JSON (``text`` or ``html``; optional ``id``, ``title``, ``published``,
        ``url``, ``lang``). It is extracted, validated and its graph replaced in one transaction;
        the answer is the extraction (the JSON contract). Off unless the server runs with ingest
        on, and then it needs the bearer token."""
        from api.app import read_body

        if not settings.ingest:
            raise ApiError(403, "read_only", "ingest is off on this server")
        require_token(request, settings)
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype != "application/json":
            raise ApiError(415, "unsupported_media_type", "POST an article as application/json")
        try:
            record = json.loads(await read_body(request, settings.max_body_bytes))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ApiError(400, "bad_request", f"the body is not JSON: {exc}") from None
        if not isinstance(record, dict):
            raise ApiError(400, "bad_request", "the body must be a JSON object")
        unknown = set(record) - _ARTICLE_KEYS
        if unknown:
            raise ApiError(400, "bad_request", f"unknown fields: {', '.join(sorted(unknown))}")
        extraction, summary = await write(request, ingest_article, record)
        return JSONResponse({"extraction": extraction.to_dict(), "stored": summary.to_dict()}, status_code=201)

    @router.get("/articles/{article_id}", summary="One article with its claims and stances", tags=["articles"])
    def article(request: Request, article_id: str) -> dict[str, Any]:
        """The article's metadata and text, the actors it mentions, and its claims and stances
        with their evidence: character offsets into ``text`` (claims: ``content_start`` /
        ``content_end``; stances: ``trigger_start`` / ``trigger_end`` and the ``evidence`` sentence)."""
        return article_record(request.app.state.store, article_id)

    return router
