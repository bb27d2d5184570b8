"""Every Celery task name, written once. Senders (after_commit) and the task modules
(app/workers/tasks/) both use these; the queue comes from the prefix (task_routes)."""

from __future__ import annotations

ANALYSIS_RUN = "analysis.run"
ANALYTICS_FOLD_ROLLUPS = "analytics.fold_rollups"
ANALYSIS_SWEEP_STALLED = "analysis.sweep_stalled"
AUTH_SEND_LINK_EMAIL = "auth.send_link_email"
AUTH_SEND_ACCOUNT_EXISTS_EMAIL = "auth.send_account_exists_email"
AUTH_PURGE_EXPIRED = "auth.purge_expired"
BILLING_APPLY_EVENT = "billing.apply_event"
BILLING_REQUEUE_UNHANDLED = "billing.requeue_unhandled"
BILLING_RECONCILE = "billing.reconcile"
BILLING_EXPIRE_GRACE = "billing.expire_grace"
GENERATION_RUN = "generation.run"
GENERATION_SWEEP_STUCK = "generation.sweep_stuck"
SYSTEM_HEARTBEAT = "system.heartbeat"
SYSTEM_ECHO = "system.echo"
