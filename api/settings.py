"""The limits of the HTTP API, as one small dataclass (no web framework needed to read them).

Owns ``Settings``; ``api.app.create_app`` takes one, ``qawl serve`` builds one from its options.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Settings"]


@dataclass(frozen=True, slots=True)
class Settings:
    """Limits of the HTTP API. The defaults suit one user on a laptop.

    query_timeout: seconds a SPARQL request may take before it is answered with 503 (default 30).
    row_limit: most solutions a SELECT returns; more are cut and the response says so in the
        ``X-Qawl-Truncated`` header (default 10 000).
    max_body_bytes: largest POST body accepted, else 413 (default 1 MB).
    max_depth: deepest neighbourhood served, else 422 (default 3).
    max_concurrent_queries: SPARQL queries run at once; more wait, within query_timeout (default 4).
    """

    query_timeout: float = 30.0
    row_limit: int = 10_000
    max_body_bytes: int = 1_000_000
    max_depth: int = 3
    max_concurrent_queries: int = 4
