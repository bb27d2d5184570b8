"""Housekeeping schedule (Celery beat). Each entry names a task in app/workers/tasks/."""

from __future__ import annotations

from typing import Any

BEAT_SCHEDULE: dict[str, dict[str, Any]] = {
    "worker-heartbeat": {"task": "system.heartbeat", "schedule": 15.0},
}
