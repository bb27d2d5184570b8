"""Screenshots: upload, list, read, image bytes, delete, re-run the analysis."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Query, Request, Response, status
from fastapi.responses import RedirectResponse

from app.api.deps import CurrentUser, MetaDep, SessionDep, SettingsDep
from app.api.png import ImageRequestDep, png_response, png_responses
from app.api.ratelimit import limit_per_user
from app.core.config import get_settings
from app.schemas.screenshots import (
    AnalysisOut,
    AnalysisQueued,
    AnalysisRequest,
    ScreenshotCreated,
    ScreenshotDetail,
    ScreenshotPage,
)
from app.services.preview import service as previews
from app.services.screenshots import intake, service, views

router = APIRouter(prefix="/screenshots", tags=["screenshots"])

ERR = {"description": "Error in the standard error shape"}
# Uploads and analyses cost storage and model calls: a per-user limit, checked before the
# body is read.
UPLOAD_LIMIT = [Depends(limit_per_user(lambda: get_settings().rate_limit_upload_user, "upload"))]
UPLOAD_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {"file": {"type": "string", "format": "binary"}},
                }
            },
            "application/json": {
                "schema": {
                    "type": "object",
                    "required": ["image_base64"],
                    "properties": {
                        "image_base64": {"type": "string", "description": "Base64 or data URL"},
                        "filename": {"type": "string"},
                    },
                }
            },
        },
    }
}


def _content_length(request: Request) -> int | None:
    raw = request.headers.get("content-length", "")
    return int(raw) if raw.isdigit() else None


@router.post(
    "",
    response_model=ScreenshotCreated,
    status_code=status.HTTP_201_CREATED,
    dependencies=UPLOAD_LIMIT,
    summary="Upload a screenshot (multipart field 'file', or JSON {image_base64, filename})",
    openapi_extra=UPLOAD_BODY,
    responses={
        200: {"model": ScreenshotCreated, "description": "Same image already uploaded"},
        400: ERR,
        401: ERR,
        413: ERR,
        415: ERR,
        422: ERR,
        429: ERR,
    },
)
async def create_screenshot(
    request: Request,
    response: Response,
    session: SessionDep,
    user: CurrentUser,
    meta: MetaDep,
    settings: SettingsDep,
) -> ScreenshotCreated:
    # The body is read here, not by FastAPI, so the size cap holds while it streams.
    upload = await intake.read_upload(
        request.stream(),
        content_type=request.headers.get("content-type", ""),
        content_length=_content_length(request),
        max_bytes=settings.upload_max_bytes,
    )
    created = await service.create(session, user=user, upload=upload, meta=meta)
    if created.duplicate:
        response.status_code = status.HTTP_200_OK
    return views.created(created)


@router.get(
    "",
    response_model=ScreenshotPage,
    summary="The user's screenshots, newest first",
)
async def list_screenshots(
    session: SessionDep,
    user: CurrentUser,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> ScreenshotPage:
    page = await service.list_page(session, user=user, limit=limit, cursor=cursor)
    return ScreenshotPage(
        items=[views.summary(s) for s in page.items], next_cursor=page.next_cursor
    )


@router.get(
    "/{screenshot_id}",
    response_model=ScreenshotDetail,
    summary="A screenshot with its analysis status and result",
    responses={404: ERR},
)
async def get_screenshot(
    screenshot_id: uuid.UUID, session: SessionDep, user: CurrentUser
) -> ScreenshotDetail:
    shot = await service.get(session, user=user, screenshot_id=screenshot_id)
    return views.detail(shot)


@router.get(
    "/{screenshot_id}/image",
    summary="The stored image (metadata stripped)",
    response_class=Response,
    responses={
        200: {"content": {"image/png": {}, "image/jpeg": {}, "image/webp": {}}},
        307: {"description": "Redirect to a presigned storage URL (S3_PRESIGN_SECONDS > 0)"},
        404: ERR,
        503: ERR,
    },
)
async def get_screenshot_image(
    screenshot_id: uuid.UUID, session: SessionDep, user: CurrentUser
) -> Response:
    image = await service.read_image(session, user=user, screenshot_id=screenshot_id)
    if image.url is not None:
        return RedirectResponse(image.url, status_code=status.HTTP_307_TEMPORARY_REDIRECT)
    return Response(
        content=image.data,
        media_type=image.media_type,
        headers={"Cache-Control": "private, max-age=3600", "Content-Disposition": "inline"},
    )


@router.get(
    "/{screenshot_id}/annotated.png",
    summary="The screenshot with its analysis drawn on it (sections and text elements)",
    response_class=Response,
    responses=png_responses({404: ERR, 409: ERR}),
)
async def get_screenshot_annotated(
    screenshot_id: uuid.UUID, session: SessionDep, user: CurrentUser, asked: ImageRequestDep
) -> Response:
    rendered = await previews.annotated(
        session, user=user, screenshot_id=screenshot_id, asked=asked
    )
    return png_response(rendered)


@router.delete(
    "/{screenshot_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a screenshot and its stored image",
    responses={404: ERR},
)
async def delete_screenshot(
    screenshot_id: uuid.UUID, session: SessionDep, user: CurrentUser, meta: MetaDep
) -> Response:
    await service.delete(session, user=user, screenshot_id=screenshot_id, meta=meta)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get(
    "/{screenshot_id}/analysis",
    response_model=AnalysisOut,
    summary="The screenshot's analysis and its state (links.analysis)",
    responses={404: ERR},
)
async def get_screenshot_analysis(
    screenshot_id: uuid.UUID, session: SessionDep, user: CurrentUser
) -> AnalysisOut:
    shot = await service.get(session, user=user, screenshot_id=screenshot_id)
    return views.analysis(shot)


@router.post(
    "/{screenshot_id}/analysis",
    response_model=AnalysisQueued,
    status_code=status.HTTP_202_ACCEPTED,
    dependencies=UPLOAD_LIMIT,
    summary="Run the analysis again, optionally with another model",
    responses={400: ERR, 403: ERR, 404: ERR, 409: ERR, 429: ERR},
)
async def create_screenshot_analysis(
    screenshot_id: uuid.UUID,
    session: SessionDep,
    user: CurrentUser,
    meta: MetaDep,
    body: Annotated[AnalysisRequest | None, Body()] = None,
) -> AnalysisQueued:
    shot = await service.request_analysis(
        session,
        user=user,
        screenshot_id=screenshot_id,
        model_id=body.model if body else None,
        meta=meta,
    )
    return views.analysis_queued(shot, model_id=body.model if body else None)
