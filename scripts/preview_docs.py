"""Write the README's two pictures of the demo page (examples/landing.png): the annotated
screenshot and the preview of an offline demo generation, cropped to the top of the page
and stored as small palette PNGs in docs/.

    uv run python scripts/preview_docs.py

The analysis is the eval set's truth for the page with the boxes of its DOM text blocks
(examples/landing.dom.json); the copy is the offline writer's for the demo business.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.services.generation.offline import write_offline  # noqa: E402
from app.services.generation.prompt import build_elements  # noqa: E402
from app.services.preview import layout, render  # noqa: E402
from app.services.preview.paint import Job  # noqa: E402
from tests.support.generations import business_context  # noqa: E402
from tests.support.preview_pages import demo_analysis, demo_png  # noqa: E402

CROP_HEIGHT = 1180  # navigation, hero and the first feature row
WIDTH = 960  # 75% of the page's 1280 px


def _small(png: bytes, out: Path) -> None:
    img = Image.open(io.BytesIO(png)).convert("RGB")
    img = img.crop((0, 0, img.width, min(img.height, CROP_HEIGHT)))
    img = img.resize((WIDTH, round(img.height * WIDTH / img.width)), Image.Resampling.LANCZOS)
    img.quantize(colors=128, method=Image.Quantize.MEDIANCUT).save(out, optimize=True)
    print(out.relative_to(ROOT), out.stat().st_size, "bytes")


def main() -> None:
    png, analysis = demo_png(), demo_analysis()
    with Image.open(io.BytesIO(png)) as img:
        width, height = img.size
    items = layout.elements(analysis, width=width, height=height)
    boxed = [i for i in items if i.rect is not None]
    texts = write_offline(business_context(), build_elements(analysis))
    jobs = [Job(i.rect, texts[i.id], i.original, "button" in i.label) for i in boxed]  # type: ignore[arg-type]
    docs = ROOT / "docs"
    _small(render.annotated_png(png, boxed, layout.sections(boxed)), docs / "preview-annotated.png")
    _small(render.preview_png(png, jobs), docs / "preview-page.png")


if __name__ == "__main__":
    main()
