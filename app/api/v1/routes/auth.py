"""Sign-in: email and password, Google, magic links, password reset, refresh, logout.

Transport: every endpoint that signs in takes `"transport": "cookie"` in its body to get
the tokens as HTTP-only cookies (plus a readable CSRF cookie) instead of in the body.
Refresh picks cookie mode by itself when the refresh token came from the cookie.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Query, Request, Response, status
from fastapi.responses import HTMLResponse

from app.api.deps import (
    ACCESS_COOKIE,
    CSRF_COOKIE,
    REFRESH_COOKIE,
    CurrentUser,
    MetaDep,
    SessionDep,
    SettingsDep,
    cookie_name,
)
from app.api.ratelimit import auth_ip_limit, guard_login, limit_account, record_login_failure
from app.core.config import get_settings
from app.core.errors import NotFound, Unauthorized
from app.schemas.auth import (
    AcceptedOut,
    AuthOut,
    EmailIn,
    GoogleIn,
    LoginIn,
    MagicLinkVerifyIn,
    PasswordResetConfirmIn,
    RefreshIn,
    RegisterIn,
)
from app.schemas.users import UserOut
from app.services.auth import accounts, passwordless
from app.services.auth import refresh as refresh_service
from app.services.auth.confirm_page import confirm_page
from app.services.auth.csrf import make_csrf_token
from app.services.auth.refresh import INVALID_REFRESH
from app.services.auth.results import SignIn

router = APIRouter(prefix="/auth", tags=["auth"])
AUTH_PATH = "/api/v1/auth"

RATE_LIMITED: dict[int | str, dict[str, Any]] = {
    429: {"description": "RATE_LIMITED (with Retry-After)"}
}
# Every route that signs someone in refuses a disabled account.
DISABLED: dict[int | str, dict[str, Any]] = {403: {"description": "ACCOUNT_DISABLED"}}
SIGN_IN_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "INVALID_CREDENTIALS"},
    **DISABLED,
    **RATE_LIMITED,
}
LINK_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"description": "INVALID_LINK (unknown, used or expired)"},
    **DISABLED,
}


def refresh_cookie_name() -> str:
    # Path-scoped to /api/v1/auth, so __Host- (which needs Path=/) is not possible here.
    settings = get_settings()
    prefixed = settings.cookie_host_prefix and settings.cookie_secure
    return f"__Secure-{REFRESH_COOKIE}" if prefixed else REFRESH_COOKIE


def _set_auth_cookies(response: Response, result: SignIn) -> str:
    settings = get_settings()
    tokens = result.tokens
    refresh_age = max(0, int((tokens.refresh_expires_at - datetime.now(UTC)).total_seconds()))
    common: dict[str, Any] = {
        "secure": settings.cookie_secure,
        "samesite": settings.cookie_samesite,
    }
    csrf = make_csrf_token(tokens.session_id)
    response.set_cookie(
        cookie_name(ACCESS_COOKIE),
        tokens.access_token,
        max_age=tokens.expires_in,
        path="/",
        httponly=True,
        **common,
    )
    response.set_cookie(
        refresh_cookie_name(),
        tokens.refresh_token,
        max_age=refresh_age,
        path=AUTH_PATH,
        httponly=True,
        **common,
    )
    # Readable by the page's script on purpose: it echoes it in the X-CSRF-Token header.
    response.set_cookie(
        cookie_name(CSRF_COOKIE), csrf, max_age=refresh_age, path="/", httponly=False, **common
    )
    return csrf


def clear_auth_cookies(response: Response) -> None:
    settings = get_settings()
    common: dict[str, Any] = {
        "secure": settings.cookie_secure,
        "samesite": settings.cookie_samesite,
    }
    response.delete_cookie(cookie_name(ACCESS_COOKIE), path="/", httponly=True, **common)
    response.delete_cookie(refresh_cookie_name(), path=AUTH_PATH, httponly=True, **common)
    response.delete_cookie(cookie_name(CSRF_COOKIE), path="/", **common)


def signed_out() -> Response:
    """The 204 that ends a browser's session here: the auth cookies cleared."""
    response = Response(status_code=status.HTTP_204_NO_CONTENT)
    clear_auth_cookies(response)
    return response


def _answer(result: SignIn, response: Response, transport: str | None) -> AuthOut:
    user = UserOut.model_validate(result.user)
    if transport == "cookie":
        csrf = _set_auth_cookies(response, result)
        return AuthOut(
            user=user, token_type="cookie", expires_in=result.tokens.expires_in, csrf_token=csrf
        )
    return AuthOut(
        user=user,
        access_token=result.tokens.access_token,
        refresh_token=result.tokens.refresh_token,
        token_type="bearer",
        expires_in=result.tokens.expires_in,
    )


REGISTERED = "If this address can be registered, we have sent it an email to continue."
LINK_SENT = "If this address can receive a sign-in link, one is on its way."
RESET_SENT = "If an account uses this address, a password reset link is on its way."


@router.post(
    "/register",
    response_model=AcceptedOut,
    status_code=status.HTTP_202_ACCEPTED,
    dependencies=[Depends(auth_ip_limit("register"))],
    responses={
        422: {"description": "VALIDATION_ERROR (password 8-128 chars, <= 72 bytes)"},
        **RATE_LIMITED,
    },
)
async def register_user(
    body: RegisterIn,
    request: Request,
    response: Response,
    session: SessionDep,
    meta: MetaDep,
) -> AcceptedOut:
    """Same 202 for new and existing addresses; the mailbox gets a confirmation link (new)
    or an 'you already have an account' notice (existing)."""
    await limit_account(request, response, "register", body.email)
    await accounts.register(
        session, email=body.email, password=body.password, full_name=body.full_name, meta=meta
    )
    return AcceptedOut(message=REGISTERED)


@router.post(
    "/login",
    response_model=AuthOut,
    dependencies=[Depends(auth_ip_limit("login"))],
    responses=SIGN_IN_ERRORS,
)
async def login_user(
    body: LoginIn,
    request: Request,
    response: Response,
    session: SessionDep,
    meta: MetaDep,
) -> AuthOut:
    await guard_login(request, body.email)
    try:
        result = await accounts.login(
            session,
            email=body.email,
            password=body.password,
            remember_me=body.remember_me,
            meta=meta,
        )
    except Unauthorized as exc:
        if exc.error_code == "INVALID_CREDENTIALS":
            await record_login_failure(request, body.email)
        raise
    return _answer(result, response, body.transport)


@router.post(
    "/refresh",
    response_model=AuthOut,
    responses={401: {"description": "INVALID_REFRESH_TOKEN (reuse revokes the session)"}},
)
async def refresh_tokens(
    request: Request,
    response: Response,
    session: SessionDep,
    meta: MetaDep,
    body: Annotated[RefreshIn | None, Body()] = None,
) -> AuthOut:
    """No CSRF header needed: it is how a browser recovers after its access token expired,
    the refresh cookie is path-scoped and SameSite, and the answer is unreadable cross-site."""
    body = body or RefreshIn()
    raw = body.refresh_token
    transport = body.transport
    if raw is None:
        raw = request.cookies.get(refresh_cookie_name())
        transport = transport or "cookie"
    if not raw:
        raise Unauthorized(INVALID_REFRESH, error_code="INVALID_REFRESH_TOKEN")
    result = await refresh_service.refresh(session, raw_token=raw, meta=meta)
    return _answer(result, response, transport)


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
async def logout_user(
    request: Request, user: CurrentUser, session: SessionDep, meta: MetaDep
) -> Response:
    await refresh_service.logout(session, user=user, session_id=request.state.session_id, meta=meta)
    return signed_out()


@router.post("/logout-all", status_code=status.HTTP_204_NO_CONTENT)
async def logout_all_sessions(user: CurrentUser, session: SessionDep, meta: MetaDep) -> Response:
    await refresh_service.logout_all(session, user=user, meta=meta)
    return signed_out()


@router.post(
    "/google",
    response_model=AuthOut,
    dependencies=[Depends(auth_ip_limit("google"))],
    responses={
        401: {"description": "INVALID_GOOGLE_TOKEN"},
        **DISABLED,
        404: {"description": "GOOGLE_SIGN_IN_DISABLED (no GOOGLE_CLIENT_ID; hide the button)"},
        503: {"description": "GOOGLE_UNAVAILABLE (Google's keys unreachable; retry)"},
        **RATE_LIMITED,
    },
)
async def google_sign_in(
    body: GoogleIn, response: Response, session: SessionDep, meta: MetaDep
) -> AuthOut:
    result = await passwordless.google_sign_in(
        session, id_token=body.id_token, remember_me=body.remember_me, meta=meta
    )
    return _answer(result, response, body.transport)


def add_link_request_route(
    scope: str, name: str, send: Callable[..., Awaitable[None]], message: str
) -> None:
    """POST /<scope>: mail a link to an address. Rate limited per IP and per address, and the
    same 202 whether or not the address may get one (magic link, password reset)."""

    async def endpoint(
        body: EmailIn,
        request: Request,
        response: Response,
        session: SessionDep,
        meta: MetaDep,
    ) -> AcceptedOut:
        await limit_account(request, response, scope, body.email)
        await send(session, email=body.email, meta=meta)
        return AcceptedOut(message=message)

    router.add_api_route(
        f"/{scope}",
        endpoint,
        methods=["POST"],
        name=name,
        response_model=AcceptedOut,
        status_code=status.HTTP_202_ACCEPTED,
        dependencies=[Depends(auth_ip_limit(scope))],
        responses=RATE_LIMITED,
    )


add_link_request_route(
    "magic-link", "request_magic_link", passwordless.request_magic_link, LINK_SENT
)


@router.post("/magic-link/verify", response_model=AuthOut, responses=LINK_ERRORS)
async def verify_magic_link(
    body: MagicLinkVerifyIn, response: Response, session: SessionDep, meta: MetaDep
) -> AuthOut:
    """Also confirms a new registration (the link in the confirmation email)."""
    result = await passwordless.verify_magic_link(
        session, token=body.token, remember_me=body.remember_me, meta=meta
    )
    return _answer(result, response, body.transport)


@router.get(
    "/magic-link/verify",
    response_class=HTMLResponse,
    responses={404: {"description": "NOT_FOUND (outside development)"}, **LINK_ERRORS},
)
async def open_magic_link(
    token: Annotated[str, Query(min_length=1, max_length=512)],
    session: SessionDep,
    meta: MetaDep,
    settings: SettingsDep,
) -> HTMLResponse:
    """Development only (EMAIL_LINKS_TO_API): the mailed link lands here, confirms the address,
    signs in and shows the access token, so sign-up can be finished without a front end."""
    if not settings.links_to_api:
        raise NotFound()
    result = await passwordless.verify_magic_link(
        session, token=token, remember_me=False, meta=meta
    )
    page = confirm_page(email=result.user.email, access_token=result.tokens.access_token)
    return HTMLResponse(
        page, headers={"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"}
    )


add_link_request_route(
    "password-reset", "request_password_reset", passwordless.request_password_reset, RESET_SENT
)


@router.post(
    "/password-reset/confirm",
    response_model=AuthOut,
    responses={**LINK_ERRORS, 422: {"description": "VALIDATION_ERROR (password rules)"}},
)
async def confirm_password_reset(
    body: PasswordResetConfirmIn, response: Response, session: SessionDep, meta: MetaDep
) -> AuthOut:
    """Sets the password, revokes every session, and signs this client in afresh."""
    result = await passwordless.confirm_password_reset(
        session, token=body.token, new_password=body.new_password, meta=meta
    )
    return _answer(result, response, body.transport)
