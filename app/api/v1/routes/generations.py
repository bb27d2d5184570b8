"""Generations: create (202, idempotent), follow (poll or SSE), history, regenerate,
feedback, export."""

from __future__ import annotations

import uuid
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, Query, Response
from fastapi.responses import StreamingResponse

from app.api.deps import CurrentUser, MetaDep, SessionDep
from app.api.png import ImageRequestDep, png_response, png_responses
from app.api.ratelimit import limit_per_user
from app.core.config import get_settings
from app.schemas.generation import (
    ExportFormat,
    FeedbackIn,
    FeedbackOut,
    GenerationAccepted,
    GenerationCreate,
    GenerationOut,
    GenerationPage,
    RegenerateRequest,
)
from app.services.generation import export, feedback, progress, service, views
from app.services.preview import service as previews

router = APIRouter(prefix="/generations", tags=["generations"])

NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"description": "No such generation (or not yours)"}
}
# The routes that read a generation's copy: yours, and finished.
NOT_COMPLETED: dict[int | str, dict[str, Any]] = {
    **NOT_FOUND,
    409: {"description": "GENERATION_NOT_COMPLETED"},
}
# Writing costs model calls: per-user limit on the routes that start one.
WRITE_LIMIT = [
    Depends(limit_per_user(lambda: get_settings().rate_limit_generation_user, "generation"))
]
StatusFilter = Literal["queued", "analyzing", "writing", "validating", "completed", "failed"]


@router.post(
    "",
    response_model=GenerationAccepted,
    status_code=202,
    summary="Start writing copy for a screenshot",
    dependencies=WRITE_LIMIT,
    responses={
        200: {"description": "Idempotency-Key replay: the same generation"},
        403: {"description": "MODEL_NOT_ALLOWED or PLAN_REQUIRED (business profiles)"},
        404: {"description": "SCREENSHOT_NOT_FOUND or BUSINESS_PROFILE_NOT_FOUND"},
        409: {"description": "IDEMPOTENCY_CONFLICT or ANALYSIS_FAILED"},
        429: {"description": "DAILY_QUOTA_EXCEEDED, TOKEN_BUDGET_EXCEEDED or RATE_LIMITED"},
    },
)
async def create_generation(
    body: GenerationCreate,
    user: CurrentUser,
    session: SessionDep,
    meta: MetaDep,
    response: Response,
    idempotency_key: Annotated[str | None, Header(max_length=255)] = None,
) -> GenerationAccepted:
    created = await service.create(
        session, user=user, data=body, idempotency_key=idempotency_key, meta=meta
    )
    if created.replayed:
        response.status_code = 200
    return views.accepted(created.generation)


@router.get("", response_model=GenerationPage, summary="Your generations, newest first")
async def list_generations(
    user: CurrentUser,
    session: SessionDep,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
    status: StatusFilter | None = None,
) -> GenerationPage:
    page = await service.list_page(session, user=user, limit=limit, cursor=cursor, status=status)
    return GenerationPage(
        items=[views.summary(g) for g in page.items], next_cursor=page.next_cursor
    )


@router.get("/{generation_id}", response_model=GenerationOut, responses=NOT_FOUND)
async def get_generation(
    generation_id: uuid.UUID, user: CurrentUser, session: SessionDep
) -> GenerationOut:
    generation = await service.get(session, user=user, generation_id=generation_id)
    fb = await feedback.for_generation(session, generation)
    return views.generation_out(generation, feedback=fb)


@router.delete("/{generation_id}", status_code=204, responses=NOT_FOUND)
async def delete_generation(
    generation_id: uuid.UUID, user: CurrentUser, session: SessionDep
) -> Response:
    await service.delete(session, user=user, generation_id=generation_id)
    return Response(status_code=204)


@router.get(
    "/{generation_id}/events",
    summary="Progress as Server-Sent Events",
    response_class=StreamingResponse,
    responses={**NOT_FOUND, 200: {"content": {"text/event-stream": {}}}},
)
async def stream_generation_events(
    generation_id: uuid.UUID,
    user: CurrentUser,
    session: SessionDep,
    last_event_id: Annotated[str | None, Header(max_length=64)] = None,
) -> StreamingResponse:
    generation = await service.get(session, user=user, generation_id=generation_id)
    # The stream may last minutes and reads Redis: give the database connection back now.
    await session.close()
    return StreamingResponse(
        progress.sse_events(generation, last_event_id=last_event_id or None),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


@router.post(
    "/{generation_id}/regenerate",
    response_model=GenerationAccepted,
    status_code=202,
    dependencies=WRITE_LIMIT,
    responses={
        **NOT_COMPLETED,
        422: {"description": "Unknown section positions"},
        429: {"description": "DAILY_QUOTA_EXCEEDED"},
    },
)
async def regenerate_generation(
    generation_id: uuid.UUID,
    user: CurrentUser,
    session: SessionDep,
    meta: MetaDep,
    body: RegenerateRequest | None = None,
) -> GenerationAccepted:
    generation = await service.regenerate(
        session,
        user=user,
        generation_id=generation_id,
        data=body or RegenerateRequest(),
        meta=meta,
    )
    return views.accepted(generation)


@router.post(
    "/{generation_id}/feedback",
    response_model=FeedbackOut,
    status_code=201,
    responses={**NOT_COMPLETED, 200: {"description": "Feedback changed"}},
)
async def submit_generation_feedback(
    generation_id: uuid.UUID,
    body: FeedbackIn,
    user: CurrentUser,
    session: SessionDep,
    meta: MetaDep,
    response: Response,
) -> FeedbackOut:
    row, created = await feedback.submit(
        session, user=user, generation_id=generation_id, data=body, meta=meta
    )
    if not created:
        response.status_code = 200
    return views.feedback_out(row)


@router.get(
    "/{generation_id}/preview.png",
    summary="The screenshot with the generated copy painted in place of the original text",
    response_class=Response,
    responses=png_responses(
        {
            **NOT_FOUND,
            409: {
                "description": "GENERATION_NOT_COMPLETED, SCREENSHOT_NOT_FOUND, "
                "ANALYSIS_NOT_COMPLETED, SECTION_HAS_NO_BOXES or IMAGE_MISSING"
            },
            422: {"description": "Invalid section"},
        }
    ),
)
async def get_generation_preview(
    generation_id: uuid.UUID, user: CurrentUser, session: SessionDep, asked: ImageRequestDep
) -> Response:
    rendered = await previews.preview(session, user=user, generation_id=generation_id, asked=asked)
    return png_response(rendered)


@router.get(
    "/{generation_id}/export",
    summary="Download the copy as JSON, Markdown, text, HTML (with the preview) or a zip of "
    "JSON, Markdown and the preview PNG",
    response_class=Response,
    responses=NOT_COMPLETED,
)
async def export_generation(
    generation_id: uuid.UUID,
    user: CurrentUser,
    session: SessionDep,
    format: ExportFormat = "json",
) -> Response:
    generation = await service.get(session, user=user, generation_id=generation_id)
    preview = None
    if format in export.WITH_PREVIEW:
        preview = await previews.preview_for_export(session, user=user, generation=generation)
    body, media_type, filename = export.render(generation, format, preview=preview)
    return Response(
        content=body,
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
