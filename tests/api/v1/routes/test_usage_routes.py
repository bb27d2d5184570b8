"""GET /users/me/usage: today's generations against the tier's limit, this period's tokens."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Subscription, UsageLog
from app.services.billing import quota
from tests.api.test_errors import assert_error_shape
from tests.support.factories import auth_headers, create_pro_user, create_user


def _log(user_id, tokens_in: int, tokens_out: int, at: datetime) -> UsageLog:
    return UsageLog(
        user_id=user_id,
        purpose="generation",
        provider="anthropic",
        model_id="claude",
        tokens_in=tokens_in,
        tokens_out=tokens_out,
        outcome="ok",
        created_at=at,
    )


async def test_free_user_sees_todays_count_limit_and_reset(client, session: AsyncSession) -> None:
    user = await create_user(session)
    for _ in range(2):
        await quota.reserve_slot(session, user=user)
    await session.commit()
    r = await client.get("/api/v1/users/me/usage", headers=await auth_headers(session, user))
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["tier"] == "free"
    assert body["generations_used"] == 2 and body["generations_limit"] == 5
    assert body["generations_remaining"] == 3
    assert datetime.fromisoformat(body["resets_at"]) == quota.next_reset()
    assert body["day"] == quota.quota_day().isoformat()
    assert body["tokens_limit"] is None


async def test_pro_user_sees_this_periods_tokens(client, session: AsyncSession) -> None:
    user = await create_pro_user(session)
    start = datetime.now(UTC) - timedelta(days=3)
    session.add(
        Subscription(
            user_id=user.id,
            stripe_subscription_id="sub_u",
            stripe_customer_id="cus_u",
            status="active",
            current_period_start=start,
            current_period_end=start + timedelta(days=30),
        )
    )
    session.add(_log(user.id, 1000, 500, start + timedelta(hours=1)))
    session.add(_log(user.id, 200, 300, datetime.now(UTC)))
    session.add(_log(user.id, 9999, 9999, start - timedelta(hours=1)))  # the previous period
    await session.commit()
    r = await client.get("/api/v1/users/me/usage", headers=await auth_headers(session, user))
    body = r.json()
    assert body["tier"] == "pro" and body["generations_limit"] == 100
    assert body["tokens_used"] == 2000 and body["tokens_limit"] == 500_000
    assert datetime.fromisoformat(body["period_start"]) == start


async def test_usage_needs_a_user(client) -> None:
    r = await client.get("/api/v1/users/me/usage")
    assert r.status_code == 401
    assert_error_shape(r.json(), "UNAUTHORIZED")


async def test_a_spent_period_budget_refuses_new_generations_until_the_period_turns(
    session: AsyncSession,
) -> None:
    """The budget counts the same period the usage page shows: last period's tokens do not
    count, this period's do, up to the tier's monthly_tokens."""
    from app.core.errors import TooManyRequests
    from app.core.tiers import get_tier
    from app.services.billing.budget import ensure_token_budget, tokens_this_period

    user = await create_pro_user(session)
    limit = get_tier(user.effective_tier).monthly_tokens
    assert limit
    start = datetime.now(UTC) - timedelta(days=2)
    session.add(
        Subscription(
            user_id=user.id,
            stripe_subscription_id="sub_b",
            stripe_customer_id="cus_b",
            status="active",
            current_period_start=start,
            current_period_end=start + timedelta(days=30),
        )
    )
    session.add(_log(user.id, limit, limit, start - timedelta(minutes=1)))  # last period
    session.add(_log(user.id, limit // 2, limit // 2 - 1, start + timedelta(hours=1)))
    await session.commit()
    assert (await tokens_this_period(session, user=user))[1] == limit - 1
    await ensure_token_budget(session, user=user)  # one token left: allowed

    session.add(_log(user.id, 1, 0, datetime.now(UTC)))
    await session.commit()
    try:
        await ensure_token_budget(session, user=user)
    except TooManyRequests as exc:
        assert exc.error_code == "TOKEN_BUDGET_EXCEEDED"
        assert exc.details == {"used": limit, "limit": limit}
    else:
        raise AssertionError("a spent budget was not refused")
