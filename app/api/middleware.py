"""Pure-ASGI middleware: request id, access log and metrics, security headers, body cap."""

from __future__ import annotations

import json
import re
import time
import uuid
from typing import Any

import structlog
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.api.errors import error_body
from app.api.headers import SECURITY_HEADERS
from app.core.observability import HTTP_LATENCY, HTTP_REQUESTS

log = structlog.get_logger("app.http")
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._\-]{1,128}$")

DOCS_PATHS = ("/api/docs", "/api/redoc")


class BodyTooLarge(HTTPException):
    """An HTTPException so that body parsers pass it through instead of answering 400."""

    def __init__(self) -> None:
        super().__init__(status_code=413, detail="The request body is too large.")


class RequestContextMiddleware:
    """Outermost: binds the request id, caps the body, logs, counts, adds headers."""

    def __init__(self, app: ASGIApp, *, max_body_bytes: int, hsts: bool) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.hsts = hsts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        incoming = headers.get(b"x-request-id", b"").decode("latin-1")
        request_id = incoming if _REQUEST_ID.match(incoming) else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        structlog.contextvars.clear_contextvars()
        structlog.contextvars.bind_contextvars(request_id=request_id)
        started = time.perf_counter()
        status_holder = {"status": 500, "started": False}
        path: str = scope["path"]

        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_body_bytes:
            await self._too_large(send, request_id)
            self._record(scope, 413, started)
            return

        received = 0

        async def capped_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body_bytes:
                    raise BodyTooLarge()
            return message

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                status_holder["status"] = message["status"]
                status_holder["started"] = True
                extra = [(b"x-request-id", request_id.encode())]
                if not path.startswith(DOCS_PATHS):
                    extra += SECURITY_HEADERS
                    extra.append(
                        (b"content-security-policy", b"default-src 'none'; frame-ancestors 'none'")
                    )
                if self.hsts:
                    extra.append(
                        (b"strict-transport-security", b"max-age=63072000; includeSubDomains")
                    )
                message["headers"] = list(message.get("headers", [])) + extra
            await send(message)

        try:
            await self.app(scope, capped_receive, send_with_headers)
        except BodyTooLarge:
            if not status_holder["started"]:
                await self._too_large(send, request_id)
                status_holder["status"] = 413
        finally:
            self._record(scope, int(status_holder["status"]), started)

    async def _too_large(self, send: Send, request_id: str) -> None:
        body = json.dumps(
            error_body(
                request_id,
                code="PAYLOAD_TOO_LARGE",
                message="The request body is too large.",
                details={"max_bytes": self.max_body_bytes},
            )
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"x-request-id", request_id.encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})

    def _record(self, scope: Scope, status: int, started: float) -> None:
        elapsed = time.perf_counter() - started
        route: Any = scope.get("route")
        template = getattr(route, "path", None) or "unmatched"
        method = scope.get("method", "GET")
        HTTP_REQUESTS.labels(method=method, route=template, status=str(status)).inc()
        HTTP_LATENCY.labels(method=method, route=template).observe(elapsed)
        log.info(
            "http.request",
            method=method,
            path=scope["path"],
            status=status,
            duration_ms=round(elapsed * 1000, 1),
        )
