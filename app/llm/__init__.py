"""Provider interface, providers, the Redis key pool and the router."""

from __future__ import annotations


def reset_caches() -> None:
    """Forget cached SDK clients and pool configuration (after settings change, in tests)."""
    from app.llm.keypool import reset_pool
    from app.llm.providers import reset_clients

    reset_clients()
    reset_pool()
