"""Build the OCR models the offline analyser runs (app/assets/ocr/).

    uv run --group models python scripts/quantize_ocr.py [det rec rec_float]

(naming models builds only those; the others and their records stay as they are)

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

Both recognisers (the int8 one, and `rec_float.onnx`, the wheel's float recogniser for every
other CPU) then keep only the classes of the characters written below U+2E80: Latin, Greek,
digits, punctuation and symbols (1,748 of the wheel model's 18,708 characters; CJK, kana,
Hangul, full-width forms and emoji go), and the nine CJK characters that icons were read as
on the development pages (`ICON_READS`). The output layer over all 18,710 classes was a
seventh of a line's recognition; without it the OCR of a page takes about an eighth less CPU
and reads the same words (`latin_only`; bench/offline_tall_page.py). The offline analyser
reads pages written in those scripts only; a vision model reads the others.

`rec_float.onnx` leaves its input's height free (the wheel's model fixes it at 48 px, and so
does the int8 one): the analyser reads lines 40 px high with it, which takes about a quarter
less recognition CPU on CPUs without VNNI (`ocr._REC_H_FLOAT`).

Writes `det_int8.onnx`, `rec_int8.onnx`, `rec_float.onnx` and `models.json` (per model: the
source file's name and SHA-256, the result's SHA-256, the scheme; and the calibration
pages). Needs the `models` dependency group (the `onnx` package); the application needs only
onnxruntime.
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
KEEP_BELOW = 0x2E80  # the recognisers keep the characters written below this code point
# ... and the characters above it that the wheel's recogniser read on two or more of the
# development pages (all but the held-out set, session 15): on pages in Latin letters these
# are icons (a box read as 口, 回, 田), which `ocr.drop_stray_glyphs` drops; without them to
# go to, an icon reads as a letter or a digit. (Characters read on one page only were the
# Chinese text of a picture.)
ICON_READS = "日田大品口回三分当"
LATIN_ONLY = (
    f"classes of the characters below U+{KEEP_BELOW:04X}, and of {len(ICON_READS)} others "
    "read on icons of the development pages"
)


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
    engine = ocr.RapidOcrEngine.wheel_models(workers=1)  # one pipeline, calls in order
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


def latin_only(source: Path, target: Path) -> None:
    """Keep a recogniser's classes of the characters below KEEP_BELOW and of ICON_READS (and
    CTC's blank and space): the columns of its output layer (the MatMul and Add before the
    final Softmax) and the character list in its metadata, which RapidOCR decodes with."""
    import onnx
    from onnx import numpy_helper

    model = onnx.load(source)
    meta = {p.key: p for p in model.metadata_props}
    chars = meta["character"].value.splitlines()
    kept = [i for i, ch in enumerate(chars) if ord(ch[0]) < KEEP_BELOW or ch in ICON_READS]
    classes = len(chars) + 2  # blank first, then the characters, then space
    columns = np.array([0, *(i + 1 for i in kept), classes - 1])
    made = {out: node for node in model.graph.node for out in node.output}

    def producer(name: str, op: str) -> Any:
        node = made[name]
        while node.op_type == "Identity":
            node = made[node.input[0]]
        if node.op_type != op:
            raise SystemExit(f"{source.name}: expected {op} before the output, got {node.op_type}")
        return node

    add = producer(producer(model.graph.output[0].name, "Softmax").input[0], "Add")
    matmul = producer(add.input[0], "MatMul")
    weights = {t.name: t for t in model.graph.initializer}
    for name, axis in ((matmul.input[1], 1), (add.input[1], 0)):
        kept_part = np.take(numpy_helper.to_array(weights[name]), columns, axis=axis)
        weights[name].CopyFrom(numpy_helper.from_array(np.ascontiguousarray(kept_part), name))
    meta["character"].value = "\n".join(chars[i] for i in kept)
    for info in [*model.graph.value_info, *model.graph.output]:
        dims = info.type.tensor_type.shape.dim
        if dims and dims[-1].dim_value == classes:
            dims[-1].dim_value = len(columns)
    onnx.checker.check_model(model)
    onnx.save(model, target)


def free_height(path: Path) -> None:
    """Let a recogniser take lines of any height: its input's height (fixed at 48 in the
    wheel's model) becomes a named free dimension. Nothing inside depends on it: the network
    pools the height away before reading along the line."""
    import onnx

    model = onnx.load(path)
    height = model.graph.input[0].type.tensor_type.shape.dim[2]
    height.ClearField("dim_value")
    height.dim_param = "height"
    del model.graph.value_info[:]  # shapes inferred for 48 px; onnxruntime infers its own
    onnx.checker.check_model(model)
    onnx.save(model, path)


KINDS = ("det", "rec", "rec_float")


def main(argv: list[str]) -> int:
    kinds = argv or list(KINDS)
    if set(kinds) - set(KINDS):
        raise SystemExit(f"models are {', '.join(KINDS)}")
    files = ocr._model_files()
    OUT.mkdir(parents=True, exist_ok=True)
    record = OUT / "models.json"
    meta: dict[str, Any] = json.loads(record.read_text()) if record.exists() else {}
    if "det" in kinds or "rec" in kinds:
        pages = calibration_pages()
        meta["calibration_pages"] = [os.path.relpath(p, ROOT) for p in pages]
        meta["rec_calibration"] = f"every {REC_EVERY}th line crop"
    for kind in ("det", "rec"):
        if kind in kinds:
            meta[kind] = quantise(kind, files[kind], OUT / f"{kind}_int8.onnx", pages)
    if "rec" in kinds:
        latin_only(OUT / "rec_int8.onnx", OUT / "rec_int8.onnx")
        meta["rec"].update(sha256=sha256(OUT / "rec_int8.onnx"), classes=LATIN_ONLY)
    if "rec_float" in kinds:
        latin_only(files["rec"], ocr.REC_FLOAT)
        free_height(ocr.REC_FLOAT)
        meta["rec_float"] = {
            "file": ocr.REC_FLOAT.name,
            "source": files["rec"].name,
            "source_sha256": sha256(files["rec"]),
            "sha256": sha256(ocr.REC_FLOAT),
            "scheme": "float, as the wheel's, any input height",
            "classes": LATIN_ONLY,
        }
    record.write_text(json.dumps(meta, indent=2) + "\n")
    print(json.dumps({k: meta[k] for k in KINDS if k in meta}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
