"""`make faults`: faults injected into the production-like stack, on a PostgreSQL cluster and
a redis-server of its own (never the machine's shared ones).

    python -m scripts.stack.faults [--only NAME ...] [--settle 240]

Throughout, a background client signs in and reads (GET /users/me, GET /generations) on both
APIs five times a second. Cases, in order: Redis paused (SIGSTOP) 30 s, Redis flushed,
PostgreSQL restarted, a worker SIGKILLed mid-task, a worker SIGTERMed mid-task, uvicorn
SIGTERMed with requests in flight, the broker down while publishing, a provider that hangs
for 50 jobs, SMTP and Sentry unreachable (Sentry's DSN points at a closed port for the whole
run). A killed process is started again as a process supervisor would; nothing else is.

After each case, within --settle seconds: no generation or analysis left queued/running,
usage_daily equal to the generations holding a slot (each charged at most once, every
failure refunded), no 5xx outside the fault window (the window ends 5 s after the fault is
lifted), and a fresh upload -> analysis -> generation -> preview flow passes on both APIs.
Prints "Redis paused: authenticated reads p95" (target < 200 ms, answered from PostgreSQL).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import httpx

from scripts.stack import flow
from scripts.stack.check import make_stack
from scripts.stack.stack import Stack
from tests.support.fake_s3 import free_port

GRACE = 5.0  # seconds after a fault is lifted that still count as its window


@dataclass
class Sample:
    at: float
    api: int
    status: int  # 0 = no answer (connection refused, timeout)
    seconds: float


@dataclass
class Traffic:
    """Authenticated reads on both APIs, 5 a second, until stopped."""

    stack: Stack
    user: flow.User
    samples: list[Sample] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def run(self) -> None:
        clients = [httpx.Client(base_url=self.stack.api_url(i), timeout=10) for i in (0, 1)]
        turn = 0
        while not self.stop.wait(0.2):
            api = turn % 2
            path = "/api/v1/users/me" if turn % 4 < 2 else "/api/v1/generations?limit=5"
            turn += 1
            started = time.monotonic()
            try:
                status = clients[api].get(path, headers=self.user.headers).status_code
            except httpx.HTTPError:
                status = 0
            self.samples.append(Sample(started, api, status, time.monotonic() - started))
        for client in clients:
            client.close()


@dataclass
class Outcome:
    name: str
    passed: bool
    notes: list[str]


class Suite:
    def __init__(self, stack: Stack, settle: float) -> None:
        self.stack = stack
        self.settle_seconds = settle
        self.windows: list[tuple[float, float]] = []
        self.answers: list[Sample] = []  # the cases' own requests
        self.outcomes: list[Outcome] = []
        self.n = 0
        emails = ["faults-reader@example.com", "faults-owner@example.com"]
        flow.create_users(stack.api_url(0), stack.dsn, emails)
        with httpx.Client(base_url=stack.api_url(0), timeout=30) as client:
            reader = flow.login(client, emails[0])
            self.owner = flow.login(client, emails[1])
        self.traffic = Traffic(stack, reader)
        threading.Thread(target=self.traffic.run, daemon=True).start()

    # --- helpers -----------------------------------------------------------------------
    def client(self, api: int = 0, timeout: float = 30) -> httpx.Client:
        return httpx.Client(base_url=self.stack.api_url(api), timeout=timeout)

    def record(self, api: int, started: float, status: int) -> None:
        self.answers.append(Sample(started, api, status, time.monotonic() - started))

    def request(self, api: int, method: str, path: str, **kwargs: object) -> httpx.Response | None:
        started = time.monotonic()
        try:
            with self.client(api) as client:
                answer = client.request(method, path, headers=self.owner.headers, **kwargs)  # type: ignore[arg-type]
        except httpx.HTTPError:
            self.record(api, started, 0)
            return None
        self.record(api, started, answer.status_code)
        return answer

    def analysed_screenshot(self) -> str:
        with self.client(0, timeout=60) as client:
            shot = flow.upload(client, self.owner)
            flow.wait_analysis(client, self.owner, shot["id"])
        return str(shot["id"])

    def start_generations(self, count: int, shot_id: str, api: int = 0) -> list[int]:
        statuses = []
        for _ in range(count):
            answer = self.request(
                api,
                "POST",
                "/api/v1/generations",
                json={"screenshot_id": shot_id, "business_context": flow.CONTEXT},
            )
            statuses.append(answer.status_code if answer is not None else 0)
        return statuses

    def upload(self, api: int = 0) -> int:
        answer = self.request(
            api,
            "POST",
            "/api/v1/screenshots",
            files={"file": ("page.png", flow.unique_png(), "image/png")},
        )
        return answer.status_code if answer is not None else 0

    def wait_llm_started(self, before: int, timeout: float = 60) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.stack.control("/stats")["llm_started"] > before:
                return True
            time.sleep(0.1)
        return False

    def fault(self, begin: float) -> None:
        self.windows.append((begin, time.monotonic() + GRACE))

    def in_window(self, at: float) -> bool:
        return any(start <= at <= end for start, end in self.windows)

    # --- the checks after a case -------------------------------------------------------
    def settle(self) -> tuple[bool, float, dict[str, int]]:
        started = time.monotonic()
        left = flow.unsettled(self.stack.dsn)
        while any(left.values()) and time.monotonic() - started < self.settle_seconds:
            time.sleep(2)
            left = flow.unsettled(self.stack.dsn)
        return not any(left.values()), time.monotonic() - started, left

    def fresh_flow(self) -> bool:
        """Upload on API 1, generation on a worker, read and preview from API 2."""
        try:
            with self.client(0, 60) as one, self.client(1, 60) as two:
                shot = flow.upload(one, self.owner)
                if flow.wait_analysis(two, self.owner, shot["id"], timeout=90) != "completed":
                    return False
                created = flow.generate(one, self.owner, shot["id"])
                if created.status_code != 202:
                    return False
                gen_id = created.json()["id"]
                if flow.wait_generation(two, self.owner, gen_id, timeout=90) != "completed":
                    return False
                preview = two.get(
                    f"/api/v1/generations/{gen_id}/preview.png", headers=self.owner.headers
                )
                return preview.status_code == 200
        except httpx.HTTPError:
            return False

    def case(self, name: str, body: Callable[[], list[str]]) -> None:
        self.n += 1
        print(f"\n== {self.n}. {name}", flush=True)
        mark = time.monotonic()
        try:
            notes = body()
        except Exception as exc:  # a case that cannot run is a failed case, with its reason
            notes = [f"case raised {type(exc).__name__}: {exc}"]
            self.windows.append((mark, time.monotonic() + GRACE))
            ok_body = False
        else:
            ok_body = not any(n.startswith("FAIL") for n in notes)
        settled, waited, left = self.settle()
        mismatches = flow.quota_mismatches(self.stack.dsn)
        unrefunded = flow.failed_without_refund(self.stack.dsn)
        recovered = self.fresh_flow()
        samples = [s for s in self.traffic.samples + self.answers if s.at >= mark]
        outside = [s for s in samples if s.status >= 500 and not self.in_window(s.at)]
        inside = [s for s in samples if s.status >= 500 and self.in_window(s.at)]
        notes += [
            f"settled in {waited:.0f} s" if settled else f"FAIL still unsettled {left}",
            "quota counters equal the ledger" if not mismatches else f"FAIL quota {mismatches}",
            "every failed generation refunded"
            if not unrefunded
            else f"FAIL {unrefunded} unrefunded",
            f"5xx outside the fault window: {len(outside)}, inside: {len(inside)}",
            "fresh flow on both APIs passes" if recovered else "FAIL fresh flow after the fault",
        ]
        passed = ok_body and settled and not mismatches and not unrefunded and not outside
        passed = passed and recovered
        for note in notes:
            print(f"   {note}", flush=True)
        print(f"   -> {'PASSED' if passed else 'FAILED'}", flush=True)
        self.outcomes.append(Outcome(name, passed, notes))

    # --- the cases ---------------------------------------------------------------------
    def redis_paused(self) -> list[str]:
        assert self.stack.redis is not None
        shot = self.analysed_screenshot()
        begin = time.monotonic()
        self.stack.redis.pause()
        time.sleep(5)
        created = self.start_generations(2, shot, api=1)
        time.sleep(25)
        self.stack.redis.resume()
        end = time.monotonic()
        self.fault(begin)
        reads = [s.seconds for s in self.traffic.samples if begin + 1 <= s.at <= end and s.status]
        codes = sorted({s.status for s in self.traffic.samples if begin <= s.at <= end})
        reads.sort()
        p95 = reads[int(0.95 * (len(reads) - 1))] * 1000 if reads else float("nan")
        p50 = reads[len(reads) // 2] * 1000 if reads else float("nan")
        line = (
            f"Redis paused: authenticated reads p95 {p95:.0f} ms (p50 {p50:.0f} ms, "
            f"n={len(reads)}, statuses {codes}; target < 200 ms)"
        )
        self.redis_paused_line = line
        slowest = max(a.seconds for a in self.answers if a.at >= begin)
        notes = [
            line,
            f"POST /generations during the pause answered {created} (slowest "
            f"{slowest * 1000:.0f} ms)",
        ]
        if not p95 < 200:
            notes.append("FAIL Redis-paused p95 not under 200 ms")
        if any(c >= 500 and c != 503 for c in created):
            notes.append("FAIL generation refused with a 5xx other than 503")
        return notes

    def redis_flushed(self) -> list[str]:
        assert self.stack.redis is not None
        shot = self.analysed_screenshot()
        self.stack.control("/llm", latency=1.0)
        before = self.stack.control("/stats")["llm_started"]
        created = self.start_generations(4, shot)
        uploads = [self.upload() for _ in range(2)]
        self.wait_llm_started(before)
        begin = time.monotonic()
        subprocess.run(
            ["redis-cli", "-p", str(self.stack.redis.port), "FLUSHALL"],
            check=True,
            capture_output=True,
        )
        self.fault(begin)
        self.stack.control("/llm", latency=0.0)
        return [f"flushed with 4 generations ({created}) and 2 uploads ({uploads}) in flight"]

    def postgres_restarted(self) -> list[str]:
        assert self.stack.pg is not None
        shot = self.analysed_screenshot()
        self.stack.control("/llm", latency=1.0)
        created = self.start_generations(3, shot)
        begin = time.monotonic()
        self.stack.pg.restart()
        self.fault(begin)
        after = self.start_generations(1, shot)
        self.stack.control("/llm", latency=0.0)
        return [f"restarted with 3 generations in flight ({created}); just after: {after}"]

    def _worker_mid_task(self, sig: signal.Signals) -> list[str]:
        shot = self.analysed_screenshot()
        self.stack.control("/llm", latency=2.0)
        before = self.stack.control("/stats")["llm_started"]
        created = self.start_generations(4, shot)
        self.wait_llm_started(before)
        worker = self.stack.procs["worker1"]
        begin = time.monotonic()
        worker.signal(sig)
        assert worker.popen is not None
        try:
            worker.popen.wait(timeout=60)
        except subprocess.TimeoutExpired:
            worker.signal(signal.SIGKILL)
            worker.popen.wait(timeout=10)
        self.stack.control("/llm", latency=0.0)
        self.stack.start_worker(0)  # as a supervisor would
        self.fault(begin)
        return [f"worker1 got {sig.name} with 4 generations in flight ({created}); restarted"]

    def worker_killed(self) -> list[str]:
        return self._worker_mid_task(signal.SIGKILL)

    def worker_terminated(self) -> list[str]:
        return self._worker_mid_task(signal.SIGTERM)

    def uvicorn_terminated(self) -> list[str]:
        """SIGTERM to API 1 while it streams six generations' events (each stream has had
        its first event, so the server is answering it): every stream must run to its
        terminal event (uvicorn finishes the answers it has started, up to
        --timeout-graceful-shutdown 20 s), and nothing may answer 5xx."""
        shot = self.analysed_screenshot()
        self.stack.control("/llm", latency=2.0)
        created = [
            self.request(
                1,
                "POST",
                "/api/v1/generations",
                json={"screenshot_id": shot, "business_context": flow.CONTEXT},
            )
            for _ in range(6)
        ]
        ids = [answer.json()["id"] for answer in created if answer is not None]
        opened = [threading.Event() for _ in ids]

        def follow(gen_id: str, first: threading.Event) -> tuple[int, bool]:
            ended = False
            try:
                with (
                    self.client(0, 60) as client,
                    client.stream(
                        "GET",
                        f"/api/v1/generations/{gen_id}/events",
                        headers=self.owner.headers,
                    ) as answer,
                ):
                    for line in answer.iter_lines():
                        first.set()
                        if line.startswith("data:"):
                            status = json.loads(line[5:]).get("status")
                            ended = ended or status in ("completed", "failed")
                    return answer.status_code, ended
            except httpx.HTTPError:
                return 0, ended
            finally:
                first.set()

        api = self.stack.procs["api1"]
        with ThreadPoolExecutor(len(ids)) as pool:
            futures = [pool.submit(follow, i, e) for i, e in zip(ids, opened, strict=True)]
            for event in opened:
                event.wait(30)
            begin = time.monotonic()
            api.signal(signal.SIGTERM, group=False)
            results = [f.result() for f in futures]
        assert api.popen is not None
        api.popen.wait(timeout=60)
        stopped = time.monotonic() - begin
        self.stack.control("/llm", latency=0.0)
        self.stack.start_api(0)
        self.fault(begin)
        whole = sum(1 for status, ended in results if status == 200 and ended)
        notes = [
            f"{len(results)} SSE streams open on API 1 at SIGTERM: {whole} ran to their "
            f"terminal event, answers {sorted(status for status, _ in results)}; API 1 exited "
            f"{stopped:.1f} s after the signal; restarted"
        ]
        if whole < len(results) or len(results) < 6:
            notes.append("FAIL a stream in flight was cut")
        return notes

    def broker_down(self) -> list[str]:
        stack = self.stack
        assert stack.redis is not None
        shot = self.analysed_screenshot()
        begin = time.monotonic()
        stack.redis.stop()
        created = self.start_generations(3, shot, api=1)
        uploads = [self.upload(1) for _ in range(2)]
        time.sleep(5)
        stack.redis = type(stack.redis)(stack.workdir, stack.redis_port)
        self.fault(begin)
        slowest = max(a.seconds for a in self.answers if a.at >= begin)
        notes = [
            f"Redis stopped; POST /generations {created}, uploads {uploads} (slowest answer "
            f"{slowest * 1000:.0f} ms); Redis started again, empty, 5 s later"
        ]
        if any(c >= 500 and c != 503 for c in created + uploads):
            notes.append("FAIL a 5xx other than 503 while the broker was down")
        return notes

    def provider_hangs(self) -> list[str]:
        """The model stops answering (every call stalls past the client's 3 s timeout) for
        60 s while 50 generations are started, then answers again."""
        shot = self.analysed_screenshot()
        begin = time.monotonic()
        self.stack.control("/llm", hang_calls=1_000_000, hang_seconds=60)
        created = self.start_generations(50, shot)
        counts = {code: created.count(code) for code in set(created)}
        time.sleep(max(0.0, begin + 60 - time.monotonic()))
        during = flow.psql(
            self.stack.dsn,
            "SELECT status, count(*) FROM generations GROUP BY 1 ORDER BY 1",
        )
        self.stack.control("/llm", clear=True)
        recovered = time.monotonic()
        self.fault(begin)
        left = flow.unsettled(self.stack.dsn)
        while left["generations"] and time.monotonic() - recovered < self.settle_seconds:
            time.sleep(2)
            left = flow.unsettled(self.stack.dsn)
        since = int(time.monotonic() - begin + 5)
        rows = flow.psql(
            self.stack.dsn,
            "SELECT status, coalesce(error_code, '-'), count(*) FROM generations WHERE "
            f"created_at >= now() - make_interval(secs => {since}) GROUP BY 1, 2 ORDER BY 1, 2",
        )
        return [
            f"model hung 60 s (client timeout 3 s, 1 retry) while 50 generations were started: "
            f"POST answered {counts}; at the end of the hang, all rows by status {during}",
            f"{time.monotonic() - recovered:.0f} s after the model answered again: "
            f"{[' '.join(r) for r in rows]}",
        ]

    def smtp_and_sentry_unreachable(self) -> list[str]:
        self.stack.control("/smtp", up=False)
        begin = time.monotonic()
        timings, codes = [], []
        with self.client(1) as client:
            for i in range(5):
                started = time.monotonic()
                answer = client.post(
                    "/api/v1/auth/register",
                    json={
                        "email": f"smtp-down-{i}-{int(begin)}@example.com",
                        "password": flow.PASSWORD,
                    },
                )
                reset = client.post("/api/v1/auth/password-reset", json={"email": self.owner.email})
                timings.append(time.monotonic() - started)
                codes += [answer.status_code, reset.status_code]
                self.record(1, started, answer.status_code)
                self.record(1, started, reset.status_code)
        self.stack.control("/smtp", up=True)
        self.fault(begin)
        notes = [
            f"SMTP refusing connections, Sentry DSN on a closed port: register + password reset "
            f"answered {sorted(set(codes))}, slowest pair {max(timings) * 1000:.0f} ms"
        ]
        if any(code >= 500 for code in codes):
            notes.append("FAIL 5xx with SMTP down")
        return notes


CASES = [
    ("redis-paused", "Redis paused (SIGSTOP) 30 s", Suite.redis_paused),
    ("redis-flushed", "Redis flushed (FLUSHALL) with work in flight", Suite.redis_flushed),
    ("postgres-restarted", "PostgreSQL restarted", Suite.postgres_restarted),
    ("worker-sigkill", "A worker SIGKILLed mid-task", Suite.worker_killed),
    ("worker-sigterm", "A worker SIGTERMed mid-task", Suite.worker_terminated),
    ("uvicorn-sigterm", "uvicorn SIGTERMed with requests in flight", Suite.uvicorn_terminated),
    ("broker-down", "Broker down while publishing", Suite.broker_down),
    ("provider-hangs", "A provider that hangs for 50 jobs", Suite.provider_hangs),
    ("smtp-sentry", "SMTP and Sentry unreachable", Suite.smtp_and_sentry_unreachable),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="*", choices=[c[0] for c in CASES])
    parser.add_argument("--settle", type=float, default=240.0)
    args = parser.parse_args()
    # Free ports: fixed ones may belong to someone else's server on a shared machine.
    os.environ.setdefault("STACK_PG_PORT", str(free_port()))
    os.environ.setdefault("STACK_REDIS_PORT", str(free_port()))
    # The suite runs longer than an access token lives; its clients sign in once.
    stack = make_stack(
        api_ports=(free_port(), free_port()), extra_env={"ACCESS_TOKEN_MINUTES": "240"}
    )
    if not stack.own:
        sys.exit("the fault suite needs its own PostgreSQL and Redis: unset STACK_DATABASE_URL")
    print(f"stack work directory: {stack.workdir} (logs in logs/)", flush=True)
    started = time.monotonic()
    try:
        stack.up()
        suite = Suite(stack, args.settle)
        for key, name, body in CASES:
            if not args.only or key in args.only:
                suite.case(name, lambda body=body: body(suite))  # type: ignore[misc]
        suite.traffic.stop.set()
    finally:
        stack.down()
    print(f"\nfault suite, {(time.monotonic() - started) / 60:.1f} min:")
    for outcome in suite.outcomes:
        print(f"  {'PASSED' if outcome.passed else 'FAILED'}  {outcome.name}")
    if hasattr(suite, "redis_paused_line"):
        print(suite.redis_paused_line)
    sys.exit(0 if all(o.passed for o in suite.outcomes) else 1)


if __name__ == "__main__":
    main()
