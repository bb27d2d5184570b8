"""One error hierarchy; the handlers in app.main render it in the DESIGN.md §7 shape."""

from __future__ import annotations

from typing import Any

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
# The default message of each kind of error below (a raise usually gives its own).
MESSAGES = {
    400: "The request could not be processed.",
    401: "Authentication is required.",
    403: "You may not do this.",
    404: "Not found.",
    409: "The request conflicts with the current state.",
    413: "The request body is too large.",
    415: "This media type is not supported.",
    422: "The request is not valid.",
    429: "Too many requests; slow down.",
    503: "A service this request needs is unavailable; try again shortly.",
}


class AppError(Exception):
    """A subclass names its status; its error code and default message follow from it."""

    status_code = 400
    error_code = STATUS_CODES[400]
    message = MESSAGES[400]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        own = vars(cls)
        if "status_code" in own:
            if "error_code" not in own:
                cls.error_code = STATUS_CODES.get(cls.status_code, cls.error_code)
            if "message" not in own:
                cls.message = MESSAGES.get(cls.status_code, cls.message)

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


class BadRequest(AppError):
    status_code = 400


class Unauthorized(AppError):
    status_code = 401


class Forbidden(AppError):
    status_code = 403


class PlanRequired(Forbidden):
    error_code = "PLAN_REQUIRED"
    message = "This feature needs the Pro plan."


class NotFound(AppError):
    status_code = 404


class Conflict(AppError):
    status_code = 409


class PayloadTooLarge(AppError):
    status_code = 413


class UnsupportedMedia(AppError):
    status_code = 415


class TooManyRequests(AppError):
    status_code = 429

    def __init__(
        self, message: str | None = None, *, retry_after: int | None = None, **kwargs: Any
    ) -> None:
        super().__init__(message, **kwargs)
        if retry_after is not None:
            self.headers.setdefault("Retry-After", str(max(1, int(retry_after))))
            self.details.setdefault("retry_after", max(1, int(retry_after)))


class ServiceUnavailable(AppError):
    status_code = 503
