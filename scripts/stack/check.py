"""`make stack` and `make stack-check`.

    python -m scripts.stack up      # start everything, print the URLs, serve until Ctrl-C
    python -m scripts.stack check   # start, run the shared-nothing flow, print figures, stop

By default PostgreSQL and Redis are private (initdb into a scratch directory, port
STACK_PG_PORT=5441; redis-server on STACK_REDIS_PORT=6395); set STACK_DATABASE_URL and
STACK_REDIS_URL to use running ones instead (the database named in the URL is recreated).

The check: uploads go to API 1 only, the analysis and the generation run on the workers,
and every read (status, result, preview PNG) goes to API 2. The processes share nothing but
PostgreSQL, Redis and S3: each has its own working directory and DATA_DIR, and after the run
none of those directories holds an image.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import sys
import threading
import time
from pathlib import Path

import boto3
import httpx

from scripts.stack import flow
from scripts.stack.stack import Stack, scratch_dir


def make_stack(workdir: Path | None = None, **kwargs: object) -> Stack:
    db, redis = os.environ.get("STACK_DATABASE_URL"), os.environ.get("STACK_REDIS_URL")
    return Stack(
        workdir=workdir or scratch_dir("pw-stack-"),
        own=not (db and redis),
        database_url=db,
        redis_url=redis,
        pg_port=int(os.environ.get("STACK_PG_PORT", "5441")),
        redis_port=int(os.environ.get("STACK_REDIS_PORT", "6395")),
        **kwargs,  # type: ignore[arg-type]
    )


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def _images_under(path: Path) -> list[Path]:
    return [
        p
        for p in path.rglob("*")
        if p.is_file() and p.suffix.lower() in (".png", ".jpg", ".jpeg", ".webp")
    ]


def run_check(stack: Stack, rounds: int = 4) -> bool:
    api1, api2 = stack.api_url(0), stack.api_url(1)
    email = "stack-check@example.com"
    flow.create_users(api1, stack.dsn, [email])
    uploads, previews, cached, analyses, gens = [], [], [], [], []
    ok = True
    with (
        httpx.Client(base_url=api1, timeout=60) as one,
        httpx.Client(base_url=api2, timeout=60) as two,
    ):
        user = flow.login(one, email)
        for _ in range(rounds):
            started = time.perf_counter()
            shot = flow.upload(one, user, flow.unique_png())
            uploads.append(time.perf_counter() - started)
            started = time.perf_counter()
            status = flow.wait_analysis(two, user, shot["id"])
            analyses.append(time.perf_counter() - started)
            if status != "completed":
                print(f"analysis {shot['id']} ended {status}")
                ok = False
                continue
            created = flow.generate(one, user, shot["id"])
            if created.status_code != 202:
                print(f"POST /generations answered {created.status_code}: {created.text[:300]}")
                ok = False
                continue
            gen_id = created.json()["id"]
            started = time.perf_counter()
            status = flow.wait_generation(two, user, gen_id)
            gens.append(time.perf_counter() - started)
            if status != "completed":
                print(f"generation {gen_id} ended {status}")
                ok = False
                continue
            path = f"{flow.API}/generations/{gen_id}/preview.png"
            started = time.perf_counter()
            preview = two.get(path, headers=user.headers)
            previews.append(time.perf_counter() - started)
            if preview.status_code != 200 or not preview.content.startswith(b"\x89PNG"):
                print(f"preview from API 2: {preview.status_code} {preview.text[:300]}")
                ok = False
                continue
            started = time.perf_counter()
            again = two.get(path, headers=user.headers)
            cached.append(time.perf_counter() - started)
            ok = ok and again.status_code == 200
            image = two.get(f"{flow.API}/screenshots/{shot['id']}/image", headers=user.headers)
            ok = ok and image.status_code == 200

    s3 = boto3.client(
        "s3",
        endpoint_url=stack.fakes["s3"],
        region_name="us-east-1",
        aws_access_key_id="test-access-key",
        aws_secret_access_key="test-secret-key",
    )
    objects = s3.list_objects_v2(Bucket=stack.fakes["bucket"]).get("KeyCount", 0)
    local = {
        name: _images_under(stack.workdir / name)
        for name in stack.procs
        if name.startswith(("api", "worker"))
    }
    ran = {
        name: proc.log.read_text(errors="replace").count(" succeeded in ")
        for name, proc in stack.procs.items()
        if name.startswith("worker")
    }
    print(
        f"objects in S3: {objects}; images in the processes' own directories: "
        f"{ {k: len(v) for k, v in local.items()} }; tasks run per worker: {ran}"
    )
    if any(local.values()) or objects < rounds:
        ok = False
    if uploads and previews:
        print(
            f"upload via API 1 (S3 write) median {_ms(statistics.median(uploads))}, "
            f"max {_ms(max(uploads))}; analysis done in median {_ms(statistics.median(analyses))}; "
            f"generation done in median {_ms(statistics.median(gens))}; "
            f"preview from API 2 (S3 read + render) median {_ms(statistics.median(previews))}, "
            f"cached median {_ms(statistics.median(cached))} (n={len(previews)})"
        )
    print("stack check: " + ("PASSED" if ok and len(previews) == rounds else "FAILED"))
    return ok and len(previews) == rounds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["up", "check"])
    parser.add_argument("--rounds", type=int, default=4)
    args = parser.parse_args()
    stack = make_stack()
    print(f"stack work directory: {stack.workdir} (logs in logs/)", flush=True)
    try:
        stack.up()
        print(
            f"PostgreSQL {stack.dsn}\nRedis {stack.redis_url}\nS3 {stack.fakes['s3']} "
            f"bucket {stack.fakes['bucket']}\nAPI 1 {stack.api_url(0)}\nAPI 2 {stack.api_url(1)}",
            flush=True,
        )
        if args.command == "check":
            sys.exit(0 if run_check(stack, args.rounds) else 1)
        stop = threading.Event()
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
        print("running; Ctrl-C stops every process", flush=True)
        try:
            while not stop.wait(1):
                for name, proc in stack.procs.items():
                    if not proc.alive():
                        print(f"{name} exited ({proc.popen.returncode if proc.popen else '?'})")
                        stop.set()
        except KeyboardInterrupt:
            pass
    finally:
        stack.down()
