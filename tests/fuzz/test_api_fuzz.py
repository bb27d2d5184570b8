"""The schemathesis run of tests/fuzz/api_fuzz.py, bounded for the suite (`make fuzz` is
the long run): no server error, no undeclared status, no answer breaking its schema, as an
anonymous caller, a free user, a pro user and an admin."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_schemathesis_finds_nothing_as_any_identity() -> None:
    examples = os.environ.get("FUZZ_EXAMPLES", "5")
    proc = subprocess.run(
        [sys.executable, "-m", "tests.fuzz.api_fuzz", "--examples", examples],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    summary = next((line for line in proc.stdout.splitlines() if line.startswith("fuzz:")), "")
    print(summary)
    assert proc.returncode == 0, proc.stdout[-20000:] + proc.stderr[-5000:]
    for identity in ("anonymous", "free", "pro", "admin"):
        assert f"{identity}=" in summary, summary
