"""API memory while many clients upload maximum-size screenshots at once.

    uv run python bench/upload_memory.py [--clients 20] [--baseline-ref main]

For this tree and, as the baseline, the tree at --baseline-ref (exported with `git archive`,
run with this virtualenv): starts its own redis-server (broker and cache; no worker runs, so
analyses just queue) and one uvicorn API on a scratch PostgreSQL database
(postgres@127.0.0.1:5432, BENCH_PG_ADMIN_DSN to change; dropped after), signs in, uploads one
small image to warm up, then has --clients clients upload distinct maximum-size PNG pages
(1440 x 22000 = 31.7 MP, under both pixel caps) at the same moment. Samples the API's RSS
from /proc every 10 ms and prints, per tree: RSS at start, peak, settled (3 s after the last
answer), and the answers' status codes. Figures are noisy on a busy machine: compare the
two lines of the same run.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import asyncpg
import httpx
from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
EMAIL = "bench@example.com"
PASSWORD = "bench password that is long enough 1"
PG_ADMIN = os.environ.get("BENCH_PG_ADMIN_DSN", "postgresql://postgres@127.0.0.1:5432/postgres")
PG_HOSTPORT = os.environ.get("BENCH_PG_HOSTPORT", "127.0.0.1:5432")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _rss(pid: int) -> int:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


def _page(width: int, height: int, seed: int) -> bytes:
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    for y in range(40, height - 80, 120):
        shade = (seed * 7 + y) % 200
        draw.rectangle((60 + seed, y, width // 2 + seed, y + 36), fill=(shade, 40, 90))
        draw.rectangle((width // 2 + 80, y + 10, width - 60, y + 24), fill=(30, shade, 30))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _export(ref: str, into: Path) -> Path:
    archive = subprocess.run(["git", "archive", ref], cwd=ROOT, capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    return into


async def _run(app_dir: Path, pages: list[bytes], small: bytes) -> dict[str, Any]:
    work = Path(tempfile.mkdtemp(prefix="pw-upmem-"))
    database = f"pagewright_bench_upmem_{uuid.uuid4().hex[:8]}"
    admin = await asyncpg.connect(PG_ADMIN)
    await admin.execute(f'CREATE DATABASE "{database}"')
    await admin.close()
    redis_port = _free_port()
    redis = subprocess.Popen(
        ["redis-server", "--port", str(redis_port), "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        cwd=work,
    )
    url = f"redis://127.0.0.1:{redis_port}/0"
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("GEMINI_", "ANTHROPIC_", "OPENAI_", "DATABASE_URL"))
    }
    env.update(
        ENVIRONMENT="development",
        DATA_DIR=str(work),
        DATABASE_URL=f"postgresql+asyncpg://postgres@{PG_HOSTPORT}/{database}",
        REDIS_URL=url,
        CELERY_BROKER_URL=url,
        TASK_INLINE="false",
        RATE_LIMIT_ENABLED="false",
        LOG_LEVEL="WARNING",
        PYTHONPATH=str(app_dir),
    )
    run: dict[str, Any] = {"cwd": app_dir, "env": env, "check": True, "capture_output": True}
    subprocess.run([sys.executable, "-m", "alembic", "upgrade", "head"], **run)
    subprocess.run(
        [sys.executable, "-m", "app", "create-admin", EMAIL, "--password-stdin"],
        input=PASSWORD.encode(),
        **run,
    )
    port = _free_port()
    api = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "app.main:app", "--port", str(port)],
        cwd=app_dir,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=open(work / "api.log", "wb"),  # noqa: SIM115 - the process owns it
    )
    base = f"http://127.0.0.1:{port}"
    try:
        async with httpx.AsyncClient(base_url=base, timeout=600) as client:
            for _ in range(300):
                try:
                    if (await client.get("/health")).status_code == 200:
                        break
                except httpx.HTTPError:
                    await asyncio.sleep(0.2)
            login = await client.post(
                "/api/v1/auth/login", json={"email": EMAIL, "password": PASSWORD}
            )
            headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
            warm = await client.post(
                "/api/v1/screenshots", files={"file": ("w.png", small)}, headers=headers
            )
            await asyncio.sleep(1.0)
            start = _rss(api.pid)
            peak = start
            done = threading.Event()

            def sample() -> None:
                nonlocal peak
                while not done.is_set():
                    peak = max(peak, _rss(api.pid))
                    time.sleep(0.01)

            sampler = threading.Thread(target=sample, daemon=True)
            sampler.start()
            began = time.monotonic()
            answers = await asyncio.gather(
                *(
                    client.post(
                        "/api/v1/screenshots",
                        files={"file": (f"p{i}.png", data, "image/png")},
                        headers=headers,
                    )
                    for i, data in enumerate(pages)
                )
            )
            elapsed = time.monotonic() - began
            await asyncio.sleep(3.0)
            done.set()
            sampler.join()
            settled = _rss(api.pid)
        codes: dict[str, int] = {}
        for answer in answers:
            codes[str(answer.status_code)] = codes.get(str(answer.status_code), 0) + 1
        return {
            "warm_up": warm.status_code,
            "start_rss_mb": round(start / 2**20),
            "peak_rss_mb": round(peak / 2**20),
            "settled_rss_mb": round(settled / 2**20),
            "settled_minus_start_mb": round((settled - start) / 2**20),
            "status_codes": codes,
            "burst_seconds": round(elapsed, 1),
            "api_log": str(work / "api.log"),
        }
    finally:
        api.terminate()
        api.wait(timeout=30)
        redis.terminate()
        redis.wait(timeout=30)
        admin = await asyncpg.connect(PG_ADMIN)
        await admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        await admin.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--width", type=int, default=1440)
    parser.add_argument("--height", type=int, default=22000)
    parser.add_argument("--baseline-ref", default="main", help="git ref; '' to skip")
    args = parser.parse_args()
    pages = [_page(args.width, args.height, seed) for seed in range(args.clients)]
    small = _page(800, 1200, 999)
    sizes = sorted(len(p) for p in pages)
    print(
        json.dumps(
            {
                "clients": args.clients,
                "image": f"{args.width}x{args.height}",
                "megapixels": round(args.width * args.height / 1e6, 1),
                "png_bytes": [sizes[0], sizes[-1]],
            }
        )
    )
    trees = [("this tree", ROOT)]
    if args.baseline_ref:
        trees.append(
            (f"baseline {args.baseline_ref}", _export(args.baseline_ref, Path(tempfile.mkdtemp())))
        )
    for name, app_dir in trees:
        figures = asyncio.run(_run(app_dir, pages, small))
        print(json.dumps({"tree": name, **figures}), flush=True)


if __name__ == "__main__":
    main()
