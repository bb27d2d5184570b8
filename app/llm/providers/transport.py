"""Transport-level failures (timeouts, refused connections) across httpx and aiohttp."""

from __future__ import annotations

import asyncio

from app.llm.providers.base import ProviderFailure, connection_failure, timeout_failure

_TIMEOUT_NAMES = {
    "TimeoutException",
    "APITimeoutError",
    "ReadTimeout",
    "ConnectTimeout",
    "WriteTimeout",
    "PoolTimeout",
}
_CONNECTION_NAMES = {
    "TransportError",
    "NetworkError",
    "ConnectError",
    "RemoteProtocolError",
    "APIConnectionError",
    "ReadError",
    "ProtocolError",
    "ClientConnectionError",  # aiohttp: refused, reset, server disconnected
    "ClientPayloadError",  # aiohttp: the body broke off
}


def transport_failure(exc: BaseException) -> ProviderFailure | None:
    """Classify an exception by class name so httpx, httpx2, aiohttp and SDK wrappers all
    match."""
    if isinstance(exc, (TimeoutError, asyncio.TimeoutError)):
        return timeout_failure()
    names = {cls.__name__ for cls in type(exc).__mro__}
    if names & _TIMEOUT_NAMES:
        return timeout_failure()
    if names & _CONNECTION_NAMES or isinstance(exc, ConnectionError):
        return connection_failure()
    return None
