"""The HTTP API: a read-only SPARQL 1.1 Protocol endpoint and actor neighbourhoods over one store.

Owns: ``Settings`` (the limits), ``create_app``, the SPARQL, neighbourhood and ontology
routes, request parsing and content negotiation; the error shape is ``api.errors``, the record
and export routes are ``api.records`` and ``api.exports``. Every answer comes from the library:
``graph.query`` runs and serialises SPARQL, ``graph.neighbourhood`` walks the actor graph.
Store work is synchronous, so it runs in worker threads and never on the event loop.

Routes:
    GET/POST /sparql                         SPARQL 1.1 Protocol, query operation only;
                                             GET without parameters: the Service Description
    GET /actors/{actor_id}/neighbourhood     ``{"nodes": [...], "edges": [...]}``
    GET /actors, /actors/search, /actors/{actor_id}, /claims, /stances
                                             records as paged JSON (``api.records``)
    GET /export?format=…                     the graph or a neighbourhood as a file (``api.exports``)
    GET /ontology, /ontology/shapes           the vocabulary (as stored) and the SHACL shapes
    GET /docs, /openapi.json                 OpenAPI (FastAPI's own); / redirects to /docs
"""

# No `from __future__ import annotations`: FastAPI reads the route signatures at definition
# time, and the depth bound comes from the local `settings`.

from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import parse_qs

import anyio
from fastapi import FastAPI, Query, Request
from fastapi.responses import RedirectResponse, Response

from api.errors import ApiError, install_error_handlers
from api.exports import exports_router
from api.negotiation import GRAPH_TYPES, SOLUTION_TYPES, MediaType, choose
from api.records import records_router
from api.service_description import service_description
from api.settings import Settings

__all__ = ["Settings", "create_app"]

FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"


def create_app(*, store_path: str | Path, settings: Settings | None = None) -> FastAPI:
    """The FastAPI app serving the store at ``store_path``, opened when the app starts."""
    from extract.errors import QawlError
    from graph.neighbourhood import neighbourhood
    from graph.query import run_query, serialise
    from graph.store import Store
    from ontology.iris import ONTOLOGY_GRAPH
    from ontology.validate import shapes_graph

    settings = settings or Settings()
    store_path = Path(store_path)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        # Read-only: the endpoint cannot write, and `qawl query` can read the same store meanwhile.
        with Store.open(store_path, read_only=True) as store:
            app.state.store = store
            # pyoxigraph cannot cancel a query: one that times out runs on in its thread. A
            # limiter of its own keeps such queries from taking every worker thread.
            app.state.query_limiter = anyio.CapacityLimiter(settings.max_concurrent_queries)
            yield

    app = FastAPI(
        title="qawl",
        summary="Who said what about whom in Arabic and English news, as a knowledge graph.",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.settings = settings
    install_error_handlers(app, library_errors=_library_error_map(QawlError))

    async def _sparql(request: Request, query: str, default_graphs: list[str], named_graphs: list[str]) -> Response:
        accept = request.headers.get("accept")
        if choose(accept, SOLUTION_TYPES) is None and choose(accept, GRAPH_TYPES) is None:
            names = ", ".join(o.name for o in SOLUTION_TYPES + GRAPH_TYPES)
            raise ApiError(406, "not_acceptable", f"results can be sent as one of: {names}")

        def work() -> Any:
            return run_query(
                request.app.state.store, query, default_graph=default_graphs or None,
                named_graphs=named_graphs or None, limit=settings.row_limit,
            )

        try:
            with anyio.fail_after(settings.query_timeout):
                result = await anyio.to_thread.run_sync(
                    work, abandon_on_cancel=True, limiter=request.app.state.query_limiter)
        except TimeoutError:
            raise ApiError(503, "query_timeout",
                           f"the query took longer than {settings.query_timeout:g} s "
                           "(or waited that long for a free query slot)") from None
        offers = GRAPH_TYPES if result.kind == "graph" else SOLUTION_TYPES
        media = choose(accept, offers)
        if media is None:
            names = ", ".join(o.name for o in offers)
            raise ApiError(406, "not_acceptable",
                           f"this {result.kind} result can be sent as one of: {names}")
        body = await anyio.to_thread.run_sync(serialise, result, media.format)
        headers = {"Vary": "Accept"}
        if result.truncated:
            headers["X-Qawl-Truncated"] = f"row limit {settings.row_limit}"
        return Response(body, media_type=media.name, headers=headers)

    @app.get("/sparql", summary="SPARQL 1.1 query (GET)", tags=["sparql"],
             responses={200: {"content": {o.name: {} for o in SOLUTION_TYPES + GRAPH_TYPES}}})
    async def sparql_get(
        request: Request,
        query: Annotated[str | None, Query(description="the SPARQL query")] = None,
        default_graph_uri: Annotated[list[str], Query(alias="default-graph-uri")] = [],  # noqa: B006
        named_graph_uri: Annotated[list[str], Query(alias="named-graph-uri")] = [],  # noqa: B006
    ) -> Response:
        """SPARQL 1.1 Protocol query via GET. The result format is chosen by the Accept header:
        SPARQL JSON (default), XML, CSV or TSV for SELECT/ASK; Turtle (default), N-Triples or
        N-Quads for CONSTRUCT/DESCRIBE. Without any parameter, the SPARQL 1.1 Service
        Description of the endpoint (Turtle or N-Triples)."""
        if not request.query_params:
            return _service_description(request)
        if query is None:
            raise ApiError(400, "bad_request", "missing the 'query' parameter")
        if len(request.query_params.getlist("query")) > 1:
            raise ApiError(400, "bad_request", "give exactly one 'query' parameter")
        return await _sparql(request, query, default_graph_uri, named_graph_uri)

    @app.post("/sparql", summary="SPARQL 1.1 query (POST form or direct)", tags=["sparql"],
              openapi_extra={"requestBody": {"content": {
                  FORM: {"schema": {"type": "object", "properties": {"query": {"type": "string"}}}},
                  SPARQL_QUERY: {"schema": {"type": "string"}}}}},
              responses={200: {"content": {o.name: {} for o in SOLUTION_TYPES + GRAPH_TYPES}}})
    async def sparql_post(request: Request) -> Response:
        """SPARQL 1.1 Protocol query via POST, form-encoded (``query=``) or directly
        (``application/sparql-query``). Updates are refused: the endpoint is read-only."""
        body = await _read_body(request, settings.max_body_bytes)
        query, default_graphs, named_graphs = _post_query(request, body)
        return await _sparql(request, query, default_graphs, named_graphs)

    app.include_router(records_router(settings))
    app.include_router(exports_router(settings))

    @app.get("/ontology", summary="The qawl vocabulary and PLOVER, as stored", tags=["ontology"],
             response_class=Response, responses={200: {"content": {o.name: {} for o in GRAPH_TYPES[:2]}}})
    def ontology(request: Request) -> Response:
        """The ontology graph of the store (``qawl:`` classes and properties, PLOVER and CAMEO
        concept schemes, with Arabic and English labels): Turtle (default) or N-Triples."""
        media = _graph_media(request)
        query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?s ?p ?o }} }}"
        body = serialise(run_query(request.app.state.store, query), media.format)
        return Response(body, media_type=media.name, headers={"Vary": "Accept"})

    @app.get("/ontology/shapes", summary="The SHACL shapes every build is validated with", tags=["ontology"],
             response_class=Response, responses={200: {"content": {o.name: {} for o in GRAPH_TYPES[:2]}}})
    def shapes(request: Request) -> Response:
        """The SHACL shapes graph: Turtle (default) or N-Triples."""
        media = _graph_media(request)
        body = shapes_graph().serialize(format={"turtle": "turtle", "ntriples": "nt"}[media.format])
        return Response(body, media_type=media.name, headers={"Vary": "Accept"})

    @app.get("/", include_in_schema=False)
    def root() -> RedirectResponse:
        return RedirectResponse("/docs")

    @app.get("/actors/{actor_id}/neighbourhood", summary="An actor's neighbourhood", tags=["actors"])
    def actor_neighbourhood(
        request: Request,
        actor_id: str,
        depth: Annotated[int, Query(ge=0, le=settings.max_depth,
                                    description=f"hops from the actor, 0 to {settings.max_depth}")] = 1,
    ) -> dict[str, Any]:
        """The actors within ``depth`` hops of ``actor_id`` (e.g. ``Q3052772``, Emmanuel Macron)
        and the claims and stances between them, as ``{"nodes": [...], "edges": [...]}``."""
        return neighbourhood(request.app.state.store, actor_id, depth=depth)

    return app


def _graph_media(request: Request) -> MediaType:
    """Turtle or N-Triples, as the Accept header prefers."""
    media = choose(request.headers.get("accept"), GRAPH_TYPES[:2])
    if media is None:
        raise ApiError(406, "not_acceptable", "this graph can be sent as text/turtle or application/n-triples")
    return media


def _service_description(request: Request) -> Response:
    media = _graph_media(request)
    endpoint = str(request.url.replace(query=""))
    data = service_description(endpoint).serialize(format={"turtle": "turtle", "ntriples": "nt"}[media.format])
    return Response(data, media_type=media.name, headers={"Vary": "Accept"})


def _post_query(request: Request, body: bytes) -> tuple[str, list[str], list[str]]:
    """The query and the dataset of a POST: form-encoded or direct; updates refused."""
    content_type, _, parameters = request.headers.get("content-type", "").partition(";")
    content_type = content_type.strip().lower()
    charset = "utf-8"
    for param in parameters.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip('"').lower()
    if charset not in ("utf-8", "utf8"):
        raise ApiError(415, "unsupported_media_type", f"the request body must be UTF-8, not {charset}")
    if content_type == SPARQL_UPDATE:
        raise _read_only()
    if content_type not in (FORM, SPARQL_QUERY):
        raise ApiError(415, "unsupported_media_type",
                       f"POST a query as {FORM} or {SPARQL_QUERY}, not {content_type or 'no content type'}")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise ApiError(400, "bad_request", "the request body is not UTF-8") from None
    params = parse_qs(request.url.query, keep_blank_values=True)
    if content_type == SPARQL_QUERY:
        return text, params.get("default-graph-uri", []), params.get("named-graph-uri", [])
    form = parse_qs(text, keep_blank_values=True)
    if "update" in form:
        raise _read_only()
    queries = form.get("query", [])
    if len(queries) != 1:
        raise ApiError(400, "bad_request", "give exactly one 'query' parameter")
    return (queries[0], form.get("default-graph-uri", []) + params.get("default-graph-uri", []),
            form.get("named-graph-uri", []) + params.get("named-graph-uri", []))


def _read_only() -> ApiError:
    return ApiError(403, "read_only", "this endpoint is read-only: SPARQL updates are refused")


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise ApiError(413, "body_too_large", f"the request body is larger than {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, "body_too_large", f"the request body is larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _library_error_map(base: type[Exception]) -> dict[type[Exception], tuple[int, str]]:
    """HTTP status and code for the library's exceptions, most specific first."""
    from graph import errors as graph_errors

    return {
        graph_errors.QuerySyntaxError: (400, "malformed_query"),
        graph_errors.UnknownActor: (404, "unknown_actor"),
        graph_errors.UnknownFormat: (406, "not_acceptable"),
        graph_errors.StoreError: (503, "store_unavailable"),
        base: (400, "bad_request"),
    }
