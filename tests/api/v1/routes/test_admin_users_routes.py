"""Admin user management: list, detail, PATCH with audit rows, the last-admin guard."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import AdminAuditLog, AuthSession, Generation, Subscription, UsageLog, User
from tests.api.test_errors import assert_error_shape
from tests.support.factories import auth_headers, create_admin, create_user

UA = {"User-Agent": "admin-console/1.0"}


async def _audit_rows(session: AsyncSession) -> list[AdminAuditLog]:
    stmt = select(AdminAuditLog).order_by(AdminAuditLog.created_at)
    return list((await session.execute(stmt.execution_options(populate_existing=True))).scalars())


async def _fresh(session: AsyncSession, user_id: uuid.UUID) -> User:
    user = await session.get(User, user_id, populate_existing=True)
    assert user is not None
    return user


async def test_list_users_searches_filters_and_pages(
    client: AsyncClient, session: AsyncSession
) -> None:
    admin = await create_admin(session, email="boss@corp.example")
    headers = await auth_headers(session, admin)
    base = datetime(2026, 1, 1, tzinfo=UTC)
    made = []
    for i in range(7):
        made.append(
            await create_user(
                session,
                email=f"alice_{i}@shop.example",
                created_at=base + timedelta(hours=i),
                subscription_tier="pro" if i % 2 else "free",
                is_active=i != 3,
            )
        )
    await create_user(session, email="bob@other.example", tier_override="pro")
    await create_user(session, email="a%b@weird.example")

    seen: list[str] = []
    cursor = None
    while True:
        params = {"email": "ALICE_", "limit": 3}
        if cursor:
            params["cursor"] = cursor
        r = await client.get("/api/v1/admin/users", params=params, headers=headers)
        assert r.status_code == 200, r.text
        body = r.json()
        seen += [u["email"] for u in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert seen == [u.email for u in reversed(made)]  # newest first, no repeats, none lost

    r = await client.get("/api/v1/admin/users", params={"tier": "pro"}, headers=headers)
    emails = {u["email"] for u in r.json()["items"]}
    assert emails == {
        "alice_1@shop.example",
        "alice_3@shop.example",
        "alice_5@shop.example",
        "bob@other.example",
    }  # override counts as the effective tier
    r = await client.get("/api/v1/admin/users", params={"status": "inactive"}, headers=headers)
    assert [u["email"] for u in r.json()["items"]] == ["alice_3@shop.example"]
    r = await client.get("/api/v1/admin/users", params={"email": "%"}, headers=headers)
    assert [u["email"] for u in r.json()["items"]] == ["a%b@weird.example"]  # no wildcard
    r = await client.get("/api/v1/admin/users", params={"is_admin": "true"}, headers=headers)
    assert [u["email"] for u in r.json()["items"]] == ["boss@corp.example"]


async def test_bad_cursor_and_limit_are_4xx(client: AsyncClient, session: AsyncSession) -> None:
    headers = await auth_headers(session, await create_admin(session))
    r = await client.get("/api/v1/admin/users", params={"cursor": "!!nope"}, headers=headers)
    assert r.status_code == 400
    assert_error_shape(r.json(), "INVALID_CURSOR")
    r = await client.get("/api/v1/admin/users", params={"limit": 1000}, headers=headers)
    assert r.status_code == 422
    r = await client.get("/api/v1/admin/users", params={"status": "zombie"}, headers=headers)
    assert r.status_code == 422


async def test_user_detail_has_usage_subscription_and_recent_generations(
    client: AsyncClient, session: AsyncSession
) -> None:
    headers = await auth_headers(session, await create_admin(session))
    user = await create_user(session, subscription_tier="pro", country="DE")
    now = datetime.now(UTC)
    for i, status in enumerate(["completed", "completed", "failed"]):
        session.add(
            Generation(
                user_id=user.id,
                status=status,
                business_context={},
                model_id="gemini-2.5-flash",
                provider="gemini",
                tokens_in=100 * (i + 1),
                tokens_out=10,
                cost_usd=Decimal("0.25"),
                created_at=now - timedelta(minutes=i),
            )
        )
    session.add(
        UsageLog(
            user_id=user.id,
            purpose="generation",
            provider="gemini",
            model_id="gemini-2.5-flash",
            tokens_in=70,
            tokens_out=30,
            outcome="ok",
            created_at=now,
        )
    )
    session.add(
        Subscription(
            user_id=user.id,
            stripe_subscription_id="sub_1",
            stripe_customer_id="cus_1",
            stripe_price_id="price_pro",
            status="active",
        )
    )
    await session.commit()
    r = await client.get(f"/api/v1/admin/users/{user.id}", headers=headers)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["user"]["email"] == user.email and body["user"]["effective_tier"] == "pro"
    assert body["usage"]["generations_total"] == 3
    assert body["usage"]["generations_by_status"] == {"completed": 2, "failed": 1}
    assert body["usage"]["tokens_in"] == 600 and body["usage"]["tokens_out"] == 30
    assert body["usage"]["cost_usd"] == 0.75
    assert body["usage"]["tokens_this_period"] == body["usage"]["tokens_this_month"] == 100
    assert body["subscription"]["status"] == "active"
    assert [g["status"] for g in body["recent_generations"]] == ["completed", "completed", "failed"]
    assert body["recent_generations"][0]["user_email"] == user.email

    r = await client.get(f"/api/v1/admin/users/{uuid.uuid4()}", headers=headers)
    assert r.status_code == 404
    assert_error_shape(r.json(), "USER_NOT_FOUND")


async def test_admin_and_user_screens_count_the_same_billing_period(
    client: AsyncClient, session: AsyncSession
) -> None:
    """One definition of "tokens this period": the admin user detail shows what the user's
    usage page shows (and the budget counts), the billing period, not the calendar month."""
    admin_headers = await auth_headers(session, await create_admin(session))
    user = await create_user(session, subscription_tier="pro")
    now = datetime.now(UTC)
    period_start = now - timedelta(days=45)  # a long period: always before this month's 1st
    session.add(
        Subscription(
            user_id=user.id,
            stripe_subscription_id="sub_period",
            stripe_customer_id="cus_period",
            stripe_price_id="price_pro",
            status="active",
            current_period_start=period_start,
            current_period_end=now + timedelta(days=320),
        )
    )
    for at, tokens in (
        (period_start - timedelta(hours=1), 1),
        (period_start + timedelta(hours=1), 20),
        (now, 300),
    ):
        session.add(
            UsageLog(
                user_id=user.id,
                purpose="generation",
                provider="gemini",
                model_id="gemini-2.5-flash",
                tokens_in=tokens,
                tokens_out=0,
                outcome="ok",
                created_at=at,
            )
        )
    await session.commit()
    user_headers = await auth_headers(session, user)
    admin_view = (await client.get(f"/api/v1/admin/users/{user.id}", headers=admin_headers)).json()
    user_view = (await client.get("/api/v1/users/me/usage", headers=user_headers)).json()
    assert admin_view["usage"]["tokens_this_period"] == user_view["tokens_used"] == 320
    assert admin_view["usage"]["period_start"] == user_view["period_start"]


async def test_tier_override_needs_a_reason_and_is_audited(
    client: AsyncClient, session: AsyncSession
) -> None:
    admin = await create_admin(session)
    headers = {**await auth_headers(session, admin), **UA}
    user = await create_user(session)
    url = f"/api/v1/admin/users/{user.id}"

    r = await client.patch(url, json={"tier_override": "pro"}, headers=headers)
    assert r.status_code == 422
    assert_error_shape(r.json(), "REASON_REQUIRED")
    r = await client.patch(url, json={"tier_override": "gold", "reason": "x"}, headers=headers)
    assert r.status_code == 422
    assert_error_shape(r.json(), "UNKNOWN_TIER")
    r = await client.patch(url, json={}, headers=headers)
    assert r.status_code == 400
    assert_error_shape(r.json(), "NO_CHANGES")
    assert await _audit_rows(session) == []  # refused writes leave no trace and no change

    r = await client.patch(
        url, json={"tier_override": "pro", "reason": "Conference speaker"}, headers=headers
    )
    assert r.status_code == 200, r.text
    assert r.json()["effective_tier"] == "pro"
    stored = await _fresh(session, user.id)
    assert stored.tier_override == "pro" and stored.tier_override_reason == "Conference speaker"
    [row] = await _audit_rows(session)
    assert row.admin_id == admin.id and row.action == "admin.user.update"
    assert row.resource_type == "user" and row.resource_id == str(user.id)
    assert row.before == {"tier_override": None, "tier_override_reason": None}
    assert row.after == {"tier_override": "pro", "tier_override_reason": "Conference speaker"}
    assert row.reason == "Conference speaker"
    assert row.ip_address == "203.0.113.7" and row.user_agent == "admin-console/1.0"

    r = await client.patch(url, json={"tier_override": None, "reason": "Ended"}, headers=headers)
    assert r.status_code == 200 and r.json()["effective_tier"] == "free"
    rows = await _audit_rows(session)
    assert len(rows) == 2 and rows[1].after == {"tier_override": None, "tier_override_reason": None}


async def test_deactivate_and_promote_are_audited(
    client: AsyncClient, session: AsyncSession
) -> None:
    admin = await create_admin(session)
    headers = {**await auth_headers(session, admin), **UA}
    user = await create_user(session)
    user_headers = await auth_headers(session, user)
    r = await client.patch(
        f"/api/v1/admin/users/{user.id}",
        json={"is_active": False, "reason": "spam"},
        headers=headers,
    )
    assert r.status_code == 200 and r.json()["is_active"] is False
    r = await client.get("/api/v1/users/me", headers=user_headers)
    # A disabled account is shut out at once: its sessions are ended.
    assert r.status_code == 401 and r.json()["error_code"] == "SESSION_REVOKED"
    live = await session.execute(
        select(AuthSession).where(AuthSession.user_id == user.id, AuthSession.revoked_at.is_(None))
    )
    assert live.scalars().all() == []
    r = await client.patch(
        f"/api/v1/admin/users/{user.id}",
        json={"is_active": True, "is_admin": True},
        headers=headers,
    )
    assert r.status_code == 200 and r.json()["is_admin"] is True
    rows = await _audit_rows(session)
    assert [(x.before, x.after) for x in rows] == [
        ({"is_active": True}, {"is_active": False}),
        ({"is_active": False, "is_admin": False}, {"is_active": True, "is_admin": True}),
    ]
    assert rows[0].reason == "spam" and rows[1].reason is None


async def test_last_admin_cannot_be_demoted_or_deactivated(
    client: AsyncClient, session: AsyncSession
) -> None:
    admin = await create_admin(session)
    headers = await auth_headers(session, admin)
    await create_admin(session, is_active=False)  # an inactive admin does not count
    url = f"/api/v1/admin/users/{admin.id}"
    for body in ({"is_admin": False}, {"is_active": False}):
        r = await client.patch(url, json=body, headers=headers)
        assert r.status_code == 409, body
        assert_error_shape(r.json(), "LAST_ADMIN")
    stored = await _fresh(session, admin.id)
    assert stored.is_admin and stored.is_active
    assert await _audit_rows(session) == []

    other = await create_admin(session)
    r = await client.patch(url, json={"is_admin": False}, headers=headers)
    assert r.status_code == 200  # with another active admin, stepping down is fine
    other_headers = await auth_headers(session, other)
    r = await client.patch(
        f"/api/v1/admin/users/{other.id}", json={"is_active": False}, headers=other_headers
    )
    assert r.status_code == 409
    assert_error_shape(r.json(), "LAST_ADMIN")
    count = await session.scalar(
        select(func.count()).select_from(User).where(User.is_admin, User.is_active)
    )
    assert count == 1


async def test_failed_write_rolls_back_the_audit_row_too(session: AsyncSession) -> None:
    """write_audit joins the caller's transaction: a rollback removes both."""
    from app.services.admin.audit import write_audit
    from app.services.analytics.events import ClientMeta

    admin = await create_admin(session)
    user = await create_user(session)
    user_id = user.id
    user.is_active = False
    await write_audit(
        session,
        admin=admin,
        action="admin.user.update",
        resource_type="user",
        resource_id=user.id,
        before={"is_active": True},
        after={"is_active": False},
        reason=None,
        meta=ClientMeta(ip_address="198.51.100.1", user_agent="t"),
    )
    await session.rollback()
    assert await _audit_rows(session) == []
    assert (await _fresh(session, user_id)).is_active is True
