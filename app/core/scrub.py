"""Secret scrubbing for logs and Sentry events: keys, passwords, tokens never leave."""

from __future__ import annotations

import re
from typing import Any

SENSITIVE_KEY = re.compile(
    r"(pass(word)?|secret|token|api[_-]?key|authorization|cookie|session|csrf|dsn|"
    r"credential|private|signature|set-cookie|x-goog-api-key|x-api-key)",
    re.IGNORECASE,
)
# Values that look like secrets whatever key they sit under.
SECRET_VALUE = re.compile(
    r"(AIza[0-9A-Za-z_\-]{20,}|sk-[A-Za-z0-9_\-]{16,}|sk_(live|test)_[A-Za-z0-9]{8,}|"
    r"whsec_[A-Za-z0-9]{8,}|Bearer\s+[A-Za-z0-9._\-]+|eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]+"
    r"\.[A-Za-z0-9_\-]*)"
)
REDACTED = "[redacted]"
_registered: set[str] = set()


def register_secret(value: str | None) -> None:
    """Exact secret values (configured API keys) to redact wherever they appear."""
    if value and len(value) >= 8:
        _registered.add(value)


def scrub_text(text: str) -> str:
    for secret in _registered:
        if secret in text:
            text = text.replace(secret, REDACTED)
    return SECRET_VALUE.sub(REDACTED, text)


def scrub_value(value: Any, depth: int = 0) -> Any:
    if depth > 8:
        return value
    if isinstance(value, str):
        return scrub_text(value)
    if isinstance(value, dict):
        return {
            k: (
                REDACTED
                if isinstance(k, str) and SENSITIVE_KEY.search(k) and v
                else scrub_value(v, depth + 1)
            )
            for k, v in value.items()
        }
    if isinstance(value, list | tuple):
        return type(value)(scrub_value(v, depth + 1) for v in value)
    return value


def scrub_event(event: dict[str, Any]) -> dict[str, Any]:
    return {
        k: (REDACTED if SENSITIVE_KEY.search(k) and k not in {"event"} and v else scrub_value(v))
        for k, v in event.items()
    }
