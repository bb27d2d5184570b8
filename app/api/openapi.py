"""The API docs: Swagger UI and ReDoc served from the app's own assets (no CDN, so they work
offline), and the OpenAPI document with the examples of app.api.openapi_examples."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import fastapi_offline
from fastapi import FastAPI
from fastapi.openapi.docs import (
    get_redoc_html,
    get_swagger_ui_html,
    get_swagger_ui_oauth2_redirect_html,
)
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute, iter_route_contexts
from fastapi.staticfiles import StaticFiles
from starlette.responses import HTMLResponse
from starlette.routing import BaseRoute

from app.api.openapi_examples import REQUESTS, RESPONSES, Media, key

DOCS_URL = "/api/docs"
REDOC_URL = "/api/redoc"
ASSETS_URL = "/api/docs/assets"
OAUTH2_REDIRECT_URL = "/api/docs/oauth2-redirect"
# Swagger UI (Apache-2.0) and ReDoc (MIT) as shipped by the fastapi-offline package (MIT).
ASSETS_DIR = Path(fastapi_offline.__file__).parent / "static"


def api_operations(routes: list[BaseRoute]) -> dict[str, Any]:
    """ "METHOD /path" -> the route as FastAPI sees it once included (full path, status code,
    body field, response model), for every operation in the schema."""
    found: dict[str, Any] = {}
    for context in iter_route_contexts(routes):
        if isinstance(context.original_route, APIRoute) and context.include_in_schema:
            for method in context.methods or ():
                found[key(method, str(context.path))] = context
    return found


def success_code(route: Any) -> str:
    return str(route.status_code or 200)


def _put_example(content: dict[str, Any], example: Any) -> None:
    if isinstance(example, Media):
        for media_type, value in example.by_type.items():
            content.setdefault(media_type, {})["example"] = value
    else:
        content.setdefault("application/json", {})["example"] = example


def add_examples(schema: dict[str, Any], routes: list[BaseRoute]) -> dict[str, Any]:
    """Request examples on bodies, response examples on each route's success code."""
    codes = {name: success_code(route) for name, route in api_operations(routes).items()}
    for path, operations in schema.get("paths", {}).items():
        for method, operation in operations.items():
            name = key(method, path)
            body = operation.get("requestBody")
            if body is not None and name in REQUESTS:
                _put_example(body.setdefault("content", {}), REQUESTS[name])
            code = codes.get(name)
            if code is not None and name in RESPONSES:
                response = operation.setdefault("responses", {}).setdefault(
                    code, {"description": "Successful Response"}
                )
                _put_example(response.setdefault("content", {}), RESPONSES[name])
    return schema


def install_docs(app: FastAPI) -> None:
    """Build the FastAPI app with docs_url=None and redoc_url=None, then call this."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(
                title=app.title,
                version=app.version,
                description=app.description,
                routes=app.routes,
            )
            app.openapi_schema = add_examples(schema, app.routes)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    app.mount(ASSETS_URL, StaticFiles(directory=ASSETS_DIR), name="docs-assets")
    openapi_url = app.openapi_url or "/api/v1/openapi.json"

    @app.get(DOCS_URL, include_in_schema=False)
    async def swagger_ui() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=openapi_url,
            title=f"{app.title} - Swagger UI",
            oauth2_redirect_url=OAUTH2_REDIRECT_URL,
            swagger_js_url=f"{ASSETS_URL}/swagger-ui-bundle.js",
            swagger_css_url=f"{ASSETS_URL}/swagger-ui.css",
            swagger_favicon_url=f"{ASSETS_URL}/favicon.png",
        )

    @app.get(OAUTH2_REDIRECT_URL, include_in_schema=False)
    async def swagger_ui_redirect() -> HTMLResponse:
        return get_swagger_ui_oauth2_redirect_html()

    @app.get(REDOC_URL, include_in_schema=False)
    async def redoc() -> HTMLResponse:
        return get_redoc_html(
            openapi_url=openapi_url,
            title=f"{app.title} - ReDoc",
            redoc_js_url=f"{ASSETS_URL}/redoc.standalone.js",
            redoc_favicon_url=f"{ASSETS_URL}/favicon.png",
            with_google_fonts=False,
        )
