"""POST /billing/checkout, POST /billing/portal, GET /billing/subscription against a local
fake Stripe reached through the real stripe SDK."""

from __future__ import annotations

import asyncio
import time

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Subscription, User
from app.workers.runtime import drain_inline_tasks
from tests.api.test_errors import assert_error_shape
from tests.support.factories import auth_headers, create_user
from tests.support.fake_stripe import (
    PRICE_ID,
    FakeStripe,
    configure_settings,
    make_event,
    post_event,
    subscription_object,
)

FRONT = "https://app.pagewright.test"


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch):
    from app.core.config import get_settings

    server = FakeStripe().start()
    # A window of ~31 years: a retry in this test can never straddle two windows.
    configure_settings(monkeypatch, server, stripe_idempotency_window_seconds=10**9)
    monkeypatch.setattr(get_settings(), "frontend_url", FRONT)
    yield server
    server.stop()


async def _customer_id(session: AsyncSession, user: User) -> str | None:
    result = await session.execute(
        select(User.stripe_customer_id)
        .where(User.id == user.id)
        .execution_options(populate_existing=True)
    )
    return result.scalar_one()


async def test_checkout_creates_customer_once_and_a_subscription_session(
    client, session, fake
) -> None:
    user = await create_user(session, full_name="Ada Lovelace")
    headers = await auth_headers(session, user)
    r = await client.post("/api/v1/billing/checkout", headers=headers, json={"plan": "pro"})
    assert r.status_code == 201, r.text
    body = r.json()
    assert set(body) == {"id", "url"}

    (customer_call,) = fake.requests_to("POST", "/v1/customers")
    assert customer_call.idempotency_key == f"pw-customer-{user.id}"
    assert customer_call.params["email"] == user.email
    assert customer_call.params["metadata"] == {"user_id": str(user.id)}
    assert customer_call.authorization == "Bearer sk_test_fake_key_0123456789"
    (customer_id,) = fake.customers
    assert await _customer_id(session, user) == customer_id

    (checkout_call,) = fake.requests_to("POST", "/v1/checkout/sessions")
    params = checkout_call.params
    assert params["mode"] == "subscription"
    assert params["customer"] == customer_id
    assert params["line_items"] == [{"price": PRICE_ID, "quantity": "1"}]
    assert params["client_reference_id"] == str(user.id)
    assert params["subscription_data"] == {"metadata": {"user_id": str(user.id)}}
    assert params["success_url"].startswith(f"{FRONT}/billing/success?session_id=")
    assert params["cancel_url"] == f"{FRONT}/billing/cancel"
    assert checkout_call.idempotency_key.startswith(f"pw-checkout-{user.id}-pro-{PRICE_ID}-")
    assert body["id"] in fake.checkout_sessions
    assert body["url"] == fake.checkout_sessions[body["id"]]["url"]

    # Again (a double click): no second customer, the same session.
    again = await client.post("/api/v1/billing/checkout", headers=headers)
    assert again.status_code == 201 and again.json() == body
    assert len(fake.requests_to("POST", "/v1/customers")) == 1
    assert len(fake.checkout_sessions) == 1


async def test_parallel_first_checkouts_create_one_customer(client, session, fake) -> None:
    user = await create_user(session)
    headers = await auth_headers(session, user)
    responses = await asyncio.gather(
        *[client.post("/api/v1/billing/checkout", headers=headers) for _ in range(5)]
    )
    assert [r.status_code for r in responses] == [201] * 5
    assert len(fake.customers) == 1
    assert len(fake.checkout_sessions) == 1
    assert len({r.json()["id"] for r in responses}) == 1


async def test_stripe_timeout_is_503_and_a_retry_creates_one_session(
    client, session, fake, monkeypatch
) -> None:
    from app.core.config import get_settings

    monkeypatch.setattr(get_settings(), "stripe_timeout_seconds", 0.5)
    user = await create_user(session)
    headers = await auth_headers(session, user)
    fake.delays = [0.0, 2.0]  # the customer answers at once, the session too late
    r = await client.post("/api/v1/billing/checkout", headers=headers)
    assert r.status_code == 503
    assert_error_shape(r.json(), "SERVICE_UNAVAILABLE")
    assert "sk_test" not in r.text
    assert len(fake.checkout_sessions) == 1  # Stripe did create it; we never heard back

    retry = await client.post("/api/v1/billing/checkout", headers=headers)
    assert retry.status_code == 201, retry.text
    calls = fake.requests_to("POST", "/v1/checkout/sessions")
    assert len(calls) == 2 and calls[0].idempotency_key == calls[1].idempotency_key
    assert len(fake.checkout_sessions) == 1 and len(fake.customers) == 1
    assert retry.json()["id"] in fake.checkout_sessions


async def test_unreachable_stripe_is_503(client, session, monkeypatch) -> None:
    configure_settings(monkeypatch, None, stripe_timeout_seconds=0.5)
    user = await create_user(session)
    r = await client.post("/api/v1/billing/checkout", headers=await auth_headers(session, user))
    assert r.status_code == 503
    assert_error_shape(r.json(), "SERVICE_UNAVAILABLE")
    assert await _customer_id(session, user) is None


async def test_already_subscribed_is_409(client, session, fake) -> None:
    user = await create_user(session, stripe_customer_id="cus_has")
    session.add(
        Subscription(
            user_id=user.id,
            stripe_subscription_id="sub_has",
            stripe_customer_id="cus_has",
            status="active",
        )
    )
    await session.commit()
    r = await client.post("/api/v1/billing/checkout", headers=await auth_headers(session, user))
    assert r.status_code == 409
    assert_error_shape(r.json(), "ALREADY_SUBSCRIBED")
    assert fake.requests == []


async def test_billing_disabled_without_stripe_key(client, session) -> None:
    user = await create_user(session, stripe_customer_id="cus_off")
    headers = await auth_headers(session, user)
    for path in ("/api/v1/billing/checkout", "/api/v1/billing/portal"):
        r = await client.post(path, headers=headers)
        assert r.status_code == 503
        assert_error_shape(r.json(), "BILLING_DISABLED")
    r = await client.get("/api/v1/billing/subscription", headers=headers)
    assert r.status_code == 200
    assert r.json()["billing_enabled"] is False and r.json()["status"] == "none"


async def test_portal_session_for_the_users_customer(client, session, fake) -> None:
    user = await create_user(session, stripe_customer_id="cus_portal")
    r = await client.post("/api/v1/billing/portal", headers=await auth_headers(session, user))
    assert r.status_code == 201, r.text
    (call,) = fake.requests_to("POST", "/v1/billing_portal/sessions")
    (config,) = fake.portal_configurations.values()
    assert call.params == {
        "customer": "cus_portal",
        "return_url": f"{FRONT}/account/billing",
        "configuration": config["id"],
    }
    assert call.idempotency_key.startswith(f"pw-portal-{user.id}-")
    (portal,) = fake.portal_sessions.values()
    assert r.json() == {"url": portal["url"]}


async def test_portal_plan_changes_request_proration_and_config_is_made_once(
    client, session, fake
) -> None:
    from tests.support.fake_stripe import PRICE_ID

    first = await create_user(session, stripe_customer_id="cus_one")
    second = await create_user(session, stripe_customer_id="cus_two")
    for user in (first, second):
        r = await client.post("/api/v1/billing/portal", headers=await auth_headers(session, user))
        assert r.status_code == 201, r.text
    (config_call,) = fake.requests_to("POST", "/v1/billing_portal/configurations")
    update = config_call.params["features"]["subscription_update"]
    assert update["proration_behavior"] == "create_prorations"
    assert update["enabled"] == "true"
    assert update["products"] == [{"product": f"prod_for_{PRICE_ID}", "prices": [PRICE_ID]}]
    assert config_call.params["features"]["subscription_cancel"]["mode"] == "at_period_end"
    assert config_call.idempotency_key == f"pw-portal-config-{PRICE_ID}"
    (config,) = fake.portal_configurations.values()
    sessions = fake.requests_to("POST", "/v1/billing_portal/sessions")
    assert [s.params["configuration"] for s in sessions] == [config["id"], config["id"]]


async def test_operator_portal_configuration_is_used_as_is(
    client, session, fake, monkeypatch
) -> None:
    from app.core.config import get_settings

    monkeypatch.setattr(get_settings(), "stripe_portal_configuration_id", "bpc_operator")
    user = await create_user(session, stripe_customer_id="cus_op")
    r = await client.post("/api/v1/billing/portal", headers=await auth_headers(session, user))
    assert r.status_code == 201
    assert fake.requests_to("POST", "/v1/billing_portal/configurations") == []
    (call,) = fake.requests_to("POST", "/v1/billing_portal/sessions")
    assert call.params["configuration"] == "bpc_operator"


async def test_portal_without_customer_is_409(client, session, fake) -> None:
    user = await create_user(session)
    r = await client.post("/api/v1/billing/portal", headers=await auth_headers(session, user))
    assert r.status_code == 409
    assert_error_shape(r.json(), "NO_BILLING_ACCOUNT")
    assert fake.requests == []


async def test_billing_routes_need_a_user(client, fake) -> None:
    assert (await client.post("/api/v1/billing/checkout")).status_code == 401
    assert (await client.post("/api/v1/billing/portal")).status_code == 401
    assert (await client.get("/api/v1/billing/subscription")).status_code == 401


async def test_subscription_reflects_webhook_state(client, session, fake) -> None:
    user = await create_user(session, stripe_customer_id="cus_sub")
    headers = await auth_headers(session, user)
    r = await client.get("/api/v1/billing/subscription", headers=headers)
    assert r.json()["plan"] == "free" and r.json()["status"] == "none"

    start = int(time.time()) - 100
    obj = subscription_object(
        "sub_G",
        customer="cus_sub",
        user_id=str(user.id),
        period_start=start,
        cancel_at_period_end=True,
    )
    assert (
        await post_event(client, make_event("customer.subscription.updated", obj))
    ).status_code == 200
    await drain_inline_tasks()
    body = (await client.get("/api/v1/billing/subscription", headers=headers)).json()
    assert body["plan"] == "pro" and body["status"] == "active"
    assert body["cancel_at_period_end"] is True
    assert body["has_billing_account"] is True and body["billing_enabled"] is True
    assert body["current_period_start"].startswith(
        time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(start))
    )
    assert body["current_period_end"] is not None
