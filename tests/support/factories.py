"""Plain async helpers that arrange state for tests (committed, so the app and workers see it)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.security import hash_password
from app.models import User
from app.services.auth.sessions import IssuedTokens, start_session

DEFAULT_PASSWORD = "correct horse battery staple"


async def create_user(session: AsyncSession, **overrides: Any) -> User:
    password = overrides.pop("password", DEFAULT_PASSWORD)
    values: dict[str, Any] = {
        "email": f"user-{uuid.uuid4().hex[:10]}@example.com",
        "full_name": "Test User",
        "password_hash": hash_password(password) if password else None,
        "auth_provider": "email",
        "email_verified": True,
        "subscription_tier": "free",
    }
    values.update(overrides)
    user = User(**values)
    session.add(user)
    await session.commit()
    return user


async def login(session: AsyncSession, user: User, **kwargs: Any) -> IssuedTokens:
    tokens = await start_session(
        session,
        user=user,
        method="password",
        user_agent=kwargs.pop("user_agent", "pytest"),
        ip_address=kwargs.pop("ip_address", "203.0.113.7"),
        **kwargs,
    )
    await session.commit()
    return tokens


async def auth_headers(session: AsyncSession, user: User) -> dict[str, str]:
    tokens = await login(session, user)
    return {"Authorization": f"Bearer {tokens.access_token}"}


async def create_admin(session: AsyncSession, **overrides: Any) -> User:
    return await create_user(session, is_admin=True, **overrides)


async def create_pro_user(session: AsyncSession, **overrides: Any) -> User:
    return await create_user(session, subscription_tier="pro", **overrides)
