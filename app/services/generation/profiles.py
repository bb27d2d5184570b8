"""Saved business profiles (pro) and the account's global instructions (pro)."""

from __future__ import annotations

import uuid

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import Conflict, NotFound, PlanRequired
from app.core.tiers import get_tier
from app.models import BusinessProfile, User
from app.repositories import business_profiles as repo
from app.schemas.business_profiles import (
    BusinessProfileCreate,
    BusinessProfileOut,
    BusinessProfileUpdate,
)
from app.services.responses import from_row


def _require(user: User, feature: str, what: str) -> None:
    tier = get_tier(user.effective_tier)
    if not getattr(tier, feature):
        raise PlanRequired(
            f"{what} are a Pro feature.",
            details={
                "feature": feature,
                "tier": tier.name,
                "upgrade": f"Upgrade to Pro to use {what.lower()}.",
            },
        )


def require_profiles(user: User) -> None:
    _require(user, "business_profiles", "Saved business profiles")


def _name_taken(name: str) -> Conflict:
    return Conflict(
        "You already have a profile with this name.",
        error_code="BUSINESS_PROFILE_NAME_TAKEN",
        details={"name": name},
    )


async def create(
    session: AsyncSession, *, user: User, data: BusinessProfileCreate
) -> BusinessProfile:
    require_profiles(user)
    if await repo.by_name(session, user_id=user.id, name=data.name):
        raise _name_taken(data.name)
    profile = BusinessProfile(
        id=uuid.uuid4(),
        user_id=user.id,
        name=data.name,
        business_context=data.business_context.model_dump(mode="json"),
    )
    try:
        async with session.begin_nested():
            await repo.add(session, profile)
    except IntegrityError:
        raise _name_taken(data.name) from None
    return profile


async def list_all(session: AsyncSession, *, user: User) -> list[BusinessProfile]:
    require_profiles(user)
    return await repo.list_for_user(session, user_id=user.id)


async def get(session: AsyncSession, *, user: User, profile_id: uuid.UUID) -> BusinessProfile:
    require_profiles(user)
    profile = await repo.get_for_user(session, profile_id, user.id)
    if profile is None:
        raise NotFound("Business profile not found.", error_code="BUSINESS_PROFILE_NOT_FOUND")
    return profile


async def update(
    session: AsyncSession, *, user: User, profile_id: uuid.UUID, data: BusinessProfileUpdate
) -> BusinessProfile:
    profile = await get(session, user=user, profile_id=profile_id)
    if data.name is not None and data.name != profile.name:
        if await repo.by_name(session, user_id=user.id, name=data.name):
            raise _name_taken(data.name)
        profile.name = data.name
    if data.business_context is not None:
        profile.business_context = data.business_context.model_dump(mode="json")
    try:
        async with session.begin_nested():
            await session.flush()
    except IntegrityError:
        raise _name_taken(profile.name) from None
    return profile


async def delete(session: AsyncSession, *, user: User, profile_id: uuid.UUID) -> None:
    profile = await get(session, user=user, profile_id=profile_id)
    await repo.delete_one(session, profile)


def require_instructions(user: User) -> None:
    _require(user, "global_instructions", "Global instructions")


async def get_instructions(session: AsyncSession, *, user: User) -> str | None:
    require_instructions(user)
    return user.global_instructions


async def set_instructions(session: AsyncSession, *, user: User, text: str | None) -> str | None:
    require_instructions(user)
    user.global_instructions = text or None
    await session.flush()
    return user.global_instructions


def profile_out(profile: BusinessProfile) -> BusinessProfileOut:
    return from_row(BusinessProfileOut, profile)
