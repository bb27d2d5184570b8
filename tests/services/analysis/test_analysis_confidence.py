"""The offline analyser's confidence predicts its own score; low confidence is flagged in
the screenshot's answer (`analysis_warnings`)."""

from __future__ import annotations

import pytest
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import get_settings
from app.services.analysis.warnings import analysis_warnings
from app.workers.runtime import drain_inline_tasks
from tests.api.routes.test_screenshots_routes import URL, png_bytes
from tests.services.analysis.real_pages import analysed, real_pages, score
from tests.support.factories import auth_headers, create_user


def ranks(values: list[float]) -> list[float]:
    order = sorted(range(len(values)), key=lambda i: values[i])
    out = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            out[order[k]] = (i + j) / 2  # ties share their mean rank
        i = j + 1
    return out


def spearman(a: list[float], b: list[float]) -> float:
    ra, rb = ranks(a), ranks(b)
    ma, mb = sum(ra) / len(ra), sum(rb) / len(rb)
    cov = sum((x - ma) * (y - mb) for x, y in zip(ra, rb, strict=True))
    va = sum((x - ma) ** 2 for x in ra) ** 0.5
    vb = sum((y - mb) ** 2 for y in rb) ** 0.5
    return cov / (va * vb) if va and vb else 0.0


def test_spearman_of_known_orders() -> None:
    assert spearman([1, 2, 3, 4], [10, 20, 30, 40]) == pytest.approx(1.0)
    assert spearman([1, 2, 3, 4], [4, 3, 2, 1]) == pytest.approx(-1.0)
    assert spearman([1, 2, 3, 4], [1, 3, 2, 4]) == pytest.approx(0.8)


@pytest.mark.xfail(
    strict=True,
    reason="issue 12 item 4 not met: confidence does not yet rank real pages like their "
    "scores (bench/eval_offline.py, 2026-12-04: Spearman 0.008 over the 18 real pages). "
    "Strict: this turns into a failure as soon as the target is reached, to be unmarked.",
)
def test_confidence_ranks_real_pages_like_their_scores() -> None:
    pages = real_pages()
    assert len(pages) >= 12
    conf = [float(analysed(p)["confidence"]) for p in pages]
    scores = [score(p) for p in pages]
    rho = spearman(conf, scores)
    assert rho >= 0.5, (round(rho, 3), list(zip(conf, scores, strict=True)))


def test_low_confidence_is_a_warning_high_confidence_is_not() -> None:
    below = get_settings().analysis_warn_below
    low = analysis_warnings({"confidence": round(below - 0.05, 2)})
    assert [w.code for w in low] == ["LOW_CONFIDENCE"]
    assert low[0].confidence == round(below - 0.05, 2)
    assert analysis_warnings({"confidence": below}) == []
    assert analysis_warnings({"source": "vision"}) == []  # no confidence given: no warning
    assert analysis_warnings(None) == []


async def test_screenshot_answer_flags_an_unsure_offline_analysis(
    client: AsyncClient, session: AsyncSession
) -> None:
    """An image without readable text: the offline analysis completes, unsure, and both
    the screenshot's detail and the listing say so."""
    user = await create_user(session)
    headers = await auth_headers(session, user)
    r = await client.post(
        URL, files={"file": ("page.png", png_bytes(), "image/png")}, headers=headers
    )
    assert r.status_code == 201, r.text
    await drain_inline_tasks()
    detail = (await client.get(f"{URL}/{r.json()['id']}", headers=headers)).json()
    assert detail["analysis_status"] == "completed"
    assert detail["analysis"]["confidence"] < get_settings().analysis_warn_below
    assert [w["code"] for w in detail["analysis_warnings"]] == ["LOW_CONFIDENCE"]
    listing = (await client.get(URL, headers=headers)).json()
    assert listing["items"][0]["analysis_warnings"] == detail["analysis_warnings"]
