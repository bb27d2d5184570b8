"""Housekeeping schedule (Celery beat). Each entry names a task in app/workers/tasks/."""

from __future__ import annotations

from typing import Any

from app.core import tasks as task_names

BEAT_SCHEDULE: dict[str, dict[str, Any]] = {
    "auth-purge-expired": {"task": task_names.AUTH_PURGE_EXPIRED, "schedule": 3600.0},
    "billing-requeue-unhandled": {"task": task_names.BILLING_REQUEUE_UNHANDLED, "schedule": 300.0},
    "billing-expire-grace": {"task": task_names.BILLING_EXPIRE_GRACE, "schedule": 3600.0},
    "billing-reconcile": {"task": task_names.BILLING_RECONCILE, "schedule": 86_400.0},
    "generation-sweep-stuck": {"task": task_names.GENERATION_SWEEP_STUCK, "schedule": 60.0},
    "analysis-sweep-stalled": {"task": task_names.ANALYSIS_SWEEP_STALLED, "schedule": 120.0},
    "analytics-fold-rollups": {"task": task_names.ANALYTICS_FOLD_ROLLUPS, "schedule": 60.0},
}
