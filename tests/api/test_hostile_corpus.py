"""The hostile-input corpus (tests/data/hostile/corpus.json, >= 200 entries) across every
route of the OpenAPI document: no answer may be a 5xx, every error is in the one shape.

- each value goes into every path parameter, query parameter and body field of a quarter of
  the routes (rotating, so each route sees a quarter of the values and each value about a
  quarter of the routes);
- each raw body (bad JSON, bad UTF-8, deep nesting, wrong content types, broken multipart)
  goes to every route that takes a body;
- each header set goes to a third of the routes (rotating).

The caller is an admin (every route is reachable); routes that end the caller's sessions or
account get a fresh admin for each request.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from httpx import ASGITransport, AsyncClient, InvalidURL
from sqlalchemy.ext.asyncio import AsyncSession

from tests.support.error_shape import check_error_body
from tests.support.factories import auth_headers, create_admin
from tests.support.fake_stripe import FakeStripe, configure_settings

CORPUS = Path(__file__).resolve().parents[1] / "data" / "hostile" / "corpus.json"
DESTRUCTIVE = {
    ("DELETE", "/api/v1/users/me"),
    ("POST", "/api/v1/auth/logout"),
    ("POST", "/api/v1/auth/logout-all"),
    ("DELETE", "/api/v1/users/me/sessions/{session_id}"),
    ("PATCH", "/api/v1/admin/users/{user_id}"),
}
STREAMING = {("GET", "/api/v1/generations/{generation_id}/events")}


def expand(entry: dict[str, Any]) -> Any:
    if "value" in entry:
        return entry["value"]
    if "repeat" in entry:
        return entry["repeat"] * entry["times"]
    if "repeat_list" in entry:
        return [entry["repeat_list"]] * entry["times"]
    if "object_keys" in entry:
        return {f"k{i}": i for i in range(entry["object_keys"])}
    value: Any = 1
    for _ in range(entry["depth"]):
        value = [value] if entry["nest"] == "list" else {"a": value}
    return value


def body_bytes(entry: dict[str, Any]) -> bytes:
    if "hex" in entry:
        return bytes.fromhex(entry["hex"])
    if "text" in entry:
        return str(entry["text"]).encode("utf-8", "surrogatepass")
    text = entry["prefix"] + entry["repeat"] * entry["times"] + entry["suffix"]
    return text.encode("utf-8", "surrogatepass")


def as_text(value: Any) -> bytes:
    text = value if isinstance(value, str) else json.dumps(value)
    return text.encode("utf-8", "surrogatepass")


def load_corpus() -> dict[str, Any]:
    return json.loads(CORPUS.read_text())  # type: ignore[no-any-return]


def test_corpus_has_at_least_200_entries() -> None:
    corpus = load_corpus()
    total = sum(len(corpus[k]) for k in ("values", "bodies", "headers"))
    assert total >= 200, total


def _operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    ops = []
    for path, methods in sorted(spec["paths"].items()):
        for method, op in methods.items():
            params = op.get("parameters", [])
            fields: list[str] = []
            content = (op.get("requestBody") or {}).get("content", {})
            for media in content.values():
                schema = media.get("schema", {})
                if "$ref" in schema:
                    schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
                for option in schema.get("anyOf", [schema]):
                    if "$ref" in option:
                        name = option["$ref"].rsplit("/", 1)[1]
                        option = spec["components"]["schemas"][name]
                    fields += [f for f in option.get("properties", {}) if f not in fields]
            ops.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "path_params": [p["name"] for p in params if p["in"] == "path"],
                    "query": [p["name"] for p in params if p["in"] == "query"],
                    "fields": fields,
                    "has_body": bool(content) or method.upper() in ("POST", "PUT", "PATCH"),
                }
            )
    return ops


def _url(op: dict[str, Any], value: Any | None) -> str:
    path = op["path"]
    for name in op["path_params"]:
        raw = as_text(value) if value is not None else str(uuid.uuid4()).encode()
        path = path.replace("{" + name + "}", quote(raw, safe="") or "x")
    if value is not None and op["query"]:
        path += "?" + "&".join(f"{name}={quote(as_text(value), safe='')}" for name in op["query"])
    return path


@pytest.fixture
def stripe_fake(monkeypatch: pytest.MonkeyPatch) -> Any:
    """Billing configured against the local fake: BILLING_DISABLED is not what is tested."""
    server = FakeStripe().start()
    configure_settings(monkeypatch, server)
    yield server
    server.stop()


@pytest.fixture
async def raw_client(app: Any, stripe_fake: Any) -> Any:
    transport = ASGITransport(app=app, client=("203.0.113.7", 50000), raise_app_exceptions=False)
    async with AsyncClient(transport=transport, base_url="https://testserver") as c:
        yield c


async def test_hostile_corpus_across_every_route_never_answers_5xx(
    raw_client: AsyncClient, session: AsyncSession
) -> None:
    corpus = load_corpus()
    ops = [o for o in _operations(raw_client._transport.app.openapi()) if o["method"] != "HEAD"]  # type: ignore[attr-defined]
    ops = [o for o in ops if (o["method"], o["path"]) not in STREAMING]
    assert len(ops) >= 40, len(ops)
    main_headers = await auth_headers(session, await create_admin(session))
    problems: list[str] = []
    sent = 0
    routes_hit: set[tuple[str, str]] = set()

    async def send(op: dict[str, Any], name: str, **kwargs: Any) -> None:
        nonlocal sent
        headers = dict(main_headers)
        if (op["method"], op["path"]) in DESTRUCTIVE:
            headers = await auth_headers(session, await create_admin(session))
        extra = kwargs.pop("headers", {})
        headers.update(extra)
        encoded = {k: v.encode("latin-1") if isinstance(v, str) else v for k, v in headers.items()}
        try:
            r = await raw_client.request(op["method"], kwargs.pop("url"), headers=encoded, **kwargs)
        except (InvalidURL, UnicodeError, ValueError):
            return  # the client refuses to send it (URL over 64 kB, ...): not the server's part
        sent += 1
        routes_hit.add((op["method"], op["path"]))
        where = f"{op['method']} {op['path']} <- {name}: {r.status_code}"
        if r.status_code >= 500:
            problems.append(f"{where} {r.text[:200]}")
        elif r.status_code >= 400:
            try:
                check_error_body(r.json(), r.status_code)
            except Exception as exc:
                problems.append(f"{where} not in the error shape: {exc!r} {r.text[:200]}")

    for i, entry in enumerate(corpus["values"]):
        value = expand(entry)
        for j, op in enumerate(ops):
            if (i + j) % 4:
                continue
            kwargs: dict[str, Any] = {"url": _url(op, value)}
            if op["fields"]:
                body = json.dumps({f: value for f in op["fields"]}).encode()
                kwargs.update(content=body, headers={"Content-Type": "application/json"})
            await send(op, entry["name"], **kwargs)
    for entry in corpus["bodies"]:
        for op in ops:
            if op["has_body"]:
                headers = {"Content-Type": entry["content_type"]} if entry["content_type"] else {}
                await send(
                    op,
                    entry["name"],
                    url=_url(op, None),
                    content=body_bytes(entry),
                    headers=headers,
                )
    for i, entry in enumerate(corpus["headers"]):
        for j, op in enumerate(ops):
            if (i + j) % 3 == 0:
                await send(op, entry["name"], url=_url(op, None), headers=entry["headers"])

    distinct = sorted({p.split(" <- ")[0] + " " + p.split(": ", 1)[1][:120] for p in problems})
    assert not problems, f"{len(problems)} of {sent}:\n" + "\n".join(distinct[:60])
    assert sent >= 2000, sent
    assert routes_hit == {(o["method"], o["path"]) for o in ops}
