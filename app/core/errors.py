"""One error hierarchy; the handlers in app.main render it in the DESIGN.md §7 shape."""

from __future__ import annotations

from typing import Any


class AppError(Exception):
    status_code = 400
    error_code = "BAD_REQUEST"
    message = "The request could not be processed."

    def __init__(
        self,
        message: str | None = None,
        *,
        details: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        error_code: str | None = None,
    ) -> None:
        self.message = message or self.message
        self.details = details or {}
        self.headers = headers or {}
        if error_code:
            self.error_code = error_code
        super().__init__(self.message)


class ValidationFailed(AppError):
    status_code = 422
    error_code = "VALIDATION_ERROR"
    message = "The request is not valid."


class BadRequest(AppError):
    status_code = 400
    error_code = "BAD_REQUEST"


class Unauthorized(AppError):
    status_code = 401
    error_code = "UNAUTHORIZED"
    message = "Authentication is required."


class Forbidden(AppError):
    status_code = 403
    error_code = "FORBIDDEN"
    message = "You may not do this."


class PlanRequired(Forbidden):
    error_code = "PLAN_REQUIRED"
    message = "This feature needs the Pro plan."


class NotFound(AppError):
    status_code = 404
    error_code = "NOT_FOUND"
    message = "Not found."


class Conflict(AppError):
    status_code = 409
    error_code = "CONFLICT"
    message = "The request conflicts with the current state."


class PayloadTooLarge(AppError):
    status_code = 413
    error_code = "PAYLOAD_TOO_LARGE"
    message = "The request body is too large."


class UnsupportedMedia(AppError):
    status_code = 415
    error_code = "UNSUPPORTED_MEDIA_TYPE"
    message = "This media type is not supported."


class TooManyRequests(AppError):
    status_code = 429
    error_code = "RATE_LIMITED"
    message = "Too many requests; slow down."

    def __init__(
        self, message: str | None = None, *, retry_after: int | None = None, **kwargs: Any
    ) -> None:
        super().__init__(message, **kwargs)
        if retry_after is not None:
            self.headers.setdefault("Retry-After", str(max(1, int(retry_after))))
            self.details.setdefault("retry_after", max(1, int(retry_after)))


class ServiceUnavailable(AppError):
    status_code = 503
    error_code = "SERVICE_UNAVAILABLE"
    message = "A service this request needs is unavailable; try again shortly."


STATUS_CODES = {
    400: "BAD_REQUEST",
    401: "UNAUTHORIZED",
    403: "FORBIDDEN",
    404: "NOT_FOUND",
    405: "METHOD_NOT_ALLOWED",
    406: "NOT_ACCEPTABLE",
    409: "CONFLICT",
    413: "PAYLOAD_TOO_LARGE",
    415: "UNSUPPORTED_MEDIA_TYPE",
    422: "VALIDATION_ERROR",
    429: "RATE_LIMITED",
    500: "INTERNAL_ERROR",
    503: "SERVICE_UNAVAILABLE",
}
