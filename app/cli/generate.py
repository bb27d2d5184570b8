"""Write new copy for a screenshot outside the server (analysis + writing) and print it.

    python -m app generate page.png --business "Green Leaf Bakery: organic sourdough..."
    python -m app generate page.png --business "..." --audience "families" --tone friendly
    python -m app generate page.png --business "..." --provider anthropic --format json
    python -m app generate page.png --business "..." --analysis page.json   # skip analysis

With no keys everything runs offline (OCR analyser, offline draft writer) and needs
no database. Model providers go through the same gateway as the server (key pool, retries,
usage ledger), so they need the database migrated (embedded default: SQLite).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
import uuid
from pathlib import Path
from typing import Any

from app.cli.model_choice import pick_model
from app.core.errors import AppError
from app.core.tiers import PRO
from app.llm.keypool import settle_releases
from app.llm.registry import OFFLINE
from app.llm.types import CallContext
from app.models import Generation
from app.models.base import utcnow
from app.schemas.generation import TONES
from app.services.generation import export
from app.services.generation.standalone import context_from_text, write_page


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, help="PNG, JPEG or WebP screenshot")
    parser.add_argument("--business", required=True, help="What the business is and does")
    parser.add_argument("--name", help="Business name (default: taken from --business)")
    parser.add_argument("--audience", help="Target audience")
    parser.add_argument("--tone", choices=TONES, help="Tone of voice")
    parser.add_argument("--action", help="What visitors should do (the call to action)")
    parser.add_argument("--keywords", help="Comma-separated keywords to include")
    parser.add_argument("--instructions", help="Instructions for this page")
    parser.add_argument(
        "--provider", help="offline | gemini | anthropic | openai | compat:NAME (default: tier's)"
    )
    parser.add_argument("--model", help="A model id from the registry (overrides --provider)")
    parser.add_argument("--tier", default=PRO, help=f"Tier whose policy applies (default {PRO})")
    parser.add_argument("--analysis", type=Path, help="Use this analysis JSON, skip analysing")
    parser.add_argument(
        "--format", choices=sorted(export.MEDIA_TYPES), default="text", help="Output format"
    )


async def _analysis(args: argparse.Namespace, session: Any) -> dict[str, Any]:
    from app.schemas.analysis import Analysis
    from app.services import engines

    if args.analysis:
        return Analysis.model_validate_json(args.analysis.read_text()).model_dump(
            mode="json", exclude_none=True
        )
    data = args.path.read_bytes()
    model = pick_model(args.provider, args.model, args.tier, vision=True)
    result = await engines.analyze(session, data, model=model, context=CallContext(tier=args.tier))
    return result.model_dump(mode="json", exclude_none=True)


async def _generate(args: argparse.Namespace) -> tuple[Generation, dict[str, float]]:
    keywords = [k.strip() for k in (args.keywords or "").split(",") if k.strip()]
    context = context_from_text(
        args.business,
        name=args.name,
        audience=args.audience,
        tone=args.tone,
        action=args.action,
        keywords=keywords,
    )
    writer_model = pick_model(args.provider, args.model, args.tier, vision=False)
    timings: dict[str, float] = {}
    needs_db = writer_model.provider != OFFLINE or (
        not args.analysis
        and pick_model(args.provider, args.model, args.tier, vision=True).provider != OFFLINE
    )
    session_cm: Any = None
    if needs_db:
        from app.db.session import unit_of_work

        session_cm = unit_of_work()
    try:
        session = await session_cm.__aenter__() if session_cm else None
        start = time.perf_counter()
        analysis = await _analysis(args, session)
        timings["analysis_ms"] = round((time.perf_counter() - start) * 1000, 1)
        start = time.perf_counter()
        result, usage = await write_page(
            session,
            analysis=analysis,
            context=context,
            model=writer_model,
            tier=args.tier,
            local_instructions=args.instructions,
        )
        timings["writing_ms"] = round((time.perf_counter() - start) * 1000, 1)
        if session_cm:
            await session_cm.__aexit__(None, None, None)
    except BaseException as exc:
        if session_cm:
            await session_cm.__aexit__(type(exc), exc, exc.__traceback__)
        raise
    finally:
        await settle_releases()
        if session_cm:
            from app.db.engine import dispose_engine

            await dispose_engine()
    now = utcnow()
    generation = Generation(
        id=uuid.uuid4(),
        status="completed",
        business_context=context,
        result=result,
        model_id=result["model"],
        provider=result["provider"],
        tokens_in=usage.tokens_in,
        tokens_out=usage.tokens_out,
        queued_at=now,
        completed_at=now,
    )
    return generation, timings


def run(args: argparse.Namespace) -> int:
    if not args.path.is_file():
        print(f"error: no such file: {args.path}", file=sys.stderr)
        return 2
    try:
        generation, timings = asyncio.run(_generate(args))
    except AppError as exc:
        print(f"error: {exc.error_code}: {exc.message}", file=sys.stderr)
        return 1
    body, _, _ = export.render(generation, args.format)
    result = generation.result or {}
    totals = result.get("totals", {})
    summary = {
        "status": "completed",
        "model": generation.model_id,
        "offline_draft": result.get("is_offline_draft"),
        "elements": totals.get("elements"),
        "in_range_pct": totals.get("in_range_pct"),
        **timings,
    }
    print(body, end="")
    print(json.dumps(summary), file=sys.stderr if args.format == "json" else sys.stdout)
    return 0
