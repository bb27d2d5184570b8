"""RapidOcrEngine recognises on several workers while it detects in the calling thread, one
image at a time: it reads what one pipeline reads, every worker takes part, detections never
overlap (each holds a strip's feature maps), and `read_line` between pages changes nothing."""

from __future__ import annotations

import os
import threading
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from app.core.config import get_settings
from app.services.analysis.offline.ocr import RapidOcrEngine, Word, default_engine, ocr_page

PAGE = Path(__file__).resolve().parents[3] / "data" / "real_more" / "page_301.png"


@cache
def _page() -> Image.Image:
    """The top of page 301: two strips of text, nav bar to pricing."""
    with Image.open(PAGE) as img:
        return img.convert("RGB").crop((0, 0, img.width, 2200))


def _words(found: list[Word]) -> list[tuple[str, int, int, int, int]]:
    return [(w.text, w.x0, w.y0, w.x1, w.y1) for w in found]


@cache
def _one_pipeline() -> list[tuple[str, int, int, int, int]]:
    return _words(ocr_page(_page(), engine=RapidOcrEngine(workers=1)))


class _Watch:
    """Records which threads ran a callable and how many ran it at once."""

    def __init__(self, inner: Any) -> None:
        self.inner, self.threads, self.now, self.most = inner, set(), 0, 0
        self._lock = threading.Lock()

    def __call__(self, *args: Any) -> Any:
        with self._lock:
            self.threads.add(threading.get_ident())
            self.now += 1
            self.most = max(self.most, self.now)
        try:
            return self.inner(*args)
        finally:
            with self._lock:
                self.now -= 1


def test_workers_read_what_one_pipeline_reads_and_all_of_them_recognise() -> None:
    engine = RapidOcrEngine(workers=2)
    recognise = _Watch(engine._recognise)
    engine._recognise = recognise  # type: ignore[method-assign]
    words = _words(ocr_page(_page(), engine=engine))
    assert len(words) > 100
    assert words == _one_pipeline()  # same words, same boxes, same order
    assert len(recognise.threads) == 2  # both workers recognised
    assert threading.get_ident() not in recognise.threads  # this thread detected


def test_detection_runs_one_image_at_a_time_across_concurrent_callers() -> None:
    engine = RapidOcrEngine(workers=2)
    model = engine._detector.text_det  # the detection model's session
    detect = _Watch(model.session)
    model.session = detect
    results: list[list[tuple[str, int, int, int, int]]] = []

    def read() -> None:
        results.append(_words(ocr_page(_page(), engine=engine)))

    callers = [threading.Thread(target=read) for _ in range(2)]
    for t in callers:
        t.start()
    for t in callers:
        t.join()
    assert len(detect.threads) == 2  # both callers detected...
    assert detect.most == 1  # ...never at once
    assert results == [_one_pipeline()] * 2


def test_reading_one_line_between_pages_leaves_word_boxes_on() -> None:
    """`read_line` calls RapidOCR without word boxes, and RapidOCR keeps a call's flags."""
    engine = RapidOcrEngine(workers=2)
    strip = _page().crop((0, 0, 1440, 700))
    before = _words(engine.read(strip))
    text, conf = engine.read_line(strip.crop((0, 0, 600, 60)))
    assert isinstance(text, str) and 0 <= conf <= 100
    assert _words(engine.read(strip)) == before


def test_the_analysers_engine_takes_its_workers_from_settings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OFFLINE_OCR_WORKERS", "3")
    get_settings.cache_clear()
    default_engine.cache_clear()
    try:
        engine = default_engine()
        assert isinstance(engine, RapidOcrEngine) and engine.workers == 3
        monkeypatch.setenv("OFFLINE_OCR_WORKERS", "0")  # one per core, up to 4
        get_settings.cache_clear()
        default_engine.cache_clear()
        engine = default_engine()
        assert isinstance(engine, RapidOcrEngine)
        assert engine.workers == min(len(os.sched_getaffinity(0)), 4)
    finally:
        monkeypatch.undo()
        get_settings.cache_clear()
        default_engine.cache_clear()


def test_reading_several_lines_reads_each_as_read_line_does_on_every_worker() -> None:
    """`read_lines` (a page's empty badges) reads its images on every worker at once and
    answers in their order."""
    engine = RapidOcrEngine(workers=2)
    page = _page()
    crops = [page.crop((x, y, x + 300, y + 60)) for y in (0, 700, 1400) for x in (100, 700)]
    alone = [engine.read_line(crop) for crop in crops]
    assert len({text for text, _ in alone}) > 1  # the crops read differently
    read_line = _Watch(engine.read_line)
    engine.read_line = read_line  # type: ignore[method-assign]
    assert engine.read_lines(crops) == alone
    assert len(read_line.threads) == 2
    assert threading.get_ident() not in read_line.threads
