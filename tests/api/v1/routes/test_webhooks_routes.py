"""POST /webhooks/stripe: signatures verified by the stripe library on the raw body, each
event stored once and applied once, whatever the delivery pattern."""

from __future__ import annotations

import asyncio
import json
import time

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import AnalyticsEvent, StripeEvent, Subscription, User
from app.workers.runtime import drain_inline_tasks
from tests.api.test_errors import assert_error_shape
from tests.support.factories import create_user
from tests.support.fake_stripe import (
    WEBHOOK_SECRET,
    FakeStripe,
    configure_settings,
    make_event,
    post_event,
    sign,
    subscription_object,
)

URL = "/api/v1/webhooks/stripe"


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch):
    server = FakeStripe().start()
    configure_settings(monkeypatch, server)
    yield server
    server.stop()


async def _count(session: AsyncSession, model: type) -> int:
    return int((await session.execute(select(func.count()).select_from(model))).scalar_one())


async def _tier(session: AsyncSession, user_id) -> str:
    result = await session.execute(select(User.subscription_tier).where(User.id == user_id))
    return str(result.scalar_one())


def _created_event(user: User, *, sub_id: str = "sub_A", customer: str = "cus_A") -> dict:
    obj = subscription_object(sub_id, customer=customer, user_id=str(user.id))
    return make_event("customer.subscription.created", obj)


async def _assert_nothing_changed(session: AsyncSession, user: User) -> None:
    await drain_inline_tasks()
    assert await _count(session, StripeEvent) == 0
    assert await _count(session, Subscription) == 0
    assert await _tier(session, user.id) == "free"


async def test_missing_signature_is_400_and_changes_nothing(client, session, fake) -> None:
    user = await create_user(session)
    r = await client.post(
        URL, content=json.dumps(_created_event(user)), headers={"Content-Type": "application/json"}
    )
    assert r.status_code == 400
    assert_error_shape(r.json(), "INVALID_SIGNATURE")
    await _assert_nothing_changed(session, user)


async def test_wrong_signature_is_400_and_changes_nothing(client, session, fake) -> None:
    user = await create_user(session)
    r = await post_event(client, _created_event(user), secret="whsec_someone_else")
    assert r.status_code == 400
    assert_error_shape(r.json(), "INVALID_SIGNATURE")
    await _assert_nothing_changed(session, user)


async def test_six_minute_old_timestamp_is_400(client, session, fake) -> None:
    user = await create_user(session)
    r = await post_event(client, _created_event(user), timestamp=int(time.time()) - 360)
    assert r.status_code == 400
    assert_error_shape(r.json(), "INVALID_SIGNATURE")
    await _assert_nothing_changed(session, user)


async def test_reserialised_body_is_400(client, session, fake) -> None:
    user = await create_user(session)
    event = _created_event(user)
    signed_as = json.dumps(event)
    # Same JSON value, different bytes (what a proxy re-encoding the body would do).
    sent = json.dumps(event, indent=2, sort_keys=True)
    assert json.loads(sent) == json.loads(signed_as) and sent != signed_as
    r = await client.post(
        URL,
        content=sent,
        headers={
            "Content-Type": "application/json",
            "Stripe-Signature": sign(signed_as, WEBHOOK_SECRET),
        },
    )
    assert r.status_code == 400
    assert_error_shape(r.json(), "INVALID_SIGNATURE")
    await _assert_nothing_changed(session, user)


async def test_two_v1_signatures_one_valid_is_accepted(client, session, fake) -> None:
    user = await create_user(session)
    body = json.dumps(_created_event(user))
    good = sign(body, WEBHOOK_SECRET)
    ts, good_v1 = good.split(",")
    header = f"{ts},v1={'0' * 64},{good_v1}"
    r = await client.post(
        URL, content=body, headers={"Content-Type": "application/json", "Stripe-Signature": header}
    )
    assert r.status_code == 200, r.text
    await drain_inline_tasks()
    assert await _tier(session, user.id) == "pro"


async def test_only_invalid_v1_signatures_are_refused(client, session, fake) -> None:
    user = await create_user(session)
    body = json.dumps(_created_event(user))
    header = f"t={int(time.time())},v1={'0' * 64},v1={'f' * 64}"
    r = await client.post(URL, content=body, headers={"Stripe-Signature": header})
    assert r.status_code == 400
    await _assert_nothing_changed(session, user)


async def test_any_secret_of_a_roll_verifies(client, session, fake, monkeypatch) -> None:
    from app.core.config import get_settings

    monkeypatch.setattr(
        get_settings(), "stripe_webhook_secret", ["whsec_new_secret_abc", WEBHOOK_SECRET]
    )
    user = await create_user(session)
    r = await post_event(client, _created_event(user), secret="whsec_new_secret_abc")
    assert r.status_code == 200
    r = await post_event(client, _created_event(user, sub_id="sub_B"), secret=WEBHOOK_SECRET)
    assert r.status_code == 200
    await drain_inline_tasks()
    assert await _count(session, StripeEvent) == 2


async def test_same_event_five_times_concurrently_is_stored_and_applied_once(
    client, session, fake
) -> None:
    user = await create_user(session)
    event = _created_event(user)
    responses = await asyncio.gather(*[post_event(client, event) for _ in range(5)])
    assert [r.status_code for r in responses] == [200] * 5
    assert sorted(r.json()["duplicate"] for r in responses) == [False, True, True, True, True]
    await drain_inline_tasks()

    assert await _count(session, StripeEvent) == 1
    stored = (await session.execute(select(StripeEvent))).scalar_one()
    assert stored.handled_at is not None and stored.attempts == 1
    assert await _count(session, Subscription) == 1
    assert await _tier(session, user.id) == "pro"
    upgrades = await session.execute(
        select(func.count())
        .select_from(AnalyticsEvent)
        .where(AnalyticsEvent.event_type == "subscription.upgraded")
    )
    assert upgrades.scalar_one() == 1


async def test_redelivery_after_handling_changes_nothing(client, session, fake) -> None:
    user = await create_user(session)
    event = _created_event(user)
    assert (await post_event(client, event)).status_code == 200
    await drain_inline_tasks()
    again = await post_event(client, event)
    assert again.status_code == 200 and again.json()["duplicate"] is True
    await drain_inline_tasks()
    stored = (await session.execute(select(StripeEvent))).scalar_one()
    assert stored.attempts == 1


async def test_other_signed_types_are_acknowledged_and_ignored(client, session, fake) -> None:
    user = await create_user(session)
    event = make_event("customer.created", {"id": "cus_Z", "object": "customer"})
    r = await post_event(client, event)
    assert r.status_code == 200
    await drain_inline_tasks()
    stored = (await session.execute(select(StripeEvent))).scalar_one()
    assert stored.type == "customer.created" and stored.handled_at is not None
    assert await _tier(session, user.id) == "free"


async def test_signed_body_that_is_not_an_event_is_acknowledged_and_not_stored(
    client, session, fake
) -> None:
    """No retry can make it an event: 200 `ignored` stops Stripe retrying (docs/billing.md)."""
    body = json.dumps({"hello": "world"})
    r = await client.post(
        URL, content=body, headers={"Stripe-Signature": sign(body, WEBHOOK_SECRET)}
    )
    assert r.status_code == 200
    assert r.json()["ignored"] and r.json()["duplicate"] is False
    assert await _count(session, StripeEvent) == 0


async def test_without_webhook_secret_answers_503_billing_disabled(
    client, session, monkeypatch
) -> None:
    from app.core.config import get_settings

    monkeypatch.setattr(get_settings(), "stripe_webhook_secret", [])
    user = await create_user(session)
    r = await post_event(client, _created_event(user))
    assert r.status_code == 503
    assert_error_shape(r.json(), "BILLING_DISABLED")
