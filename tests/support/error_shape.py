"""Every error the suite receives is checked against the one documented shape (DESIGN.md §7).

`app_client(app)` builds the test HTTP client with a response hook that asserts it, so no
test can see an error in another shape without failing.
"""

from __future__ import annotations

from typing import Any

from httpx import ASGITransport, AsyncClient, Response

ERROR_KEYS = {"error_code", "message", "details", "request_id", "timestamp"}


def check_error_body(body: Any, status: int) -> None:
    assert isinstance(body, dict) and set(body) == ERROR_KEYS, (status, body)
    assert isinstance(body["error_code"], str) and body["error_code"].isupper(), body
    assert isinstance(body["message"], str) and body["message"], body
    assert isinstance(body["details"], dict), body
    assert body["request_id"], body


async def _check_response(response: Response) -> None:
    if response.status_code < 400:
        return
    await response.aread()
    assert response.headers.get("content-type", "").startswith("application/json"), (
        response.status_code,
        response.headers.get("content-type"),
    )
    check_error_body(response.json(), response.status_code)
    assert response.json()["request_id"] == response.headers["x-request-id"]


def app_client(
    app: Any, *, client: tuple[str, int] = ("203.0.113.7", 50000), **kwargs: Any
) -> AsyncClient:
    transport = ASGITransport(app=app, client=client, **kwargs)
    return AsyncClient(
        transport=transport,
        base_url="https://testserver",
        event_hooks={"response": [_check_response]},
    )
