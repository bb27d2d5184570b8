"""Commits at the boundary only: in app/services nothing but the generation runner commits
(the stages flush; the task wrappers and the request dependency commit)."""

from __future__ import annotations

import ast
from pathlib import Path

SERVICES = Path(__file__).resolve().parents[3] / "app" / "services"
RUNNER = "generation/runner.py"


def test_only_the_generation_runner_commits_in_services() -> None:
    calls = []
    for path in SERVICES.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name == "commit":
                calls.append(path.relative_to(SERVICES).as_posix())
    assert calls and set(calls) == {RUNNER}, calls
