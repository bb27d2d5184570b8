"""The HTTP answer for a derived image (annotated screenshot, preview): PNG bytes, an ETag
to revalidate against, and how many elements were drawn and left out."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Header, Query, Response

from app.services.preview.service import ImageRequest, Rendered

DRAWN_HEADER = "X-Elements-Drawn"
SKIPPED_HEADER = "X-Elements-Skipped"
CACHE_HEADER = "X-Render-Cache"

Section = Annotated[int | None, Query(ge=1, le=10_000, description="Crop to this section position")]
IfNoneMatch = Annotated[str | None, Header(max_length=512)]


def image_request(section: Section = None, if_none_match: IfNoneMatch = None) -> ImageRequest:
    """The parameters of every image route: a section to crop to, and the ETag to revalidate."""
    return ImageRequest(section=section, if_none_match=if_none_match)


ImageRequestDep = Annotated[ImageRequest, Depends(image_request)]


def png_response(rendered: Rendered) -> Response:
    headers = {
        "ETag": rendered.etag,
        # Private, and revalidated each time: a new analysis or new copy changes the ETag.
        "Cache-Control": "private, no-cache",
        DRAWN_HEADER: str(rendered.drawn),
        SKIPPED_HEADER: str(rendered.skipped),
    }
    if rendered.not_modified:
        return Response(status_code=304, headers=headers)
    headers[CACHE_HEADER] = "hit" if rendered.cached else "miss"
    headers["Content-Disposition"] = "inline"
    return Response(content=rendered.data, media_type="image/png", headers=headers)


def png_responses(errors: dict[int | str, dict[str, Any]]) -> dict[int | str, dict[str, Any]]:
    """OpenAPI responses of an image route: the PNG, 304, and the given errors."""
    headers = {
        DRAWN_HEADER: {"description": "Elements drawn", "schema": {"type": "integer"}},
        SKIPPED_HEADER: {
            "description": "Elements left out (no box, or a box outside the image)",
            "schema": {"type": "integer"},
        },
        "ETag": {"description": "Revalidate with If-None-Match", "schema": {"type": "string"}},
    }
    return {
        200: {"content": {"image/png": {}}, "headers": headers},
        304: {"description": "Not modified (If-None-Match matched the ETag)"},
        **errors,
    }
