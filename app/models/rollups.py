"""Daily rollups behind the admin analytics page (migration 0005_rollups).

Database triggers on generations, usage_logs and analytics_events append one signed delta row
per change (+1 for a row's new state, -1 for its old state) in the writer's own transaction:
no hot row is updated by writers, so they never wait on each other. A beat task folds the
deltas into the daily rollup tables; a read sums rollup rows and the deltas not folded yet,
so answers are exact at every moment and a range costs O(days), not O(rows).

Days are UTC calendar days of the source row's created_at. Null provider / key label are
stored as "" and a null model as "unknown" (primary keys cannot hold nulls).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import BigInteger, Date, Integer, Numeric, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base

# Completed generations' durations are also counted per whole second (a histogram per day):
# the exact p95 reads only the raw rows of the one bucket it falls in.
DURATION_BUCKET_MS = 1000

# One BIGINT identity that also autoincrements on SQLite (where only INTEGER PRIMARY KEY does).
DeltaId = BigInteger().with_variant(Integer(), "sqlite")


class TokenTotals:
    """Tokens and cost of what a row counts (generations or model calls)."""

    tokens_in: Mapped[int] = mapped_column(BigInteger)
    tokens_out: Mapped[int] = mapped_column(BigInteger)
    cost_usd: Mapped[Decimal] = mapped_column(Numeric(18, 6))


class ModelDayKey:
    """The leading primary key of the per-model rollups: day x provider x model."""

    day: Mapped[date] = mapped_column(Date, primary_key=True, sort_order=-1)
    provider: Mapped[str] = mapped_column(String(50), primary_key=True, sort_order=-1)
    model_id: Mapped[str] = mapped_column(String(100), primary_key=True, sort_order=-1)


class DeltaRow:
    """A delta table's own columns: id (the append order) and the day that folds and reads
    select by (indexed: ix_<table>_day)."""

    id: Mapped[int] = mapped_column(DeltaId, primary_key=True, autoincrement=True, sort_order=-1)
    day: Mapped[date] = mapped_column(Date, index=True, sort_order=-1)


class RollupGeneration(ModelDayKey, TokenTotals, Base):
    """Generations per created day x provider x model x current status."""

    __tablename__ = "rollup_generations"

    status: Mapped[str] = mapped_column(String(20), primary_key=True)
    generations: Mapped[int] = mapped_column(BigInteger)
    durations: Mapped[int] = mapped_column(BigInteger)  # rows with a duration_ms
    duration_ms_sum: Mapped[int] = mapped_column(BigInteger)


class RollupDuration(Base):
    """Completed generations with a duration, per created day x duration second."""

    __tablename__ = "rollup_durations"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    bucket: Mapped[int] = mapped_column(Integer, primary_key=True)  # duration_ms // 1000
    generations: Mapped[int] = mapped_column(BigInteger)


class RollupGenerationDelta(DeltaRow, TokenTotals, Base):
    __tablename__ = "rollup_generation_deltas"

    provider: Mapped[str] = mapped_column(String(50))
    model_id: Mapped[str] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(20))
    bucket: Mapped[int | None] = mapped_column(Integer)  # only completed with a duration
    generations: Mapped[int] = mapped_column(Integer)
    durations: Mapped[int] = mapped_column(Integer)
    duration_ms_sum: Mapped[int] = mapped_column(BigInteger)


class RollupUsage(ModelDayKey, TokenTotals, Base):
    """The usage ledger per day x provider x model x key label x outcome."""

    __tablename__ = "rollup_usage"

    key_label: Mapped[str] = mapped_column(String(32), primary_key=True)
    outcome: Mapped[str] = mapped_column(String(30), primary_key=True)
    calls: Mapped[int] = mapped_column(BigInteger)
    last_at: Mapped[datetime | None]


class RollupUsageDelta(DeltaRow, TokenTotals, Base):
    __tablename__ = "rollup_usage_deltas"

    provider: Mapped[str] = mapped_column(String(50))
    model_id: Mapped[str] = mapped_column(String(100))
    key_label: Mapped[str] = mapped_column(String(32))
    outcome: Mapped[str] = mapped_column(String(30))
    calls: Mapped[int] = mapped_column(Integer)
    last_at: Mapped[datetime | None]  # the call's time on an insert, null on a removal


class RollupActivity(Base):
    """Per day and user: how many analytics events and generations made the user active."""

    __tablename__ = "rollup_activity"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    events: Mapped[int] = mapped_column(BigInteger)


class RollupActivityDelta(DeltaRow, Base):
    __tablename__ = "rollup_activity_deltas"

    user_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    events: Mapped[int] = mapped_column(Integer)
