"""The models and the migrations agree, both ways, on PostgreSQL and on SQLite."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import asyncpg
import pytest
from sqlalchemy import inspect

from tests.conftest import PG_ADMIN_URL, PG_HOSTPORT
from tests.support.db import alembic_check, alembic_downgrade, alembic_upgrade


async def test_models_match_migrations_on_postgres(database: str) -> None:
    await alembic_check(database)  # raises if autogenerate would emit anything


@pytest.fixture
async def scratch_pg() -> str:
    name = f"pagewright_scratch_{uuid.uuid4().hex[:8]}"
    conn = await asyncpg.connect(PG_ADMIN_URL)
    await conn.execute(f'CREATE DATABASE "{name}"')
    await conn.close()
    yield f"postgresql+asyncpg://postgres@{PG_HOSTPORT}/{name}"
    conn = await asyncpg.connect(PG_ADMIN_URL)
    await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    await conn.close()


async def _tables(url: str) -> set[str]:
    from app.db.engine import build_engine

    engine = build_engine(url)
    async with engine.connect() as conn:
        names = await conn.run_sync(lambda c: set(inspect(c).get_table_names()))
    await engine.dispose()
    return names - {"alembic_version"}


async def test_downgrade_then_upgrade_on_postgres(scratch_pg: str) -> None:
    from app.models import Base

    await alembic_upgrade(scratch_pg)
    assert await _tables(scratch_pg) == set(Base.metadata.tables)
    await alembic_downgrade(scratch_pg, "base")
    assert await _tables(scratch_pg) == set()
    await alembic_upgrade(scratch_pg)
    await alembic_check(scratch_pg)


async def test_same_migrations_run_on_sqlite(tmp_path: Path) -> None:
    from app.models import Base

    url = f"sqlite+aiosqlite:///{tmp_path / 'embedded.db'}"
    await alembic_upgrade(url)
    assert await _tables(url) == set(Base.metadata.tables)
    await alembic_check(url)
    await alembic_downgrade(url, "base")
    assert await _tables(url) == set()


def test_single_initial_migration_creates_core_tables() -> None:
    versions = sorted(Path("alembic/versions").glob("*.py"))
    first = versions[0].read_text()
    core = [
        "users",
        "auth_sessions",
        "login_tokens",
        "screenshots",
        "generations",
        "feedback",
        "business_profiles",
        "usage_logs",
        "usage_daily",
        "subscriptions",
        "stripe_events",
        "analytics_events",
        "admin_audit_log",
    ]
    for table in core:
        assert f'"{table}"' in first, table
    assert os.path.basename(versions[0]).split("-", 1)[0].count("_") == 3  # dated name
