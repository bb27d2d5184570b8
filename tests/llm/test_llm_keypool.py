"""The Redis key pool: headroom choice, sliding limits, cool-downs, spend caps, bad keys,
the circuit breaker's single half-open probe, bounded waiting, and label-keyed state."""

from __future__ import annotations

import asyncio
import json
import time

import pytest

from app.llm.errors import PoolExhausted
from app.llm.keypool import Lease, get_pool, key_label, mask_key
from tests.support.fake_llm import FakeLLMServer, fake_llm_fixture, llm_settings  # noqa: F401

# Every test here runs on the suite's Redis and on a 3-master Redis Cluster.
pytestmark = pytest.mark.usefixtures("redis_backend")

K1 = "AIzaSyPoolKeyNumberOne-000000001"
K2 = "AIzaSyPoolKeyNumberTwo-000000002"
K3 = "AIzaSyPoolKeyNumberThree-0000003"


def test_labels_are_stable_and_masks_hide_the_key() -> None:
    assert key_label(K1) == key_label(K1)
    assert key_label(K1) != key_label(K2)
    assert key_label(K1).startswith("k-") and len(key_label(K1)) == 10
    masked = mask_key(K1)
    assert masked == "AIza…0001"
    assert K1 not in masked


async def _lease(est: int = 10) -> Lease:
    result = await get_pool().try_acquire(est)
    assert isinstance(result, Lease), f"expected a lease, pool says wait {result}"
    return result


async def test_acquire_picks_the_key_with_most_headroom(fake_llm: FakeLLMServer) -> None:
    with llm_settings(fake_llm, gemini_keys=[K1, K2], keypool_rpm=10):
        first = await _lease()
        second = await _lease()
        assert {first.label, second.label} == {key_label(K1), key_label(K2)}
        # Use K1's label twice more by disabling K2, then re-enable: K2 has more headroom.
        await get_pool().set_enabled(key_label(K2), False)
        await _lease()
        await _lease()
        await get_pool().set_enabled(key_label(K2), True)
        assert (await _lease()).label == key_label(K2)


async def test_requests_per_minute_never_exceeded_and_wait_is_the_oldest_expiry(
    fake_llm: FakeLLMServer,
) -> None:
    with llm_settings(
        fake_llm,
        gemini_keys=[K1],
        keypool_rpm=3,
        keypool_minute_window_seconds=30,
        keypool_window_margin_seconds=0.5,
        llm_timeout_seconds=2.0,
    ):
        pool = get_pool()
        leases = [await _lease() for _ in range(3)]
        # In flight, a request holds its slot until its call's longest possible end (the
        # timeout plus the provider's second of grace), then for the window.
        wait = await pool.try_acquire(10)
        assert isinstance(wait, float)
        assert 32.9 < wait <= 33.5
        # Answered, it holds the window from the answer: the measured call time, no more.
        for lease in leases:
            await pool.release(lease, outcome="success", tokens=10)
        wait = await pool.try_acquire(10)
        assert isinstance(wait, float)
        assert 29.9 < wait <= 30.5
        statuses = await pool.status()
        assert statuses[0].requests_last_minute == 3


async def test_requests_per_day_limit(fake_llm: FakeLLMServer) -> None:
    with llm_settings(fake_llm, gemini_keys=[K1], keypool_rpm=100, keypool_rpd=2):
        await _lease()
        await _lease()
        wait = await get_pool().try_acquire(10)
        assert isinstance(wait, float) and wait > 80_000


async def test_tokens_per_minute_reserved_then_settled_to_actual(fake_llm: FakeLLMServer) -> None:
    with llm_settings(fake_llm, gemini_keys=[K1], keypool_rpm=100, keypool_tpm=1000):
        pool = get_pool()
        lease = await _lease(est=700)
        assert isinstance(await pool.try_acquire(700), float)  # 1400 > 1000 reserved
        await pool.release(lease, outcome="success", tokens=100)
        second = await _lease(est=700)  # 100 actual + 700 fits
        status = (await pool.status())[0]
        assert status.tokens_last_minute == 800
        assert second.est_tokens == 700


async def test_per_key_overrides_by_label(fake_llm: FakeLLMServer) -> None:
    limits = json.dumps({key_label(K1): {"rpm": 1}})
    with llm_settings(fake_llm, gemini_keys=[K1, K2], keypool_rpm=5, keypool_key_limits=limits):
        labels = [(await _lease()).label for _ in range(6)]
        assert labels.count(key_label(K1)) == 1
        assert labels.count(key_label(K2)) == 5
        assert isinstance(await get_pool().try_acquire(10), float)


async def test_rate_limit_cools_the_key_for_the_provider_time(fake_llm: FakeLLMServer) -> None:
    with llm_settings(fake_llm, gemini_keys=[K1], keypool_cooldown_seconds=30):
        pool = get_pool()
        await pool.release(
            await _lease(), outcome="rate_limited", retry_after=7.0, detail="HTTP 429"
        )
        status = (await pool.status())[0]
        assert status.state == "cooling_down"
        assert status.until is not None and 6.0 < status.until - time.time() <= 7.5
        wait = await pool.try_acquire(10)
        assert isinstance(wait, float) and 6.0 < wait <= 7.5
        # Without a provider time, the default cool-down applies.
        await pool.set_enabled(key_label(K1), True)
        await pool.release(await _lease(), outcome="rate_limited", retry_after=None)
        wait = await pool.try_acquire(10)
        assert isinstance(wait, float) and 28.0 < wait <= 30.5


async def test_spend_cap_takes_key_out_until_next_utc_day_and_admin_restores(
    fake_llm: FakeLLMServer,
) -> None:
    with llm_settings(fake_llm, gemini_keys=[K1]):
        pool = get_pool()
        await pool.release(await _lease(), outcome="spend_cap", detail="quota")
        status = (await pool.status())[0]
        assert status.state == "spend_cap"
        now = time.time()
        assert status.until == pytest.approx(now - now % 86400 + 86400, abs=2)
        assert isinstance(await pool.try_acquire(10), float)
        await pool.set_enabled(key_label(K1), True)
        assert isinstance(await pool.try_acquire(10), Lease)


async def test_bad_key_is_disabled_and_never_chosen(fake_llm: FakeLLMServer) -> None:
    with llm_settings(fake_llm, gemini_keys=[K1, K2]):
        pool = get_pool()
        lease = await _lease()
        await pool.release(lease, outcome="bad_key", detail="HTTP 403")
        other = key_label(K2) if lease.label == key_label(K1) else key_label(K1)
        for _ in range(4):
            assert (await _lease()).label == other
        states = {s.label: s for s in await pool.status()}
        assert states[lease.label].state == "disabled"
        assert states[lease.label].disabled_reason == "bad_key"
        assert states[lease.label].last_error == "HTTP 403"


async def test_breaker_opens_half_opens_with_exactly_one_probe_and_closes(
    fake_llm: FakeLLMServer,
) -> None:
    with llm_settings(
        fake_llm,
        gemini_keys=[K1],
        keypool_breaker_threshold=3,
        keypool_breaker_cooloff_seconds=1.0,
        keypool_rpm=100,
    ):
        pool = get_pool()
        for _ in range(2):
            await pool.release(await _lease(), outcome="transient")
        assert (await pool.status())[0].state == "ok"  # below the threshold
        await pool.release(await _lease(), outcome="transient")
        assert (await pool.status())[0].state == "circuit_open"
        assert isinstance(await pool.try_acquire(10), float)
        await asyncio.sleep(1.1)
        # Half-open: many concurrent callers, exactly one probe goes through.
        results = await asyncio.gather(*(pool.try_acquire(10) for _ in range(12)))
        probes = [r for r in results if isinstance(r, Lease)]
        assert len(probes) == 1 and probes[0].probing
        # A failed probe re-opens the breaker for another cool-off.
        await pool.release(probes[0], outcome="transient")
        assert (await pool.status())[0].state == "circuit_open"
        await asyncio.sleep(1.1)
        results = await asyncio.gather(*(pool.try_acquire(10) for _ in range(12)))
        probes = [r for r in results if isinstance(r, Lease)]
        assert len(probes) == 1
        await pool.release(probes[0], outcome="success", tokens=5)
        status = (await pool.status())[0]
        assert status.state == "ok" and status.consecutive_failures == 0
        leases = await asyncio.gather(*(pool.try_acquire(10) for _ in range(5)))
        assert all(isinstance(lease, Lease) for lease in leases)


async def test_exhausted_pool_waits_for_the_earliest_slot(fake_llm: FakeLLMServer) -> None:
    with llm_settings(
        fake_llm,
        gemini_keys=[K1],
        keypool_rpm=1,
        keypool_minute_window_seconds=1,
        keypool_window_margin_seconds=0.1,
    ):
        pool = get_pool()
        await pool.release(await _lease(), outcome="success")
        lease = await pool.acquire(10, deadline=5.0)
        assert lease.label == key_label(K1)
        assert lease.waited >= 0.9  # the slot cannot free before the window passes


async def test_exhausted_pool_errors_with_the_right_retry_time(fake_llm: FakeLLMServer) -> None:
    with llm_settings(
        fake_llm,
        gemini_keys=[K1, K2],
        keypool_rpm=1,
        keypool_minute_window_seconds=20,
        keypool_window_margin_seconds=0.0,
    ):
        pool = get_pool()
        await pool.release(await _lease(), outcome="success")
        await asyncio.sleep(0.5)
        await pool.release(await _lease(), outcome="success")
        with pytest.raises(PoolExhausted) as info:
            await pool.acquire(10, deadline=1.0)
        # The earliest key frees when the first lease leaves its window.
        assert 18.5 < info.value.retry_after <= 19.6
        assert info.value.headers["Retry-After"] in {"19", "20"}
        assert info.value.status_code == 503 and info.value.error_code == "POOL_EXHAUSTED"


async def test_keys_added_or_removed_keep_the_others_counters(fake_llm: FakeLLMServer) -> None:
    with llm_settings(fake_llm, gemini_keys=[K1], keypool_rpm=10):
        for _ in range(3):
            await _lease()
    with llm_settings(fake_llm, gemini_keys=[K3, K1], keypool_rpm=10):
        states = {s.label: s for s in await get_pool().status()}
        assert states[key_label(K1)].requests_last_minute == 3
        assert states[key_label(K3)].requests_last_minute == 0
        assert (await _lease()).label == key_label(K3)


async def test_pool_works_on_the_embedded_fakeredis_stand_in(fake_llm: FakeLLMServer) -> None:
    import fakeredis

    from app.core import redis as redis_module

    saved = redis_module._client
    redis_module.set_redis(fakeredis.FakeAsyncRedis(decode_responses=True))
    try:
        with llm_settings(
            fake_llm, gemini_keys=[K1, K2], keypool_rpm=1, keypool_breaker_threshold=1
        ):
            pool = get_pool()
            a, b = await _lease(), await _lease()
            assert a.label != b.label
            assert isinstance(await pool.try_acquire(10), float)
            await pool.release(a, outcome="transient")
            assert {s.state for s in await pool.status()} == {"circuit_open", "ok"}
    finally:
        redis_module.set_redis(saved)


async def test_a_success_is_settled_after_the_caller_has_its_answer(
    fake_llm: FakeLLMServer,
) -> None:
    from app.llm.keypool import settle_releases
    from app.llm.registry import get_model
    from app.llm.router import route
    from app.llm.types import LLMRequest

    fake_llm.responder = lambda call: "one two three"
    with llm_settings(fake_llm, gemini_keys=[K1], keypool_rpm=100, keypool_tpm=100_000):
        pool = get_pool()
        original = pool.release
        gate = asyncio.Event()
        released: list[Lease] = []

        async def held_release(lease: Lease, **kwargs: object) -> str:
            released.append(lease)
            await gate.wait()  # the bookkeeping round trip is slow today
            return await original(lease, **kwargs)  # type: ignore[arg-type]

        pool.release = held_release  # type: ignore[method-assign]
        request = LLMRequest(prompt="Write a headline", purpose="generation")
        result = await asyncio.wait_for(route(request, [get_model("gemini-2.5-flash")]), 5)
        assert result.result.text == "one two three"  # answered while the release is held
        assert released and (await pool.status())[0].successes == 0
        gate.set()
        await settle_releases()
        status = (await pool.status())[0]
        assert status.successes == 1
        assert status.tokens_last_minute == result.result.tokens_in + result.result.tokens_out


async def test_a_probe_success_reopens_the_key_before_the_caller_returns(
    fake_llm: FakeLLMServer,
) -> None:
    from app.llm.registry import get_model
    from app.llm.router import route
    from app.llm.types import LLMRequest

    with llm_settings(
        fake_llm,
        gemini_keys=[K1],
        keypool_breaker_threshold=1,
        keypool_breaker_cooloff_seconds=0.3,
        keypool_rpm=100,
    ):
        pool = get_pool()
        await pool.release(await _lease(), outcome="transient")
        assert (await pool.status())[0].state == "circuit_open"
        await asyncio.sleep(0.4)
        original = pool.release

        async def slow_release(lease: Lease, **kwargs: object) -> str:
            await asyncio.sleep(0.3)
            return await original(lease, **kwargs)  # type: ignore[arg-type]

        pool.release = slow_release  # type: ignore[method-assign]
        await route(
            LLMRequest(prompt="probe", purpose="generation"), [get_model("gemini-2.5-flash")]
        )
        # No settle_releases(): the probe's release was awaited on the caller's path.
        assert (await pool.status())[0].state == "ok"


async def test_a_failed_background_release_is_logged_not_raised(
    fake_llm: FakeLLMServer, caplog: pytest.LogCaptureFixture
) -> None:
    import logging

    from app.llm.keypool import settle_releases
    from app.llm.registry import get_model
    from app.llm.router import route
    from app.llm.types import LLMRequest

    caplog.set_level(logging.WARNING)
    with llm_settings(fake_llm, gemini_keys=[K1], keypool_rpm=100):
        pool = get_pool()

        async def broken_release(lease: Lease, **kwargs: object) -> str:
            raise ConnectionError("redis went away")

        pool.release = broken_release  # type: ignore[method-assign]
        result = await route(
            LLMRequest(prompt="hello", purpose="generation"), [get_model("gemini-2.5-flash")]
        )
        assert result.result.text
        await settle_releases()
    assert "llm.keypool.release_failed" in caplog.text


async def test_a_task_ends_only_after_its_pool_bookkeeping_lands(fake_llm: FakeLLMServer) -> None:
    from app.workers.runtime import run_body

    with llm_settings(fake_llm, gemini_keys=[K1], keypool_rpm=100):
        pool = get_pool()
        lease = await _lease()
        landed: list[Lease] = []

        async def slow_release(done: Lease, **kwargs: object) -> str:
            await asyncio.sleep(0.2)
            landed.append(done)
            return "ok"

        pool.release = slow_release  # type: ignore[method-assign]

        async def body(_session: object) -> None:
            pool.release_soon(lease, tokens=5)

        await run_body("llm.settle_probe", body)
        assert landed == [lease]
