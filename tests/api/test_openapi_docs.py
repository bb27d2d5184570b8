"""The API docs work offline and every operation shows examples that match its models."""

from __future__ import annotations

import re
from typing import Any

import pytest
from httpx import AsyncClient
from pydantic import TypeAdapter

from app.api.openapi import api_operations, success_code
from app.api.openapi_examples import REQUESTS, RESPONSES, Media, key
from app.main import app as main_app

ASSET = re.compile(r"""(?:src|href)\s*=\s*["']([^"']+)["']|url\(\s*['"]?([^'")]+)""")
NO_BODY = {"204", "304"}


def _routes() -> dict[str, Any]:
    return api_operations(main_app.routes)


@pytest.mark.parametrize("page", ["/api/docs", "/api/redoc"])
async def test_docs_pages_reference_only_assets_the_app_serves(
    client: AsyncClient, page: str
) -> None:
    r = await client.get(page)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    refs = [a or b for a, b in ASSET.findall(r.text)]
    assert "://" not in r.text, "a docs page names an outside address"
    assert any(ref.endswith(".js") for ref in refs)
    for ref in refs:
        assert ref.startswith("/"), ref
        asset = await client.get(ref)
        assert asset.status_code == 200, ref
        assert len(asset.content) > 1000 or ref.endswith(".png"), ref
    assert "/api/v1/openapi.json" in r.text


async def test_every_operation_has_request_and_response_examples(client: AsyncClient) -> None:
    schema = (await client.get("/api/v1/openapi.json")).json()
    routes = _routes()
    missing: list[str] = []
    count = 0
    for path, operations in schema["paths"].items():
        for method, op in operations.items():
            count += 1
            name = key(method, path)
            for media, content in op.get("requestBody", {}).get("content", {}).items():
                if "example" not in content:
                    missing.append(f"{name}: request {media}")
            code = success_code(routes[name])
            if code in NO_BODY:
                continue
            content = op["responses"].get(code, {}).get("content", {})
            if not content or any("example" not in c for c in content.values()):
                missing.append(f"{name}: response {code}")
    assert count > 50
    assert not missing, "operations without examples:\n" + "\n".join(missing)


def _body_type(route: Any) -> Any:
    assert route.body_field is not None
    return route.body_field.field_info.annotation


@pytest.mark.parametrize("name", sorted(REQUESTS))
def test_request_examples_validate_against_the_route_body(name: str) -> None:
    route = _routes()[name]
    example = REQUESTS[name]
    if isinstance(example, Media):  # the upload: multipart or a JSON document of its own
        assert route.body_field is None and set(example.by_type) == {
            "multipart/form-data",
            "application/json",
        }
        return
    TypeAdapter(_body_type(route)).validate_python(example)


@pytest.mark.parametrize("name", sorted(RESPONSES))
def test_response_examples_validate_against_the_response_model(name: str) -> None:
    route = _routes()[name]
    example = RESPONSES[name]
    if isinstance(example, Media):
        assert route.response_model is None or name.endswith("/export"), name
        return
    if route.response_model is None:  # answers a hand-built JSONResponse (readiness)
        assert isinstance(example, dict) and name == "GET /health/ready"
        return
    TypeAdapter(route.response_model).validate_python(example)


def test_examples_name_only_real_operations() -> None:
    routes = _routes()
    assert not (set(REQUESTS) | set(RESPONSES)) - set(routes)


def test_business_question_rules_are_in_the_schema() -> None:
    props = main_app.openapi()["components"]["schemas"]["BusinessContext"]["properties"]
    assert props["business_description"]["x-min-words"] == 50
    assert props["business_description"]["x-max-words"] == 200
    assert "50-200 words" in props["business_description"]["description"]
    assert props["tone"]["enum"] == [
        "professional",
        "friendly",
        "authoritative",
        "conversational",
        "inspirational",
    ]
