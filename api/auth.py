"""The bearer token that guards every write (SPARQL Update, Graph Store writes, ingest).

Owns ``require_token``: 401 with ``WWW-Authenticate: Bearer`` when the request has no token or
the wrong one (compared in constant time).
"""

from __future__ import annotations

import hmac

from fastapi import Request

from api.errors import ApiError

__all__ = ["require_token"]


def require_token(request: Request, settings) -> None:
    expected = settings.token
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if not expected or scheme.lower() != "bearer" or not hmac.compare_digest(
            given.strip().encode("utf-8"), expected.encode("utf-8")):
        raise ApiError(401, "unauthorized", "this write needs the server's bearer token "
                       "(Authorization: Bearer <token>)", headers={"WWW-Authenticate": 'Bearer realm="qawl"'})
