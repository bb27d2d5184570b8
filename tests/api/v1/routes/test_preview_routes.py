"""The annotated screenshot and the generation preview over HTTP: owner only, 409 before
completion, skipped elements counted, served from the cache the second time, ETag
revalidation, section crops, exports that carry the preview, cleanup on delete."""

from __future__ import annotations

import io
import zipfile
from typing import Any

from httpx import AsyncClient
from PIL import Image
from sqlalchemy.ext.asyncio import AsyncSession

from app.integrations.storage import get_storage
from app.models import Generation, Screenshot, User
from app.workers.runtime import drain_inline_tasks
from tests.api.test_errors import assert_error_shape
from tests.support.factories import auth_headers, create_user
from tests.support.generations import business_context, wait_for
from tests.support.preview_pages import real_analysis, real_png, stored_screenshot
from tests.support.storage import stored_objects

PAGE = 101


def _boxless(analysis: dict[str, Any]) -> int:
    """Elements of the analysis without a box (text components, card fields, list entries)."""
    missing = 0
    for section in analysis["sections"]:
        for comp in section["components"]:
            if "items" not in comp:
                missing += "box" not in comp
                continue
            for item, boxes in zip(comp["items"], comp["item_boxes"], strict=True):
                for field, value in item.items():
                    size = len(value) if isinstance(value, list) else 1
                    missing += 0 if field in boxes else size
    return missing


async def _page(session: AsyncSession, user: User) -> tuple[Screenshot, dict[str, Any]]:
    analysis = real_analysis(PAGE)
    shot = await stored_screenshot(session, user, real_png(PAGE), analysis)
    return shot, analysis


async def _generate(
    client: AsyncClient, session: AsyncSession, shot: Screenshot, headers: dict[str, str]
) -> Generation:
    resp = await client.post(
        "/api/v1/generations",
        headers=headers,
        json={"screenshot_id": str(shot.id), "business_context": business_context()},
    )
    assert resp.status_code == 202, resp.text
    await drain_inline_tasks()
    generation = await wait_for(session, resp.json()["id"])
    assert generation.status == "completed", generation.error_message
    return generation


def _image(data: bytes) -> Image.Image:
    img = Image.open(io.BytesIO(data))
    img.load()
    return img


async def test_annotated_image_counts_skips_and_is_cached(
    client: AsyncClient, session: AsyncSession
) -> None:
    user = await create_user(session)
    headers = await auth_headers(session, user)
    shot, analysis = await _page(session, user)
    url = f"/api/v1/screenshots/{shot.id}/annotated.png"

    first = await client.get(url, headers=headers)
    assert first.status_code == 200, first.text
    assert first.headers["content-type"] == "image/png"
    assert first.headers["x-render-cache"] == "miss"
    skipped = _boxless(analysis)
    assert skipped > 0  # the page has text inside images: no DOM box
    assert int(first.headers["x-elements-skipped"]) == skipped
    assert int(first.headers["x-elements-drawn"]) == analysis["total_text_elements"] - skipped
    img = _image(first.content)
    assert img.size == (shot.width, shot.height)
    assert first.content != real_png(PAGE)

    second = await client.get(url, headers=headers)
    assert second.headers["x-render-cache"] == "hit"
    assert second.content == first.content
    assert second.headers["etag"] == first.headers["etag"]

    again = await client.get(url, headers={**headers, "If-None-Match": first.headers["etag"]})
    assert again.status_code == 304
    assert again.content == b""

    # A new analysis (here: one box fewer) is a new image.
    changed = real_analysis(PAGE)
    del changed["sections"][0]["components"][0]["box"]
    shot.analysis = changed
    await session.commit()
    third = await client.get(url, headers=headers)
    assert third.headers["etag"] != first.headers["etag"]
    assert third.headers["x-render-cache"] == "miss"
    assert int(third.headers["x-elements-skipped"]) == skipped + 1


async def test_annotated_section_crop(client: AsyncClient, session: AsyncSession) -> None:
    user = await create_user(session)
    headers = await auth_headers(session, user)
    shot, analysis = await _page(session, user)
    url = f"/api/v1/screenshots/{shot.id}/annotated.png"
    resp = await client.get(url, params={"section": 3}, headers=headers)
    assert resp.status_code == 200, resp.text
    img = _image(resp.content)
    assert img.width == shot.width and 100 < img.height < shot.height // 3
    section = analysis["sections"][2]
    cards = section["components"][0]["items"]
    assert int(resp.headers["x-elements-drawn"]) == 2 * len(cards)

    missing = await client.get(url, params={"section": 99}, headers=headers)
    assert missing.status_code == 404
    assert_error_shape(missing.json(), "SECTION_NOT_FOUND")
    bad = await client.get(url, params={"section": 0}, headers=headers)
    assert bad.status_code == 422


async def test_annotated_before_analysis_is_409_and_others_get_404(
    client: AsyncClient, session: AsyncSession
) -> None:
    owner = await create_user(session)
    headers = await auth_headers(session, owner)
    pending = await stored_screenshot(session, owner, real_png(PAGE), None)
    resp = await client.get(f"/api/v1/screenshots/{pending.id}/annotated.png", headers=headers)
    assert resp.status_code == 409
    assert_error_shape(resp.json(), "ANALYSIS_NOT_COMPLETED")

    shot, _ = await _page(session, owner)
    intruder = await create_user(session)
    other = await auth_headers(session, intruder)
    resp = await client.get(f"/api/v1/screenshots/{shot.id}/annotated.png", headers=other)
    assert resp.status_code == 404
    assert_error_shape(resp.json(), "SCREENSHOT_NOT_FOUND")
    anonymous = await client.get(f"/api/v1/screenshots/{shot.id}/annotated.png")
    assert anonymous.status_code == 401


async def test_preview_of_a_demo_generation(client: AsyncClient, session: AsyncSession) -> None:
    user = await create_user(session)
    headers = await auth_headers(session, user)
    shot, analysis = await _page(session, user)
    height = shot.height
    generation = await _generate(client, session, shot, headers)
    url = f"/api/v1/generations/{generation.id}/preview.png"

    first = await client.get(url, headers=headers)
    assert first.status_code == 200, first.text
    skipped = _boxless(analysis)
    assert int(first.headers["x-elements-skipped"]) == skipped
    assert int(first.headers["x-elements-drawn"]) == analysis["total_text_elements"] - skipped
    assert first.headers["x-render-cache"] == "miss"
    preview = _image(first.content).convert("RGB")
    original = _image(real_png(PAGE)).convert("RGB")
    assert preview.size == original.size
    # The hero title's box changed; a band with no text (the hero's empty top) did not.
    x, y, w, h = analysis["sections"][1]["components"][0]["box"]
    assert (
        preview.crop((x, y, x + w, y + h)).tobytes()
        != original.crop((x, y, x + w, y + h)).tobytes()
    )
    assert preview.crop((0, 80, 1440, 200)).tobytes() == original.crop((0, 80, 1440, 200)).tobytes()

    second = await client.get(url, headers=headers)
    assert second.headers["x-render-cache"] == "hit"
    assert second.content == first.content

    crop = await client.get(url, params={"section": 2}, headers=headers)
    assert crop.status_code == 200
    assert _image(crop.content).height < height // 2


async def test_preview_needs_a_completed_generation_of_yours(
    client: AsyncClient, session: AsyncSession
) -> None:
    user = await create_user(session)
    headers = await auth_headers(session, user)
    shot, _ = await _page(session, user)
    queued = Generation(
        user_id=user.id,
        screenshot_id=shot.id,
        status="writing",
        stage="writing",
        business_context=business_context(),
    )
    session.add(queued)
    await session.commit()
    resp = await client.get(f"/api/v1/generations/{queued.id}/preview.png", headers=headers)
    assert resp.status_code == 409
    assert_error_shape(resp.json(), "GENERATION_NOT_COMPLETED")
    assert resp.json()["details"]["status"] == "writing"

    done = await _generate(client, session, shot, headers)
    intruder = await create_user(session)
    other = await auth_headers(session, intruder)
    resp = await client.get(f"/api/v1/generations/{done.id}/preview.png", headers=other)
    assert resp.status_code == 404
    assert_error_shape(resp.json(), "GENERATION_NOT_FOUND")


async def test_regenerated_sections_update_the_preview(
    client: AsyncClient, session: AsyncSession
) -> None:
    user = await create_user(session)
    headers = await auth_headers(session, user)
    shot, analysis = await _page(session, user)
    parent = await _generate(client, session, shot, headers)
    parent_id = parent.id
    resp = await client.post(
        f"/api/v1/generations/{parent_id}/regenerate",
        headers=headers,
        json={"sections": [2], "local_instructions": "Shorter and bolder."},
    )
    assert resp.status_code == 202, resp.text
    await drain_inline_tasks()
    child = await wait_for(session, resp.json()["id"])
    assert child.status == "completed"
    # Make the regenerated hero title differ for sure (the offline writer is deterministic).
    result = dict(child.result or {})
    sections = [dict(s) for s in result["sections"]]
    hero = dict(sections[1])
    title = dict(hero["components"][0])
    title["content"] = "Fresh bread at your door every single morning"
    hero["components"] = [title, *hero["components"][1:]]
    sections[1] = hero
    result["sections"] = sections
    child.result = result
    child_id = child.id
    await session.commit()

    old = await client.get(f"/api/v1/generations/{parent_id}/preview.png", headers=headers)
    new = await client.get(f"/api/v1/generations/{child_id}/preview.png", headers=headers)
    assert new.status_code == 200 and old.status_code == 200
    assert new.headers["etag"] != old.headers["etag"]
    a, b = _image(old.content).convert("RGB"), _image(new.content).convert("RGB")
    x, y, w, h = analysis["sections"][1]["components"][0]["box"]
    assert a.crop((x, y, x + w, y + h)).tobytes() != b.crop((x, y, x + w, y + h)).tobytes()
    # Sections kept from the parent look the same.
    fx, fy, fw, fh = analysis["sections"][2]["components"][0]["item_boxes"][0]["title"]
    assert (
        a.crop((fx, fy, fx + fw, fy + fh)).tobytes() == b.crop((fx, fy, fx + fw, fy + fh)).tobytes()
    )


async def test_exports_carry_the_preview(client: AsyncClient, session: AsyncSession) -> None:
    user = await create_user(session)
    headers = await auth_headers(session, user)
    shot, _ = await _page(session, user)
    generation = await _generate(client, session, shot, headers)
    base = f"/api/v1/generations/{generation.id}/export"
    preview = await client.get(f"/api/v1/generations/{generation.id}/preview.png", headers=headers)

    html = await client.get(base, params={"format": "html"}, headers=headers)
    assert html.status_code == 200
    assert '<img src="data:image/png;base64,' in html.text

    archive = await client.get(base, params={"format": "zip"}, headers=headers)
    assert archive.status_code == 200
    assert archive.headers["content-type"] == "application/zip"
    assert archive.headers["content-disposition"].endswith('.zip"')
    with zipfile.ZipFile(io.BytesIO(archive.content)) as zf:
        names = sorted(zf.namelist())
        stem = f"generation-{generation.id}"
        assert names == [f"{stem}-preview.png", f"{stem}.json", f"{stem}.md"]
        assert zf.read(f"{stem}-preview.png") == preview.content
        assert "Green Leaf" in zf.read(f"{stem}.md").decode()


async def test_deleting_removes_derived_images(client: AsyncClient, session: AsyncSession) -> None:
    user = await create_user(session)
    headers = await auth_headers(session, user)
    shot, _ = await _page(session, user)
    shot_id, user_id = shot.id, user.id
    generation = await _generate(client, session, shot, headers)
    await client.get(f"/api/v1/screenshots/{shot_id}/annotated.png", headers=headers)
    await client.get(f"/api/v1/generations/{generation.id}/preview.png", headers=headers)
    prefix = f"{user_id}/derived/{shot_id}/"

    def derived() -> list[str]:  # through the configured backend: local disk or S3
        keys = [k.removeprefix(prefix) for k in stored_objects() if k.startswith(prefix)]
        return sorted(k.split("-")[0] for k in keys)

    assert derived() == ["annotated", "preview"]

    resp = await client.delete(f"/api/v1/generations/{generation.id}", headers=headers)
    assert resp.status_code == 204
    assert derived() == ["annotated"]
    resp = await client.delete(f"/api/v1/screenshots/{shot_id}", headers=headers)
    assert resp.status_code == 204
    assert derived() == []


async def test_a_lost_stored_image_is_409_and_exports_go_without_it(
    client: AsyncClient, session: AsyncSession
) -> None:
    user = await create_user(session)
    headers = await auth_headers(session, user)
    shot, _ = await _page(session, user)
    shot_id, key = shot.id, shot.storage_key
    generation = await _generate(client, session, shot, headers)
    await get_storage().delete(key)
    for url in (
        f"/api/v1/screenshots/{shot_id}/annotated.png",
        f"/api/v1/generations/{generation.id}/preview.png",
    ):
        resp = await client.get(url, headers=headers)
        assert resp.status_code == 409, resp.text
        assert_error_shape(resp.json(), "IMAGE_MISSING")
    html = await client.get(
        f"/api/v1/generations/{generation.id}/export", params={"format": "html"}, headers=headers
    )
    assert html.status_code == 200
    assert "data:image/png" not in html.text
