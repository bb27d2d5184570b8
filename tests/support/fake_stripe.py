"""A local Stripe: an HTTP server on 127.0.0.1 speaking enough of Stripe's REST API (form-
encoded bodies, bracketed nested keys, JSON answers, error objects, idempotency replays)
for the real stripe SDK. Also Stripe's webhook signing scheme, for posting events.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

_ids = itertools.count(1)


def _new_id(prefix: str) -> str:
    return f"{prefix}_fake{next(_ids):06d}{int(time.time() * 1000) % 100000:05d}"


def decode_form(body: str) -> dict[str, Any]:
    """Stripe's encoding: a[b][0][c]=v -> {"a": {"b": [{"c": "v"}]}}."""
    root: dict[str, Any] = {}
    for key, value in parse_qsl(body, keep_blank_values=True):
        parts = key.replace("]", "").split("[")
        node: Any = root
        for index, part in enumerate(parts):
            last = index == len(parts) - 1
            nxt = None if last else parts[index + 1]
            if isinstance(node, list):
                pos = int(part)
                while len(node) <= pos:
                    node.append({} if nxt is not None and not nxt.isdigit() else [])
                if last:
                    node[pos] = value
                else:
                    node = node[pos]
            else:
                if last:
                    node[part] = value
                else:
                    node = node.setdefault(part, [] if nxt is not None and nxt.isdigit() else {})
    return root


@dataclass
class Recorded:
    method: str
    path: str
    params: dict[str, Any]
    idempotency_key: str | None
    authorization: str | None


@dataclass
class FakeStripe:
    """Records every request; replays the stored answer for a repeated Idempotency-Key."""

    requests: list[Recorded] = field(default_factory=list)
    customers: dict[str, dict[str, Any]] = field(default_factory=dict)
    checkout_sessions: dict[str, dict[str, Any]] = field(default_factory=dict)
    portal_sessions: dict[str, dict[str, Any]] = field(default_factory=dict)
    portal_configurations: dict[str, dict[str, Any]] = field(default_factory=dict)
    subscriptions: dict[str, dict[str, Any]] = field(default_factory=dict)
    idempotent: dict[str, tuple[str, int, dict[str, Any]]] = field(default_factory=dict)
    delays: list[float] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    server: ThreadingHTTPServer | None = None

    # --- control -----------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        assert self.server is not None
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def delay_next(self, seconds: float, times: int = 1) -> None:
        """Answer the next `times` requests only after `seconds` (the work is still done,
        as when a real call times out on the client's side after Stripe acted)."""
        self.delays.extend([seconds] * times)

    def requests_to(self, method: str, path: str) -> list[Recorded]:
        return [r for r in self.requests if r.method == method and r.path == path]

    def add_subscription(self, sub: dict[str, Any]) -> None:
        self.subscriptions[sub["id"]] = sub

    def start(self) -> FakeStripe:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                fake._handle(self, "GET")

            def do_POST(self) -> None:
                fake._handle(self, "POST")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()

    # --- wire ------------------------------------------------------------------------------
    def _handle(self, handler: BaseHTTPRequestHandler, method: str) -> None:
        url = urlsplit(handler.path)
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length).decode() if length else ""
        params = decode_form(raw if method == "POST" else url.query)
        key = handler.headers.get("Idempotency-Key")
        with self.lock:
            self.requests.append(
                Recorded(method, url.path, params, key, handler.headers.get("Authorization"))
            )
            delay = self.delays.pop(0) if self.delays else 0.0
            if method == "POST" and key and key in self.idempotent:
                stored_path, status, body = self.idempotent[key]
                if stored_path != url.path:
                    status, body = 400, _error("idempotency_error", "Keys are for one request.")
            else:
                status, body = self._route(method, url.path, params)
                if method == "POST" and key:
                    self.idempotent[key] = (url.path, status, body)
        if delay:
            time.sleep(delay)
        data = json.dumps(body).encode()
        try:
            handler.send_response(status)
            handler.send_header("Content-Type", "application/json")
            handler.send_header("Content-Length", str(len(data)))
            handler.send_header("Request-Id", _new_id("req"))
            handler.end_headers()
            handler.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up waiting (a timeout test)

    def _route(self, method: str, path: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        parts = path.strip("/").split("/")
        if method == "POST" and path == "/v1/customers":
            customer = {
                "id": _new_id("cus"),
                "object": "customer",
                "email": params.get("email"),
                "name": params.get("name"),
                "metadata": params.get("metadata", {}),
                "created": int(time.time()),
                "livemode": False,
            }
            self.customers[customer["id"]] = customer
            return 200, customer
        if method == "POST" and path == "/v1/checkout/sessions":
            sid = _new_id("cs_test")
            checkout = {
                "id": sid,
                "object": "checkout.session",
                "mode": params.get("mode"),
                "customer": params.get("customer"),
                "client_reference_id": params.get("client_reference_id"),
                "metadata": params.get("metadata", {}),
                "success_url": params.get("success_url"),
                "cancel_url": params.get("cancel_url"),
                "status": "open",
                "url": f"https://checkout.stripe.test/c/pay/{sid}",
                "livemode": False,
            }
            self.checkout_sessions[sid] = checkout
            return 200, checkout
        if method == "POST" and path == "/v1/billing_portal/sessions":
            pid = _new_id("bps")
            portal = {
                "id": pid,
                "object": "billing_portal.session",
                "customer": params.get("customer"),
                "return_url": params.get("return_url"),
                "configuration": params.get("configuration"),
                "url": f"https://billing.stripe.test/p/session/{pid}",
                "livemode": False,
            }
            self.portal_sessions[pid] = portal
            return 200, portal
        if method == "GET" and len(parts) == 3 and parts[:2] == ["v1", "subscriptions"]:
            found = self.subscriptions.get(parts[2])
            return (200, found) if found else _missing("subscription", parts[2])
        if method == "POST" and path == "/v1/billing_portal/configurations":
            config = {
                "id": _new_id("bpc"),
                "object": "billing_portal.configuration",
                "features": params.get("features", {}),
                "active": True,
                "livemode": False,
            }
            self.portal_configurations[config["id"]] = config
            return 200, config
        if method == "GET" and len(parts) == 3 and parts[:2] == ["v1", "prices"]:
            price = {
                "id": parts[2],
                "object": "price",
                "product": f"prod_for_{parts[2]}",
                "recurring": {"interval": "month"},
                "unit_amount": 2999,
                "currency": "usd",
            }
            return 200, price
        if method == "GET" and path == "/v1/subscriptions":
            return 200, self._list_subscriptions(params)
        if method == "GET" and len(parts) == 3 and parts[:2] == ["v1", "customers"]:
            found = self.customers.get(parts[2])
            return (200, found) if found else _missing("customer", parts[2])
        return 404, _error("invalid_request_error", f"Unrecognized request URL ({path}).")

    def _list_subscriptions(self, params: dict[str, Any]) -> dict[str, Any]:
        status = params.get("status")
        subs = [s for s in self.subscriptions.values() if status in (None, "all", s["status"])]
        subs.sort(key=lambda s: s["id"])
        after = params.get("starting_after")
        if after:
            subs = [s for s in subs if s["id"] > after]
        limit = int(params.get("limit", 10))
        return {
            "object": "list",
            "url": "/v1/subscriptions",
            "data": subs[:limit],
            "has_more": len(subs) > limit,
        }


def _error(kind: str, message: str, code: str | None = None) -> dict[str, Any]:
    err: dict[str, Any] = {"type": kind, "message": message}
    if code:
        err["code"] = code
    return {"error": err}


def _missing(kind: str, obj_id: str) -> tuple[int, dict[str, Any]]:
    return 404, _error(
        "invalid_request_error", f"No such {kind}: '{obj_id}'", code="resource_missing"
    )


# --- webhooks ----------------------------------------------------------------------------
def sign(payload: str | bytes, secret: str, *, timestamp: int | None = None) -> str:
    """Stripe's scheme: t=<ts>,v1=<hex HMAC-SHA256(secret, f"{t}.{payload}")>."""
    text = payload.decode() if isinstance(payload, bytes) else payload
    ts = int(time.time()) if timestamp is None else timestamp
    mac = hmac.new(secret.encode(), f"{ts}.{text}".encode(), hashlib.sha256).hexdigest()
    return f"t={ts},v1={mac}"


def make_event(
    event_type: str,
    obj: dict[str, Any],
    *,
    created: int | None = None,
    event_id: str | None = None,
) -> dict[str, Any]:
    return {
        "id": event_id or _new_id("evt"),
        "object": "event",
        "api_version": "2026-10-28.endive",
        "created": int(time.time()) if created is None else created,
        "livemode": False,
        "pending_webhooks": 1,
        "type": event_type,
        "data": {"object": obj},
    }


def subscription_object(
    sub_id: str,
    *,
    customer: str,
    status: str = "active",
    price: str = "price_pro_test",
    user_id: str | None = None,
    period_start: int | None = None,
    cancel_at_period_end: bool = False,
) -> dict[str, Any]:
    start = period_start or int(time.time()) - 60
    return {
        "id": sub_id,
        "object": "subscription",
        "customer": customer,
        "status": status,
        "cancel_at_period_end": cancel_at_period_end,
        "canceled_at": int(time.time()) if status == "canceled" else None,
        "metadata": {"user_id": user_id} if user_id else {},
        "items": {
            "object": "list",
            "data": [
                {
                    "id": f"si_{sub_id}",
                    "object": "subscription_item",
                    "price": {"id": price, "object": "price"},
                    "current_period_start": start,
                    "current_period_end": start + 30 * 86400,
                }
            ],
        },
    }


WEBHOOK_SECRET = "whsec_test_primary_0123456789"
PRICE_ID = "price_pro_test"


def configure_settings(monkeypatch: Any, fake: FakeStripe | None, **overrides: Any) -> None:
    """Point the app's settings at `fake` (None: billing keys set, Stripe unreachable)."""
    from pydantic import SecretStr

    from app.core.config import get_settings

    settings = get_settings()
    values: dict[str, Any] = {
        "stripe_secret_key": SecretStr("sk_test_fake_key_0123456789"),
        "stripe_api_base": fake.base_url if fake else "http://127.0.0.1:9",
        "stripe_pro_price_id": PRICE_ID,
        "stripe_webhook_secret": [WEBHOOK_SECRET],
        "stripe_timeout_seconds": 3.0,
        "stripe_event_retry_seconds": 0.05,
    }
    values.update(overrides)
    for name, value in values.items():
        monkeypatch.setattr(settings, name, value)


async def post_event(
    client: Any,
    event: dict[str, Any],
    *,
    secret: str = WEBHOOK_SECRET,
    timestamp: int | None = None,
) -> Any:
    """POST `event` to the webhook route as Stripe would: raw JSON body, signed header."""
    body = json.dumps(event)
    return await client.post(
        "/api/v1/webhooks/stripe",
        content=body,
        headers={
            "Content-Type": "application/json",
            "Stripe-Signature": sign(body, secret, timestamp=timestamp),
        },
    )
