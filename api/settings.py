"""The limits and switches of the HTTP API, as one small dataclass (no web framework needed to read them).

Owns ``Settings``; ``api.app.create_app`` takes one, ``qawl serve`` builds one from its options.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Settings"]


@dataclass(frozen=True, slots=True)
class Settings:
    """Limits and switches of the HTTP API. The defaults suit one user on a laptop, read-only.

    query_timeout: seconds a SPARQL query may run; then its worker process is killed and the
        request answered with 503 ``query_timeout`` (default 30).
    row_limit: most solutions a SELECT (or triples a CONSTRUCT) returns; more are cut and the
        response says so in the ``X-Qawl-Truncated`` header (default 10 000).
    max_body_bytes: largest request body accepted, else 413 (default 1 MB).
    max_depth: deepest neighbourhood served, else 422 (default 3).
    workers: SPARQL worker processes, each with the store open read-only; more queries than
        workers wait for one, up to ``query_timeout`` (default 2).
    max_concurrent_queries: SPARQL requests in flight (running or waiting) before more are
        queued by the server (default 16).
    service_allow: endpoint IRIs a ``SERVICE`` clause may call; any other ``SERVICE`` (and any
        ``SERVICE ?var``) is refused with 403 before the query runs (default: none).
    updates: accept SPARQL Update on ``/sparql`` (default off).
    graph_store: serve the Graph Store HTTP Protocol on ``/rdf-graphs`` (default off).
    ingest: accept ``POST /articles`` (default off).
    token: the bearer token every write (updates, graph store writes, ingest) must present;
        required when any write is on.
    cors_origins: origins allowed by CORS; empty means no CORS headers at all (default).
    """

    query_timeout: float = 30.0
    row_limit: int = 10_000
    max_body_bytes: int = 1_000_000
    max_depth: int = 3
    workers: int = 2
    max_concurrent_queries: int = 16
    service_allow: tuple[str, ...] = ()
    updates: bool = False
    graph_store: bool = False
    ingest: bool = False
    token: str | None = None
    cors_origins: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if (self.updates or self.graph_store or self.ingest) and not self.token:
            raise ValueError("updates, the graph store and ingest need a bearer token (settings.token)")
        if self.workers < 1:
            raise ValueError(f"workers must be 1 or more, not {self.workers}")

    @property
    def writes(self) -> bool:
        return self.updates or self.graph_store or self.ingest
