"""Sentry's span-only integrations are on only when tracing is (app.core.observability).
Each case runs in a fresh interpreter: the SDK patches libraries process-wide."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

PROBE = """
import json, sys
from app.core.config import Settings
from app.core.observability import init_sentry
import sentry_sdk
settings = Settings(sentry_dsn="http://0123456789abcdef@127.0.0.1:9/1",
                    sentry_traces_sample_rate=float(sys.argv[1]))
assert init_sentry(settings)
print(json.dumps(sorted(sentry_sdk.get_client().integrations)))
"""


def _installed(rate: float) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(rate)], capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr[-2000:]
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


SPAN_ONLY = {"asyncpg", "sqlalchemy", "redis", "aiohttp", "httpx", "stdlib"}


@pytest.mark.parametrize("rate", [0.0, 0.2])
def test_span_only_integrations_follow_tracing(rate: float) -> None:
    installed = _installed(rate)
    # Errors are captured either way.
    assert {"fastapi", "starlette", "logging"} <= installed
    if rate:
        assert installed >= SPAN_ONLY
    else:
        assert not SPAN_ONLY & installed
