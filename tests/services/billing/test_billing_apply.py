"""Applying Stripe events: any delivery order ends in the right state, deleted is final,
unknown objects are fetched from Stripe or retried later."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.session import commit
from app.models import AnalyticsEvent, StripeEvent, Subscription, User
from app.repositories import stripe_events as events_repo
from app.services.billing import entitlement, reconcile
from app.workers.runtime import drain_inline_tasks
from tests.support.factories import create_user
from tests.support.fake_stripe import (
    FakeStripe,
    configure_settings,
    make_event,
    post_event,
    subscription_object,
)

T0 = int(time.time()) - 3600


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch):
    server = FakeStripe().start()
    configure_settings(monkeypatch, server)
    yield server
    server.stop()


async def deliver(client, event: dict) -> None:
    r = await post_event(client, event)
    assert r.status_code == 200, r.text
    await drain_inline_tasks()


async def _user(session: AsyncSession, user_id) -> User:
    result = await session.execute(
        select(User).where(User.id == user_id).execution_options(populate_existing=True)
    )
    return result.scalar_one()


async def _sub(session: AsyncSession, sub_id: str) -> Subscription:
    result = await session.execute(
        select(Subscription)
        .where(Subscription.stripe_subscription_id == sub_id)
        .execution_options(populate_existing=True)
    )
    return result.scalar_one()


async def _events(session: AsyncSession, event_type: str) -> list[AnalyticsEvent]:
    result = await session.execute(
        select(AnalyticsEvent).where(AnalyticsEvent.event_type == event_type)
    )
    return list(result.scalars().all())


def _checkout_completed(user: User, *, customer: str, sub_id: str, created: int) -> dict:
    obj = {
        "id": "cs_test_1",
        "object": "checkout.session",
        "mode": "subscription",
        "client_reference_id": str(user.id),
        "customer": customer,
        "subscription": sub_id,
        "metadata": {"user_id": str(user.id)},
        "status": "complete",
    }
    return make_event("checkout.session.completed", obj, created=created)


async def test_updated_before_checkout_completed_ends_pro(client, session, fake) -> None:
    user = await create_user(session)
    obj = subscription_object("sub_X", customer="cus_X")  # no metadata, customer unknown
    await deliver(client, make_event("customer.subscription.updated", obj, created=T0 + 10))
    row = await _sub(session, "sub_X")
    assert row.status == "active" and row.user_id is None
    assert (await _user(session, user.id)).subscription_tier == "free"

    await deliver(
        client, _checkout_completed(user, customer="cus_X", sub_id="sub_X", created=T0 + 5)
    )
    row = await _sub(session, "sub_X")
    fresh = await _user(session, user.id)
    assert row.user_id == user.id and row.status == "active"
    assert fresh.subscription_tier == "pro" and fresh.stripe_customer_id == "cus_X"
    assert len(await _events(session, "subscription.upgraded")) == 1


async def test_unknown_customer_is_fetched_from_stripe_to_link_the_user(
    client, session, fake
) -> None:
    user = await create_user(session)
    fake.customers["cus_Y"] = {
        "id": "cus_Y",
        "object": "customer",
        "metadata": {"user_id": str(user.id)},
    }
    obj = subscription_object("sub_Y", customer="cus_Y")
    await deliver(client, make_event("customer.subscription.created", obj, created=T0))
    assert fake.requests_to("GET", "/v1/customers/cus_Y")
    assert (await _sub(session, "sub_Y")).user_id == user.id
    assert (await _user(session, user.id)).subscription_tier == "pro"


async def test_checkout_completed_first_fetches_the_subscription(client, session, fake) -> None:
    user = await create_user(session)
    fake.add_subscription(subscription_object("sub_F", customer="cus_F", user_id=str(user.id)))
    await deliver(
        client, _checkout_completed(user, customer="cus_F", sub_id="sub_F", created=T0 + 20)
    )
    assert fake.requests_to("GET", "/v1/subscriptions/sub_F")
    assert (await _sub(session, "sub_F")).status == "active"
    assert (await _user(session, user.id)).subscription_tier == "pro"
    # The subscription's own, older "created" event (state incomplete) arrives late.
    stale = subscription_object("sub_F", customer="cus_F", status="incomplete")
    await deliver(client, make_event("customer.subscription.created", stale, created=T0 + 1))
    assert (await _sub(session, "sub_F")).status == "active"
    assert (await _user(session, user.id)).subscription_tier == "pro"


async def test_updated_after_deleted_does_not_resurrect(client, session, fake) -> None:
    user = await create_user(session)
    uid = str(user.id)
    await deliver(
        client,
        make_event(
            "customer.subscription.created",
            subscription_object("sub_D", customer="cus_D", user_id=uid),
            created=T0,
        ),
    )
    assert (await _user(session, user.id)).subscription_tier == "pro"
    await deliver(
        client,
        make_event(
            "customer.subscription.deleted",
            subscription_object("sub_D", customer="cus_D", user_id=uid, status="canceled"),
            created=T0 + 100,
        ),
    )
    assert (await _sub(session, "sub_D")).status == "canceled"
    assert (await _user(session, user.id)).subscription_tier == "free"
    # A later-created "updated" (e.g. a metadata change) must not bring it back.
    await deliver(
        client,
        make_event(
            "customer.subscription.updated",
            subscription_object("sub_D", customer="cus_D", user_id=uid),
            created=T0 + 200,
        ),
    )
    assert (await _sub(session, "sub_D")).status == "canceled"
    assert (await _user(session, user.id)).subscription_tier == "free"
    assert len(await _events(session, "subscription.downgraded")) == 1
    handled = await session.execute(
        select(func.count()).select_from(StripeEvent).where(StripeEvent.handled_at.is_not(None))
    )
    assert handled.scalar_one() == 3


async def test_older_event_after_newer_is_skipped(client, session, fake) -> None:
    user = await create_user(session)
    uid = str(user.id)
    await deliver(
        client,
        make_event(
            "customer.subscription.updated",
            subscription_object("sub_O", customer="cus_O", user_id=uid, status="past_due"),
            created=T0 + 50,
        ),
    )
    await deliver(
        client,
        make_event(
            "customer.subscription.updated",
            subscription_object("sub_O", customer="cus_O", user_id=uid, status="active"),
            created=T0 + 10,
        ),
    )
    row = await _sub(session, "sub_O")
    assert row.status == "past_due"
    assert row.last_event_at == datetime.fromtimestamp(T0 + 50, UTC)


@pytest.mark.parametrize("first_status", ["incomplete", "active"])
async def test_events_of_the_same_second_are_settled_by_stripe(
    client, session, fake, first_status: str
) -> None:
    user = await create_user(session)
    uid = str(user.id)
    second = "active" if first_status == "incomplete" else "incomplete"
    fake.add_subscription(subscription_object("sub_S", customer="cus_S", user_id=uid))
    for status in (first_status, second):
        obj = subscription_object("sub_S", customer="cus_S", user_id=uid, status=status)
        await deliver(client, make_event("customer.subscription.updated", obj, created=T0))
    assert fake.requests_to("GET", "/v1/subscriptions/sub_S")
    assert (await _sub(session, "sub_S")).status == "active"
    assert (await _user(session, user.id)).subscription_tier == "pro"


async def test_past_due_keeps_pro_through_grace_then_free(client, session, fake) -> None:
    user = await create_user(session)
    obj = subscription_object("sub_P", customer="cus_P", user_id=str(user.id), status="past_due")
    await deliver(client, make_event("customer.subscription.updated", obj, created=T0))
    assert (await _user(session, user.id)).subscription_tier == "pro"
    assert await entitlement.expire_grace(session, now=datetime.now(UTC)) == 0
    later = datetime.now(UTC) + timedelta(days=8)
    await entitlement.expire_grace(session, now=later)
    await session.commit()
    assert (await _user(session, user.id)).subscription_tier == "free"
    assert len(await _events(session, "subscription.downgraded")) == 1


async def test_payment_failed_records_analytics_and_syncs_status(client, session, fake) -> None:
    user = await create_user(session)
    uid = str(user.id)
    await deliver(
        client,
        make_event(
            "customer.subscription.created",
            subscription_object("sub_I", customer="cus_I", user_id=uid),
            created=T0,
        ),
    )
    fake.add_subscription(
        subscription_object("sub_I", customer="cus_I", user_id=uid, status="past_due")
    )
    invoice = {
        "id": "in_1",
        "object": "invoice",
        "customer": "cus_I",
        "amount_due": 2999,
        "currency": "usd",
        "attempt_count": 1,
        "parent": {"subscription_details": {"subscription": "sub_I"}},
    }
    await deliver(client, make_event("invoice.payment_failed", invoice, created=T0 + 60))
    failed = await _events(session, "payment.failed")
    assert len(failed) == 1 and failed[0].user_id == user.id
    assert failed[0].properties["amount_due"] == 2999
    row = await _sub(session, "sub_I")
    assert row.status == "past_due" and row.past_due_since is not None
    assert (await _user(session, user.id)).subscription_tier == "pro"  # within grace

    fake.add_subscription(subscription_object("sub_I", customer="cus_I", user_id=uid))
    await deliver(client, make_event("invoice.paid", {**invoice, "id": "in_1"}, created=T0 + 90))
    row = await _sub(session, "sub_I")
    assert row.status == "active" and row.past_due_since is None


async def test_stripe_unreachable_keeps_the_event_and_retries(
    client, session, fake, monkeypatch
) -> None:
    from app.core.config import get_settings

    monkeypatch.setattr(get_settings(), "stripe_timeout_seconds", 0.3)
    fake.delay_next(1.0)  # the first fetch times out
    user = await create_user(session)
    fake.add_subscription(subscription_object("sub_R", customer="cus_R", user_id=str(user.id)))
    await deliver(client, _checkout_completed(user, customer="cus_R", sub_id="sub_R", created=T0))
    stored = (
        await session.execute(select(StripeEvent).execution_options(populate_existing=True))
    ).scalar_one()
    assert stored.handled_at is not None and stored.attempts == 2
    assert len(fake.requests_to("GET", "/v1/subscriptions/sub_R")) == 2
    assert (await _user(session, user.id)).subscription_tier == "pro"


async def test_requeue_sends_stored_but_unhandled_events(session, fake) -> None:
    user = await create_user(session)
    event = make_event(
        "customer.subscription.created",
        subscription_object("sub_Q", customer="cus_Q", user_id=str(user.id)),
        created=T0,
    )
    old = datetime.now(UTC) - timedelta(minutes=30)
    await events_repo.insert_if_absent(
        session,
        event_id=event["id"],
        event_type=event["type"],
        payload=event,
        stripe_created_at=datetime.fromtimestamp(T0, UTC),
        received_at=old,
    )
    await session.commit()
    assert await reconcile.requeue_unhandled(session) == 1
    await commit(session)  # the boundary sends the queued task
    await drain_inline_tasks()
    assert (await _user(session, user.id)).subscription_tier == "pro"
    assert await reconcile.requeue_unhandled(session) == 0


async def test_reconcile_logs_drift(client, session, fake) -> None:
    user = await create_user(session)
    uid = str(user.id)
    await deliver(
        client,
        make_event(
            "customer.subscription.created",
            subscription_object("sub_L", customer="cus_L", user_id=uid),
            created=T0,
        ),
    )
    fake.add_subscription(subscription_object("sub_L", customer="cus_L", status="canceled"))
    fake.add_subscription(subscription_object("sub_M", customer="cus_M"))
    drift = await reconcile.reconcile(session)
    kinds = {(d["subscription"], d["kind"]) for d in drift}
    assert kinds == {("sub_M", "missing_locally"), ("sub_L", "not_live_at_stripe")}
