"""Dependency aliases for routes. The session dependency is the request's unit of work."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import Settings, get_settings
from app.db.engine import get_sessionmaker
from app.db.session import commit, rollback


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """Commit when the route returns, roll back when it raises; send queued tasks after."""
    async with get_sessionmaker()() as session:
        try:
            yield session
        except BaseException:
            await rollback(session)
            raise
        else:
            await commit(session)


SessionDep = Annotated[AsyncSession, Depends(get_session)]
SettingsDep = Annotated[Settings, Depends(get_settings)]


def client_ip(request: Request) -> str | None:
    """The client address; X-Forwarded-For is believed only from configured proxies."""
    peer = request.client.host if request.client else None
    settings = get_settings()
    if peer and peer in settings.trusted_proxies:
        forwarded = request.headers.get("x-forwarded-for", "")
        hops = [h.strip() for h in forwarded.split(",") if h.strip()]
        # Walk from the nearest hop back; the first untrusted address is the client.
        for hop in reversed(hops):
            if hop not in settings.trusted_proxies:
                return hop
    return peer
