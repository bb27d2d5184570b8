"""Low confidence is flagged in the screenshot's answer (`analysis_warnings`). Whether the
confidence predicts the score is a bench figure (bench/eval_offline.py prints the rank
correlation on every real set) and a test here (on the shared and own real pages)."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import get_settings
from app.services.analysis.warnings import analysis_warnings
from app.workers.runtime import drain_inline_tasks
from bench.eval_offline import spearman
from tests.api.v1.routes.test_screenshots_routes import URL, png_bytes
from tests.services.analysis.real_pages import analysed, real_pages, score
from tests.support.factories import auth_headers, create_user


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


def test_offline_confidence_falls_with_each_sign_of_a_poor_map() -> None:
    """The offline figure drops with each signal that goes with low scores on the real
    pages: more loose texts per section (sections merged, cards not seen), more cards of
    one field (cards split, text read in pictures), more sections typed team (cards whose
    titles read as names), more rows of pictures, fewer sections per 1000 px (boundaries
    lost); little text read at all is a warning."""
    from app.services.analysis.offline import confidence

    good = {
        "words": 800.0,
        "loose_per_section": 3.0,
        "thin_cards": 0.0,
        "team": 0.0,
        "pictures": 0.5,
        "sections_per_kpx": 2.5,
    }
    base = confidence(good)
    assert base >= get_settings().analysis_warn_below
    for key, worse in (
        ("loose_per_section", 9.0),
        ("thin_cards", 0.6),
        ("team", 0.3),
        ("pictures", 0.9),
        ("sections_per_kpx", 0.5),
    ):
        assert confidence({**good, key: worse}) < base, key
    assert confidence({**good, "words": 5.0}) < get_settings().analysis_warn_below


def test_a_logo_lists_one_name_items_are_not_thin_cards() -> None:
    from app.services.analysis.offline import signals
    from app.services.analysis.offline.ocr import Word

    found = [Word("Acme", 0, 0, 40, 10, 99.0)]
    names = [{"name": n} for n in ("Acme", "Globex", "Initech")]
    logos = [{"type": "social_proof", "components": [{"element": "logo_list", "items": names}]}]
    cards = [{"type": "features", "components": [{"element": "feature_cards", "items": names}]}]
    assert signals(found, [], logos, 1000)["thin_cards"] == 0.0
    assert signals(found, [], cards, 1000)["thin_cards"] == 1.0


def test_offline_confidence_ranks_the_real_pages_like_their_scores() -> None:
    """Issue 12: the rank correlation between the offline confidence and the page's score
    is at least 0.5 on the real pages (shared and own sets, analysed once per run)."""
    pages = real_pages()
    assert len(pages) >= 12
    conf = [float(analysed(p)["confidence"]) for p in pages]
    scores = [score(p) for p in pages]
    assert spearman(conf, scores) >= 0.5, list(zip(conf, scores, strict=True))
