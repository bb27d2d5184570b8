from __future__ import annotations

import uuid

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import BusinessProfile
from app.repositories.base import get_owned, one_or_none, owned


async def add(session: AsyncSession, profile: BusinessProfile) -> BusinessProfile:
    session.add(profile)
    await session.flush()
    return profile


async def get_for_user(
    session: AsyncSession, profile_id: uuid.UUID, user_id: uuid.UUID
) -> BusinessProfile | None:
    return await get_owned(session, BusinessProfile, profile_id, user_id)


async def by_name(
    session: AsyncSession, *, user_id: uuid.UUID, name: str
) -> BusinessProfile | None:
    return await one_or_none(
        session, owned(BusinessProfile, user_id).where(BusinessProfile.name == name)
    )


async def list_for_user(session: AsyncSession, *, user_id: uuid.UUID) -> list[BusinessProfile]:
    result = await session.execute(owned(BusinessProfile, user_id).order_by(BusinessProfile.name))
    return list(result.scalars())


async def delete_one(session: AsyncSession, profile: BusinessProfile) -> None:
    await session.execute(delete(BusinessProfile).where(BusinessProfile.id == profile.id))
