"""Confirm an account's email without the mail: python -m app confirm-email EMAIL"""

from __future__ import annotations

import argparse
import asyncio
import sys

from sqlalchemy.ext.asyncio import async_sessionmaker

from app.core.errors import AppError
from app.db.engine import build_engine
from app.db.session import commit
from app.services.auth.accounts import confirm_email


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("email", help="The address that registered")


async def _confirm(email: str) -> str:
    engine = build_engine()
    try:
        async with async_sessionmaker(engine, expire_on_commit=False)() as session:
            user = await confirm_email(session, email=email)
            await commit(session)
            return user.email
    finally:
        await engine.dispose()


def run(args: argparse.Namespace) -> int:
    try:
        email = asyncio.run(_confirm(args.email))
    except AppError as exc:
        print(f"confirm-email: {exc.message}", file=sys.stderr)
        return 2
    print(f"{email} is confirmed: sign in with POST /api/v1/auth/login.")
    return 0
