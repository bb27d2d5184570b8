"""/users/me: profile, protected fields, deletion, export."""

from __future__ import annotations

import uuid

from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import (
    AuthSession,
    BusinessProfile,
    Feedback,
    Generation,
    Screenshot,
    Subscription,
    User,
)
from tests.api.test_errors import assert_error_shape
from tests.support.factories import auth_headers, create_user

ME = "/api/v1/users/me"


async def _own_data(session: AsyncSession, user: User) -> tuple[Screenshot, Generation]:
    shot = Screenshot(
        user_id=user.id,
        content_hash=uuid.uuid4().hex,
        storage_key=f"{user.id}/x.png",
        image_format="png",
        width=10,
        height=20,
        size_bytes=100,
        original_filename="home.png",
    )
    session.add(shot)
    await session.flush()
    gen = Generation(
        user_id=user.id,
        screenshot_id=shot.id,
        business_context={"business_name": "Acme"},
        status="completed",
        stage="completed",
    )
    session.add(gen)
    await session.flush()
    session.add(Feedback(generation_id=gen.id, user_id=user.id, rating="up", comment="nice"))
    session.add(BusinessProfile(user_id=user.id, name="Acme", business_context={"a": 1}))
    await session.commit()
    return shot, gen


async def test_get_me(client: AsyncClient, session: AsyncSession) -> None:
    user = await create_user(session, full_name="Ada")
    r = await client.get(ME, headers=await auth_headers(session, user))
    assert r.status_code == 200
    body = r.json()
    assert body["email"] == user.email and body["full_name"] == "Ada"
    assert "password_hash" not in body and "stripe_customer_id" not in body


async def test_patch_changes_name_and_avatar_only(
    client: AsyncClient, session: AsyncSession
) -> None:
    user = await create_user(session)
    headers = await auth_headers(session, user)
    r = await client.patch(
        ME,
        json={
            "full_name": "New Name",
            "avatar_url": "https://example.com/me.png",
            "subscription_tier": "pro",
            "is_admin": True,
            "tier_override": "pro",
            "stripe_customer_id": "cus_evil",
            "email": "other@example.com",
        },
        headers=headers,
    )
    assert r.status_code == 200
    body = r.json()
    assert body["full_name"] == "New Name" and body["avatar_url"] == "https://example.com/me.png"
    assert body["subscription_tier"] == "free" and body["is_admin"] is False
    session.expire_all()
    await session.refresh(user)
    assert user.subscription_tier == "free" and user.is_admin is False
    assert user.tier_override is None and user.stripe_customer_id is None
    assert user.email != "other@example.com"


async def test_patch_tier_and_admin_alone_changes_nothing(
    client: AsyncClient, session: AsyncSession
) -> None:
    user = await create_user(session)
    r = await client.patch(
        ME,
        json={"subscription_tier": "pro", "is_admin": True},
        headers=await auth_headers(session, user),
    )
    assert r.status_code == 200
    session.expire_all()
    await session.refresh(user)
    assert (user.subscription_tier, user.is_admin, user.full_name) == ("free", False, "Test User")


async def test_patch_rejects_bad_avatar(client: AsyncClient, session: AsyncSession) -> None:
    user = await create_user(session)
    r = await client.patch(
        ME, json={"avatar_url": "javascript:alert(1)"}, headers=await auth_headers(session, user)
    )
    assert r.status_code == 422
    assert_error_shape(r.json(), "VALIDATION_ERROR")


async def test_delete_me_removes_account_and_data(
    client: AsyncClient, session: AsyncSession
) -> None:
    user = await create_user(session)
    other = await create_user(session)
    await _own_data(session, user)
    await _own_data(session, other)
    headers = await auth_headers(session, user)
    r = await client.delete(ME, headers=headers)
    assert r.status_code == 204
    assert await session.get(User, user.id, populate_existing=True) is None
    for model in (Screenshot, Generation, Feedback, BusinessProfile, AuthSession):
        mine = await session.scalar(
            select(func.count()).select_from(model).where(model.user_id == user.id)
        )  # type: ignore[attr-defined]
        assert mine == 0, model
        theirs = await session.scalar(
            select(func.count()).select_from(model).where(model.user_id == other.id)
        )  # type: ignore[attr-defined]
        assert theirs == (1 if model is not AuthSession else 0), model
    # Its token died with it.
    assert (await client.get(ME, headers=headers)).status_code == 401


async def test_delete_me_refused_while_subscription_is_live(
    client: AsyncClient, session: AsyncSession
) -> None:
    user = await create_user(session, subscription_tier="pro")
    session.add(
        Subscription(
            user_id=user.id,
            stripe_subscription_id="sub_123",
            stripe_customer_id="cus_1",
            status="active",
        )
    )
    await session.commit()
    r = await client.delete(ME, headers=await auth_headers(session, user))
    assert r.status_code == 409
    assert_error_shape(r.json(), "SUBSCRIPTION_ACTIVE")
    assert await session.get(User, user.id, populate_existing=True) is not None


async def test_delete_me_allowed_after_cancellation(
    client: AsyncClient, session: AsyncSession
) -> None:
    user = await create_user(session)
    session.add(
        Subscription(
            user_id=user.id,
            stripe_subscription_id="sub_9",
            stripe_customer_id="cus_9",
            status="canceled",
        )
    )
    await session.commit()
    assert (await client.delete(ME, headers=await auth_headers(session, user))).status_code == 204


async def test_export_contains_only_my_data(client: AsyncClient, session: AsyncSession) -> None:
    user = await create_user(session, full_name="Exporter")
    other = await create_user(session)
    shot, gen = await _own_data(session, user)
    await _own_data(session, other)
    r = await client.get(f"{ME}/export", headers=await auth_headers(session, user))
    assert r.status_code == 200
    data = r.json()
    assert data["profile"]["email"] == user.email and data["profile"]["full_name"] == "Exporter"
    assert [s["id"] for s in data["screenshots"]] == [str(shot.id)]
    assert data["screenshots"][0]["original_filename"] == "home.png"
    assert [g["id"] for g in data["generations"]] == [str(gen.id)]
    assert data["feedback"][0]["comment"] == "nice"
    assert data["business_profiles"][0]["name"] == "Acme"
    assert len(data["sessions"]) == 1
    assert set(data["usage"]) == {"daily", "calls"}
    text = r.text
    assert "password_hash" not in text and "token_hash" not in text
    assert str(other.id) not in text


async def test_users_me_needs_auth(client: AsyncClient) -> None:
    for method, path in [("GET", ME), ("PATCH", ME), ("DELETE", ME), ("GET", f"{ME}/export")]:
        r = await client.request(method, path, json={} if method == "PATCH" else None)
        assert r.status_code == 401, (method, path)
