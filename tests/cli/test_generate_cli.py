"""`python -m app generate`: analysis + writing outside the server, offline, printed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from tests.support.generations import SCREENS

ROOT = Path(__file__).resolve().parents[2]


def test_generate_prints_a_completed_offline_result(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "generate",
            str(ROOT / "examples" / "landing.png"),
            "--business",
            "Harbor Dental: gentle family dentistry in Bristol with evening hours",
            "--audience",
            "nervous patients",
            "--tone",
            "friendly",
            "--provider",
            "offline",
            "--keywords",
            "dentist,Bristol",
            "--analysis",
            str(SCREENS / "page_01.truth.json"),
            "--format",
            "json",
        ]
    )
    out = capsys.readouterr()
    assert code == 0
    body = json.loads(out.out)
    result = body["result"]
    assert body["business_context"]["business_name"] == "Harbor Dental"
    assert result["is_offline_draft"] is True
    assert result["totals"]["in_range_pct"] == 100.0
    assert "dentist" in result["keywords_used"]
    summary = json.loads(out.err.strip().splitlines()[-1])
    assert summary["status"] == "completed" and summary["model"] == "offline"


def test_generate_reports_a_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["generate", "/nonexistent.png", "--business", "x"]) == 2
    assert "no such file" in capsys.readouterr().err
