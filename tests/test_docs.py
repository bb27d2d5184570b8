"""The docs and deployment files stay true to the code."""

from __future__ import annotations

import importlib
import importlib.util
import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def _config_table_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "config_table", ROOT / "scripts" / "config_table.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


FIX = "run: uv run python scripts/config_table.py --write"


def test_readme_configuration_table_matches_settings() -> None:
    readme = (ROOT / "README.md").read_text()
    assert _config_table_module().render(readme) == readme, FIX


def test_env_example_lists_every_setting() -> None:
    from app.core.config import Settings

    text = (ROOT / ".env.example").read_text()
    assert text == _config_table_module().env_example(), FIX
    listed = set(re.findall(r"^#?\s*([A-Z][A-Z0-9_]+)=", text, re.M))
    assert {n.upper() for n in Settings.model_fields} <= listed


def _module_exists(dotted: str) -> bool:
    return importlib.util.find_spec(dotted) is not None


def _check_command(command: list[str]) -> None:
    if command[0] == "uvicorn":
        module, _, attr = command[1].partition(":")
        assert hasattr(importlib.import_module(module), attr), command
    elif command[0] == "celery":
        assert command[1] == "-A" and _module_exists(command[2]), command
        assert hasattr(importlib.import_module(command[2]), "celery_app")
    elif command[0] == "alembic":
        assert (ROOT / "alembic.ini").exists() and command[1] == "upgrade"
    else:
        raise AssertionError(f"unknown command {command}")


def test_compose_services_run_modules_that_exist() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    assert {"postgres", "redis", "migrate", "api", "worker", "beat"} <= set(services)
    for name in ("migrate", "api", "worker", "beat"):
        _check_command(services[name]["command"])
    for name in ("postgres", "redis", "api", "worker"):
        assert "healthcheck" in services[name], name
    assert services["api"]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    assert services["api"]["depends_on"]["redis"]["condition"] == "service_healthy"
    assert services["migrate"]["depends_on"]["postgres"]["condition"] == "service_healthy"
    # The API stores uploads that the workers analyse: they must share the data volume.
    for name in ("api", "worker", "beat"):
        assert "appdata:/srv/data" in services[name]["volumes"], name


def test_dockerfile_entrypoint_and_command_exist() -> None:
    text = (ROOT / "Dockerfile").read_text()
    entrypoint = re.search(r'^ENTRYPOINT \["([^"]+)"\]', text, re.M)
    assert entrypoint and entrypoint.group(1).startswith("/srv/")
    assert (ROOT / entrypoint.group(1).removeprefix("/srv/")).exists()
    cmd = re.search(r"^CMD (\[.*\])$", text, re.M)
    assert cmd
    _check_command(yaml.safe_load(cmd.group(1)))
    assert re.search(r"^USER \w+", text, re.M) and "HEALTHCHECK" in text
    assert text.count("FROM ") >= 2  # multi-stage


def test_no_system_package_is_installed_anywhere() -> None:
    """make run, make test, CI and the image need Python, PostgreSQL and Redis only: every
    other dependency comes with `uv sync`."""
    for path in ("Dockerfile", ".ci/run", "Makefile", "scripts/entrypoint.sh"):
        text = (ROOT / path).read_text()
        assert not re.search(r"\b(apt-get|apt|apk|dnf|yum) (install|add)\b", text), path


def test_required_layout_exists() -> None:
    for path in (
        "app",
        "alembic",
        "tests",
        "docker-compose.yml",
        "Dockerfile",
        "pyproject.toml",
        "uv.lock",
        ".env.example",
        "TODO.md",
        "frontend_task.md",
        "README.md",
        "Makefile",
        ".ci/run",
        "bench",
        "scripts",
    ):
        assert (ROOT / path).exists(), path
    readme = (ROOT / "README.md").read_text()
    assert "make run" in readme and "make test" in readme
