"""Rendering cost of the derived images on a 1440 x 5000 page, beside a baseline.

    uv run python bench/render_preview.py [--repeat 3]

Page: the top 5000 px of the real page 110 (../shared/eval/real, a photo-heavy template)
with boxes from its DOM, and a demo generation's copy (the offline writer's).

Each rendering runs in its own child process, so that its peak RSS is its own:
  baseline   decode the PNG and encode it again (what any image answer costs at least)
  annotated  the annotated screenshot (decode, draw, encode)
  preview    the preview (decode, measure + clear + draw every element, encode)
Then the HTTP path in this process (embedded SQLite, local storage): the first GET of each
image renders it, the second is served from the cache.

Targets (issue 16): preview <= 1.5 s and <= 500 MB peak RSS; the second request cached.
Prints one JSON object.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PAGE, HEIGHT = 110, 5000


def _page() -> tuple[bytes, dict[str, Any]]:
    """The page's top HEIGHT px as PNG bytes and its analysis (boxes within the crop)."""
    from PIL import Image

    from tests.support.preview_pages import real_analysis, real_png

    img = Image.open(io.BytesIO(real_png(PAGE))).convert("RGB").crop((0, 0, 1440, HEIGHT))
    out = io.BytesIO()
    img.save(out, "PNG")
    analysis = real_analysis(PAGE)
    for section in analysis["sections"]:
        for comp in section["components"]:
            box = comp.get("box")
            if box and box[1] + box[3] > HEIGHT:
                del comp["box"]
            for entry in comp.get("item_boxes") or []:
                for field in list(entry):
                    boxes = entry[field] if isinstance(entry[field][0], list) else [entry[field]]
                    if any(b[1] + b[3] > HEIGHT for b in boxes):
                        del entry[field]
    return out.getvalue(), analysis


def _child(kind: str, repeat: int) -> dict[str, Any]:
    """One rendering kind, timed `repeat` times, in this (child) process."""
    from app.services.generation.offline import write_offline
    from app.services.generation.prompt import build_elements
    from app.services.preview import layout, render
    from app.services.preview.paint import Job
    from tests.support.generations import business_context

    png, analysis = _page()
    items = layout.elements(analysis, width=1440, height=HEIGHT)
    texts = write_offline(business_context(), build_elements(analysis))
    jobs = [
        Job(i.rect, texts[i.id], i.original, "button" in i.label)
        for i in items
        if i.rect is not None
    ]
    boxed = [i for i in items if i.rect is not None]
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    times = []
    size = 0
    for _ in range(repeat):
        start = time.perf_counter()
        if kind == "baseline":
            from PIL import Image

            img = Image.open(io.BytesIO(png)).convert("RGB")
            out = io.BytesIO()
            img.save(out, "PNG", compress_level=render.PNG_LEVEL)
            data = out.getvalue()
        elif kind == "annotated":
            data = render.annotated_png(png, boxed, layout.sections(boxed))
        else:
            data = render.preview_png(png, jobs)
        times.append(time.perf_counter() - start)
        size = len(data)
    return {
        "elements": len(jobs),
        "seconds_min": round(min(times), 3),
        "seconds_median": round(statistics.median(times), 3),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "rss_before_mb": round(rss_before, 1),
        "png_bytes": size,
    }


def _run_child(kind: str, repeat: int) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, "--repeat", str(repeat)],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    return json.loads(out.stdout)  # type: ignore[no-any-return]


async def _http() -> dict[str, Any]:
    """First and second GET of both images through the API (embedded SQLite)."""
    data_dir = tempfile.mkdtemp(prefix="pagewright-bench-preview-")
    os.environ.update(
        {
            "ENVIRONMENT": "test",
            "DATA_DIR": data_dir,
            "SECRET_KEY": "bench-secret-key-that-is-long-enough-0123456789",
            "LOG_LEVEL": "WARNING",
            "RATE_LIMIT_ENABLED": "false",
        }
    )
    for name in ("DATABASE_URL", "REDIS_URL", "CELERY_BROKER_URL"):
        os.environ.pop(name, None)
    from httpx import ASGITransport, AsyncClient

    from app.db.engine import dispose_engine, get_engine, get_sessionmaker
    from app.main import create_app
    from app.models import Base, Generation
    from app.services.generation.offline import write_offline
    from app.services.generation.prompt import build_elements
    from app.services.generation.validate import assemble
    from tests.support.factories import auth_headers, create_user
    from tests.support.generations import business_context
    from tests.support.preview_pages import stored_screenshot

    async with get_engine().begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    png, analysis = _page()
    async with get_sessionmaker()() as session:
        user = await create_user(session)
        headers = await auth_headers(session, user)
        shot = await stored_screenshot(session, user, png, analysis)
        elements = build_elements(analysis)
        result = assemble(
            analysis,
            elements,
            write_offline(business_context(), elements),
            keywords=[],
            is_offline_draft=True,
        )
        generation = Generation(
            id=uuid.uuid4(),
            user_id=user.id,
            screenshot_id=shot.id,
            status="completed",
            stage="completed",
            progress=100,
            business_context=business_context(),
            result=result,
        )
        session.add(generation)
        await session.commit()
        urls = {
            "annotated": f"/api/v1/screenshots/{shot.id}/annotated.png",
            "preview": f"/api/v1/generations/{generation.id}/preview.png",
        }
    out: dict[str, Any] = {}
    app = create_app()
    transport = ASGITransport(app=app)
    async with AsyncClient(transport=transport, base_url="http://bench") as client:
        for name, url in urls.items():
            for attempt in ("first", "second"):
                start = time.perf_counter()
                resp = await client.get(url, headers=headers)
                elapsed = time.perf_counter() - start
                resp.raise_for_status()
                out[f"{name}_{attempt}"] = {
                    "seconds": round(elapsed, 3),
                    "cache": resp.headers["x-render-cache"],
                    "drawn": int(resp.headers["x-elements-drawn"]),
                    "skipped": int(resp.headers["x-elements-skipped"]),
                }
    await dispose_engine()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", choices=["baseline", "annotated", "preview"])
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_child(args.child, args.repeat)))
        return
    report: dict[str, Any] = {"page": f"page_{PAGE} top 1440x{HEIGHT}", "cpus": os.cpu_count()}
    for kind in ("baseline", "annotated", "preview"):
        report[kind] = _run_child(kind, args.repeat)
    report["http"] = asyncio.run(_http())
    preview = report["preview"]
    report["targets"] = {
        "preview_seconds_le_1.5": preview["seconds_median"] <= 1.5,
        "preview_peak_rss_le_500mb": preview["peak_rss_mb"] <= 500,
        "second_request_cached": all(
            report["http"][f"{n}_second"]["cache"] == "hit" for n in ("annotated", "preview")
        ),
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
