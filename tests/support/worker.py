"""Real Celery worker processes on the Redis broker, for tests that need them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import redis

ROOT = Path(__file__).resolve().parents[2]


def worker_env(**overrides: str) -> dict[str, str]:
    env = dict(os.environ)
    env["TASK_INLINE"] = "false"
    env.update(overrides)
    return env


@contextmanager
def celery_worker(
    *,
    queues: str = "generation_priority,analysis,generation,default",
    concurrency: int = 1,
    name: str = "w1",
    env: dict[str, str] | None = None,
    ready_timeout: float = 60.0,
) -> Iterator[subprocess.Popen[bytes]]:
    """Start `celery worker` as its own process group; wait until it consumes; stop it."""
    proc_env = env or worker_env()
    client = redis.Redis.from_url(proc_env["REDIS_URL"])
    heartbeat = proc_env["REDIS_KEY_PREFIX"] + "worker:heartbeat"
    client.delete(heartbeat)
    log_path = Path(proc_env.get("DATA_DIR", "/tmp")) / f"celery-{name}.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    log_file = open(log_path, "wb")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "app.workers.celery_app",
            "worker",
            "-Q",
            queues,
            "-c",
            str(concurrency),
            "-n",
            f"{name}@%h",
            "--without-gossip",
            "--without-mingle",
            "--loglevel",
            "INFO",
        ],
        cwd=ROOT,
        env=proc_env,
        stdout=log_file,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + ready_timeout
        while client.get(heartbeat) is None:
            if proc.poll() is not None:
                raise RuntimeError(f"worker exited early:\n{log_path.read_text()[-3000:]}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"worker not ready:\n{log_path.read_text()[-3000:]}")
            time.sleep(0.2)
        yield proc
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        log_file.close()
        client.close()
