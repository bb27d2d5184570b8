"""Prometheus metrics and Sentry (initialised only with a DSN, scrubbing secrets)."""

from __future__ import annotations

from typing import Any

from prometheus_client import Counter, Histogram

from app.core.config import Settings
from app.core.scrub import scrub_value

HTTP_REQUESTS = Counter(
    "pagewright_http_requests_total", "HTTP requests", ["method", "route", "status"]
)
HTTP_LATENCY = Histogram(
    "pagewright_http_request_seconds", "HTTP request latency", ["method", "route"]
)
TASKS_TOTAL = Counter("pagewright_tasks_total", "Tasks run", ["task", "outcome"])
LLM_CALLS = Counter(
    "pagewright_llm_calls_total", "Provider calls", ["provider", "model", "key", "outcome"]
)
LLM_TOKENS = Counter(
    "pagewright_llm_tokens_total", "Provider tokens", ["provider", "model", "direction"]
)
LLM_LATENCY = Histogram("pagewright_llm_call_seconds", "Provider call latency", ["provider"])


def sentry_before_send(event: dict[str, Any], _hint: dict[str, Any]) -> dict[str, Any]:
    return scrub_value(event)  # type: ignore[no-any-return]


def _span_only_integrations() -> list[Any]:
    """Integrations whose work per call (a span and a breadcrumb for every SQL statement,
    Redis command and outgoing HTTP request) only serves tracing. With tracing off they cost
    the request path about a tenth of the event loop's CPU under `make load` (py-spy) and
    add nothing to an error report but breadcrumbs; errors are still captured by the web
    and task integrations."""
    from sentry_sdk.integrations.aiohttp import AioHttpIntegration
    from sentry_sdk.integrations.asyncpg import AsyncPGIntegration
    from sentry_sdk.integrations.boto3 import Boto3Integration
    from sentry_sdk.integrations.httpx import HttpxIntegration
    from sentry_sdk.integrations.redis import RedisIntegration
    from sentry_sdk.integrations.sqlalchemy import SqlalchemyIntegration
    from sentry_sdk.integrations.stdlib import StdlibIntegration

    return [
        AioHttpIntegration(),
        AsyncPGIntegration(),
        Boto3Integration(),
        HttpxIntegration(),
        RedisIntegration(),
        SqlalchemyIntegration(),
        StdlibIntegration(),
    ]


def init_sentry(settings: Settings) -> bool:
    if settings.sentry_dsn is None:
        return False
    import sentry_sdk

    tracing = settings.sentry_traces_sample_rate > 0
    sentry_sdk.init(
        dsn=settings.sentry_dsn.get_secret_value(),
        environment=settings.environment,
        release=settings.git_sha,
        traces_sample_rate=settings.sentry_traces_sample_rate,
        send_default_pii=False,
        before_send=sentry_before_send,  # type: ignore[arg-type]
        disabled_integrations=[] if tracing else _span_only_integrations(),
    )
    return True
