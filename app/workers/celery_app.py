"""The Celery application. Tasks are addressed by name everywhere else (STYLE.md)."""

from __future__ import annotations

from celery import Celery
from kombu import Queue

from app.core.config import GENERATION_PRIORITY_QUEUE, get_settings
from app.workers.beat import BEAT_SCHEDULE


def _task_modules() -> list[str]:
    """Every module in app/workers/tasks/ (one per domain) is a task module."""
    import pkgutil

    from app.workers import tasks

    return [f"{tasks.__name__}.{m.name}" for m in pkgutil.iter_modules(tasks.__path__)]


TASK_MODULES = _task_modules()

# Workers list generation_priority first; with queue_order_strategy "priority" the Redis
# transport always takes from the first non-empty queue, so pro generations go first.
QUEUES = (GENERATION_PRIORITY_QUEUE, "analysis", "generation", "default")


def create_celery() -> Celery:
    settings = get_settings()
    broker = settings.effective_broker_url or "memory://"
    app = Celery("pagewright", broker=broker, include=TASK_MODULES)
    app.conf.update(
        task_serializer="json",
        accept_content=["json"],
        result_serializer="json",
        task_ignore_result=True,
        result_backend=None,
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_soft_time_limit=settings.task_soft_time_limit,
        task_time_limit=settings.task_time_limit,
        # Unacked messages come back after this; longer than the longest task plus the
        # longest countdown (settings.max_countdown_seconds; after_commit caps countdowns).
        broker_transport_options={
            "visibility_timeout": settings.broker_visibility_timeout,
            "global_keyprefix": settings.redis_key_prefix + "celery:",
            "queue_order_strategy": "priority",
            # A stalled broker fails a publish in seconds, not never (runtime's breaker
            # then skips it for a while); the sweepers re-send what was not published.
            "socket_timeout": 2.0,
            "socket_connect_timeout": 2.0,
        },
        broker_connection_timeout=2.0,
        task_publish_retry_policy={"max_retries": 1, "interval_start": 0, "interval_step": 0.5},
        broker_connection_retry_on_startup=True,
        task_queues=[Queue(name) for name in QUEUES],
        task_default_queue="default",
        task_routes={
            "analysis.*": {"queue": "analysis"},
            "generation.*": {"queue": "generation"},
        },
        worker_send_task_events=False,
        worker_hijack_root_logger=False,
        beat_schedule=BEAT_SCHEDULE,
        timezone="UTC",
    )
    return app


celery_app = create_celery()
