"""rollups: daily rollups for admin analytics, kept by triggers, backfilled from existing rows

Revision ID: 0005_rollups
Revises: 0003_writer
Create Date: 2026-12-05 08:15:00+00:00

Triggers append signed delta rows (see app/models/rollups.py); the existing rows are
backfilled as deltas in this migration (the trigger creation locks each source table
against writes until the migration commits, so nothing is missed or counted twice) and
folded into the rollup tables by the `analytics.fold_rollups` beat task or
`python -m app rollups fold`. `python -m app rollups rebuild` recomputes everything.
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0005_rollups"
down_revision: str | None = "0004_checkpoints"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIG = sa.BigInteger()
DELTA_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
MONEY = sa.Numeric(18, 6)
TS = sa.DateTime(timezone=True)


def _day(row: str, dialect: str) -> str:
    if dialect == "postgresql":
        return f"(({row}.created_at AT TIME ZONE 'UTC')::date)"
    return f"date({row}.created_at)"


def generation_delta(row: str, sign: str, dialect: str, source: str = "") -> str:
    """The delta row of one generation's state: row NEW or OLD in a trigger; with `source`,
    the backfill (one insert's delta per row of that table)."""
    return (
        "INSERT INTO rollup_generation_deltas (day, provider, model_id, status, bucket, "
        "generations, tokens_in, tokens_out, cost_usd, durations, duration_ms_sum) "
        f"SELECT {_day(row, dialect)}, COALESCE({row}.provider, ''), "
        f"COALESCE({row}.model_id, 'unknown'), {row}.status, "
        f"CASE WHEN {row}.status = 'completed' AND {row}.duration_ms IS NOT NULL "
        f"THEN {row}.duration_ms / 1000 END, "
        f"{sign}1, {sign}COALESCE({row}.tokens_in, 0), {sign}COALESCE({row}.tokens_out, 0), "
        f"{sign}COALESCE({row}.cost_usd, 0), "
        f"CASE WHEN {row}.duration_ms IS NULL THEN 0 ELSE {sign}1 END, "
        f"{sign}COALESCE({row}.duration_ms, 0){source}"
    )


def usage_delta(row: str, sign: str, dialect: str, source: str = "") -> str:
    last = f"{row}.created_at" if sign == "" else "NULL"
    return (
        "INSERT INTO rollup_usage_deltas (day, provider, model_id, key_label, outcome, calls, "
        "tokens_in, tokens_out, cost_usd, last_at) "
        f"SELECT {_day(row, dialect)}, {row}.provider, {row}.model_id, "
        f"COALESCE({row}.key_label, ''), {row}.outcome, {sign}1, "
        f"{sign}COALESCE({row}.tokens_in, 0), {sign}COALESCE({row}.tokens_out, 0), "
        f"{sign}COALESCE({row}.cost_usd, 0), {last}{source}"
    )


def activity_delta(row: str, sign: str, dialect: str, source: str = "") -> str:
    return (
        "INSERT INTO rollup_activity_deltas (day, user_id, events) "
        f"SELECT {_day(row, dialect)}, {row}.user_id, {sign}1{source} "
        f"WHERE {row}.user_id IS NOT NULL"
    )


# (trigger name, source table, delta builder, columns whose change moves the row's delta)
TRIGGERS = (
    (
        "rollup_generations",
        "generations",
        generation_delta,
        (
            "created_at",
            "provider",
            "model_id",
            "status",
            "tokens_in",
            "tokens_out",
            "cost_usd",
            "duration_ms",
        ),
    ),
    ("rollup_generation_activity", "generations", activity_delta, ("created_at", "user_id")),
    (
        "rollup_usage",
        "usage_logs",
        usage_delta,
        (
            "created_at",
            "provider",
            "model_id",
            "key_label",
            "outcome",
            "tokens_in",
            "tokens_out",
            "cost_usd",
        ),
    ),
    ("rollup_event_activity", "analytics_events", activity_delta, ("created_at", "user_id")),
)


def _create_triggers(dialect: str) -> None:
    for name, table, delta, columns in TRIGGERS:
        if dialect == "postgresql":
            changed = " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in columns)
            op.execute(
                f"""
CREATE FUNCTION {name}_delta() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        {delta("OLD", "-", dialect)};
    END IF;
    IF TG_OP <> 'DELETE' THEN
        {delta("NEW", "", dialect)};
    END IF;
    RETURN NULL;
END
$$"""
            )
            op.execute(
                f"CREATE TRIGGER {name}_write AFTER INSERT OR DELETE ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION {name}_delta()"
            )
            op.execute(
                f"CREATE TRIGGER {name}_change AFTER UPDATE OF {', '.join(columns)} ON {table} "
                f"FOR EACH ROW WHEN ({changed}) EXECUTE FUNCTION {name}_delta()"
            )
        else:
            changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns)
            op.execute(
                f"CREATE TRIGGER {name}_insert AFTER INSERT ON {table} FOR EACH ROW "
                f"BEGIN {delta('NEW', '', dialect)}; END"
            )
            op.execute(
                f"CREATE TRIGGER {name}_delete AFTER DELETE ON {table} FOR EACH ROW "
                f"BEGIN {delta('OLD', '-', dialect)}; END"
            )
            op.execute(
                f"CREATE TRIGGER {name}_change AFTER UPDATE OF {', '.join(columns)} ON {table} "
                f"FOR EACH ROW WHEN {changed} "
                f"BEGIN {delta('OLD', '-', dialect)}; {delta('NEW', '', dialect)}; END"
            )


def _drop_triggers(dialect: str) -> None:
    for name, table, _delta, _columns in TRIGGERS:
        if dialect == "postgresql":
            op.execute(f"DROP TRIGGER IF EXISTS {name}_write ON {table}")
            op.execute(f"DROP TRIGGER IF EXISTS {name}_change ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {name}_delta()")
        else:
            for suffix in ("insert", "delete", "change"):
                op.execute(f"DROP TRIGGER IF EXISTS {name}_{suffix}")


def _delta_table(name: str, *columns: sa.Column) -> None:
    op.create_table(
        name,
        sa.Column("id", DELTA_ID, autoincrement=True, nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        *columns,
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
    )
    op.create_index(f"ix_{name}_day", name, ["day"], unique=False)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.create_table(
        "rollup_generations",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("provider", sa.String(length=50), nullable=False),
        sa.Column("model_id", sa.String(length=100), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("generations", BIG, nullable=False),
        sa.Column("tokens_in", BIG, nullable=False),
        sa.Column("tokens_out", BIG, nullable=False),
        sa.Column("cost_usd", MONEY, nullable=False),
        sa.Column("durations", BIG, nullable=False),
        sa.Column("duration_ms_sum", BIG, nullable=False),
        sa.PrimaryKeyConstraint(
            "day", "provider", "model_id", "status", name=op.f("pk_rollup_generations")
        ),
    )
    op.create_table(
        "rollup_durations",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("bucket", sa.Integer(), nullable=False),
        sa.Column("generations", BIG, nullable=False),
        sa.PrimaryKeyConstraint("day", "bucket", name=op.f("pk_rollup_durations")),
    )
    _delta_table(
        "rollup_generation_deltas",
        sa.Column("provider", sa.String(length=50), nullable=False),
        sa.Column("model_id", sa.String(length=100), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("bucket", sa.Integer(), nullable=True),
        sa.Column("generations", sa.Integer(), nullable=False),
        sa.Column("tokens_in", BIG, nullable=False),
        sa.Column("tokens_out", BIG, nullable=False),
        sa.Column("cost_usd", MONEY, nullable=False),
        sa.Column("durations", sa.Integer(), nullable=False),
        sa.Column("duration_ms_sum", BIG, nullable=False),
    )
    op.create_table(
        "rollup_usage",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("provider", sa.String(length=50), nullable=False),
        sa.Column("model_id", sa.String(length=100), nullable=False),
        sa.Column("key_label", sa.String(length=32), nullable=False),
        sa.Column("outcome", sa.String(length=30), nullable=False),
        sa.Column("calls", BIG, nullable=False),
        sa.Column("tokens_in", BIG, nullable=False),
        sa.Column("tokens_out", BIG, nullable=False),
        sa.Column("cost_usd", MONEY, nullable=False),
        sa.Column("last_at", TS, nullable=True),
        sa.PrimaryKeyConstraint(
            "day", "provider", "model_id", "key_label", "outcome", name=op.f("pk_rollup_usage")
        ),
    )
    _delta_table(
        "rollup_usage_deltas",
        sa.Column("provider", sa.String(length=50), nullable=False),
        sa.Column("model_id", sa.String(length=100), nullable=False),
        sa.Column("key_label", sa.String(length=32), nullable=False),
        sa.Column("outcome", sa.String(length=30), nullable=False),
        sa.Column("calls", sa.Integer(), nullable=False),
        sa.Column("tokens_in", BIG, nullable=False),
        sa.Column("tokens_out", BIG, nullable=False),
        sa.Column("cost_usd", MONEY, nullable=False),
        sa.Column("last_at", TS, nullable=True),
    )
    op.create_table(
        "rollup_activity",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("events", BIG, nullable=False),
        sa.PrimaryKeyConstraint("day", "user_id", name=op.f("pk_rollup_activity")),
    )
    _delta_table(
        "rollup_activity_deltas",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("events", sa.Integer(), nullable=False),
    )
    where = sa.text("status = 'completed' AND duration_ms IS NOT NULL")
    op.create_index(
        "ix_generations_completed_duration",
        "generations",
        ["duration_ms", "created_at"],
        unique=False,
        postgresql_where=where,
        sqlite_where=where,
    )
    _create_triggers(dialect)
    # Backfill: every existing row as an insert's delta (the same SQL as the triggers').
    for _name, table, delta, _columns in TRIGGERS:
        op.execute(delta(table, "", dialect, f" FROM {table}"))


def downgrade() -> None:
    _drop_triggers(op.get_bind().dialect.name)
    op.drop_index(
        "ix_generations_completed_duration",
        table_name="generations",
        postgresql_where=sa.text("status = 'completed' AND duration_ms IS NOT NULL"),
        sqlite_where=sa.text("status = 'completed' AND duration_ms IS NOT NULL"),
    )
    for name in ("rollup_activity_deltas", "rollup_usage_deltas", "rollup_generation_deltas"):
        op.drop_index(f"ix_{name}_day", table_name=name)
        op.drop_table(name)
    for name in ("rollup_activity", "rollup_usage", "rollup_durations", "rollup_generations"):
        op.drop_table(name)
