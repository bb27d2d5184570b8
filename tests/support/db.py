from __future__ import annotations

import asyncio
from pathlib import Path

from alembic.config import Config

from alembic import command

ROOT = Path(__file__).resolve().parents[2]


def alembic_config(url: str) -> Config:
    cfg = Config(str(ROOT / "alembic.ini"))
    cfg.attributes["database_url"] = url
    cfg.attributes["configure_logger"] = False
    return cfg


async def _in_thread(fn, *args) -> None:  # type: ignore[no-untyped-def]
    # env.py calls asyncio.run(); run it on a thread that has no running loop.
    await asyncio.get_running_loop().run_in_executor(None, fn, *args)


async def alembic_upgrade(url: str, revision: str = "head") -> None:
    await _in_thread(command.upgrade, alembic_config(url), revision)


async def alembic_downgrade(url: str, revision: str) -> None:
    await _in_thread(command.downgrade, alembic_config(url), revision)


async def alembic_check(url: str) -> None:
    await _in_thread(command.check, alembic_config(url))
