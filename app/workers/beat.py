"""Housekeeping schedule (Celery beat). Each entry names a task in app/workers/tasks/."""

from __future__ import annotations

from typing import Any

BEAT_SCHEDULE: dict[str, dict[str, Any]] = {
    "worker-heartbeat": {"task": "system.heartbeat", "schedule": 15.0},
    "auth-purge-expired": {"task": "auth.purge_expired", "schedule": 3600.0},
    "billing-requeue-unhandled": {"task": "billing.requeue_unhandled", "schedule": 300.0},
    "billing-expire-grace": {"task": "billing.expire_grace", "schedule": 3600.0},
    "billing-reconcile": {"task": "billing.reconcile", "schedule": 86_400.0},
    "generation-sweep-stuck": {"task": "generation.sweep_stuck", "schedule": 60.0},
    "analysis-sweep-stalled": {"task": "analysis.sweep_stalled", "schedule": 120.0},
    "analytics-fold-rollups": {"task": "analytics.fold_rollups", "schedule": 60.0},
}
