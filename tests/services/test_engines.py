"""One engine choice: every registry model gets its engine from engines.engine_for, the
only place in app/ that tells the offline engine from a real model's."""

from __future__ import annotations

import ast
from pathlib import Path

from app.llm.registry import OFFLINE, all_models, get_model
from app.services.engines import ModelEngine, OfflineEngine, engine_for, engines_by_model

APP = Path(__file__).resolve().parents[2] / "app"


def test_registry_lists_every_provider_and_its_engine() -> None:
    engines = engines_by_model(all_models())
    assert engines == {
        "gemini-2.5-flash": "ModelEngine",
        "gemini-2.5-flash-lite": "ModelEngine",
        "claude-sonnet-4-6": "ModelEngine",
        "gpt-5-mini": "ModelEngine",
        "gpt-4.1": "ModelEngine",
        OFFLINE: "OfflineEngine",
    }
    assert {m.provider for m in all_models()} == {"gemini", "anthropic", "openai", OFFLINE}
    assert isinstance(engine_for(get_model(OFFLINE)), OfflineEngine)
    assert engine_for(get_model(OFFLINE)).offline
    assert isinstance(engine_for(get_model("gemini-2.5-flash")), ModelEngine)
    assert not engine_for(get_model("gemini-2.5-flash")).offline


def test_the_offline_choice_is_made_in_one_function() -> None:
    """`provider == OFFLINE` (or `!=`) decides an engine only inside engine_for; the registry,
    model policy and CLIs may still compare it to pick or list models."""
    allowed = {
        ("app/services/engines.py", "engine_for"),
    }
    model_pickers = {
        "app/llm/registry.py",
        "app/services/model_gateway/policy.py",
        "app/services/system/public_config.py",
        "app/cli/analyze.py",
        "app/cli/generate.py",
    }
    found = set()
    for path in APP.rglob("*.py"):
        rel = path.relative_to(APP.parent).as_posix()
        if rel in model_pickers:
            continue
        tree = ast.parse(path.read_text())
        for func in ast.walk(tree):
            if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in ast.walk(func):
                if (
                    isinstance(node, ast.Compare)
                    and any(isinstance(c, ast.Name) and c.id == "OFFLINE" for c in node.comparators)
                    and isinstance(node.left, ast.Attribute)
                    and node.left.attr == "provider"
                ):
                    found.add((rel, func.name))
    assert found == allowed
