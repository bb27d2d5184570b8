"""Locust users for `make load` (run by bench/load.py, which starts the stack and the users).

Each simulated user signs in on one of the two APIs and loops over the mixed flow: upload a
screenshot, start a generation, follow it (status polls, or the SSE stream on every other
round), read the history, export the result; every tenth round it signs in again.
Environment: LOAD_USERS (comma-separated e-mails, password from scripts/stack/flow.py) and
LOAD_APIS (comma-separated base URLs).
"""

from __future__ import annotations

import itertools
import json
import os
import time
from collections import Counter
from typing import Any

from locust import HttpUser, between, events, task

from scripts.stack import flow

EMAILS = os.environ.get("LOAD_USERS", "").split(",")
APIS = os.environ.get("LOAD_APIS", "").split(",")
_next = itertools.count()
API = flow.API
STATUSES: Counter[str] = Counter()


@events.request.add_listener
def _count_status(name: str, response: Any = None, **_: Any) -> None:
    if response is not None:
        STATUSES[f"{name} {response.status_code}"] += 1


@events.quitting.add_listener
def _write_statuses(**_: Any) -> None:
    if os.environ.get("LOAD_STATUS_FILE"):
        with open(os.environ["LOAD_STATUS_FILE"], "w") as handle:
            json.dump(dict(STATUSES), handle, indent=1)


class PagewrightUser(HttpUser):
    wait_time = between(1, 3)
    host = APIS[0]

    def on_start(self) -> None:
        index = next(_next)
        self.email = EMAILS[index % len(EMAILS)]
        self.base = APIS[index % len(APIS)]
        self.rounds = 0
        self.sign_in()

    def sign_in(self) -> None:
        answer = self.client.post(
            self.base + API + "/auth/login",
            json={"email": self.email, "password": flow.PASSWORD},
            name="POST /auth/login",
        )
        self.headers = {"Authorization": f"Bearer {answer.json()['access_token']}"}

    def _get(self, path: str, name: str, **kwargs: object) -> object:
        return self.client.get(self.base + path, headers=self.headers, name=name, **kwargs)

    @task
    def mixed_flow(self) -> None:
        self.rounds += 1
        if self.rounds % 10 == 0:
            self.sign_in()
        shot = self.client.post(
            self.base + API + "/screenshots",
            files={"file": ("page.png", flow.unique_png(), "image/png")},
            headers=self.headers,
            name="POST /screenshots",
        )
        if shot.status_code not in (200, 201):
            return
        created = self.client.post(
            self.base + API + "/generations",
            json={"screenshot_id": shot.json()["id"], "business_context": flow.CONTEXT},
            headers=self.headers,
            name="POST /generations",
        )
        if created.status_code != 202:
            return
        gen_id = created.json()["id"]
        if self.rounds % 2:
            self._get(
                f"{API}/generations/{gen_id}/events",
                "GET /generations/{id}/events (SSE to the end)",
                timeout=120,
            )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            status = self._get(f"{API}/generations/{gen_id}", "GET /generations/{id} (poll)")
            if status.json().get("status") in ("completed", "failed"):  # type: ignore[attr-defined]
                break
            time.sleep(0.5)
        self._get(f"{API}/generations?limit=20", "GET /generations (history)")
        self._get(f"{API}/screenshots?limit=20", "GET /screenshots (history)")
        fmt = "html" if self.rounds % 5 == 0 else "markdown"
        self._get(f"{API}/generations/{gen_id}/export?format={fmt}", f"GET export {fmt}")
