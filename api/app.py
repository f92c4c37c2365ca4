"""The HTTP API over one store: the SPARQL 1.1 Protocol endpoint, neighbourhoods, the ontology.

Owns ``create_app``, the SPARQL, neighbourhood and ontology routes, request parsing and content
negotiation, the SERVICE allow-list check and the error mapping of the query workers. Elsewhere:
the error shape (``api.errors``), the limits (``api.settings``), the killable query workers
(``api.pool``), records (``api.records``), exports (``api.exports``), writes and articles
(``api.writes``), the page (``api.page``). Every answer comes from the library: SPARQL runs
``graph.query`` in a worker process; neighbourhoods are ``graph.serving.filtered_neighbourhood``
or ``graph.networks`` written by ``graph.exports.graphs``. Other store work is synchronous and
runs in worker threads, never on the event loop.

Routes:
    GET/POST /sparql                         SPARQL 1.1 Protocol (queries; updates when on);
                                             GET without parameters: the Service Description
    GET /actors/{actor_id}/neighbourhood     JSON, Cytoscape.js JSON, GraphML or GEXF, filtered
    GET /actors, /actors/search, /actors/{actor_id}, /claims, /stances
                                             records as paged JSON (``api.records``)
    GET /claims/{id}, /stances/{id}          one record with its evidence spans (``api.records``)
    GET /articles/{id}; POST /articles       one article with its spans; ingest (``api.writes``)
    GET/PUT/POST/DELETE /rdf-graphs          Graph Store HTTP Protocol (``api.writes``)
    GET /export?format=…                     the graph or a neighbourhood as a file (``api.exports``)
    GET /ontology, /ontology/shapes          the vocabulary (as stored) and the SHACL shapes
    GET /, /web/*, /vendor/*, /queries       the page (``api.page``)
    GET /docs, /openapi.json                 OpenAPI (FastAPI's own)
"""

# No `from __future__ import annotations`: FastAPI reads the route signatures at definition
# time, and the depth bound comes from the local `settings`.

from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import Annotated
from urllib.parse import parse_qs

import anyio
from fastapi import FastAPI, Query, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse, Response

from api.auth import require_token
from api.errors import ApiError, install_error_handlers
from api.exports import NEIGHBOURHOOD_TYPES, NeighbourhoodFormat, exports_router, graph_file
from api.negotiation import GRAPH_TYPES, SOLUTION_TYPES, MediaType, choose
from api.page import page_router
from api.pool import QueryJob, QueryPool
from api.records import records_router
from api.service_description import service_description
from api.settings import Settings
from api.writes import writes_router

__all__ = ["Settings", "create_app", "read_body"]

FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"
# graphs that are documents (one graph, no quads)
DOCUMENT_TYPES = tuple(t for t in GRAPH_TYPES if t.format != "nquads")
# Stands for the empty default graph of a request naming only named graphs: no graph has it.
EMPTY_DEFAULT_GRAPH = "urn:qawl:no-default-graph"


def create_app(*, store_path: str | Path, settings: Settings | None = None) -> FastAPI:
    """The FastAPI app serving the store at ``store_path``, opened when the app starts."""
    from extract.errors import QawlError
    from graph.query import run_query
    from graph.serving import filtered_neighbourhood, serialise_graph, service_endpoints
    from graph.store import Store
    from ontology.iris import ONTOLOGY_GRAPH
    from ontology.validate import shapes_graph

    settings = settings or Settings()
    store_path = Path(store_path)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        # Read-only unless a write is switched on: then this process is the one writer, and the
        # query workers (read-only, in their own processes) are recycled after each write.
        with Store.open(store_path, read_only=not settings.writes) as store:
            app.state.store = store
            pool = QueryPool(store_path, workers=settings.workers)
            await anyio.to_thread.run_sync(pool.start)
            app.state.pool = pool
            app.state.write_lock = anyio.Lock()
            app.state.query_limiter = anyio.CapacityLimiter(settings.max_concurrent_queries)
            try:
                yield
            finally:
                await anyio.to_thread.run_sync(pool.close)

    app = FastAPI(
        title="qawl",
        summary="Who said what about whom in Arabic and English news, as a knowledge graph.",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.settings = settings
    install_error_handlers(app, library_errors=_library_error_map(QawlError))
    _install_pool_errors(app)
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins),
                           allow_methods=["GET", "POST"], allow_headers=["*"])

    def check_services(query: str, base_iri: str) -> None:
        for endpoint in service_endpoints(query, base_iri=base_iri):
            if endpoint is None or endpoint not in settings.service_allow:
                shown = "an endpoint given by a variable" if endpoint is None else endpoint
                raise ApiError(403, "service_refused",
                               f"SERVICE to {shown} is not allowed (allowed: "
                               f"{', '.join(settings.service_allow) or 'none'})")

    async def _sparql(request: Request, query: str, default_graphs: list[str], named_graphs: list[str]) -> Response:
        accept = request.headers.get("accept")
        solution_media, graph_media = choose(accept, SOLUTION_TYPES), choose(accept, GRAPH_TYPES)
        if solution_media is None and graph_media is None:
            names = ", ".join(o.name for o in SOLUTION_TYPES + GRAPH_TYPES)
            raise ApiError(406, "not_acceptable", f"results can be sent as one of: {names}")
        base_iri = _endpoint(request)
        check_services(query, base_iri)
        if named_graphs and not default_graphs:
            default_graphs = [EMPTY_DEFAULT_GRAPH]  # the protocol: only named graphs, empty default
        job = QueryJob(f"BASE <{base_iri}>\n{query}", tuple(default_graphs), tuple(named_graphs),
                       solution_media.format if solution_media else None,
                       graph_media.format if graph_media else None, settings.row_limit)
        answer = await anyio.to_thread.run_sync(
            partial(request.app.state.pool.run, job, timeout=settings.query_timeout),
            limiter=request.app.state.query_limiter)
        offers = GRAPH_TYPES if answer.kind == "graph" else SOLUTION_TYPES
        if answer.format is None:
            names = ", ".join(o.name for o in offers)
            raise ApiError(406, "not_acceptable",
                           f"this {answer.kind} result can be sent as one of: {names}")
        media = next(o for o in offers if o.format == answer.format)
        headers = {"Vary": "Accept"}
        if answer.truncated:
            headers["X-Qawl-Truncated"] = f"row limit {settings.row_limit}"
        return Response(answer.body, media_type=media.name, headers=headers)

    @app.get("/sparql", summary="SPARQL 1.1 query (GET)", tags=["sparql"],
             responses={200: {"content": {o.name: {} for o in SOLUTION_TYPES + GRAPH_TYPES}}})
    async def sparql_get(
        request: Request,
        query: Annotated[str | None, Query(description="the SPARQL query")] = None,
        default_graph_uri: Annotated[list[str], Query(alias="default-graph-uri")] = [],  # noqa: B006
        named_graph_uri: Annotated[list[str], Query(alias="named-graph-uri")] = [],  # noqa: B006
    ) -> Response:
        """SPARQL 1.1 Protocol query via GET. The result format is chosen by the Accept header:
        SPARQL JSON (default), XML, CSV or TSV for SELECT/ASK; Turtle (default), N-Triples,
        N-Quads, JSON-LD or RDF/XML for CONSTRUCT/DESCRIBE. Without any parameter, the SPARQL
        1.1 Service Description of the endpoint (Turtle or N-Triples)."""
        if not request.query_params:
            return _service_description(request, updates=settings.updates)
        if "update" in request.query_params:
            raise ApiError(400, "bad_request", "a SPARQL update must be sent with POST")
        if query is None:
            raise ApiError(400, "bad_request", "missing the 'query' parameter")
        if len(request.query_params.getlist("query")) > 1:
            raise ApiError(400, "bad_request", "give exactly one 'query' parameter")
        return await _sparql(request, query, default_graph_uri, named_graph_uri)

    @app.post("/sparql", summary="SPARQL 1.1 query or update (POST form or direct)", tags=["sparql"],
              openapi_extra={"requestBody": {"content": {
                  FORM: {"schema": {"type": "object", "properties": {"query": {"type": "string"},
                                                                     "update": {"type": "string"}}}},
                  SPARQL_QUERY: {"schema": {"type": "string"}},
                  SPARQL_UPDATE: {"schema": {"type": "string"}}}}},
              responses={200: {"content": {o.name: {} for o in SOLUTION_TYPES + GRAPH_TYPES}}})
    async def sparql_post(request: Request) -> Response:
        """SPARQL 1.1 Protocol query via POST, form-encoded (``query=``) or directly
        (``application/sparql-query``). Updates (``update=`` or ``application/sparql-update``)
        are refused with 403 unless the server runs with updates on, and then need the token."""
        body = await read_body(request, settings.max_body_bytes)
        operation = _post_operation(request, body)
        if operation.update is not None:
            return await run_sparql_update(request, operation.update, operation.default_graphs,
                                           operation.named_graphs)
        return await _sparql(request, operation.query, operation.default_graphs, operation.named_graphs)

    async def run_sparql_update(request: Request, update: str, using: list[str], using_named: list[str]) -> Response:
        from graph.serving import run_update, with_using

        if not settings.updates:
            raise _read_only()
        require_token(request, settings)
        update = with_using(update, using=using, using_named=using_named)
        check_services(update, _endpoint(request))
        async with request.app.state.write_lock:
            await anyio.to_thread.run_sync(partial(run_update, request.app.state.store, update,
                                                   base_iri=_endpoint(request)))
            await anyio.to_thread.run_sync(request.app.state.pool.recycle)
        return Response(status_code=204)

    app.include_router(records_router(settings))
    app.include_router(exports_router(settings))
    app.include_router(writes_router(settings))
    app.include_router(page_router(settings))

    @app.get("/ontology", summary="The qawl vocabulary and PLOVER, as stored", tags=["ontology"],
             response_class=Response, responses={200: {"content": {o.name: {} for o in DOCUMENT_TYPES}}})
    def ontology(request: Request) -> Response:
        """The ontology graph of the store (``qawl:`` classes and properties, PLOVER and CAMEO
        concept schemes, with Arabic and English labels): Turtle (default), N-Triples, JSON-LD
        or RDF/XML."""
        media = _graph_media(request)
        query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?s ?p ?o }} }}"
        body = serialise_graph(run_query(request.app.state.store, query).triples, media.format)
        return Response(body, media_type=media.name, headers={"Vary": "Accept"})

    @app.get("/ontology/shapes", summary="The SHACL shapes every build is validated with", tags=["ontology"],
             response_class=Response, responses={200: {"content": {o.name: {} for o in DOCUMENT_TYPES}}})
    def shapes(request: Request) -> Response:
        """The SHACL shapes graph: Turtle (default), N-Triples, JSON-LD or RDF/XML."""
        media = _graph_media(request)
        body = _rdflib_bytes(shapes_graph(), media.format)
        return Response(body, media_type=media.name, headers={"Vary": "Accept"})

    @app.get("/actors/{actor_id}/neighbourhood", summary="An actor's neighbourhood", tags=["actors"],
             responses={200: {"content": {t: {} for t in NEIGHBOURHOOD_TYPES.values()}}})
    def actor_neighbourhood(
        request: Request,
        actor_id: str,
        depth: Annotated[int, Query(ge=0, le=settings.max_depth,
                                    description=f"hops from the actor, 0 to {settings.max_depth}")] = 1,
        type: Annotated[list[str] | None, Query(description="relation types to keep: PLOVER categories, "
                                                "addresses, speaksAbout (repeat the parameter)")] = None,
        since: Annotated[date | None, Query(description="claims and stances on or after this day")] = None,
        until: Annotated[date | None, Query(description="claims and stances up to this day")] = None,
        min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
        format: Annotated[NeighbourhoodFormat | None, Query(
            description="json (default), cytoscape, graphml or gexf; or ask by Accept")] = None,
    ) -> Response:
        """The actors within ``depth`` hops of ``actor_id`` (e.g. ``Q3052772``, Emmanuel Macron)
        and the claims and stances between them. JSON: ``{"nodes": [...], "edges": [...]}`` with
        the claim and stance ids behind each edge. Cytoscape.js JSON, GraphML and GEXF hold the
        stance graph aggregated per actor pair (``graph.export``'s files)."""
        fmt = format.value if format else _neighbourhood_format(request.headers.get("accept"))
        if fmt == "json":
            body = filtered_neighbourhood(request.app.state.store, actor_id, depth=depth, types=type,
                                          since=since, until=until, min_confidence=min_confidence)
            return JSONResponse(body)
        data = graph_file(request.app.state.store, actor_id, fmt, depth=depth, types=type, since=since,
                          until=until, min_confidence=min_confidence)
        return Response(data, media_type=NEIGHBOURHOOD_TYPES[fmt], headers={"Vary": "Accept"})

    return app


def _neighbourhood_format(accept: str | None) -> str:
    if not accept or not accept.strip():
        return "json"
    offers = tuple(MediaType(t, f) for f, t in NEIGHBOURHOOD_TYPES.items() if f != "cytoscape")
    media = choose(accept, offers)
    if media is None:
        raise ApiError(406, "not_acceptable", "a neighbourhood can be sent as application/json, "
                       "application/graphml+xml or application/gexf+xml (or ?format=cytoscape)")
    return media.format


def _endpoint(request: Request) -> str:
    return str(request.url.replace(query="", fragment=""))


def _graph_media(request: Request) -> MediaType:
    """Turtle, N-Triples, JSON-LD or RDF/XML, as the Accept header prefers."""
    media = choose(request.headers.get("accept"), DOCUMENT_TYPES)
    if media is None:
        raise ApiError(406, "not_acceptable",
                       "this graph can be sent as " + ", ".join(o.name for o in DOCUMENT_TYPES))
    return media


def _rdflib_bytes(graph, fmt: str) -> bytes:
    """An rdflib graph written by ``graph.serving.serialise_graph`` (one set of writers for all)."""
    import pyoxigraph as ox

    from graph.serving import serialise_graph

    triples = ox.parse(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return serialise_graph(triples, fmt)


def _service_description(request: Request, *, updates: bool) -> Response:
    media = _graph_media(request)
    endpoint = _endpoint(request)
    data = _rdflib_bytes(service_description(endpoint, updates=updates), media.format)
    return Response(data, media_type=media.name, headers={"Vary": "Accept"})


@dataclass(frozen=True, slots=True)
class _Operation:
    query: str | None
    update: str | None
    default_graphs: list[str]  # default-graph-uri, or using-graph-uri for an update
    named_graphs: list[str]


def _post_operation(request: Request, body: bytes) -> _Operation:
    """The query or update of a POST and its dataset: form-encoded or direct."""
    content_type, _, parameters = request.headers.get("content-type", "").partition(";")
    content_type = content_type.strip().lower()
    charset = "utf-8"
    for param in parameters.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip('"').lower()
    if charset not in ("utf-8", "utf8"):
        raise ApiError(415, "unsupported_media_type", f"the request body must be UTF-8, not {charset}")
    if content_type not in (FORM, SPARQL_QUERY, SPARQL_UPDATE):
        raise ApiError(415, "unsupported_media_type",
                       f"POST a query as {FORM} or {SPARQL_QUERY}, not {content_type or 'no content type'}")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise ApiError(400, "bad_request", "the request body is not UTF-8") from None
    params = parse_qs(request.url.query, keep_blank_values=True)
    if content_type == SPARQL_QUERY:
        return _Operation(text, None, params.get("default-graph-uri", []), params.get("named-graph-uri", []))
    if content_type == SPARQL_UPDATE:
        return _Operation(None, text, params.get("using-graph-uri", []), params.get("using-named-graph-uri", []))
    form = parse_qs(text, keep_blank_values=True)
    if "update" in form:
        if "query" in form or len(form["update"]) != 1:
            raise ApiError(400, "bad_request", "give exactly one 'update' parameter and no 'query'")
        return _Operation(None, form["update"][0], form.get("using-graph-uri", []) + params.get("using-graph-uri", []),
                          form.get("using-named-graph-uri", []) + params.get("using-named-graph-uri", []))
    queries = form.get("query", [])
    if len(queries) != 1:
        raise ApiError(400, "bad_request", "give exactly one 'query' parameter")
    return _Operation(queries[0], None, form.get("default-graph-uri", []) + params.get("default-graph-uri", []),
                      form.get("named-graph-uri", []) + params.get("named-graph-uri", []))


def _read_only() -> ApiError:
    return ApiError(403, "read_only", "this endpoint is read-only: SPARQL updates are refused")


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 once it is larger than ``limit`` bytes."""
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
    from graph.serving import UnknownArticle, UnknownClaim, UnknownStance

    return {
        graph_errors.QuerySyntaxError: (400, "malformed_query"),
        graph_errors.UnknownActor: (404, "unknown_actor"),
        UnknownArticle: (404, "unknown_article"),
        UnknownClaim: (404, "unknown_claim"),
        UnknownStance: (404, "unknown_stance"),
        graph_errors.UnknownFormat: (406, "not_acceptable"),
        graph_errors.StoreError: (503, "store_unavailable"),
        base: (400, "bad_request"),
    }


_WORKER_ERRORS = {"QuerySyntaxError": (400, "malformed_query"), "UnknownFormat": (406, "not_acceptable"),
                  "OSError": (502, "service_failed"), "StoreError": (503, "store_unavailable")}


def _install_pool_errors(app: FastAPI) -> None:
    """The errors of the query workers in the one error shape."""
    from api.errors import error_body
    from api.pool import PoolBusy, QueryTimeout, WorkerFailed

    @app.exception_handler(QueryTimeout)
    async def _timeout(request: Request, exc: QueryTimeout) -> JSONResponse:
        return JSONResponse(error_body(503, "query_timeout", f"{exc} after {exc.stopped_after:.2f} s "
                                       "(simplify it, add a LIMIT, or ask for a longer time limit)"),
                            status_code=503)

    @app.exception_handler(PoolBusy)
    async def _busy(request: Request, exc: PoolBusy) -> JSONResponse:
        return JSONResponse(error_body(503, "busy", str(exc)), status_code=503, headers={"Retry-After": "5"})

    @app.exception_handler(WorkerFailed)
    async def _failed(request: Request, exc: WorkerFailed) -> JSONResponse:
        status, code = _WORKER_ERRORS.get(exc.kind, (500, "internal_error"))
        message = exc.message if status < 500 or status in (502, 503) else "internal server error"
        if code == "service_failed":
            message = f"a SERVICE call failed: {exc.message}"
        return JSONResponse(error_body(status, code, message), status_code=status)
