"""Analyse one screenshot outside the server and print the analysis JSON.

    python -m app analyze page.png                       # tier default (offline without keys)
    python -m app analyze page.png --provider offline --out page.json
    python -m app analyze page.png --provider anthropic  # needs ANTHROPIC_API_KEY
    python -m app analyze page.png --model gemini-2.5-flash

Vision providers go through the same gateway as the server (key pool, retries, usage
ledger), so they need the database to be migrated; the offline analyser needs nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path

from app.cli.model_choice import pick_model
from app.core.config import get_settings
from app.core.errors import AppError
from app.core.tiers import PRO
from app.llm.keypool import settle_releases
from app.llm.types import CallContext
from app.schemas.analysis import Analysis
from app.services.analysis.repair import InvalidOutput
from app.services.engines import engine_for
from app.services.screenshots.images import open_verified


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, help="PNG, JPEG or WebP screenshot")
    parser.add_argument(
        "--provider",
        help="offline | gemini | anthropic | openai | compat:NAME (default: the tier's model)",
    )
    parser.add_argument("--model", help="A model id from the registry (overrides --provider)")
    parser.add_argument("--tier", default=PRO, help=f"Tier whose policy applies (default {PRO})")
    parser.add_argument("--out", type=Path, help="Write the JSON here instead of stdout")


async def _analyze(args: argparse.Namespace) -> Analysis:
    data = args.path.read_bytes()
    settings = get_settings()
    image = await asyncio.to_thread(open_verified, data, max_pixels=settings.upload_max_pixels)
    engine = engine_for(pick_model(args.provider, args.model, args.tier, vision=True))
    context = CallContext(tier=args.tier)
    if engine.offline:  # no key, no network: no database either
        return await engine.analyze(None, image.convert("RGB"), context=context)
    from app.db.engine import dispose_engine
    from app.db.session import unit_of_work

    try:
        async with unit_of_work() as session:
            return await engine.analyze(session, image.convert("RGB"), context=context)
    finally:
        await settle_releases()
        await dispose_engine()


def run(args: argparse.Namespace) -> int:
    if not args.path.is_file():
        print(f"error: no such file: {args.path}", file=sys.stderr)
        return 2
    try:
        analysis = asyncio.run(_analyze(args))
    except InvalidOutput as exc:
        print(f"error: ANALYSIS_INVALID_OUTPUT: {exc}", file=sys.stderr)
        return 1
    except AppError as exc:
        print(f"error: {exc.error_code}: {exc.message}", file=sys.stderr)
        return 1
    text = json.dumps(analysis.model_dump(mode="json", exclude_none=True), indent=2)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    else:
        print(text)
    return 0
