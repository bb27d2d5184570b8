"""Property-based API fuzzing with schemathesis against the ASGI app on PostgreSQL.

    python -m tests.fuzz.api_fuzz --examples 4 --seconds 180     # the bounded run in `make test`
    python -m tests.fuzz.api_fuzz --examples 50 --seconds 900    # `make fuzz`

Every operation of the OpenAPI document is called as four identities (anonymous, free user,
pro user, admin), with schemathesis-generated positive and negative cases, and each answer
goes through three checks: not_a_server_error, status_code_conformance and
response_schema_conformance. Operations that end the caller's own sessions or account
(logout, logout-all, session revoke, account deletion, admin changes) get a fresh throwaway
identity of the same kind for every case, so they never end the run early. A failure is
recorded and the run goes on; the summary lists each distinct failure once. Exit status 1
when any check failed.

The run makes its own database (created, migrated, dropped) and Redis key prefix, so it can
run beside the test suite on the shared servers.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import math
import os
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Coroutine
from dataclasses import dataclass, field
from typing import Any

RUN_ID = uuid.uuid4().hex[:8]
PG_ADMIN_URL = os.environ.get("TEST_PG_ADMIN_DSN", "postgresql://postgres@127.0.0.1:5432/postgres")
PG_HOSTPORT = os.environ.get("TEST_PG_HOSTPORT", "127.0.0.1:5432")
REDIS_BASE = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379")
FUZZ_DB = f"pagewright_fuzz_{RUN_ID}"


def _environment() -> None:
    os.environ.update(
        {
            "ENVIRONMENT": "test",
            "DATABASE_URL": f"postgresql+asyncpg://postgres@{PG_HOSTPORT}/{FUZZ_DB}",
            "REDIS_URL": f"{REDIS_BASE}/15",
            "REDIS_KEY_PREFIX": f"pwfuzz{RUN_ID}:",
            "TASK_INLINE": "true",
            "SECRET_KEY": "fuzz-secret-key-that-is-long-enough-0123456789",
            "EMAIL_BACKEND": "memory",
            "BCRYPT_ROUNDS": "4",
            "DATA_DIR": tempfile.mkdtemp(prefix=f"pagewright-fuzz-{RUN_ID}-"),
            "LOG_LEVEL": "CRITICAL",
            "RATE_LIMIT_ENABLED": "false",
            "ACCESS_TOKEN_MINUTES": "600",
            "GOOGLE_CLIENT_ID": "fuzz-client-id.apps.googleusercontent.com",
        }
    )
    os.environ.pop("CELERY_BROKER_URL", None)
    for name in list(os.environ):
        if name.startswith(("GEMINI_API_KEY", "ANTHROPIC_", "OPENAI_", "STRIPE_", "SENTRY_")):
            del os.environ[name]


# Operations that end the caller's sessions or account, or change users: a fresh identity
# for each case.
DESTRUCTIVE = {
    ("DELETE", "/api/v1/users/me"),
    ("POST", "/api/v1/auth/logout"),
    ("POST", "/api/v1/auth/logout-all"),
    ("DELETE", "/api/v1/users/me/sessions/{session_id}"),
    ("PATCH", "/api/v1/admin/users/{user_id}"),
}
IDENTITIES = ("anonymous", "free", "pro", "admin")


@dataclass
class Report:
    cases: int = 0
    rounds: int = 0
    unsendable: int = 0
    by_identity: dict[str, int] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)  # distinct key -> example


class LoopThread:
    """One event loop for the app, the database pool and the identities, fed from the
    synchronous Hypothesis test functions."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()

    def run(self, coro: Coroutine[Any, Any, Any]) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result()

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=10)


async def _create_database() -> None:
    import asyncpg

    conn = await asyncpg.connect(PG_ADMIN_URL)
    await conn.execute(f'CREATE DATABASE "{FUZZ_DB}"')
    await conn.close()
    from tests.support.db import alembic_upgrade

    await alembic_upgrade(os.environ["DATABASE_URL"], "head")


async def _drop_database() -> None:
    import asyncpg

    from app.core.redis import get_redis
    from app.db.engine import dispose_engine

    await dispose_engine()
    client = get_redis()
    keys = [k async for k in client.scan_iter(match=os.environ["REDIS_KEY_PREFIX"] + "*")]
    if keys:
        await client.delete(*keys)
    conn = await asyncpg.connect(PG_ADMIN_URL)
    await conn.execute(f'DROP DATABASE IF EXISTS "{FUZZ_DB}" WITH (FORCE)')
    await conn.close()


async def _identity(kind: str) -> dict[str, str]:
    """Bearer headers of a new user of this kind, with a screenshot, a completed generation
    and (pro) a business profile, so list and detail answers carry real rows."""
    if kind == "anonymous":
        return {}
    from app.db.engine import get_sessionmaker
    from app.models import BusinessProfile, Generation
    from tests.support.factories import create_user, login
    from tests.support.generations import business_context, create_screenshot, small_analysis

    async with get_sessionmaker()() as session:
        user = await create_user(
            session,
            email=f"fuzz-{kind}-{uuid.uuid4().hex[:10]}@example.com",
            subscription_tier="pro" if kind in ("pro", "admin") else "free",
            is_admin=kind == "admin",
        )
        shot = await create_screenshot(session, user, analysis=small_analysis())
        session.add(
            Generation(
                user_id=user.id,
                screenshot_id=shot.id,
                business_context=business_context(),
                status="completed",
                stage="completed",
                progress=100,
            )
        )
        if kind != "free":
            session.add(
                BusinessProfile(user_id=user.id, name="Main", business_context=business_context())
            )
        await session.commit()
        tokens = await login(session, user)
    return {"Authorization": f"Bearer {tokens.access_token}"}


def _httpx_kwargs(kwargs: dict[str, Any]) -> dict[str, Any]:
    """schemathesis' requests-style arguments as httpx arguments."""
    out: dict[str, Any] = {
        "method": kwargs["method"],
        "url": kwargs["url"],
        "headers": {k: str(v) for k, v in (kwargs.get("headers") or {}).items()},
        "params": kwargs.get("params"),
        "cookies": kwargs.get("cookies"),
    }
    if "json" in kwargs:
        out["json"] = kwargs["json"]
    data = kwargs.get("data")
    if isinstance(data, bytes | str):
        out["content"] = data
    elif data is not None:
        out["data"] = data
    if kwargs.get("files"):
        out["files"] = kwargs["files"]
    return out


def run(examples: int, seconds: float) -> Report:
    _environment()
    import hypothesis
    from httpx import ASGITransport, AsyncClient
    from hypothesis import HealthCheck, Phase, given
    from hypothesis import settings as hsettings
    from schemathesis import openapi
    from schemathesis.checks import not_a_server_error
    from schemathesis.generation import GenerationMode
    from schemathesis.specs.openapi.checks import (
        response_schema_conformance,
        status_code_conformance,
    )

    checks = [not_a_server_error, status_code_conformance, response_schema_conformance]
    from contextlib import ExitStack

    from tests.support.fake_google import fake_google_server, google_configured
    from tests.support.fake_stripe import FakeStripe, configure_settings

    loops = LoopThread()
    report = Report()
    loops.run(_create_database())
    outside = ExitStack()  # Google and Stripe as local fakes: their outages are not ours here
    try:
        from app.main import create_app

        google = outside.enter_context(fake_google_server())
        outside.enter_context(google_configured(google))
        stripe = FakeStripe().start()
        outside.callback(stripe.stop)
        configure_settings(_Setter(), stripe)

        app = create_app()
        client = AsyncClient(
            transport=ASGITransport(
                app=app, client=("203.0.113.9", 50000), raise_app_exceptions=False
            ),
            base_url="http://testserver",
        )
        schema = openapi.from_dict(app.openapi())
        operations = [r.ok() for r in schema.get_all_operations()]
        identities = {kind: loops.run(_identity(kind)) for kind in IDENTITIES}
        deadline = time.monotonic() + seconds if seconds > 0 else math.inf
        modes = (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
        while time.monotonic() < deadline:
            for kind in IDENTITIES:
                for operation in operations:
                    for mode in modes:
                        if time.monotonic() >= deadline:
                            break
                        _fuzz_operation(
                            operation,
                            mode,
                            kind,
                            identities,
                            client,
                            loops,
                            report,
                            checks,
                            examples,
                            deadline,
                            hypothesis=(hypothesis, given, hsettings, HealthCheck, Phase),
                        )
            report.rounds += 1
            if seconds <= 0:
                break
        loops.run(client.aclose())
    finally:
        outside.close()
        loops.run(_drop_database())
        loops.stop()
    return report


class _Setter:
    """What configure_settings needs of pytest's monkeypatch, for a process of its own."""

    def setattr(self, target: Any, name: str, value: Any) -> None:
        setattr(target, name, value)


def _fuzz_operation(
    operation: Any,
    mode: Any,
    kind: str,
    identities: dict[str, dict[str, str]],
    client: Any,
    loops: LoopThread,
    report: Report,
    checks: list[Any],
    examples: int,
    deadline: float,
    *,
    hypothesis: tuple[Any, ...],
) -> None:
    _hyp, given, hsettings, health_check, phase = hypothesis
    key = (operation.method.upper(), operation.path)
    destructive = key in DESTRUCTIVE
    has_inputs = any(
        len(part) for part in (operation.path_parameters, operation.query, operation.body)
    )
    if mode.name == "NEGATIVE" and not has_inputs:
        return  # nothing to make invalid

    @hsettings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=False,
        phases=[phase.explicit, phase.generate],
        suppress_health_check=list(health_check),
    )
    @given(case=operation.as_strategy(generation_mode=mode))
    def one(case: Any) -> None:
        if time.monotonic() >= deadline:
            return
        headers = dict(identities[kind])
        if destructive and kind != "anonymous":
            headers = loops.run(_identity(kind))
        kwargs = case.as_transport_kwargs(base_url="http://testserver", headers=headers)
        try:
            request = client.build_request(**_httpx_kwargs(kwargs))
            request.read()  # multipart bodies stream; the checks read the request again
        except (TypeError, ValueError, AttributeError):
            report.unsendable += 1  # a negative case httpx cannot even encode
            return
        response = loops.run(client.send(request))
        report.cases += 1
        report.by_identity[kind] = report.by_identity.get(kind, 0) + 1
        try:
            case.validate_response(response, checks=checks, headers=headers)
        except (Exception, BaseExceptionGroup) as exc:  # a failed check: record it, go on
            inner = getattr(exc, "exceptions", None) or [exc]  # a FailureGroup: its failures
            title = "; ".join(str(getattr(e, "title", "") or type(e).__name__) for e in inner)
            distinct = f"{key[0]} {key[1]} [{kind}] {response.status_code} {title}"[:300]
            if distinct not in report.failures:
                body = response.text[:500]
                report.failures[distinct] = f"{exc}\n  request: {kwargs}\n  answer: {body}"

    # Unsatisfiable: nothing to generate (a negative case of an operation without inputs).
    with contextlib.suppress(_hyp.errors.Unsatisfiable):
        one()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--examples",
        type=int,
        default=4,
        help="Examples per operation, mode and identity per round.",
    )
    parser.add_argument(
        "--seconds",
        type=float,
        default=0,
        help="Repeat rounds until this many seconds; 0 = one round.",
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    report = run(args.examples, args.seconds)
    took = time.monotonic() - started
    print(
        f"fuzz: {report.cases} cases in {report.rounds} rounds, {took:.0f} s; "
        + " ".join(f"{k}={v}" for k, v in sorted(report.by_identity.items()))
        + f"; {report.unsendable} unsendable; {len(report.failures)} distinct failures"
    )
    for distinct, example in sorted(report.failures.items()):
        print(f"\nFAIL {distinct}\n{example[:3000]}")
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
