"""The browser page at ``/``: a SPARQL editor and a neighbourhood view, served from this machine.

Owns the routes of the page and its files: ``/`` (``api/web/index.html``), ``/web/<file>`` (the
page's own script and style), ``/vendor/<file>`` (the npm libraries installed into
``api/web/node_modules`` by ``make setup``: cytoscape, CodeMirror 5 and its SPARQL mode; no CDN)
and ``/queries`` (the prefixes and the example queries of ``graph.serving.example_queries``).
"""

# No `from __future__ import annotations`: FastAPI reads the route signatures at definition time.

from pathlib import Path
from typing import Any

from fastapi import APIRouter
from fastapi.responses import FileResponse

from api.errors import ApiError

__all__ = ["VENDOR", "WEB_DIR", "page_router"]

WEB_DIR = Path(__file__).parent / "web"
_MODULES = WEB_DIR / "node_modules"
VENDOR: dict[str, Path] = {
    "cytoscape.min.js": _MODULES / "cytoscape" / "dist" / "cytoscape.min.js",
    "codemirror.js": _MODULES / "codemirror" / "lib" / "codemirror.js",
    "codemirror.css": _MODULES / "codemirror" / "lib" / "codemirror.css",
    "sparql.js": _MODULES / "codemirror" / "mode" / "sparql" / "sparql.js",
}
_OWN = {"app.js": "text/javascript", "style.css": "text/css"}
_TYPES = {".js": "text/javascript", ".css": "text/css"}


def page_router(settings: Any) -> APIRouter:
    from graph.serving import example_queries
    from ontology.namespace import PREFIXES

    router = APIRouter()

    @router.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(WEB_DIR / "index.html", media_type="text/html; charset=utf-8")

    @router.get("/web/{name}", include_in_schema=False)
    def own(name: str) -> FileResponse:
        if name not in _OWN:
            raise ApiError(404, "not_found", f"no such file: /web/{name}")
        return FileResponse(WEB_DIR / name, media_type=_OWN[name] + "; charset=utf-8")

    @router.get("/vendor/{name}", include_in_schema=False)
    def vendor(name: str) -> FileResponse:
        path = VENDOR.get(name)
        if path is None:
            raise ApiError(404, "not_found", f"no such file: /vendor/{name}")
        if not path.exists():
            raise ApiError(503, "assets_missing", f"{path} is missing: run `make setup` "
                           "(npm ci in api/web) to install the page's libraries")
        return FileResponse(path, media_type=_TYPES[path.suffix] + "; charset=utf-8")

    @router.get("/queries", summary="Prefixes and example queries for the editor", tags=["sparql"])
    def queries() -> dict[str, Any]:
        """The prefixes every query gets without declaring them, and the bundled example queries."""
        return {"prefixes": dict(PREFIXES), "examples": example_queries()}

    return router
