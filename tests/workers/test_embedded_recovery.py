"""`make run`'s embedded default (SQLite, in-process tasks, no Redis) killed with SIGKILL in
the middle of work: on the next start every analysis and generation ends completed or
failed, and a failed generation's quota slot is back."""

from __future__ import annotations

import io
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from PIL import Image, ImageDraw

from tests.support.fake_llm import FakeCall, FakeLLMServer, default_responder, fake_llm_fixture
from tests.support.generations import business_context, sample_analysis

__all__ = ["fake_llm_fixture"]

ROOT = Path(__file__).resolve().parents[2]
EMAIL = "owner@example.com"
PASSWORD = "correct horse battery staple 42"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _env(data_dir: Path, fake: FakeLLMServer) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "REDIS_URL", "CELERY_BROKER_URL", "TASK_INLINE"}
    }
    env.update(
        ENVIRONMENT="development",
        DATA_DIR=str(data_dir),
        EMAIL_BACKEND="console",
        GEMINI_API_KEYS="AIzaFAKE-recovery-1",
        GEMINI_BASE_URL=fake.url + "/",
        LLM_TIMEOUT_SECONDS="120",
        LLM_BACKOFF_BASE_SECONDS="0.01",
        LOG_LEVEL="WARNING",
    )
    return env


@contextmanager
def _api(env: dict[str, str], log: Path) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    port = _free_port()
    with open(log, "ab") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "app.main:app", "--port", str(port)],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(base + "/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        else:
            pytest.fail("the API did not start:\n" + log.read_text()[-3000:])
        yield proc, base
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()


def _png() -> bytes:
    image = Image.new("RGB", (1280, 1600), "white")
    draw = ImageDraw.Draw(image)
    for y in range(100, 1500, 200):
        draw.rectangle((100, y, 900, y + 60), fill="black")
    buf = io.BytesIO()
    image.save(buf, "PNG")
    return buf.getvalue()


def _responder(call: FakeCall) -> str:
    return json.dumps(sample_analysis(1)) if call.images else default_responder(call)


def _rows(db: Path) -> tuple[list[tuple[str]], list[tuple[str, int]]]:
    with sqlite3.connect(db) as conn:
        shots = conn.execute("SELECT analysis_status FROM screenshots").fetchall()
        gens = conn.execute("SELECT status, quota_released FROM generations").fetchall()
    return shots, gens


def test_kill_9_of_the_embedded_default_then_restart_finishes_every_row(
    tmp_path: Path, fake_llm: FakeLLMServer
) -> None:
    env = _env(tmp_path, fake_llm)
    log = tmp_path / "api.log"
    run = {"cwd": ROOT, "env": env, "check": True, "capture_output": True}
    subprocess.run([sys.executable, "-m", "alembic", "upgrade", "head"], **run)  # type: ignore[call-overload]
    subprocess.run(  # type: ignore[call-overload]
        [sys.executable, "-m", "app", "create-admin", EMAIL, "--password-stdin"],
        input=PASSWORD.encode(),
        **run,
    )
    fake_llm.responder = _responder
    fake_llm.latency = 60.0  # the model "thinks" while the process is killed

    with _api(env, log) as (proc, base):
        login = httpx.post(base + "/api/v1/auth/login", json={"email": EMAIL, "password": PASSWORD})
        assert login.status_code == 200, login.text
        headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
        shot = httpx.post(
            base + "/api/v1/screenshots",
            files={"file": ("page.png", _png(), "image/png")},
            headers=headers,
            timeout=30,
        )
        assert shot.status_code == 201, shot.text
        created = httpx.post(
            base + "/api/v1/generations",
            json={"screenshot_id": shot.json()["id"], "business_context": business_context()},
            headers=headers,
            timeout=30,
        )
        assert created.status_code == 202, created.text
        deadline = time.monotonic() + 30
        while not fake_llm.started and time.monotonic() < deadline:
            time.sleep(0.1)
        assert fake_llm.started, "the analysis never reached the model"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)

    shots, gens = _rows(tmp_path / "pagewright.db")
    assert shots == [("running",)] and gens[0][0] in {"queued", "analyzing"}  # work was cut

    fake_llm.latency = 0.0
    with _api(env, log) as (_, base):
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            shots, gens = _rows(tmp_path / "pagewright.db")
            if all(s in {"completed", "failed"} for (s,) in shots) and all(
                g in {"completed", "failed"} for g, _ in gens
            ):
                break
            time.sleep(0.5)
    assert all(s in {"completed", "failed"} for (s,) in shots), (shots, log.read_text()[-3000:])
    assert all(g in {"completed", "failed"} for g, _ in gens), (gens, log.read_text()[-3000:])
    assert all(released == (status == "failed") for status, released in gens)
