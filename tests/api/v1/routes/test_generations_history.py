"""History, delete, regenerate, feedback and export; another user's generation is 404."""

from __future__ import annotations

from typing import Any

from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import AnalyticsEvent, Feedback, Generation, UsageDaily, User
from app.workers.runtime import drain_inline_tasks
from tests.api.test_errors import assert_error_shape
from tests.support.factories import auth_headers, create_user
from tests.support.generations import business_context, create_screenshot, sample_analysis


async def _generate(
    client: AsyncClient,
    session: AsyncSession,
    user: User,
    headers: dict[str, str],
    page: int = 1,
    **extra: Any,
) -> str:
    shot = await create_screenshot(session, user, analysis=sample_analysis(page))
    resp = await client.post(
        "/api/v1/generations",
        headers=headers,
        json={"screenshot_id": str(shot.id), "business_context": business_context(), **extra},
    )
    assert resp.status_code == 202, resp.text
    await drain_inline_tasks()
    return str(resp.json()["id"])


async def test_another_users_generation_is_404_everywhere(
    client: AsyncClient, session: AsyncSession
) -> None:
    owner = await create_user(session)
    owner_headers = await auth_headers(session, owner)
    gid = await _generate(client, session, owner, owner_headers)
    intruder = await create_user(session)
    headers = await auth_headers(session, intruder)
    base = f"/api/v1/generations/{gid}"
    calls = [
        ("GET", base, None),
        ("DELETE", base, None),
        ("GET", f"{base}/events", None),
        ("POST", f"{base}/regenerate", {}),
        ("POST", f"{base}/feedback", {"rating": "up"}),
        ("GET", f"{base}/export?format=html", None),
    ]
    for method, url, body in calls:
        resp = await client.request(method, url, headers=headers, json=body)
        assert resp.status_code == 404, (method, url, resp.text)
        assert_error_shape(resp.json(), "GENERATION_NOT_FOUND")
    listed = (await client.get("/api/v1/generations", headers=headers)).json()
    assert listed["items"] == []
    # the owner's row is untouched, no feedback and no regeneration were made
    assert (await client.get(base, headers=owner_headers)).status_code == 200
    assert (await session.execute(select(Feedback))).first() is None
    assert len((await session.execute(select(Generation))).scalars().all()) == 1
    # another user's screenshot cannot be used either
    shot = await create_screenshot(session, owner, analysis=sample_analysis(2))
    resp = await client.post(
        "/api/v1/generations",
        headers=headers,
        json={"screenshot_id": str(shot.id), "business_context": business_context()},
    )
    assert resp.status_code == 404
    assert_error_shape(resp.json(), "SCREENSHOT_NOT_FOUND")


async def test_history_is_newest_first_with_cursor_and_status_filter(
    client: AsyncClient, session: AsyncSession
) -> None:
    user = await create_user(session)
    headers = await auth_headers(session, user)
    ids = [await _generate(client, session, user, headers, page=p) for p in (1, 2, 3)]
    page1 = (await client.get("/api/v1/generations?limit=2", headers=headers)).json()
    assert [i["id"] for i in page1["items"]] == [ids[2], ids[1]]
    assert page1["next_cursor"]
    page2 = (
        await client.get(
            f"/api/v1/generations?limit=2&cursor={page1['next_cursor']}", headers=headers
        )
    ).json()
    assert [i["id"] for i in page2["items"]] == [ids[0]] and page2["next_cursor"] is None
    assert page1["items"][0]["in_range_pct"] == 100.0
    assert page1["items"][0]["business_name"] == "Green Leaf Bakery"
    failed = (await client.get("/api/v1/generations?status=failed", headers=headers)).json()
    assert failed["items"] == []
    resp = await client.get("/api/v1/generations?cursor=%%%", headers=headers)
    assert resp.status_code == 400
    assert_error_shape(resp.json(), "INVALID_CURSOR")
    resp = await client.delete(f"/api/v1/generations/{ids[0]}", headers=headers)
    assert resp.status_code == 204
    assert (await client.get(f"/api/v1/generations/{ids[0]}", headers=headers)).status_code == 404


async def test_regenerate_rewrites_chosen_sections_and_keeps_the_rest(
    client: AsyncClient, session: AsyncSession
) -> None:
    user = await create_user(session)
    headers = await auth_headers(session, user)
    gid = await _generate(client, session, user, headers, page=4)
    parent = (await client.get(f"/api/v1/generations/{gid}", headers=headers)).json()
    resp = await client.post(
        f"/api/v1/generations/{gid}/regenerate",
        headers=headers,
        json={"sections": [2], "local_instructions": "Shorter, bolder."},
    )
    assert resp.status_code == 202, resp.text
    child_id = resp.json()["id"]
    await drain_inline_tasks()
    child = (await client.get(f"/api/v1/generations/{child_id}", headers=headers)).json()
    assert child["status"] == "completed" and child["parent_id"] == gid
    assert child["sections"] == [2]
    old = {s["position"]: s for s in parent["result"]["sections"]}
    new = {s["position"]: s for s in child["result"]["sections"]}
    assert set(old) == set(new)
    for position in old:
        if position != 2:
            assert new[position] == old[position]
    assert child["result"]["totals"]["elements"] == parent["result"]["totals"]["elements"]
    usage = (await session.execute(select(UsageDaily))).scalar_one()
    assert usage.generations_used == 2  # a regeneration uses a quota slot
    resp = await client.post(
        f"/api/v1/generations/{gid}/regenerate", headers=headers, json={"sections": [99]}
    )
    assert resp.status_code == 422
    assert_error_shape(resp.json(), "VALIDATION_ERROR")


async def test_feedback_is_one_per_generation_and_changeable(
    client: AsyncClient, session: AsyncSession
) -> None:
    user = await create_user(session)
    headers = await auth_headers(session, user)
    gid = await _generate(client, session, user, headers)
    url = f"/api/v1/generations/{gid}/feedback"
    resp = await client.post(url, headers=headers, json={"rating": "down"})
    assert resp.status_code == 422
    assert_error_shape(resp.json(), "VALIDATION_ERROR")
    resp = await client.post(url, headers=headers, json={"rating": "up"})
    assert resp.status_code == 201 and resp.json()["rating"] == "up"
    resp = await client.post(url, headers=headers, json={"rating": "down", "comment": "Too formal"})
    assert resp.status_code == 200 and resp.json()["comment"] == "Too formal"
    rows = (await session.execute(select(Feedback))).scalars().all()
    assert len(rows) == 1 and rows[0].rating == "down"
    data = (await client.get(f"/api/v1/generations/{gid}", headers=headers)).json()
    assert data["feedback"]["rating"] == "down"
    events = (
        (
            await session.execute(
                select(AnalyticsEvent.event_type).where(
                    AnalyticsEvent.event_type == "feedback.submitted"
                )
            )
        )
        .scalars()
        .all()
    )
    assert len(events) == 2


async def test_html_export_escapes_model_text(client: AsyncClient, session: AsyncSession) -> None:
    user = await create_user(session)
    headers = await auth_headers(session, user)
    gid = await _generate(client, session, user, headers)
    row = await session.get(Generation, __import__("uuid").UUID(gid))
    assert row is not None and row.result is not None
    result = dict(row.result)
    sections = [dict(s) for s in result["sections"]]
    first = dict(sections[0]["components"][0])
    first["content"] = '<script>alert("x")</script> & more'
    sections[0] = {**sections[0], "components": [first, *sections[0]["components"][1:]]}
    row.result = {**result, "sections": sections}
    await session.commit()
    html = (await client.get(f"/api/v1/generations/{gid}/export?format=html", headers=headers)).text
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more" in html
    md = (
        await client.get(f"/api/v1/generations/{gid}/export?format=markdown", headers=headers)
    ).text
    assert "\\<script\\>" in md
    resp = await client.get(f"/api/v1/generations/{gid}/export?format=pdf", headers=headers)
    assert resp.status_code == 422


async def test_starting_generations_is_rate_limited_per_user(
    client: AsyncClient, session: AsyncSession
) -> None:
    from app.core.config import get_settings

    settings = get_settings()
    saved = (settings.rate_limit_enabled, settings.rate_limit_generation_user)
    settings.rate_limit_enabled, settings.rate_limit_generation_user = True, "2/minute"
    try:
        user = await create_user(session)
        headers = await auth_headers(session, user)
        shot = await create_screenshot(session, user, analysis=sample_analysis(1))
        body = {"screenshot_id": str(shot.id), "business_context": business_context()}
        codes = [
            (await client.post("/api/v1/generations", json=body, headers=headers)) for _ in range(3)
        ]
        assert [r.status_code for r in codes] == [202, 202, 429]
        assert_error_shape(codes[2].json(), "RATE_LIMITED")
        assert "Retry-After" in codes[2].headers
        other = await create_user(session)
        resp = await client.post(
            "/api/v1/generations", headers=await auth_headers(session, other), json=body
        )
        assert resp.status_code == 404  # not limited: another user (and not their screenshot)
    finally:
        settings.rate_limit_enabled, settings.rate_limit_generation_user = saved
        await drain_inline_tasks()
