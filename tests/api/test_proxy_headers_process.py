"""Spoofed X-Forwarded-For through the real server process, started with `make run`'s own
uvicorn flags: only TRUSTED_PROXIES may name the client (issue 13, class 5)."""

from __future__ import annotations

import os
import shlex
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]


def make_run_uvicorn_flags() -> list[str]:
    """The flags `make run` gives uvicorn, read from the Makefile itself (dry run)."""
    out = subprocess.run(
        ["make", "-n", "run"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    line = next(line for line in out.splitlines() if "uvicorn app.main:app" in line)
    words = shlex.split(line.split("uvicorn app.main:app", 1)[1])
    flags, skip = [], False
    for word in words:  # drop --host/--port and their values: the test picks its own
        if skip:
            skip = False
        elif word in ("--host", "--port"):
            skip = True
        else:
            flags.append(word)
    return flags


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server(database: str, tmp_path: Path) -> Iterator[str]:
    port = _free_port()
    env = {
        **os.environ,
        "RATE_LIMIT_ENABLED": "true",
        "RATE_LIMIT_AUTH_IP": "10/minute",
        "TRUSTED_PROXIES": "",
    }
    env.pop("FORWARDED_ALLOW_IPS", None)  # uvicorn's own setting: only make run's flags count
    cmd = [sys.executable, "-m", "uvicorn", "app.main:app", "--host", "127.0.0.1"]
    cmd += ["--port", str(port), *make_run_uvicorn_flags()]
    log = open(tmp_path / "uvicorn.log", "wb")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        else:
            pytest.fail("uvicorn did not start: " + (tmp_path / "uvicorn.log").read_text()[-2000:])
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        log.close()


def test_make_run_flags_never_turn_proxy_headers_on() -> None:
    flags = make_run_uvicorn_flags()
    assert "--no-proxy-headers" in flags and "--proxy-headers" not in flags
    for path in ("Dockerfile", "docker-compose.yml"):
        text = (ROOT / path).read_text()
        assert '"--proxy-headers"' not in text and "--no-proxy-headers" in text, path


def test_spoofed_forwarded_for_from_localhost_is_not_believed(server: str) -> None:
    codes = []
    with httpx.Client(base_url=server, timeout=10) as client:
        for i in range(14):
            r = client.post(
                "/api/v1/auth/login",
                json={"email": f"spoof{i}@example.com", "password": "wrong-guess-1"},
                headers={"X-Forwarded-For": f"198.51.100.{i}", "X-Real-IP": f"198.51.100.{i}"},
            )
            codes.append(r.status_code)
    # One client (127.0.0.1) whatever the headers say: the per-IP limit of 10 holds.
    assert codes[:10] == [401] * 10 and codes[10:] == [429] * 4, codes
