"""`python -m app analyze PATH`: the analysis JSON of one image, offline with no key."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.schemas.analysis import Analysis
from tests.support.eval_data import SCREENS

PAGE = str(SCREENS / "page_02.png")


def test_analyze_offline_writes_valid_analysis(tmp_path: Path) -> None:
    out = tmp_path / "page.json"
    assert main(["analyze", PAGE, "--provider", "offline", "--out", str(out)]) == 0
    analysis = Analysis.model_validate(json.loads(out.read_text()))
    assert analysis.source == "offline" and len(analysis.sections) >= 3


def test_analyze_prints_to_stdout_and_refuses_non_images(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bogus = tmp_path / "notes.png"
    bogus.write_text("not an image")
    assert main(["analyze", str(bogus), "--provider", "offline"]) == 1
    assert "INVALID_IMAGE" in capsys.readouterr().err
    assert main(["analyze", str(tmp_path / "missing.png")]) == 2
    # Without any key the tier default is the offline analyser.
    assert main(["analyze", PAGE]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["source"] == "offline"
