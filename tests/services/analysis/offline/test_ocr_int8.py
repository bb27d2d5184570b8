"""The shipped OCR models (app/assets/ocr, scripts/quantize_ocr.py) are what their record
says and the analyser runs them; the int8 models read the same words in the same places as the
float models they were quantised from, on real pages that were not among the calibration
pages (tests/data/real_more); the float recogniser is the wheel's, over fewer classes."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from functools import cache
from pathlib import Path

import numpy as np
import onnxruntime as ort
import pytest
from PIL import Image

from app.services.analysis.offline.ocr import (
    DET_INT8,
    REC_FLOAT,
    REC_INT8,
    RapidOcrEngine,
    Word,
    _model_files,
    default_engine,
    int8_is_exact,
    ocr_page,
)

PAGES = Path(__file__).resolve().parents[3] / "data" / "real_more"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@cache
def _engine(models: str) -> RapidOcrEngine:
    """The int8 models ("int8"); the float ones as shipped ("float": lines read 40 px high),
    or reading lines 48 px high as the int8 ones (and the wheel's) do ("float48")."""
    if models == "int8":
        return RapidOcrEngine.int8_models()
    return RapidOcrEngine.float_models(rec_height=48 if models == "float48" else 0)


def _read(page: str | Path, models: str) -> list[Word]:
    with Image.open(PAGES / page) as img:
        return ocr_page(img.convert("RGB"), engine=_engine(models))


def _iou(a: Word, b: Word) -> float:
    ix = max(0, min(a.x1, b.x1) - max(a.x0, b.x0))
    iy = max(0, min(a.y1, b.y1) - max(a.y0, b.y0))
    inter = ix * iy
    union = (a.x1 - a.x0) * (a.y1 - a.y0) + (b.x1 - b.x0) * (b.y1 - b.y0) - inter
    return inter / union if union else 0.0


def test_the_int8_models_are_the_recorded_builds_of_the_installed_float_models() -> None:
    """A rapidocr upgrade that ships other models makes the int8 ones stale: rebuild them
    with scripts/quantize_ocr.py."""
    meta = json.loads((DET_INT8.parent / "models.json").read_text())
    for kind, built in (("det", DET_INT8), ("rec", REC_INT8), ("rec_float", REC_FLOAT)):
        source = _model_files()[kind.removesuffix("_float")]
        assert meta[kind]["source"] == source.name
        assert meta[kind]["source_sha256"] == _sha256(source)
        assert meta[kind]["file"] == built.name
        assert meta[kind]["sha256"] == _sha256(built)
    held_out = ("real_more", "real_holdout", "real_fresh")
    assert not any(name in p for p in meta["calibration_pages"] for name in held_out)


def test_the_analyser_reads_with_int8_models_only_where_the_cpu_multiplies_them_exactly() -> None:
    engine = default_engine()
    assert isinstance(engine, RapidOcrEngine)
    det, rec = (DET_INT8, REC_INT8) if int8_is_exact() else (_model_files()["det"], REC_FLOAT)
    assert engine._detector.cfg.Det.model_path == str(det)
    with engine._pipeline() as pipeline:
        assert pipeline.cfg.Rec.model_path == str(rec)


def test_the_float_recogniser_reads_lines_40_px_high_and_the_words_read_at_48() -> None:
    """`rec_float.onnx` takes lines of any height (the wheel's model only 48 px). Read 40 px
    high, a quarter cheaper, with the lines it is unsure of read again at 48 px, it reads the
    words read at 48 px, in the same places: on a development page whose dates lose a letter
    at 40 px ("Febrary 9,2015") and on real pages that were not development pages then."""
    engine = _engine("float")
    assert engine.rec_height == 40 and _engine("float48").rec_height == 48
    with engine._pipeline() as pipeline:
        assert pipeline.cfg.Rec.rec_img_shape[1] == 40
    height = ort.InferenceSession(str(REC_FLOAT), providers=["CPUExecutionProvider"])
    assert isinstance(height.get_inputs()[0].shape[2], str)  # a free dimension
    common = total = 0
    places = []
    for page in (
        PAGES.parent / "real" / "page_204.png",
        *(PAGES / f"page_30{i}.png" for i in (1, 2, 3)),
    ):
        at48, at40 = _read(page, "float48"), _read(page, "float")
        assert len(at48) > 50
        want, got = Counter(w.text for w in at48), Counter(w.text for w in at40)
        common += sum((want & got).values())
        total += max(sum(want.values()), sum(got.values()))
        places += [max(_iou(w, v) for v in at40 if v.text == w.text) for w in at48 if got[w.text]]
    assert common >= 0.98 * total, (common, total)  # 0.974 without reading lines again
    assert sum(iou >= 0.5 for iou in places) >= 0.97 * len(places)


def _characters(session: ort.InferenceSession) -> list[str]:
    return session.get_modelmeta().custom_metadata_map["character"].splitlines()


def test_the_shipped_recognisers_are_the_wheels_over_latin_greek_and_symbol_classes() -> None:
    """Both recognisers know the wheel's characters written below U+2E80 and a few dozen
    others (icons' readings), in the wheel's order; and on a real page's line crops the
    float one gives, for each of them, the wheel model's probability renormalised over them
    (only the output layer's other classes are gone)."""
    wheel = ort.InferenceSession(str(_model_files()["rec"]), providers=["CPUExecutionProvider"])
    ours = ort.InferenceSession(str(REC_FLOAT), providers=["CPUExecutionProvider"])
    int8 = ort.InferenceSession(str(REC_INT8), providers=["CPUExecutionProvider"])
    every, known = _characters(wheel), _characters(ours)
    assert known == _characters(int8)
    index = {ch: i for i, ch in enumerate(every)}
    kept = [index[ch] for ch in known]
    assert kept == sorted(kept)  # the wheel's order
    below = [ch for ch in every if ord(ch[0]) < 0x2E80]
    assert set(below) <= set(known) and len(known) - len(below) <= 100
    assert "é" in known and "口" in known and "中" in every and len(known) < len(every) // 5
    columns = [0, *(i + 1 for i in kept), len(every) + 1]  # CTC blank first, space last
    with Image.open(PAGES / "page_301.png") as img:
        page = img.convert("RGB")
    lines = _engine("float")._detect(page.crop((0, 0, page.width, 1400)))
    assert len(lines.crops) > 10
    for crop in lines.crops[:12]:
        line = Image.fromarray(crop).resize((max(8, round(48 * crop.shape[1] / crop.shape[0])), 48))
        x = (np.asarray(line, np.float32).transpose(2, 0, 1)[None] / 127.5 - 1).astype(np.float32)
        theirs = wheel.run(None, {"x": x})[0][..., columns]
        mine = ours.run(None, {"x": x})[0]
        assert mine.shape == theirs.shape
        assert np.allclose(mine, theirs / theirs.sum(axis=-1, keepdims=True), atol=1e-4)


def test_int8_is_exact_on_cpus_with_vnni_only(tmp_path: Path) -> None:
    def cpu(flags: str, bugs: str = "") -> Path:
        info = tmp_path / "cpuinfo"
        info.write_text(
            f"processor\t: 0\nmodel name\t: AMD EPYC\nflags\t\t: {flags}\nbugs\t\t: {bugs}\n"
        )
        return info

    assert int8_is_exact(cpu("fpu sse2 avx2 avx512f avx512bw avx512_vnni avx512_bf16"))
    assert int8_is_exact(cpu("fpu sse2 avx2 avx_vnni"))  # AVX-VNNI (VEX), no AVX-512
    assert not int8_is_exact(cpu("fpu sse2 fma avx2"))  # this session's AMD EPYC
    assert not int8_is_exact(cpu("fpu avx2 avx512f avx512bw"))  # AVX-512 without VNNI
    assert not int8_is_exact(cpu("fpu avx2", bugs="avx512_vnni_like"))  # flags only
    assert not int8_is_exact(tmp_path / "absent")  # no /proc/cpuinfo: not Linux on x86


@pytest.mark.skipif(
    not int8_is_exact(),
    reason="no VNNI on this CPU: int8 products saturate here, and the analyser runs the float "
    "models (test_the_analyser_reads_with_int8_models_only_where_the_cpu_multiplies_them_exactly)",
)
def test_int8_models_read_the_same_words_in_the_same_places_as_float() -> None:
    texts, places = [], []  # per page: words in common / words read; matched words' IoU
    for page in ("page_301.png", "page_302.png"):
        floats, ints = _read(page, "float48"), _read(page, "int8")
        assert len(floats) > 50  # the page holds text; both reads are of it
        want, got = Counter(w.text for w in floats), Counter(w.text for w in ints)
        common = sum((want & got).values())
        texts.append((common, max(sum(want.values()), sum(got.values())), want - got, got - want))
        # each word read by both is found in the same place (IoU as for DOM boxes, 0.5)
        places += [max(_iou(w, v) for v in ints if v.text == w.text) for w in floats if got[w.text]]
    assert all(common >= 0.97 * total for common, total, *_ in texts), texts
    assert sum(iou >= 0.5 for iou in places) >= 0.97 * len(places)
