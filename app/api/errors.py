"""Render every error in the one shape of DESIGN.md §7."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import structlog
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy import exc as sa_exc
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.api.headers import SECURITY_HEADERS
from app.core.errors import STATUS_CODES, AppError, ServiceUnavailable

log = structlog.get_logger(__name__)


def error_body(
    request_id: str | None, *, code: str, message: str, details: dict[str, Any] | None = None
) -> dict[str, Any]:
    return {
        "error_code": code,
        "message": message,
        "details": details or {},
        "request_id": request_id or "",
        "timestamp": datetime.now(UTC).isoformat(),
    }


def error_response(
    request: Request | None,
    status: int,
    *,
    code: str,
    message: str,
    details: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    request_id = getattr(request.state, "request_id", None) if request is not None else None
    if request is not None:  # a rate-limited route's error answers carry its limit headers
        headers = {**getattr(request.state, "ratelimit_headers", {}), **(headers or {})}
    return JSONResponse(
        error_body(request_id, code=code, message=message, details=details),
        status_code=status,
        headers=headers,
    )


def _validation_details(exc: RequestValidationError) -> dict[str, Any]:
    fields = []
    for err in exc.errors():
        loc = [str(p) for p in err.get("loc", ()) if p not in ("body",)]
        fields.append(
            {
                "field": ".".join(loc),
                "message": err.get("msg", "invalid"),
                "type": err.get("type", "value_error"),
            }
        )
    return {"fields": fields}


async def handle_app_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, AppError)
    return error_response(
        request,
        exc.status_code,
        code=exc.error_code,
        message=exc.message,
        details=exc.details,
        headers=exc.headers,
    )


async def handle_validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return error_response(
        request,
        422,
        code="VALIDATION_ERROR",
        message="The request is not valid.",
        details=_validation_details(exc),
    )


def undecodable_body(request: Request | None, reason: str) -> JSONResponse:
    """A body that cannot be decoded (not UTF-8, not JSON, nested too deep) is a 422 on
    every route, like one that decodes but breaks the schema: one rule, documented once."""
    return error_response(
        request,
        422,
        code="VALIDATION_ERROR",
        message="The request body could not be decoded.",
        details={"fields": [{"field": "body", "message": reason, "type": "json_invalid"}]},
    )


async def handle_http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 400 and isinstance(exc.__cause__, RecursionError | ValueError):
        # FastAPI's own JSON body reading: invalid JSON is already a 422 (json_invalid);
        # bad UTF-8 and nesting past the recursion limit arrive here as its bare 400.
        reason = "nested too deep" if isinstance(exc.__cause__, RecursionError) else "not UTF-8"
        return undecodable_body(request, reason)
    code = STATUS_CODES.get(exc.status_code, "HTTP_ERROR")
    message = exc.detail if isinstance(exc.detail, str) else "Request failed."
    if exc.status_code == 404:
        message = "Not found."
    elif exc.status_code == 405:
        message = "Method not allowed."
    return error_response(
        request, exc.status_code, code=code, message=message, headers=getattr(exc, "headers", None)
    )


def dependency_unreachable(exc: BaseException) -> bool:
    """The database (or another service) could not be reached: refused or dropped
    connections, a pool with no free connection, a server starting up or shutting down.
    Such a request is answered 503 with Retry-After, not 500: nothing is wrong with it."""
    seen: BaseException | None = exc
    for _ in range(10):
        if seen is None:
            return False
        if isinstance(seen, ConnectionError | sa_exc.TimeoutError):
            return True
        if isinstance(seen, sa_exc.OperationalError | sa_exc.InterfaceError):
            return True
        if isinstance(seen, sa_exc.DBAPIError) and seen.connection_invalidated:
            return True
        seen = seen.__cause__ or seen.__context__
    return False


async def handle_unexpected(request: Request, exc: Exception) -> JSONResponse:
    # Starlette sends this from its outermost middleware, past RequestContextMiddleware, so
    # the headers that middleware adds to every other answer are set here.
    headers = {name.decode(): value.decode() for name, value in SECURITY_HEADERS}
    request_id = getattr(request.state, "request_id", None)
    if request_id:
        headers["X-Request-ID"] = request_id
    if dependency_unreachable(exc):
        log.warning("http.dependency_unreachable", path=request.url.path, error=type(exc).__name__)
        return error_response(
            request,
            503,
            code=ServiceUnavailable.error_code,
            message=ServiceUnavailable.message,
            headers={**headers, "Retry-After": "5"},
        )
    log.exception("http.unhandled_error", path=request.url.path)
    return error_response(
        request,
        500,
        code="INTERNAL_ERROR",
        message="Something went wrong on our side; it has been logged.",
        headers=headers,
    )


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(AppError, handle_app_error)
    app.add_exception_handler(RequestValidationError, handle_validation_error)
    app.add_exception_handler(StarletteHTTPException, handle_http_error)
    app.add_exception_handler(Exception, handle_unexpected)
