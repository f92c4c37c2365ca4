"""GET /export: the store, or an actor's neighbourhood, as one file for graph or RDF tools.

Owns the HTTP side of ``graph.export.export`` (the function behind ``qawl export``): the query
parameters, the media type of each single-file format, and the temporary file the library
writes into, removed once the response is sent. Table formats (csv, parquet) write folders
and are left to the command line.
"""

# No `from __future__ import annotations`: FastAPI reads the route signatures at definition time.

import shutil
import tempfile
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse
from starlette.background import BackgroundTask

__all__ = ["MEDIA_TYPES", "NEIGHBOURHOOD_TYPES", "NeighbourhoodFormat", "exports_router", "graph_file"]

MEDIA_TYPES: dict[str, str] = {
    "graphml": "application/graphml+xml",
    "gexf": "application/gexf+xml",
    "cytoscape": "application/json",
    "node-link": "application/json",
    "turtle": "text/turtle",
    "trig": "application/trig",
    "nquads": "application/n-quads",
    "jsonld": "application/ld+json",
}
SUFFIXES = {"graphml": ".graphml", "gexf": ".gexf", "cytoscape": ".cyjs", "node-link": ".json",
            "turtle": ".ttl", "trig": ".trig", "nquads": ".nq", "jsonld": ".jsonld"}

# the formats of /actors/{id}/neighbourhood and their media types
NEIGHBOURHOOD_TYPES: dict[str, str] = {"json": "application/json", "cytoscape": "application/vnd.cytoscape+json",
                                       "graphml": "application/graphml+xml", "gexf": "application/gexf+xml"}
NeighbourhoodFormat = Enum("NeighbourhoodFormat", {n: n for n in NEIGHBOURHOOD_TYPES}, type=str)


def graph_file(store, actor: str, fmt: str, *, depth: int, types: list[str] | None = None,
               since: date | None = None, until: date | None = None,
               min_confidence: float | None = None) -> bytes:
    """An actor's aggregated stance neighbourhood (``graph.networks.neighbourhood_graph``)
    written by ``graph.exports.graphs`` as cytoscape, graphml or gexf."""
    from graph.exports.graphs import write_cytoscape, write_gexf, write_graphml
    from graph.networks import neighbourhood_graph

    writer = {"cytoscape": write_cytoscape, "graphml": write_graphml, "gexf": write_gexf}[fmt]
    g = neighbourhood_graph(store, actor, depth=depth, since=since, until=until,
                            min_confidence=min_confidence, type=types)
    with tempfile.TemporaryDirectory(prefix="qawl-neighbourhood-") as folder:
        path = Path(folder) / f"n.{fmt}"
        writer(g, path)
        return path.read_bytes()


ExportFormat = Enum("ExportFormat", {name.replace("-", "_"): name for name in MEDIA_TYPES}, type=str)


def exports_router(settings) -> APIRouter:
    from graph.export import export

    router = APIRouter()

    @router.get("/export", summary="Export the graph or a neighbourhood as a file", tags=["export"],
                response_class=FileResponse,
                responses={200: {"content": {t: {} for t in sorted(set(MEDIA_TYPES.values()))}}})
    def export_file(
        request: Request,
        format: Annotated[ExportFormat, Query(description="graph formats: graphml, gexf, cytoscape "
                                              "(Cytoscape.js JSON), node-link; RDF: turtle, trig, nquads, jsonld")],
        actor: Annotated[str | None, Query(description="only this actor's neighbourhood")] = None,
        depth: Annotated[int | None, Query(ge=0, le=settings.max_depth,
                                           description="hops from actor (default 1)")] = None,
        since: Annotated[date | None, Query(description="claims and stances on or after this day")] = None,
        until: Annotated[date | None, Query(description="claims and stances up to this day")] = None,
        min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
    ) -> FileResponse:
        """Graph formats hold the actor graph (stances aggregated per actor pair and type); RDF
        formats hold whole article graphs. Filters as in ``qawl export``."""
        fmt = format.value
        folder = Path(tempfile.mkdtemp(prefix="qawl-export-"))
        name = f"qawl-{actor}{SUFFIXES[fmt]}" if actor else f"qawl{SUFFIXES[fmt]}"
        try:
            result = export(request.app.state.store, fmt=fmt, out=folder / name, since=since, until=until,
                            min_confidence=min_confidence, actor=actor, depth=depth)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        return FileResponse(result.files[0], media_type=MEDIA_TYPES[fmt], filename=name,
                            background=BackgroundTask(shutil.rmtree, folder, ignore_errors=True))

    return router
