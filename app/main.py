"""create_app(): lifespan, middleware, exception handlers, routers."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import structlog
from fastapi import FastAPI

from app.api.cors import ShapedCORSMiddleware
from app.api.errors import install_error_handlers
from app.api.middleware import RequestContextMiddleware
from app.api.openapi import install_docs
from app.api.v1.router import build_api_router
from app.api.v1.routes import health
from app.core.config import Settings, get_settings
from app.core.logging import configure_logging
from app.core.observability import init_sentry
from app.core.redis import close_redis
from app.core.scrub import register_secret
from app.db.engine import dispose_engine
from app.llm.keypool import settle_releases
from app.workers.runtime import (
    cancel_inline_tasks,
    configure_dispatch,
    drain_inline_tasks,
    recover_inline_work,
)

log = structlog.get_logger(__name__)


def _register_secrets(settings: Settings) -> None:
    for key in settings.gemini_api_keys:
        register_secret(key)
    for secret in (
        settings.anthropic_api_key,
        settings.openai_api_key,
        settings.stripe_secret_key,
        settings.secret_key,
        settings.smtp_password,
    ):
        if secret is not None:
            register_secret(secret.get_secret_value())
    for secret_text in settings.stripe_webhook_secret:
        register_secret(secret_text)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    configure_logging()
    _register_secrets(settings)
    init_sentry(settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        configure_dispatch(inline=settings.tasks_inline)
        if settings.tasks_inline:
            try:
                await recover_inline_work()
            except Exception:  # start anyway; the rows stay for the next start
                log.exception("tasks.recovery_failed")
        log.info(
            "app.started",
            environment=settings.environment,
            database=settings.effective_database_url.split(":", 1)[0],
            tasks="inline" if settings.tasks_inline else "celery",
        )
        yield
        await drain_inline_tasks(timeout=10)
        # what still runs is cancelled (its session rolls back) before its connections
        # close under it; its rows wait for the next start's recovery
        await cancel_inline_tasks()
        await settle_releases()
        await close_redis()
        await dispose_engine()

    app = FastAPI(
        title=f"{settings.app_name} API",
        version=settings.app_version,
        description="Screenshot of a web page in, new website copy for your business out.",
        openapi_url="/api/v1/openapi.json",
        docs_url=None,  # served by install_docs from local assets
        redoc_url=None,
        lifespan=lifespan,
    )
    install_error_handlers(app)
    app.add_middleware(
        ShapedCORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_credentials=True,
        allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
        allow_headers=[
            "Authorization",
            "Content-Type",
            "X-CSRF-Token",
            "X-Request-ID",
            "Idempotency-Key",
            "Last-Event-ID",
            "If-None-Match",
        ],
        expose_headers=[
            "X-Request-ID",
            "Retry-After",
            "X-RateLimit-Limit",
            "X-RateLimit-Remaining",
            "X-RateLimit-Reset",
            "ETag",
            "X-Elements-Drawn",
            "X-Elements-Skipped",
            "X-Render-Cache",
        ],
    )
    app.add_middleware(
        RequestContextMiddleware,
        max_body_bytes=settings.max_request_body_bytes,
        hsts=settings.is_production,
    )
    app.include_router(health.router)
    app.include_router(build_api_router())
    install_docs(app)
    return app


app = create_app()
