"""Incoming webhooks. Stripe's are verified on the raw body, stored once, applied later."""

from __future__ import annotations

from fastapi import APIRouter, Request

from app.api.deps import SessionDep
from app.schemas.billing import WebhookAck
from app.services.billing import webhooks

router = APIRouter(prefix="/webhooks", tags=["webhooks"])


@router.post(
    "/stripe",
    response_model=WebhookAck,
    summary="Stripe webhook endpoint",
    responses={
        400: {"description": "INVALID_SIGNATURE (missing, wrong, too old or future-dated)"},
        503: {"description": "BILLING_DISABLED: no webhook secret configured"},
    },
)
async def receive_stripe_webhook(request: Request, session: SessionDep) -> WebhookAck:
    # The signature covers the exact bytes Stripe sent: read them before any parsing.
    payload = await request.body()
    received = await webhooks.receive_event(
        session, payload=payload, signature=request.headers.get("stripe-signature")
    )
    return WebhookAck(received=True, duplicate=received.duplicate, ignored=received.ignored)
