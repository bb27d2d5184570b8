"""A production-like Pagewright stack on one machine, every process its own: the fake internet
(scripts/stack/fakes.py: Gemini, Stripe, S3, SMTP), two uvicorn APIs, two Celery workers and
beat, on PostgreSQL and Redis, with STORAGE_BACKEND=s3 and ENVIRONMENT=production.

The APIs and workers share nothing but PostgreSQL, Redis and S3: each runs in its own working
directory with its own DATA_DIR (nothing is read from the source tree's data/).

PostgreSQL and Redis are either given (URLs) or private: `own=True` runs initdb into a
scratch directory and a redis-server on ports of their own, so the fault suite can stop,
pause and flush them without touching the machine's shared instances.
"""

from __future__ import annotations

import contextlib
import glob
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from tests.support.own_redis import OwnRedis

ROOT = Path(__file__).resolve().parents[2]
PY = sys.executable
PG_ADMIN = "postgres"
WEBHOOK_SECRET = "whsec_stack_0123456789abcdef"
PRICE_ID = "price_pro_stack"
# Free tier with room for a load test; quotas are still reserved and given back per job.
TIERS = {
    "free": {"daily_generations": 100_000, "providers": ["gemini", "offline"]},
    "pro": {"daily_generations": 100_000, "providers": None, "global_instructions": True},
}


def _pg_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if not found:
        raise SystemExit(f"no {name} under /usr/lib/postgresql/*/bin")
    return found[-1]


def _as_postgres(cmd: list[str]) -> list[str]:
    # initdb and postgres refuse to run as root.
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


class OwnPostgres:
    """A PostgreSQL cluster in a scratch directory on its own port."""

    def __init__(self, workdir: Path, port: int) -> None:
        self.port = port
        self.dir = workdir / "pgdata"
        self.log = workdir / "logs" / "postgres.log"
        self.dir.mkdir(parents=True)
        self.log.parent.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(workdir, "postgres")
            shutil.chown(self.dir, "postgres")
            shutil.chown(self.log.parent, "postgres")
            os.chmod(workdir, 0o755)
        subprocess.run(
            _as_postgres(
                [
                    _pg_bin("initdb"),
                    "-D",
                    str(self.dir),
                    "-U",
                    PG_ADMIN,
                    "--auth=trust",
                    "-E",
                    "UTF8",
                ]
            ),
            check=True,
            capture_output=True,
        )
        self.start()

    def _ctl(self, *args: str) -> None:
        subprocess.run(
            _as_postgres([_pg_bin("pg_ctl"), "-D", str(self.dir), *args]),
            check=True,
            capture_output=True,
        )

    def start(self) -> None:
        opts = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={self.dir} "
            "-c max_connections=200 -c fsync=off -c synchronous_commit=off"
        )
        self._ctl("-o", opts, "-l", str(self.log), "-w", "start")

    def restart(self) -> None:
        self._ctl("-m", "fast", "-w", "stop")
        self.start()

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self._ctl("-m", "immediate", "-w", "stop")

    @property
    def admin_dsn(self) -> str:
        return f"postgresql://{PG_ADMIN}@127.0.0.1:{self.port}/postgres"


def _wait(check: object, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():  # type: ignore[operator]
            return
        time.sleep(0.2)
    raise RuntimeError(f"{what} not ready after {timeout:.0f} s")


@dataclass
class Proc:
    name: str
    cmd: list[str]
    cwd: Path
    env: dict[str, str]
    log: Path
    popen: subprocess.Popen[bytes] | None = None
    port: int | None = None

    def start(self) -> None:
        with open(self.log, "ab") as out:
            self.popen = subprocess.Popen(
                self.cmd,
                cwd=self.cwd,
                env=self.env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    @property
    def pid(self) -> int:
        assert self.popen is not None
        return self.popen.pid

    def alive(self) -> bool:
        return self.popen is not None and self.popen.poll() is None

    def signal(self, sig: signal.Signals, group: bool = True) -> None:
        if self.alive():
            with contextlib.suppress(ProcessLookupError):
                if group:
                    os.killpg(self.pid, sig)
                else:
                    os.kill(self.pid, sig)

    def stop(self, timeout: float = 30) -> None:
        if not self.alive():
            return
        self.signal(signal.SIGTERM)
        try:
            assert self.popen is not None
            self.popen.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.signal(signal.SIGKILL)
            self.popen.wait(timeout=10)  # type: ignore[union-attr]


@dataclass
class Stack:
    workdir: Path
    own: bool = True
    pg_port: int = 5441
    redis_port: int = 6395
    api_ports: tuple[int, int] = (8101, 8102)
    database_url: str | None = None  # with own=False
    redis_url: str | None = None  # with own=False
    workers: int = 2
    worker_concurrency: int = 2
    extra_env: dict[str, str] = field(default_factory=dict)
    procs: dict[str, Proc] = field(default_factory=dict)
    pg: OwnPostgres | None = None
    redis: OwnRedis | None = None
    fakes: dict[str, str] = field(default_factory=dict)
    dbname: str = "pagewright_stack"

    # --- services --------------------------------------------------------------------
    def _services(self) -> None:
        if self.own:
            self.pg = OwnPostgres(self.workdir, self.pg_port)
            self.redis = OwnRedis(self.workdir, self.redis_port)
            self.admin_dsn = self.pg.admin_dsn
            self.database_url = (
                f"postgresql+asyncpg://{PG_ADMIN}@127.0.0.1:{self.pg_port}/{self.dbname}"
            )
            self.redis_url = f"redis://127.0.0.1:{self.redis_port}/0"
        else:
            assert self.database_url and self.redis_url, "database_url and redis_url needed"
            self.dbname = self.database_url.rsplit("/", 1)[1]
            self.admin_dsn = (
                self.database_url.replace("+asyncpg", "").rsplit("/", 1)[0] + "/postgres"
            )
        subprocess.run(
            ["psql", self.admin_dsn, "-qc", f'DROP DATABASE IF EXISTS "{self.dbname}"'],
            check=True,
            capture_output=True,
        )
        subprocess.run(
            ["psql", self.admin_dsn, "-qc", f'CREATE DATABASE "{self.dbname}"'],
            check=True,
            capture_output=True,
        )

    @property
    def dsn(self) -> str:
        """A libpq/asyncpg DSN of the stack's database."""
        assert self.database_url
        return self.database_url.replace("+asyncpg", "")

    def env(self, name: str) -> dict[str, str]:
        data_dir = self.workdir / name / "data"
        data_dir.mkdir(parents=True, exist_ok=True)
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("DATABASE_", "REDIS_", "CELERY_", "S3_", "STRIPE_", "GEMINI_"))
        }
        env.update(
            PYTHONPATH=str(ROOT),
            ENVIRONMENT="production",
            SECRET_KEY=self.secret_key,
            DATABASE_URL=str(self.database_url),
            REDIS_URL=str(self.redis_url),
            DATA_DIR=str(data_dir),
            TASK_INLINE="false",
            LOG_LEVEL="WARNING",
            PUBLIC_BASE_URL=f"http://127.0.0.1:{self.api_ports[0]}",
            FRONTEND_URL=f"http://127.0.0.1:{self.api_ports[0]}",
            STORAGE_BACKEND="s3",
            S3_BUCKET=self.fakes["bucket"],
            S3_ENDPOINT_URL=self.fakes["s3"],
            S3_ACCESS_KEY_ID="test-access-key",
            S3_SECRET_ACCESS_KEY="test-secret-key",
            S3_PATH_STYLE="true",
            EMAIL_BACKEND="smtp",
            SMTP_HOST="127.0.0.1",
            SMTP_PORT=str(self.fakes["smtp_port"]),
            SMTP_STARTTLS="false",
            # Sentry is on and unreachable throughout: nothing may wait on it.
            SENTRY_DSN="http://0123456789abcdef@127.0.0.1:9/1",
            GEMINI_API_KEYS="AIzaFAKE-stack-1,AIzaFAKE-stack-2,AIzaFAKE-stack-3",
            GEMINI_BASE_URL=self.fakes["llm"] + "/",
            LLM_TIMEOUT_SECONDS="3",
            LLM_MAX_RETRIES="1",
            LLM_BACKOFF_BASE_SECONDS="0.05",
            KEYPOOL_RPM="100000",
            KEYPOOL_RPD="100000000",
            KEYPOOL_TPM="1000000000",
            STRIPE_SECRET_KEY="sk_test_stack_0123456789",
            STRIPE_API_BASE=self.fakes["stripe"],
            STRIPE_PRO_PRICE_ID=PRICE_ID,
            STRIPE_WEBHOOK_SECRET=WEBHOOK_SECRET,
            TIERS=json.dumps(TIERS),
            # Every simulated user comes from 127.0.0.1: the per-IP limits would throttle
            # the load generator, not a user.
            RATE_LIMIT_AUTH_IP="100000/minute",
            RATE_LIMIT_AUTH_ACCOUNT="1000/minute",
            RATE_LIMIT_GENERATION_USER="1000/minute",
            RATE_LIMIT_UPLOAD_USER="1000/minute",
            # Short limits so that a killed worker's work comes back within minutes:
            # visibility timeout = 3 x TASK_TIME_LIMIT = 120 s.
            TASK_SOFT_TIME_LIMIT="30",
            TASK_TIME_LIMIT="40",
            GENERATION_LEASE_SECONDS="20",
            GENERATION_RESEND_SECONDS="30",
        )
        env.update(self.extra_env)
        return env

    # --- processes -------------------------------------------------------------------
    def _proc(self, name: str, cmd: list[str], port: int | None = None) -> Proc:
        cwd = self.workdir / name
        cwd.mkdir(parents=True, exist_ok=True)
        proc = Proc(
            name, cmd, cwd, self.env(name), self.workdir / "logs" / f"{name}.log", port=port
        )
        self.procs[name] = proc
        return proc

    def api_url(self, index: int) -> str:
        return f"http://127.0.0.1:{self.api_ports[index]}"

    def start_api(self, index: int) -> None:
        name = f"api{index + 1}"
        proc = self.procs.get(name) or self._proc(
            name,
            [
                PY,
                "-m",
                "uvicorn",
                "app.main:app",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.api_ports[index]),
                "--no-proxy-headers",
                "--no-access-log",
                "--timeout-graceful-shutdown",
                "20",
            ],
            port=self.api_ports[index],
        )
        proc.start()
        url = self.api_url(index)
        _wait(lambda: _healthy(url), 90, name)

    def start_worker(self, index: int) -> None:
        name = f"worker{index + 1}"
        proc = self.procs.get(name) or self._proc(
            name,
            [
                PY,
                "-m",
                "celery",
                "-A",
                "app.workers.celery_app",
                "worker",
                "-Q",
                "generation_priority,analysis,generation,default",
                "-c",
                str(self.worker_concurrency),
                "-n",
                f"{name}@%h",
                "--without-gossip",
                "--without-mingle",
                "--loglevel",
                "INFO",
            ],
        )
        size = proc.log.stat().st_size if proc.log.exists() else 0
        proc.start()
        _wait(lambda: b" ready." in proc.log.read_bytes()[size:], 90, name)

    def start_beat(self) -> None:
        proc = self.procs.get("beat") or self._proc(
            "beat",
            [
                PY,
                "-m",
                "celery",
                "-A",
                "app.workers.celery_app",
                "beat",
                "--loglevel",
                "INFO",
                "-s",
                str(self.workdir / "beat" / "celerybeat-schedule"),
            ],
        )
        proc.start()

    def up(self) -> Stack:
        self.workdir.mkdir(parents=True, exist_ok=True)
        (self.workdir / "logs").mkdir(exist_ok=True)
        self.secret_key = secrets.token_hex(32)
        self._services()
        state = self.workdir / "fakes.json"
        fakes = Proc(
            "fakes",
            [PY, "-m", "scripts.stack.fakes", str(state)],
            ROOT,
            {**os.environ, "PYTHONPATH": str(ROOT)},
            self.workdir / "logs" / "fakes.log",
        )
        self.procs["fakes"] = fakes
        fakes.start()
        _wait(state.exists, 60, "fakes")
        self.fakes = json.loads(state.read_text())
        migrate = subprocess.run(
            [PY, "-m", "alembic", "upgrade", "head"],
            cwd=ROOT,
            env=self.env("migrate"),
            capture_output=True,
            text=True,
        )
        if migrate.returncode:
            raise RuntimeError("migration failed:\n" + migrate.stderr[-3000:])
        for index in range(self.workers):
            self.start_worker(index)
        self.start_beat()
        for index in range(len(self.api_ports)):
            self.start_api(index)
        return self

    def down(self) -> None:
        for proc in reversed(list(self.procs.values())):
            proc.stop()
        if self.redis is not None:
            self.redis.stop()
        if self.pg is not None:
            self.pg.stop()

    def control(self, path: str, **body: object) -> dict[str, int]:
        answer = httpx.post(self.fakes["control"] + path, json=body, timeout=10)
        return answer.json()  # type: ignore[no-any-return]

    def rss(self) -> dict[str, int]:
        """Resident memory of every app process (its whole process group), bytes."""
        out = {}
        for name, proc in self.procs.items():
            if proc.alive():
                out[name] = _group_rss(proc.pid)
        return out


def _healthy(url: str) -> bool:
    try:
        return httpx.get(url + "/health", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def _group_rss(pgid: int) -> int:
    total = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            if int(fields[2]) != pgid:  # field 5 (pgrp), after state and ppid
                continue
            with open(f"/proc/{entry}/status") as status:
                for line in status:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
        except (OSError, ValueError, IndexError):
            continue
    return total


def scratch_dir(prefix: str) -> Path:
    return Path(tempfile.mkdtemp(prefix=prefix))
