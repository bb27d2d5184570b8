"""OCR of a page screenshot behind a small engine interface.

The engine is RapidOCR (PP-OCR detection and recognition models run by onnxruntime). Its
wheel ships the models and they are loaded by explicit path from the installed package, so
nothing is fetched at run time and no system package is needed. The page is read in
horizontal strips cut at blank rows (no text line is split), at full resolution (RapidOCR
shrinks an image whose long side passes `max_side_len`, which would lose small labels);
word boxes come back in page coordinates.
"""

from __future__ import annotations

import itertools
import os
import queue
import re
import threading
import unicodedata
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any, Protocol

import numpy as np
from PIL import Image

from app.core.config import get_settings

_STRIP = 1400  # target strip height (page px): full width stays under max_side_len
_MAX_SIDE = 2100
# Detection runs on the strip scaled by this (recognition still reads full-resolution
# crops): detection costs per pixel, and at 0.8 it still finds 11 px text; what it misses
# is text far below body size, inside mock-ups and screenshots, which the layout drops.
_DET_SCALE = 0.8
# A detection box is the whole line's height (padded), whatever letters a word holds:
# measured on the real pages' DOM, 24 px font -> ~28 px box, 48 px -> ~54 px.
BOX_PER_EM = 1.15
# Recognition reads one line at a time (a batch pads every line to its widest, and a
# line's reading then depends on its neighbours), each padded to at least 160 px at 48 px
# high (RapidOCR's 320 makes every short label cost as much as a 320 px line). Against
# batches of six padded to 320: a fifth faster and ~200 MB less at peak on a 1440 x 5000
# page (bench/offline_tall_page.py), scores within 0.003 on the development sets.
# The wheel's and the int8 recognisers take lines 48 px high (their input fixes it).
# `rec_float.onnx`, what CPUs without VNNI run, leaves the height free and reads lines 40 px
# high: its cost goes with the pixels read (a 16 px body line is scaled up to the height),
# so recognition takes about a quarter less CPU (a 1440 x 5000 page: 3.6 against 4.7 s).
# Read so, 7% of a page's lines read otherwise than at 48 px, most of them worse (a narrow
# letter lost: "Febrary"; "Catchup"), and those are mostly lines it is less sure of: a
# line read with a score under _SURE is read again at 48 px and that reading kept (a
# tenth of the lines: recognition reads 75% of the pixels it reads at 48 px instead of 71%,
# and a third as many lines read otherwise; 1,801 lines of 14 development pages).
_REC_H = 48
_REC_H_FLOAT = 40
_SURE = 0.95
_WIDEN = 0.1
_TILT = 12  # degrees: a line turned further is a tilted picture's (`tilted`)
_REC_MIN_WIDTH = 160
_REC_BATCH = 1
_TEXT_SCORE = 0.5  # RapidOCR's own floor for a line's score
# Recognition of an image's lines is split into runs of about this many pixels read (~0.3 s
# on one core), so the workers finish together.
_RUN = 3000
# Recognition workers: one per core, up to this many.
_MAX_WORKERS = 4


@dataclass
class Word:
    text: str
    x0: int
    y0: int
    x1: int
    y1: int
    conf: float  # 0-100
    em: float = 0.0  # font size, when the engine's boxes give it directly (0: estimate it)
    # the engine's own (line-high, padded) rows before `tighten`: what a reader calls the
    # text's box, close to the DOM's line box; -1 when the same as y0/y1
    oy0: int = -1
    oy1: int = -1

    @property
    def h(self) -> int:
        return self.y1 - self.y0


class OcrEngine(Protocol):
    """Reads RGB images; each image's words in its own pixel coordinates."""

    name: str

    def read_many(self, images: list[Image.Image]) -> list[list[Word]]: ...

    def read_line(self, image: Image.Image) -> tuple[str, float]:
        """Recognise an image known to hold one short line (no detection): text, 0-100."""
        ...

    def read_lines(self, images: list[Image.Image]) -> list[tuple[str, float]]:
        """`read_line` of each image, in order."""
        ...


# The models the analyser runs (scripts/quantize_ocr.py builds them from the wheel's): the
# wheel's PP-OCR detector and recogniser with their convolutions quantised to int8, which
# where the CPU multiplies them exactly (`int8_is_exact`) take about a fifth less time and
# read the same words as the float models (tests/services/analysis/offline/test_ocr_int8.py);
# and for every other CPU the wheel's float recogniser. Both recognisers keep only the classes
# of the characters written below U+2E80 (Latin, Greek, digits, punctuation, symbols) and of
# nine CJK characters icons are read as: the output layer over the wheel's 18,710 classes,
# CJK among them, was a seventh of a line's recognition, and without it they read the same
# words of the development pages.
_ASSETS = Path(__file__).resolve().parents[3] / "assets" / "ocr"
DET_INT8 = _ASSETS / "det_int8.onnx"
REC_INT8 = _ASSETS / "rec_int8.onnx"
REC_FLOAT = _ASSETS / "rec_float.onnx"
_VNNI = re.compile(r"^flags\s*:.*\b(avx512_vnni|avx_vnni)\b", re.MULTILINE)


def int8_is_exact(cpuinfo: Path = Path("/proc/cpuinfo")) -> bool:
    """Whether this CPU has VNNI, with which onnxruntime sums the int8 models' uint8 x int8
    products exactly. Without it (AVX2, AVX-512 without VNNI) it pairs products in 16-bit
    sums that saturate, and the models misread: on an AVX2-only AMD EPYC only 250 of 463
    words of a page agreed with the float models. Weights kept in 7 bits read right there,
    but are no faster than float and scored lower, so such CPUs run the float models.
    Other architectures run the float models too (not measured)."""
    try:
        return bool(_VNNI.search(cpuinfo.read_text()))
    except OSError:
        return False


def _model_files() -> dict[str, Path]:
    """The detection and recognition models inside the installed rapidocr package."""
    import rapidocr

    models = Path(rapidocr.__file__).parent / "models"
    found = {
        "det": sorted(models.glob("*det*.onnx")),
        "rec": sorted(models.glob("*rec*.onnx")),
    }
    missing = [k for k, v in found.items() if not v]
    if missing:
        raise RuntimeError(f"rapidocr ships no {', '.join(missing)} model in {models}")
    return {k: v[0] for k, v in found.items()}


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class RapidOcrEngine:
    """RapidOCR with the PP-OCR models (int8 where the CPU multiplies them exactly, float
    elsewhere, or the given ones); one instance per process (thread-safe).

    Recognition, two thirds of the work, runs on `workers` threads at once, one core each
    (a RapidOCR pipeline per worker): it reads many small crops, and onnxruntime's threads
    spend much of such a call waiting on each other (one page, 2 cores: ~8 s of CPU on one
    thread, ~11-12 s on two). Detection runs one image at a time in the calling thread,
    beside the workers: its feature maps are large (a strip's detection holds ~250 MB),
    and it needs only a third of the time."""

    name = "rapidocr"

    @classmethod
    def int8_models(cls, workers: int = 0) -> RapidOcrEngine:
        """The engine with the int8 models, whatever the CPU (the benches, the test)."""
        return cls((DET_INT8, REC_INT8), workers)

    @classmethod
    def float_models(cls, workers: int = 0, rec_height: int = 0) -> RapidOcrEngine:
        """The engine with the float models: the wheel's detector and `REC_FLOAT` (the
        baseline of the int8 models' test; what CPUs without VNNI run)."""
        return cls((_model_files()["det"], REC_FLOAT), workers, rec_height)

    @classmethod
    def wheel_models(cls, workers: int = 0) -> RapidOcrEngine:
        """The engine with the wheel's own float models, which the shipped ones were built
        from (scripts/quantize_ocr.py, and a baseline of the benches)."""
        files = _model_files()
        return cls((files["det"], files["rec"]), workers)

    def __init__(
        self, models: tuple[Path, Path] | None = None, workers: int = 0, rec_height: int = 0
    ) -> None:
        """`models`: detector and recogniser; by default the int8 pair where the CPU
        multiplies it exactly (`int8_is_exact`), the float pair elsewhere. `rec_height`: the
        height lines are read at, by default the recogniser's own (_REC_H, _REC_H_FLOAT)."""
        if models is None:
            models = (DET_INT8, REC_INT8) if int8_is_exact() else (_model_files()["det"], REC_FLOAT)
        det_model, rec_model = models
        self.rec_height = rec_height or (_REC_H_FLOAT if rec_model == REC_FLOAT else _REC_H)
        cpus = _cpus()
        self.workers = workers or min(cpus, _MAX_WORKERS)
        threads = max(1, cpus // self.workers)
        pipelines = [
            _pipeline(det_model, rec_model, self.rec_height, threads) for _ in range(self.workers)
        ]
        self._idle: queue.SimpleQueue[Any] = queue.SimpleQueue()
        for engine in pipelines:
            self._idle.put(engine)
        # detection uses the first pipeline's detector, one image at a time
        self._detector, self._detecting = pipelines[0], threading.Lock()
        self._detector._load_det_model()  # loaded on first use otherwise: a page pays it

    @contextmanager
    def _pipeline(self) -> Iterator[Any]:
        """An idle RapidOCR pipeline, for this thread's recognition alone until the block
        ends."""
        engine = self._idle.get()
        try:
            yield engine
        finally:
            self._idle.put(engine)

    def read_line(self, image: Image.Image) -> tuple[str, float]:
        arr = np.asarray(image.convert("RGB"))
        with self._pipeline() as engine:
            # (not read again when unsure, as page lines are: its callers' crops are mostly
            # icons, read unsure and then dropped, and a second reading changed no score)
            out = engine(arr, use_det=False, use_cls=False, use_rec=True, return_word_box=False)
        if not out.txts:
            return "", 0.0
        return str(out.txts[0]).strip(), 100 * float(out.scores[0])

    def read_lines(self, images: list[Image.Image]) -> list[tuple[str, float]]:
        """`read_line` of each image, on every worker at once (a page's empty badges: nine
        serial readings were ~0.15 s of a 1440 x 5000 page, after its OCR has freed the
        cores)."""
        if len(images) < 2 or self.workers == 1:
            return [self.read_line(image) for image in images]
        with ThreadPoolExecutor(min(self.workers, len(images))) as pool:
            return list(pool.map(self.read_line, images))

    def read(self, image: Image.Image) -> list[Word]:
        return self.read_many([image])[0]

    def read_many(self, images: list[Image.Image]) -> list[list[Word]]:
        """Each image's words. The images are detected in turn, in this thread; each one's
        lines go to the workers as soon as they are found, in runs of about equal cost.
        While detection goes on, one worker fewer recognises, so detection keeps a core
        of its own (the workers wait on it otherwise); then every worker does."""
        if self.workers == 1:  # one pipeline on every core: detect, then recognise
            return [self._recognise(self._detect(image), slice(None)) for image in images]
        turns = threading.Semaphore(self.workers - 1)

        def recognise(lines: _Lines, run: slice) -> list[Word]:
            with turns:
                return self._recognise(lines, run)

        with ThreadPoolExecutor(self.workers) as pool:
            recognised = []
            for image in images:
                lines = self._detect(image)
                runs = _runs(lines.crops, self.rec_height)
                recognised.append([pool.submit(recognise, lines, run) for run in runs])
            turns.release()  # detection is done: its core recognises too
            return [[w for run in runs for w in run.result()] for runs in recognised]

    def _detect(self, image: Image.Image) -> _Lines:
        from rapidocr.main import RapidOCRError
        from rapidocr.utils.process_img import map_boxes_to_original, map_img_to_original

        rgb = np.asarray(image.convert("RGB"))
        gray = np.asarray(image.convert("L"), dtype=np.int16)
        engine = self._detector
        with self._detecting:
            engine.text_det.limit_side_len = round(_DET_SCALE * max(rgb.shape[:2]))
            scaled, record = engine.preprocess_img(rgb)
            try:
                crops, found = engine.detect_and_crop(scaled, record)
            except RapidOCRError:  # nothing detected
                return _Lines(gray, [], [], np.zeros((0, 4, 2)))
        boxes = map_boxes_to_original(found.boxes, record, *rgb.shape[:2])
        scale = record["preprocess"]
        originals = (  # RapidOCR shrinks no strip (`_MAX_SIDE`): the crops are at scale
            crops
            if scale["ratio_h"] == scale["ratio_w"] == 1
            else map_img_to_original(crops, scale["ratio_h"], scale["ratio_w"])
        )
        level = [i for i, box in enumerate(boxes) if not tilted(box)]
        if len(level) < len(boxes):
            crops, originals = [crops[i] for i in level], [originals[i] for i in level]
            boxes = boxes[level]
        return _Lines(gray, crops, originals, boxes)

    def _recognise(self, lines: _Lines, run: slice) -> list[Word]:
        """Read a run of an image's detected lines; their words in its coordinates."""
        from rapidocr.ch_ppocr_rec import TextRecInput

        with self._pipeline() as engine:
            out = engine.text_rec(TextRecInput(img=lines.crops[run], return_word_box=True))
            if self.rec_height != _REC_H:
                out = _reread(engine, lines.crops[run], out)
            out = engine.cal_rec_boxes(lines.originals[run], lines.boxes[run], out, False)
        words: list[Word] = []
        for text, score, found, box in zip(
            out.txts, out.scores, out.word_results, lines.boxes[run], strict=True
        ):
            if not str(text).strip() or score < _TEXT_SCORE:
                continue
            parts = [(t, sc, q) for t, sc, q in found if q is not None]
            if not parts:  # the engine gave no word boxes: split the line's box
                parts = _split_line(str(text), float(score), box)
            line: list[Word] = []
            for part, conf, quad in parts:
                part = part.strip()
                if part:
                    xs = [int(p[0]) for p in quad]
                    ys = [int(p[1]) for p in quad]
                    line.append(Word(part, min(xs), min(ys), max(xs), max(ys), 100 * float(conf)))
            words += _widen(line, int(box[:, 0].min()), int(box[:, 0].max()))
        return tighten(lines.gray, words)


def tilted(quad: np.ndarray) -> bool:
    """A detected line set at a slant (its box turned 12 to 78 degrees): the text of a
    tilted picture (phone screens fanned across a hero, a rotated screenshot), never a page's
    own copy, which runs level. Only a line at least twice as long as it is high has a
    direction to trust: a short word's box turns by up to ~8 degrees either way."""
    (x0, y0), (x1, y1), _, (x3, y3) = quad[:4]
    along, across = float(np.hypot(x1 - x0, y1 - y0)), float(np.hypot(x3 - x0, y3 - y0))
    angle = abs(float(np.degrees(np.arctan2(y1 - y0, x1 - x0))))
    return along >= 2 * across and _TILT <= angle <= 90 - _TILT


@dataclass
class _Lines:
    """An image's detected text lines: the crops recognition reads, the same crops at the
    image's own scale, and their boxes in the image's coordinates."""

    gray: np.ndarray
    crops: list[np.ndarray]
    originals: list[np.ndarray]
    boxes: np.ndarray


def _reread(engine: Any, crops: list[np.ndarray], out: Any) -> Any:
    """`out`, a pipeline's reading of `crops` below _REC_H px high, with each line it read
    with a score under _SURE read again _REC_H px high (the pipeline is this thread's, so
    its recogniser's height can be switched for the second reading)."""
    from rapidocr.ch_ppocr_rec import TextRecInput

    doubtful = [i for i, score in enumerate(out.scores) if score < _SURE]
    if not doubtful:
        return out
    recogniser = engine.text_rec
    shape = recogniser.rec_image_shape
    recogniser.rec_image_shape = [3, _REC_H, _REC_MIN_WIDTH]
    try:
        again = recogniser(TextRecInput(img=[crops[i] for i in doubtful], return_word_box=True))
    finally:
        recogniser.rec_image_shape = shape
    texts, scores, words = list(out.txts), list(out.scores), list(out.word_results)
    for k, i in enumerate(doubtful):
        texts[i], scores[i], words[i] = again.txts[k], again.scores[k], again.word_results[k]
    return replace(out, txts=tuple(texts), scores=scores, word_results=tuple(words))


def _runs(crops: list[np.ndarray], height: int) -> list[slice]:
    """Consecutive crops in runs of about _RUN recognition pixels (a crop is read `height`
    high, at least _REC_MIN_WIDTH wide): recognition costs per pixel read."""
    runs, start, width = [], 0, 0.0
    for i, crop in enumerate(crops):
        width += max(_REC_MIN_WIDTH, height * crop.shape[1] / max(crop.shape[0], 1))
        if width >= _RUN:
            runs.append(slice(start, i + 1))
            start, width = i + 1, 0.0
    if start < len(crops):
        runs.append(slice(start, len(crops)))
    return runs


def _pipeline(det_model: Path, rec_model: Path, rec_height: int, threads: int) -> Any:
    """A RapidOCR pipeline (detection and recognition sessions) on `threads` threads, its
    recogniser reading lines `rec_height` px high."""
    from rapidocr import RapidOCR

    engine = RapidOCR(
        params={
            "Global.log_level": "warning",
            "Global.use_cls": False,
            "Global.max_side_len": _MAX_SIDE,
            "Det.limit_type": "max",  # limit_side_len is set per image (_DET_SCALE)
            "Det.model_path": str(det_model),
            "Rec.model_path": str(rec_model),
            "Rec.rec_img_shape": [3, rec_height, _REC_MIN_WIDTH],
            "Rec.rec_batch_num": _REC_BATCH,
            "EngineConfig.onnxruntime.intra_op_num_threads": threads,
            "EngineConfig.onnxruntime.inter_op_num_threads": 1,
        }
    )
    # Recognition runs batches of varied widths: with onnxruntime's memory arena it reuses
    # buffers instead of allocating each batch (about a fifth faster). Detection keeps it
    # off: its tensors are large and an arena would hold their peak for good.
    arena = engine.cfg.EngineConfig.onnxruntime
    arena.enable_cpu_mem_arena = True
    engine(np.zeros((rec_height, 96, 3), np.uint8), use_det=False, use_cls=False, use_rec=True)
    arena.enable_cpu_mem_arena = False
    return engine


def _widen(line: list[Word], left: int, right: int) -> list[Word]:
    """A line's word boxes widened by _WIDEN of their height on each side, up to halfway to
    the next word and within the line's box, for `tighten` to shrink to the glyphs: a word
    box placed from the recogniser's steps can start or end inside a glyph (a step is 8 px
    of the line read 40 or 48 px high), and a box that cuts a letter moves the word's edge
    by a few pixels, which alignment and gap rules see."""
    edges = [(w.x0, w.x1) for w in line]
    for i, w in enumerate(line):
        pad = round(_WIDEN * (w.y1 - w.y0))
        lo = (edges[i - 1][1] + w.x0) // 2 if i else left
        hi = (w.x1 + edges[i + 1][0]) // 2 if i + 1 < len(line) else right
        w.x0, w.x1 = max(min(lo, w.x0), w.x0 - pad), min(max(hi, w.x1), w.x1 + pad)
    return line


def _split_line(text: str, score: float, quad: Any) -> list[tuple[str, float, Any]]:
    """Word boxes by character share of a line box (fallback when none came back)."""
    x0, x1 = float(min(p[0] for p in quad)), float(max(p[0] for p in quad))
    y0, y1 = float(min(p[1] for p in quad)), float(max(p[1] for p in quad))
    per_char = (x1 - x0) / max(len(text), 1)
    out = []
    pos = 0
    for token in text.split(" "):
        if token:
            a, b = x0 + pos * per_char, x0 + (pos + len(token)) * per_char
            out.append((token, score, [[a, y0], [b, y0], [b, y1], [a, y1]]))
        pos += len(token) + 1
    return out


def tighten(gray: np.ndarray, words: list[Word]) -> list[Word]:
    """Shrink each word box to its glyphs' ink, as a glyph-tight box tells the font size
    from the letters it holds (`layout.word_em`); where no ink stands out (very faint
    text), keep the padded box and take the font size from its height."""
    height, width = gray.shape
    for w in words:
        x0, y0 = max(0, w.x0), max(0, w.y0)
        x1, y1 = min(width, max(w.x1, x0 + 1)), min(height, max(w.y1, y0 + 1))
        sub = gray[y0:y1, x0:x1]
        if sub.size == 0:
            continue
        bg = int(np.median(np.concatenate([sub[0], sub[-1], sub[:, 0], sub[:, -1]])))
        diff = np.abs(sub - bg)
        peak = int(diff.max())
        if peak < 24:
            w.em = w.h / BOX_PER_EM
            continue
        mask = diff > max(16, peak // 3)
        top, bottom = _main_run(mask.sum(axis=1), max(1, round(0.06 * sub.shape[0])))
        cols = np.flatnonzero(mask[top:bottom].any(axis=0))
        w.oy0, w.oy1 = w.y0, w.y1
        w.x0, w.x1 = x0 + int(cols[0]), x0 + int(cols[-1]) + 1
        w.y0, w.y1 = y0 + top, y0 + bottom
    return words


def _main_run(ink: np.ndarray, gap: int) -> tuple[int, int]:
    """The rows [top, bottom) of the inkiest run of inked rows (blank gaps up to `gap`
    bridged): a padded box also catches the descenders of the line above and the
    ascenders of the line below, which the blank rows between lines set apart."""
    runs: list[list[int]] = []  # [top, bottom, ink]
    for r in np.flatnonzero(ink > 0).tolist():
        if runs and r - runs[-1][1] <= gap:
            runs[-1][1] = r + 1
            runs[-1][2] += int(ink[r])
        else:
            runs.append([r, r + 1, int(ink[r])])
    best = max(runs, key=lambda run: run[2])
    return best[0], best[1]


@cache
def default_engine() -> OcrEngine:
    return RapidOcrEngine(workers=get_settings().offline_ocr_workers)


def row_profiles(gray: Image.Image) -> list[int]:
    """Per-row contrast (max - min of a horizontally box-averaged row): ~0 means blank."""
    w, h = gray.size
    small = gray.resize((max(8, w // 8), h), Image.Resampling.BOX)
    sw = small.width
    data = small.tobytes()
    return [max(data[r * sw : (r + 1) * sw]) - min(data[r * sw : (r + 1) * sw]) for r in range(h)]


def _cut_points(profile: list[int], top: int, bottom: int) -> list[int]:
    """Strip boundaries in [top, bottom] at blank rows, roughly every _STRIP rows."""
    cuts = [top]
    y = top + _STRIP
    while y < bottom - _STRIP // 3:
        best = None
        # the closest blank row to y within half a strip
        for d in range(0, _STRIP // 2):
            for cand in (y + d, y - d):
                if cuts[-1] + 100 < cand < bottom - 50 and profile[cand] <= 3:
                    best = cand
                    break
            if best is not None:
                break
        if best is None:
            best = min(y, bottom)  # no blank row: cut anyway (overlap below covers it)
        cuts.append(best)
        y = best + _STRIP
    cuts.append(bottom)
    return cuts


def strips(profile: list[int], height: int) -> list[tuple[int, int]]:
    """Strips of about _STRIP rows cut at blank rows."""
    return list(itertools.pairwise(_cut_points(profile, 0, height)))


_OVERLAP = 60  # rows read twice where a strip had to be cut through non-blank rows
_MARGIN = 16  # blank rows kept on each side of text when long blank runs are squeezed out


def busy_rows(profile: list[int], top: int, bottom: int) -> np.ndarray:
    """The rows of [top, bottom) worth reading: every row except the inside of blank runs
    longer than two margins (a run keeps _MARGIN rows at each end, so text keeps its
    padding and two texts stay apart). Detection costs per pixel, and a page is often a
    third blank (section padding, whitespace between blocks)."""
    keep = np.ones(bottom - top, dtype=bool)
    blank = np.asarray(profile[top:bottom]) <= 3
    edges = np.flatnonzero(np.diff(np.concatenate(([0], blank.view(np.int8), [0]))))
    for start, end in zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True):
        if end - start > 2 * _MARGIN:
            keep[start + _MARGIN : end - _MARGIN] = False
    return top + np.flatnonzero(keep)


def page_y(rows: np.ndarray, y: int, end: bool = False) -> int:
    """A row of a squeezed strip (kept `rows`) on the page (`end`: an exclusive bound)."""
    last = len(rows) - 1
    if end:
        return int(rows[min(max(y - 1, 0), last)]) + 1
    return int(rows[min(max(y, 0), last)])


def ocr_page(
    rgb: Image.Image, profile: list[int] | None = None, engine: OcrEngine | None = None
) -> list[Word]:
    """OCR a page; words in page coordinates, sorted top to bottom, left to right.

    Each strip is read with its long blank runs squeezed out (`busy_rows`); word rows are
    mapped back to the page through the kept rows."""
    engine = engine or default_engine()
    profile = profile if profile is not None else row_profiles(rgb.convert("L"))
    pixels = np.asarray(rgb)
    parts = strips(profile, rgb.height)
    # a strip cut through non-blank rows is read from _OVERLAP rows above its top
    kept = [
        busy_rows(profile, top if profile[top] <= 3 else max(0, top - _OVERLAP), bottom)
        for top, bottom in parts
    ]
    read = engine.read_many([Image.fromarray(pixels[rows]) for rows in kept])
    words: list[Word] = []
    for (top, _), rows, found in zip(parts, kept, read, strict=True):
        for w in found:
            y0, y1 = page_y(rows, w.y0), page_y(rows, w.y1, end=True)
            if (y0 + y1) / 2 < top:  # read in the overlap: the previous strip owns it
                continue
            outer = (page_y(rows, w.oy0), page_y(rows, w.oy1, end=True)) if w.oy0 >= 0 else (-1, -1)
            words.append(Word(w.text, w.x0, y0, w.x1, y1, w.conf, w.em, *outer))
    words = [w for w in words if plausible(w)]
    words.sort(key=lambda w: (w.y0, w.x0))
    return words


def plausible(word: Word) -> bool:
    """Drop OCR noise: symbol-only or very unsure tokens (image edges, icons), rotated text."""
    if len(word.text) >= 3 and word.x1 - word.x0 < 0.6 * (word.y1 - word.y0):
        return False  # rotated text (a corner ribbon, a vertical label): read as garbage
    if not any(ch.isalnum() for ch in word.text):
        return word.conf >= 60 and word.text in {"©", "—", "&", "-", "/", "+", "|", "·"}
    if len(word.text) == 1 and word.text in "0oO" and word.x1 - word.x0 >= 0.95 * word.h:
        return False  # a round icon or logo mark, read as a letter
    if len(word.text) == 1 and word.text.isalpha() and word.text not in "aAI":
        return word.conf >= 98  # stray letters read from logos, icons and image edges
    return word.conf >= 50


def _latin(ch: str) -> bool:
    return ch.isascii() or unicodedata.name(ch, "").startswith("LATIN")


def drop_stray_glyphs(words: list[Word]) -> list[Word]:
    """On a page written in Latin letters, a lone character of another script (an icon read
    as "曲" or "回") is a picture, not text."""
    letters = [ch for w in words for ch in w.text if ch.isalpha()]
    if not letters or sum(_latin(ch) for ch in letters) < 0.95 * len(letters):
        return words
    return [w for w in words if not (len(w.text) == 1 and w.text.isalpha() and not _latin(w.text))]


def join_initials(words: list[Word]) -> list[Word]:
    """A capital read apart from the rest of its word ("W ho we are?", "M eet the team": a
    wide first letter in a display face) goes back onto it: a lone capital other than "A"
    and "I", just before a word that goes on in lowercase on its row, less than half a
    line apart."""
    ordered = sorted(words, key=lambda w: w.x0)
    taken: set[int] = set()
    out: list[Word] = []
    for i, w in enumerate(ordered):
        if i in taken:
            continue
        if len(w.text) == 1 and w.text.isupper() and w.text not in "AI":
            for j in range(i + 1, len(ordered)):
                b = ordered[j]
                reach = 0.5 * max(w.h, b.h, 1)
                if b.x0 - w.x1 >= reach:
                    break  # (sorted by left edge: nothing further on is nearer)
                level = abs((b.y0 + b.y1) - (w.y0 + w.y1)) < 0.6 * max(w.h, 1)
                if j in taken or not level or b.x0 < w.x1:
                    continue
                if b.text[:1].islower():
                    taken.add(j)
                    w = replace(
                        w,
                        text=w.text + b.text,
                        x1=b.x1,
                        y0=min(w.y0, b.y0),
                        y1=max(w.y1, b.y1),
                        conf=min(w.conf, b.conf),
                        oy0=min(w.oy0, b.oy0) if min(w.oy0, b.oy0) >= 0 else -1,
                        oy1=max(w.oy1, b.oy1) if min(w.oy1, b.oy1) >= 0 else -1,
                    )
                break
        out.append(w)
    return out
