"""Billing: Stripe Checkout, the billing portal, the current subscription."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from app.api.deps import CurrentUser, MetaDep, SessionDep
from app.core.tiers import PRO
from app.schemas.billing import (
    CheckoutRequest,
    CheckoutSessionOut,
    PortalSessionOut,
    SubscriptionOut,
)
from app.services.billing import checkout, portal

router = APIRouter(prefix="/billing", tags=["billing"])

UNAVAILABLE: dict[int | str, dict[str, Any]] = {
    503: {
        "description": "BILLING_DISABLED (no Stripe configured) or Stripe unreachable "
        "(SERVICE_UNAVAILABLE; retrying is safe)"
    },
}


@router.post(
    "/checkout",
    response_model=CheckoutSessionOut,
    status_code=201,
    summary="Start a Stripe Checkout session for the Pro plan",
    responses={
        409: {"description": "ALREADY_SUBSCRIBED"},
        **UNAVAILABLE,
    },
)
async def create_checkout_session(
    session: SessionDep, user: CurrentUser, meta: MetaDep, body: CheckoutRequest | None = None
) -> CheckoutSessionOut:
    plan = body.plan if body is not None else PRO
    created = await checkout.start_checkout(session, user=user, plan=plan, meta=meta)
    return CheckoutSessionOut(**created)


@router.post(
    "/portal",
    response_model=PortalSessionOut,
    status_code=201,
    summary="Open Stripe's billing portal (cancel, payment method, invoices)",
    responses={
        409: {"description": "NO_BILLING_ACCOUNT: subscribe first"},
        **UNAVAILABLE,
    },
)
async def create_portal_session(session: SessionDep, user: CurrentUser) -> PortalSessionOut:
    return PortalSessionOut(url=await portal.open_portal(session, user=user))


@router.get(
    "/subscription",
    response_model=SubscriptionOut,
    summary="The current plan and subscription state",
)
async def get_subscription(session: SessionDep, user: CurrentUser) -> SubscriptionOut:
    return await portal.describe_subscription(session, user=user)
