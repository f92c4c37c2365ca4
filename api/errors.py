"""The one JSON error shape of the HTTP API, and the handlers that produce it.

Owns: ``{"error": {"status": int, "code": str, "message": str}}`` for every error response,
whatever raised it: an ``ApiError`` from a route, Starlette's ``HTTPException`` (404 for an
unknown path, 405), FastAPI's request validation (422), the library's own exception tree
(mapped by ``status_for``), and anything unexpected (500, without internals in the message).

Exception tree of this layer::

    ApiError(status, code, message)      raised by routes for a client error
"""

from __future__ import annotations

from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

__all__ = ["ApiError", "error_body", "install_error_handlers"]

class ApiError(Exception):
    """A client error a route reports: HTTP status, a stable machine code and a message."""

    def __init__(self, status: int, code: str, message: str, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers


def error_body(status: int, code: str, message: str) -> dict:
    return {"error": {"status": status, "code": code, "message": message}}


def _response(status: int, code: str, message: str, headers: dict | None = None) -> JSONResponse:
    return JSONResponse(error_body(status, code, message), status_code=status, headers=headers)


def _code_for(status: int) -> str:
    try:
        return HTTPStatus(status).phrase.lower().replace(" ", "_").replace("-", "_")
    except ValueError:
        return "error"


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = list(err.get("loc", ()))
        if loc and loc[0] in ("query", "path", "body", "header", "cookie"):
            loc = loc[1:]
        where = ".".join(str(x) for x in loc)
        parts.append(f"{where}: {err.get('msg', 'invalid')}" if where else str(err.get("msg")))
    return "; ".join(parts) or "invalid request"


def install_error_handlers(app: FastAPI, *, library_errors: dict[type[Exception], tuple[int, str]]) -> None:
    """Route every error through ``error_body``; ``library_errors`` maps exception types to (status, code)."""

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return _response(exc.status, exc.code, exc.message, exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else _code_for(exc.status_code)
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such path: {request.url.path}"
        elif exc.status_code == 405 and message == "Method Not Allowed":
            message = f"{request.method} is not allowed on {request.url.path}"
        return _response(exc.status_code, _code_for(exc.status_code), message, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        return _response(422, "invalid_parameter", _validation_message(exc))

    for exc_type, (status, code) in library_errors.items():
        def make(status: int = status, code: str = code):
            async def _library_error(request: Request, exc: Exception) -> JSONResponse:
                return _response(status, code, str(exc))
            return _library_error
        app.add_exception_handler(exc_type, make())

    @app.exception_handler(Exception)
    async def _internal_error(request: Request, exc: Exception) -> JSONResponse:
        # A bug, not a client error: answered without internals; Starlette re-raises it after
        # this handler, so the server logs its traceback.
        return _response(500, "internal_error", "internal server error")
