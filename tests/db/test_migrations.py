"""The models and the migrations agree, both ways, on PostgreSQL and on SQLite."""

from __future__ import annotations

import os
import uuid
from datetime import UTC, datetime
from pathlib import Path

import asyncpg
import pytest
import sqlalchemy as sa
from sqlalchemy import inspect
from sqlalchemy.dialects import postgresql

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


_JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
_USERS = sa.table(
    "users",
    sa.column("id", sa.Uuid()),
    sa.column("email", sa.String()),
    sa.column("auth_provider", sa.String()),
    sa.column("created_at", sa.DateTime(timezone=True)),
    sa.column("updated_at", sa.DateTime(timezone=True)),
)


def _generations(*, with_checkpoint: bool) -> sa.TableClause:
    columns = [
        sa.column("id", sa.Uuid()),
        sa.column("user_id", sa.Uuid()),
        sa.column("status", sa.String()),
        sa.column("stage", sa.String()),
        sa.column("business_context", _JSON),
        sa.column("result", _JSON),
        sa.column("queued_at", sa.DateTime(timezone=True)),
        sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("updated_at", sa.DateTime(timezone=True)),
    ]
    if with_checkpoint:
        columns.append(sa.column("checkpoint", _JSON))
    return sa.table("generations", *columns)


async def _checkpoints_move_to_their_column(url: str) -> None:
    """0004_checkpoints: an unfinished row's `result._checkpoint` becomes `checkpoint` (a
    redelivered run still resumes); a finished row's result is left alone; back on downgrade."""
    from app.db.engine import build_engine

    await alembic_upgrade(url, "0003_writer")
    now = datetime.now(UTC)
    user_id, writing, done = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    texts = {"s1.heading": "Fresh bread daily"}
    finished = {"totals": {"elements": 1}, "sections": []}
    engine = build_engine(url)
    async with engine.begin() as conn:
        await conn.execute(
            _USERS.insert().values(
                id=user_id,
                email="m@example.com",
                auth_provider="email",
                created_at=now,
                updated_at=now,
            )
        )
        common = {
            "user_id": user_id,
            "business_context": {},
            "queued_at": now,
            "created_at": now,
            "updated_at": now,
        }
        await conn.execute(
            _generations(with_checkpoint=False).insert(),
            [
                {
                    "id": writing,
                    "status": "writing",
                    "stage": "writing",
                    "result": {"_checkpoint": {"texts": texts}},
                    **common,
                },
                {
                    "id": done,
                    "status": "completed",
                    "stage": "completed",
                    "result": finished,
                    **common,
                },
            ],
        )
    await alembic_upgrade(url)
    table = _generations(with_checkpoint=True)
    async with engine.connect() as conn:
        rows = {
            r.id: (r.result, r.checkpoint)
            for r in await conn.execute(sa.select(table.c.id, table.c.result, table.c.checkpoint))
        }
    assert rows[writing] == (None, {"texts": texts})
    assert rows[done] == (finished, None)
    await alembic_downgrade(url, "0003_writer")
    table = _generations(with_checkpoint=False)
    async with engine.connect() as conn:
        back = dict((await conn.execute(sa.select(table.c.id, table.c.result))).tuples().all())
    await engine.dispose()
    assert back[writing] == {"_checkpoint": {"texts": texts}} and back[done] == finished


async def test_checkpoints_move_to_their_column_on_postgres(scratch_pg: str) -> None:
    await _checkpoints_move_to_their_column(scratch_pg)


async def test_checkpoints_move_to_their_column_on_sqlite(tmp_path: Path) -> None:
    await _checkpoints_move_to_their_column(f"sqlite+aiosqlite:///{tmp_path / 'moved.db'}")
