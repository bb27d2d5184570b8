"""Fold or rebuild the admin analytics rollups: python -m app rollups {fold,rebuild}

`fold` moves the triggers' pending deltas into the daily rollups (the beat task does this
every minute); `rebuild` recomputes every rollup from the raw rows (a repair; on PostgreSQL
it holds writes to generations, usage_logs and analytics_events until it commits).
"""

from __future__ import annotations

import argparse
import asyncio
import json

from sqlalchemy.ext.asyncio import async_sessionmaker

from app.db.engine import build_engine
from app.db.session import commit
from app.services.analytics import rollups


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=("fold", "rebuild"))


async def _run(action: str) -> dict[str, int]:
    engine = build_engine()
    try:
        async with async_sessionmaker(engine, expire_on_commit=False)() as session:
            done = await (rollups.rebuild if action == "rebuild" else rollups.fold)(session)
            await commit(session)
            return done
    finally:
        await engine.dispose()


def run(args: argparse.Namespace) -> int:
    print(json.dumps({args.action: asyncio.run(_run(args.action))}))
    return 0
