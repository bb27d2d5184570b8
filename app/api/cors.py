"""CORS whose refused preflights answer in the one error shape (Starlette's are plain text)."""

from __future__ import annotations

import json

import structlog
from starlette.datastructures import Headers
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import Response

from app.api.errors import error_body


class ShapedCORSMiddleware(CORSMiddleware):
    def preflight_response(self, request_headers: Headers) -> Response:
        response = super().preflight_response(request_headers)
        if response.status_code < 400:
            return response
        reason = bytes(response.body).decode(errors="replace")
        request_id = structlog.contextvars.get_contextvars().get("request_id")
        body = error_body(
            request_id,
            code="CORS_REJECTED",
            message=f"{reason}: this origin, method or header is not allowed.",
        )
        headers = {
            k: v
            for k, v in response.headers.items()
            if k.lower() not in {"content-length", "content-type"}
        }
        return Response(
            json.dumps(body),
            status_code=response.status_code,
            headers=headers,
            media_type="application/json",
        )
