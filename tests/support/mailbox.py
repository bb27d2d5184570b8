"""Reading the in-memory outbox (EMAIL_BACKEND=memory) in tests."""

from __future__ import annotations

import re

from app.integrations.email import Email, memory_outbox
from app.workers.runtime import drain_inline_tasks

_TOKEN = re.compile(r"[?&]token=([A-Za-z0-9_\-]+)")


def clear_outbox() -> None:
    memory_outbox().clear()


async def mails_to(address: str) -> list[Email]:
    await drain_inline_tasks()
    return [m for m in memory_outbox() if m.to == address]


async def link_token(address: str) -> str:
    """The token of the newest link mailed to `address`."""
    mails = [m for m in await mails_to(address) if _TOKEN.search(m.text)]
    assert mails, f"no link mailed to {address}"
    match = _TOKEN.search(mails[-1].text)
    assert match
    return match.group(1)
