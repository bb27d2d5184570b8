"""Migration 0005_rollups backfills the rollups from the rows already there, on PostgreSQL
and on SQLite: after the upgrade and one fold, the rollups answer what the raw rows answer."""

from __future__ import annotations

import random
from pathlib import Path

from sqlalchemy.ext.asyncio import async_sessionmaker

from app.services.analytics import rollups
from tests.db.test_migrations import scratch_pg  # noqa: F401 (fixture)
from tests.services.analytics.test_rollups import assert_rollups_match_raw, churn
from tests.support.db import alembic_upgrade


async def _backfill(url: str, seed: int) -> None:
    from app.db.engine import build_engine

    await alembic_upgrade(url, "0003_writer")
    engine = build_engine(url)
    try:
        async with async_sessionmaker(engine, expire_on_commit=False)() as s:
            await churn(s, random.Random(seed), steps=300, fold=False)
        await alembic_upgrade(url)
        async with async_sessionmaker(engine, expire_on_commit=False)() as s:
            await assert_rollups_match_raw(s)  # backfilled deltas, nothing folded yet
            await rollups.fold(s)
            await s.commit()
            await assert_rollups_match_raw(s)
            await churn(s, random.Random(seed + 1), steps=100)  # triggers work after it
            await assert_rollups_match_raw(s)
    finally:
        await engine.dispose()


async def test_backfill_on_postgres(scratch_pg: str) -> None:  # noqa: F811
    await _backfill(scratch_pg, 11)


async def test_backfill_on_sqlite(tmp_path: Path) -> None:
    await _backfill(f"sqlite+aiosqlite:///{tmp_path / 'embedded.db'}", 12)
