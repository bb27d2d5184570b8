"""Every Lua script in the code base keeps each call in one Redis Cluster hash slot.

A cluster runs a script on the node that owns its keys' slot and refuses keys of another
slot, so a multi-key script works there only when all of its keys hash alike (`{tag}`). The
scripts are found by searching app/ for script calls; each is run on a real 3-master cluster
and the slot of every key it was called with, and of every key it wrote, is computed.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from redis.crc import key_slot

from app.core.config import get_settings
from app.llm.keypool import SLOT_TAG, KeyPool, Lease, get_pool, key_label
from tests.support.fake_llm import FakeLLMServer, fake_llm_fixture, llm_settings  # noqa: F401

APP = Path(__file__).resolve().parents[2] / "app"
SCRIPT_CALL = re.compile(r"\b(register_script|eval|evalsha|eval_ro|evalsha_ro|fcall|fcall_ro)\(")
# Where the code base runs Lua, and the scripts each place registers (the test below runs
# every one of them). A new script elsewhere fails here until it is added to this test.
KNOWN = {"llm/keypool.py": 5}
KEYPOOL_SCRIPTS = {"acquire", "release", "sync", "set_enabled", "join"}

K1 = "AIzaSyClusterSlotKeyNumberOne-01"
K2 = "AIzaSyClusterSlotKeyNumberTwo-02"


def test_every_script_call_in_the_code_base_is_known() -> None:
    found: dict[str, int] = defaultdict(int)
    for path in APP.rglob("*.py"):
        for line in path.read_text().splitlines():
            if SCRIPT_CALL.search(line.split("#", 1)[0]):
                found[str(path.relative_to(APP))] += 1
    assert dict(found) == KNOWN


@pytest.mark.parametrize("redis_backend", ["cluster"], indirect=True)
async def test_every_key_pool_script_keeps_its_keys_in_one_slot(
    fake_llm: FakeLLMServer,
    redis_backend: str,
    redis_cluster: Any,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    called: dict[str, list[str]] = defaultdict(list)
    original = KeyPool._script

    def spying(self: KeyPool, name: str) -> tuple[Any, Any]:
        client, script = original(self, name)

        async def call(*, keys: list[str], args: list[Any]) -> Any:
            called[name].extend(keys)
            return await script(keys=keys, args=args)

        return client, call

    monkeypatch.setattr(KeyPool, "_script", spying)
    caplog.set_level(logging.WARNING)
    with llm_settings(
        fake_llm,
        gemini_keys=[K1, K2],
        keypool_rpm=1,
        keypool_minute_window_seconds=1,
        keypool_window_margin_seconds=0.0,
    ):
        pool = get_pool()
        first = await pool.try_acquire(10)  # sync, then acquire
        second = await pool.try_acquire(10)
        assert isinstance(first, Lease) and isinstance(second, Lease)
        await pool.release(first, outcome="success", tokens=5)
        await pool.release(second, outcome="transient", detail="HTTP 503")
        await pool.set_enabled(key_label(K2), False, reason="test")
        # Both keys used: this caller waits in line (join) for the first to free up.
        await pool.release(await pool.acquire(10, deadline=5.0), outcome="unused")
        assert {s.label for s in await pool.status()} == {key_label(K1), key_label(K2)}
    assert "line_join_failed" not in caplog.text
    assert set(called) == KEYPOOL_SCRIPTS

    # The slot of every key each script was called with...
    slots = {name: {key_slot(k.encode()) for k in keys} for name, keys in called.items()}
    assert all(len(s) == 1 for s in slots.values()), slots
    (slot,) = set().union(*slots.values())
    assert slot == key_slot(SLOT_TAG.strip("{}").encode())
    # ...and of every key the scripts wrote (the per-key state they chose as they ran).
    client = redis_cluster.client()
    written = list(client.scan_iter(match=get_settings().redis_key_prefix + "*", count=1000))
    for suffix in (":req", ":tok", ":state", ":idx", ":lim"):
        assert any(k.endswith(suffix) for k in written), (suffix, written)
    assert {key_slot(k.encode()) for k in written} == {slot}
    client.close()
