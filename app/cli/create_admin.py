"""Make (or promote) an admin: python -m app create-admin EMAIL [--password-stdin]"""

from __future__ import annotations

import argparse
import asyncio
import sys

from sqlalchemy.ext.asyncio import async_sessionmaker

from app.core.errors import AppError
from app.db.engine import build_engine
from app.db.session import commit
from app.services.admin.bootstrap import AdminBootstrap, ensure_admin


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("email", help="The admin's email address")
    source = parser.add_mutually_exclusive_group()
    source.add_argument(
        "--password", help="Set this password (visible in the process list; prefer stdin)"
    )
    source.add_argument(
        "--password-stdin", action="store_true", help="Read the password from standard input"
    )


async def _bootstrap(email: str, password: str | None) -> AdminBootstrap:
    # Its own engine: the command runs on its own event loop, then releases everything.
    engine = build_engine()
    try:
        async with async_sessionmaker(engine, expire_on_commit=False)() as session:
            result = await ensure_admin(session, email=email, password=password)
            await commit(session)
            return result
    finally:
        await engine.dispose()


def _describe(result: AdminBootstrap) -> str:
    who = f"{result.user.email} (id {result.user.id})"
    if result.created:
        line = f"Created admin {who}."
        if not result.password_set:
            line += " No password set: sign in with a magic link or Google, or reset it."
        return line
    parts = []
    if result.promoted:
        parts.append("promoted to admin")
    if result.reactivated:
        parts.append("reactivated")
    if result.password_set:
        parts.append("password changed")
    if not parts:
        return f"{who} is already an active admin; nothing changed."
    return f"Existing user {who}: " + ", ".join(parts) + "."


def run(args: argparse.Namespace) -> int:
    password = args.password
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    try:
        result = asyncio.run(_bootstrap(args.email, password or None))
    except AppError as exc:
        print(f"create-admin: {exc.message}", file=sys.stderr)
        return 2
    print(_describe(result))
    return 0
