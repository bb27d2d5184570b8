"""What the two official-SDK providers (Anthropic, OpenAI) share: one client per key, base URL
and timeout with the SDK's own retries off (the router decides), and one mapping of an SDK
call's failures to the neutral classification."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, Generic, TypeVar

from app.llm.providers.base import (
    ProviderFailure,
    malformed_failure,
    retry_after_from_headers,
    status_failure,
)
from app.llm.providers.transport import transport_failure

C = TypeVar("C")
R = TypeVar("R")


class SDKClients(Generic[C]):
    def __init__(self, make: Callable[..., C]) -> None:
        self._make = make
        self._clients: dict[tuple[str, str | None, float], C] = {}

    def get(self, api_key: str, base_url: str | None, timeout: float) -> C:
        ident = (api_key, base_url, timeout)
        if ident not in self._clients:
            self._clients[ident] = self._make(
                api_key=api_key, base_url=base_url, max_retries=0, timeout=timeout
            )
        return self._clients[ident]

    def clear(self) -> None:
        self._clients.clear()


def sdk_status_failure(exc: Any, *, code: str, spend_cap: bool) -> ProviderFailure:
    """An SDK's APIStatusError (status_code, response) with the provider's error code."""
    status = exc.status_code
    return status_failure(
        status,
        retry_after=retry_after_from_headers(exc.response.headers),
        spend_cap=spend_cap,
        detail=f"HTTP {status} {code}".strip(),
    )


async def sdk_call(
    call: Callable[[], Awaitable[R]],
    *,
    status_error: type[Exception],
    classify: Callable[[Any], ProviderFailure],
) -> R:
    """Make and await the SDK call (client construction included); an HTTP error answer is
    classified, anything else is transport trouble or an unreadable answer."""
    try:
        return await call()
    except status_error as exc:
        raise classify(exc) from None
    except Exception as exc:
        raise transport_failure(exc) or malformed_failure() from None
