"""Build the int8 OCR models the offline analyser runs (app/assets/ocr/).

    uv run --group models python scripts/quantize_ocr.py

Takes the PP-OCR detection and recognition models that the installed `rapidocr` wheel ships,
moves each to ONNX opset 17 (per-channel weight scales need 13+) and quantises its
convolutions to int8 (static, QDQ, per-channel weights, unsigned 8-bit activations, MinMax
ranges). The activation ranges are calibrated on what the analyser itself feeds the models
while it reads the development pages (the synthetic screens, the shared real pages and
tests/data/real), exactly as `ocr_page` reads them: every strip for the detector, every
fifth line crop for the recogniser. Held-out page sets are never used. The analyser runs them
only on x86 CPUs with VNNI (`ocr.int8_is_exact`), where they make the OCR about a fifth to a
quarter faster (bench/offline_tall_page.py, session 12): without VNNI onnxruntime multiplies
uint8 activations by int8 weights with an instruction whose 16-bit sums saturate, and the
models misread (on an AVX2-only AMD EPYC, 250 of 463 words of page 301 agreed with the float
models). Weights kept in 7 bits (`reduce_range`) read right there, but no faster than float
and with lower scores (own real pages 0.834 against 0.857), so they are not used.
tests/services/analysis/offline/test_ocr_int8.py checks the int8 models read the same words in
the same places as the float models, on a CPU with VNNI.

Writes `det_int8.onnx`, `rec_int8.onnx` and `models.json` (per model: the source file's name
and SHA-256, the result's SHA-256, the scheme; and the calibration pages). Needs the
`models` dependency group (the `onnx` package); the application needs only onnxruntime.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402

from app.services.analysis.offline import ocr  # noqa: E402

OUT = ROOT / "app" / "assets" / "ocr"
CALIBRATION = [
    ROOT.parent / "shared" / "eval" / "screens",
    ROOT.parent / "shared" / "eval" / "real",
    ROOT / "tests" / "data" / "real",
]
SCHEME = "static QDQ, Conv only, per-channel int8 weights, uint8 activations, MinMax"
REC_EVERY = 5  # calibrate the recogniser on every fifth line crop


def calibration_pages() -> list[Path]:
    pages: list[Path] = []
    for folder in CALIBRATION:
        pages += sorted(folder.glob("page_*.png"))
    if not pages:
        raise SystemExit("no calibration pages found (is ../shared beside the repository?)")
    return pages


class _Recording:
    """Stands in for a RapidOCR model session: keeps the tensors it is given."""

    def __init__(self, inner: Any, every: int) -> None:
        self.inner, self.every, self.calls = inner, every, 0
        self.seen: list[np.ndarray] = []

    def __call__(self, tensor: np.ndarray) -> Any:
        if self.calls % self.every == 0:
            self.seen.append(tensor.copy())
        self.calls += 1
        return self.inner(tensor)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def model_inputs(pages: list[Path], kind: str) -> Iterator[np.ndarray]:
    """The tensors one model ("det" or "rec") gets while the analyser's engine, with the
    float models, reads the pages with `ocr_page` (page by page, so they stream)."""
    engine = ocr.RapidOcrEngine.float_models(workers=1)  # one pipeline, calls in order
    rapid = engine._detector
    owner = rapid.text_det if kind == "det" else rapid.text_rec
    recording = _Recording(owner.session, 1 if kind == "det" else REC_EVERY)
    owner.session = recording
    for path in pages:
        with Image.open(path) as img:
            ocr.ocr_page(img.convert("RGB"), engine=engine)
        yield from recording.seen
        recording.seen.clear()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def quantise(kind: str, source: Path, target: Path, pages: list[Path]) -> dict[str, str]:
    import onnx
    from onnx import version_converter
    from onnxruntime.quantization import (
        CalibrationDataReader,
        CalibrationMethod,
        QuantFormat,
        QuantType,
        quant_pre_process,
        quantize_static,
    )

    tensors = model_inputs(pages, kind)

    class Reader(CalibrationDataReader):
        def get_next(self) -> dict[str, np.ndarray] | None:
            tensor = next(tensors, None)
            return None if tensor is None else {"x": tensor}

    with tempfile.TemporaryDirectory() as tmp:
        opset17, prepared = Path(tmp) / "m17.onnx", Path(tmp) / "pre.onnx"
        onnx.save(version_converter.convert_version(onnx.load(source), 17), opset17)
        quant_pre_process(opset17, prepared, skip_symbolic_shape=True)
        quantize_static(
            prepared,
            target,
            Reader(),
            quant_format=QuantFormat.QDQ,
            per_channel=True,
            activation_type=QuantType.QUInt8,
            weight_type=QuantType.QInt8,
            op_types_to_quantize=["Conv"],
            calibrate_method=CalibrationMethod.MinMax,
        )
    return {
        "file": target.name,
        "source": source.name,
        "source_sha256": sha256(source),
        "sha256": sha256(target),
        "scheme": SCHEME,
    }


def main() -> int:
    pages = calibration_pages()
    files = ocr._model_files()
    OUT.mkdir(parents=True, exist_ok=True)
    meta: dict[str, Any] = {
        kind: quantise(kind, files[kind], OUT / f"{kind}_int8.onnx", pages)
        for kind in ("det", "rec")
    }
    meta["calibration_pages"] = [os.path.relpath(p, ROOT) for p in pages]
    meta["rec_calibration"] = f"every {REC_EVERY}th line crop"
    (OUT / "models.json").write_text(json.dumps(meta, indent=2) + "\n")
    print(json.dumps({k: meta[k] for k in ("det", "rec")}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
