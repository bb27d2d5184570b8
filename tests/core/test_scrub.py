from __future__ import annotations

import logging

import pytest

from app.core.observability import sentry_before_send
from app.core.scrub import REDACTED, register_secret, scrub_event, scrub_text


def test_known_secret_shapes_are_redacted() -> None:
    text = (
        "key AIzaSyA1234567890abcdefghijklmnop and sk-ant-abcdefghijklmnop1234 "
        "Bearer eyJhbGciOi.eyJzdWIiOi.sig sk_live_abcdefgh12345 whsec_abcdefgh1234"
    )
    out = scrub_text(text)
    for leaked in ("AIzaSy", "sk-ant-abc", "eyJhbGciOi", "sk_live_", "whsec_abc"):
        assert leaked not in out
    assert out.count(REDACTED) == 5


def test_registered_secret_is_redacted_anywhere() -> None:
    register_secret("plain-configured-key-42")
    assert "plain-configured-key-42" not in scrub_text("upstream said plain-configured-key-42!")


def test_sensitive_fields_are_dropped_from_events() -> None:
    event = {
        "event": "x",
        "password": "hunter2",
        "nested": {"api_key": "abc", "ok": 1},
        "headers": {"Authorization": "Bearer abc.def.ghi", "Cookie": "sid=1"},
    }
    out = scrub_event(event)
    assert out["password"] == REDACTED and out["nested"]["api_key"] == REDACTED
    assert out["nested"]["ok"] == 1
    assert out["headers"]["Authorization"] == REDACTED and out["headers"]["Cookie"] == REDACTED


def test_sentry_before_send_scrubs_request_data() -> None:
    event = {
        "request": {
            "headers": {"authorization": "Bearer t.t.t", "x-goog-api-key": "k"},
            "cookies": {"__Host-pw_refresh": "r"},
            "data": {"password": "p"},
        },
        "exception": {"values": [{"value": "failed with key AIzaSyA1234567890abcdefghijk"}]},
    }
    out = sentry_before_send(event, {})
    assert "Bearer" not in str(out) and "AIzaSy" not in str(out) and "'p'" not in str(out)


def test_log_lines_never_carry_secrets(capsys: pytest.CaptureFixture[str]) -> None:
    import structlog

    from app.core.logging import configure_logging

    configure_logging()
    logging.getLogger().setLevel(logging.INFO)
    structlog.get_logger("t").info("auth.login", password="hunter2", token="abc123456")
    logging.getLogger("t").warning("call failed with AIzaSyA1234567890abcdefghijk")
    err = capsys.readouterr().err
    assert "hunter2" not in err and "abc123456" not in err and "AIzaSyA123" not in err
    logging.getLogger().setLevel(logging.WARNING)
