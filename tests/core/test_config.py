from __future__ import annotations

import pytest

from app.core.config import PLACEHOLDER_SECRET, Settings, UnsafeProductionSettings


def _clean(monkeypatch: pytest.MonkeyPatch) -> None:
    """Remove every setting the test harness put in the environment."""
    import os

    for name in list(os.environ):
        if name.lower() in Settings.model_fields:
            monkeypatch.delenv(name)


def test_embedded_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    _clean(monkeypatch)
    s = Settings(_env_file=None)
    assert s.effective_database_url.startswith("sqlite+aiosqlite:///")
    assert s.effective_database_url.endswith("data/pagewright.db")
    assert s.redis_url is None and s.tasks_inline
    assert s.bcrypt_rounds == 12 and s.access_token_minutes == 15


def test_production_refuses_unsafe_settings_and_names_them(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.core import config

    _clean(monkeypatch)
    monkeypatch.setenv("ENVIRONMENT", "production")
    config.get_settings.cache_clear()
    try:
        with pytest.raises(UnsafeProductionSettings) as err:
            config.get_settings()
        text = str(err.value)
        assert "SECRET_KEY" in text and "DATABASE_URL" in text and "REDIS_URL" in text
        assert "EMAIL_BACKEND" in text
        assert PLACEHOLDER_SECRET not in text
        monkeypatch.setenv("SECRET_KEY", "x" * 40)
        monkeypatch.setenv("DATABASE_URL", "postgresql+asyncpg://u@db/pw")
        monkeypatch.setenv("REDIS_URL", "redis://cache:6379/0")
        monkeypatch.setenv("EMAIL_BACKEND", "smtp")
        monkeypatch.setenv("SMTP_HOST", "smtp.example.com")
        config.get_settings.cache_clear()
        assert config.get_settings().is_production
    finally:
        config.get_settings.cache_clear()


def test_list_settings_accept_csv_and_json_and_numbered_keys(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("GEMINI_API_KEYS", "k-one, k-two")
    monkeypatch.setenv("GEMINI_API_KEY_1", "k-three")
    monkeypatch.setenv("CORS_ORIGINS", '["https://a.example", "https://b.example"]')
    s = Settings(_env_file=None)
    assert s.gemini_api_keys == ["k-one", "k-two", "k-three"]
    assert s.cors_origins == ["https://a.example", "https://b.example"]


def test_wildcard_cors_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CORS_ORIGINS", "*")
    with pytest.raises(ValueError, match="CORS"):
        Settings(_env_file=None)


def test_a_redis_cluster_is_refused_as_celery_broker(monkeypatch: pytest.MonkeyPatch) -> None:
    from pydantic import ValidationError

    _clean(monkeypatch)
    cluster = "redis+cluster://10.0.0.1:7001,10.0.0.2:7001"
    monkeypatch.setenv("REDIS_URL", cluster)
    with pytest.raises(ValidationError) as err:
        Settings(_env_file=None)  # the broker would be REDIS_URL
    assert "REDIS_URL (the broker while CELERY_BROKER_URL is unset)" in str(err.value)
    assert "Set CELERY_BROKER_URL to a separate plain Redis instance" in str(err.value)
    monkeypatch.setenv("CELERY_BROKER_URL", "rediss+cluster://10.0.0.3:7001")
    with pytest.raises(ValidationError, match="CELERY_BROKER_URL is a Redis Cluster URL"):
        Settings(_env_file=None)
    monkeypatch.setenv("CELERY_BROKER_URL", "redis://broker:6379/0")
    settings = Settings(_env_file=None)
    assert settings.redis_url == cluster
    assert settings.effective_broker_url == "redis://broker:6379/0"


def test_a_worker_refuses_to_start_with_a_cluster_broker(monkeypatch: pytest.MonkeyPatch) -> None:
    import subprocess
    import sys

    _clean(monkeypatch)
    monkeypatch.setenv("REDIS_URL", "redis+cluster://127.0.0.1:7001,127.0.0.1:7002")
    done = subprocess.run(
        [sys.executable, "-c", "import app.workers.celery_app"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0
    assert "Celery's Redis broker cannot use a cluster" in done.stderr
