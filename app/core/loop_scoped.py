"""One async resource per (event loop, key), closed when its loop shuts down.

aiohttp sessions (and the SDK clients built on them) belong to the event loop that made
them; a process may run several loops (uvicorn, a worker's per-process loop, pytest). The
resource is opened inside an async generator held here: asyncio finalises async generators
when their loop shuts down (asyncio.run, uvicorn, pytest), which closes the resource then.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Callable, Hashable
from contextlib import AbstractAsyncContextManager
from typing import Any, TypeVar

T = TypeVar("T")

_entries: dict[
    tuple[asyncio.AbstractEventLoop, Hashable], tuple[Any, AsyncGenerator[Any, None]]
] = {}


async def _keep(opened: AbstractAsyncContextManager[Any]) -> AsyncGenerator[Any, None]:
    async with opened as resource:
        yield resource


async def loop_scoped(
    key: Hashable,
    open_: Callable[[], AbstractAsyncContextManager[T]],
    *,
    usable: Callable[[T], bool] = lambda _: True,
) -> T:
    """The running loop's resource for `key`, opened on first use (or when no longer usable)."""
    loop = asyncio.get_running_loop()
    entry = _entries.get((loop, key))
    if entry is None or not usable(entry[0]):
        for stale in [k for k in _entries if k[0].is_closed()]:
            del _entries[stale]
        keeper = _keep(open_())
        entry = _entries[(loop, key)] = (await anext(keeper), keeper)
    resource: T = entry[0]
    return resource


def loop_scoped_all(key: Hashable) -> list[Any]:
    """Every loop's resource for `key` (e.g. to clear a cache they hold)."""
    return [value for (_, k), (value, _) in _entries.items() if k == key]
