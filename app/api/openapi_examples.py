"""One fixture module for the API docs: a request example for every operation that takes a
body and a response example for every success answer, keyed "METHOD /path" as in the
OpenAPI document. app.api.openapi puts them into /api/v1/openapi.json; tests validate each
against the route's own request and response models, so they cannot drift from the code.

A plain dict or list is an application/json example; `Media` gives examples per media type
(Server-Sent Events, exports, images, HTML).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Media:
    """Examples of a non-JSON body, by media type."""

    by_type: dict[str, Any] = field(default_factory=dict)


USER_ID = "6f1c2a9e-3b7d-4e25-9a61-0d8f5b2c7e41"
ADMIN_ID = "0b7e4d12-58a3-4c6f-8e91-2d4a6c8f1b35"
SHOT_ID = "3d5e7f90-1a2b-4c3d-8e4f-5a6b7c8d9e0f"
GEN_ID = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"
PARENT_GEN_ID = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"
PROFILE_ID = "7e6d5c4b-3a29-4817-a6f5-e4d3c2b1a098"
SESSION_ID = "5b4a3928-1706-4f5e-9d4c-3b2a19087f6e"
AUDIT_ID = "2f3e4d5c-6b7a-4891-a2b3-c4d5e6f70819"
SUB_ID = "4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d"
ACCESS = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI2ZjFjMmE5ZSJ9.c2lnbmF0dXJl"
REFRESH = "rt_Vq3Zs8kLpW0xYb2NcD7fGh4JmR9tUe1A"
NOW = "2026-12-04T09:30:00Z"

BUSINESS_CONTEXT: dict[str, Any] = {
    "business_name": "Green Leaf Bakery",
    "business_description": (
        "Green Leaf Bakery is a small family bakery in Leeds that bakes organic sourdough "
        "bread, flaky pastries and celebration cakes by hand every morning. We use "
        "stone-ground flour from Yorkshire mills, long slow fermentation and no additives. "
        "Families order online before nine in the evening and our bikes deliver warm loaves "
        "to their door before breakfast; local cafes get a daily standing order."
    ),
    "page_purpose": "homepage",
    "call_to_action": "Order fresh bread",
    "target_audience": "busy families and independent cafes in Leeds",
    "tone": "friendly",
    "keywords": ["sourdough", "organic bread", "delivery"],
    "additional_context": None,
}

USER: dict[str, Any] = {
    "id": USER_ID,
    "email": "maya@greenleafbakery.co.uk",
    "full_name": "Maya Patel",
    "avatar_url": None,
    "auth_provider": "email",
    "email_verified": True,
    "subscription_tier": "free",
    "effective_tier": "free",
    "is_admin": False,
    "created_at": "2026-11-20T08:12:44Z",
    "last_login_at": NOW,
}

AUTH: dict[str, Any] = {
    "user": USER,
    "access_token": ACCESS,
    "refresh_token": REFRESH,
    "token_type": "bearer",
    "expires_in": 900,
    "csrf_token": None,
}

GENERATION_LINKS = {
    "self": f"/api/v1/generations/{GEN_ID}",
    "events": f"/api/v1/generations/{GEN_ID}/events",
    "export": f"/api/v1/generations/{GEN_ID}/export",
}
SCREENSHOT_LINKS = {
    "self": f"/api/v1/screenshots/{SHOT_ID}",
    "image": f"/api/v1/screenshots/{SHOT_ID}/image",
    "analysis": f"/api/v1/screenshots/{SHOT_ID}/analysis",
}

ANALYSIS: dict[str, Any] = {
    "sections": [
        {
            "type": "hero",
            "position": 1,
            "components": [
                {
                    "element": "main_title",
                    "current_content": "Software that grows with your team",
                    "word_count": 6,
                    "word_range": "5-7",
                    "box": [96, 212, 620, 48],
                },
                {
                    "element": "cta_button",
                    "current_content": "Start free trial",
                    "word_count": 3,
                    "word_range": "2-4",
                },
            ],
        }
    ],
    "layout_type": "modern_saas",
    "total_text_elements": 2,
    "source": "offline",
}

SCREENSHOT: dict[str, Any] = {
    "id": SHOT_ID,
    "width": 1440,
    "height": 3900,
    "format": "PNG",
    "content_type": "image/png",
    "size_bytes": 842113,
    "original_filename": "landing.png",
    "analysis_status": "completed",
    "analysis_model": "offline",
    "analysis_error_code": None,
    "analysis_error_message": None,
    "created_at": "2026-12-04T09:20:11Z",
    "updated_at": "2026-12-04T09:20:15Z",
    "links": SCREENSHOT_LINKS,
}

RESULT: dict[str, Any] = {
    "sections": [
        {
            "type": "hero",
            "position": 1,
            "components": [
                {
                    "element": "main_title",
                    "id": "s1.hero.main_title",
                    "content": "Warm sourdough at your door",
                },
                {
                    "element": "cta_button",
                    "id": "s1.hero.cta_button",
                    "content": "Order fresh bread",
                },
            ],
        }
    ],
    "layout_type": "modern_saas",
    "report": [
        {"id": "s1.hero.main_title", "target": 6, "words": 5, "in_range": True},
        {"id": "s1.hero.cta_button", "target": 3, "words": 3, "in_range": True},
    ],
    "totals": {"elements": 2, "in_range": 2, "in_range_pct": 100.0},
    "keywords_used": ["sourdough"],
    "keywords_missing": ["organic bread", "delivery"],
    "is_offline_draft": False,
    "repair_rounds": 0,
    "model": "gemini-2.5-flash",
    "provider": "gemini",
}

FEEDBACK: dict[str, Any] = {
    "generation_id": GEN_ID,
    "rating": "down",
    "comment": "The hero title is too plain for a bakery.",
    "created_at": "2026-12-04T09:33:02Z",
    "updated_at": "2026-12-04T09:33:02Z",
}

GENERATION: dict[str, Any] = {
    "id": GEN_ID,
    "status": "completed",
    "stage": "completed",
    "progress": 100,
    "message": "Done: 2 of 2 elements in range",
    "screenshot_id": SHOT_ID,
    "parent_id": None,
    "business_profile_id": None,
    "business_context": BUSINESS_CONTEXT,
    "sections": None,
    "model": "gemini-2.5-flash",
    "provider": "gemini",
    "result": RESULT,
    "error_code": None,
    "error_message": None,
    "tokens_in": 3120,
    "tokens_out": 410,
    "cost_usd": "0.001961",
    "stage_timings": {"writing": 4210, "validating": 3},
    "attempts": 1,
    "queued_at": "2026-12-04T09:30:00Z",
    "started_at": "2026-12-04T09:30:01Z",
    "completed_at": "2026-12-04T09:30:06Z",
    "duration_ms": 5240,
    "created_at": "2026-12-04T09:30:00Z",
    "links": GENERATION_LINKS,
    "feedback": None,
}

GENERATION_SUMMARY: dict[str, Any] = {
    "id": GEN_ID,
    "status": "completed",
    "progress": 100,
    "screenshot_id": SHOT_ID,
    "parent_id": None,
    "business_name": "Green Leaf Bakery",
    "model": "gemini-2.5-flash",
    "error_code": None,
    "in_range_pct": 100.0,
    "created_at": "2026-12-04T09:30:00Z",
    "completed_at": "2026-12-04T09:30:06Z",
    "duration_ms": 5240,
}

ADMIN_USER: dict[str, Any] = {
    "id": USER_ID,
    "email": "maya@greenleafbakery.co.uk",
    "full_name": "Maya Patel",
    "auth_provider": "email",
    "email_verified": True,
    "is_active": True,
    "is_admin": False,
    "subscription_tier": "free",
    "tier_override": "pro",
    "tier_override_reason": "Launch partner, three months",
    "effective_tier": "pro",
    "country": "GB",
    "created_at": "2026-11-20T08:12:44Z",
    "last_login_at": NOW,
    "last_active_at": NOW,
}

ADMIN_GENERATION: dict[str, Any] = {
    "id": GEN_ID,
    "user_id": USER_ID,
    "user_email": "maya@greenleafbakery.co.uk",
    "status": "completed",
    "stage": "completed",
    "model": "gemini-2.5-flash",
    "provider": "gemini",
    "tokens_in": 3120,
    "tokens_out": 410,
    "cost_usd": 0.001961,
    "duration_ms": 5240,
    "error_code": None,
    "error_message": None,
    "created_at": "2026-12-04T09:30:00Z",
    "started_at": "2026-12-04T09:30:01Z",
    "completed_at": "2026-12-04T09:30:06Z",
}

KEY_STATUS: dict[str, Any] = {
    "label": "k-3f9a0c1d",
    "masked_key": "AIza...x7Qe",
    "state": "ok",
    "until": None,
    "requests_last_minute": 4,
    "requests_last_day": 118,
    "tokens_last_minute": 12840,
    "errors": 2,
    "successes": 116,
    "consecutive_failures": 0,
    "last_error": "429 RESOURCE_EXHAUSTED",
    "last_error_at": "2026-12-04T08:55:10Z",
    "disabled_reason": None,
    "limits": {"rpm": 10, "rpd": 250, "tpm": 250000},
}

MODEL_LIST: dict[str, Any] = {
    "models": [
        {
            "id": "gemini-2.5-flash",
            "label": "Gemini 2.5 Flash",
            "provider": "gemini",
            "vision": True,
            "default": True,
            "premium": False,
        },
        {
            "id": "offline",
            "label": "Offline draft (no AI model)",
            "provider": "offline",
            "vision": True,
            "default": False,
            "premium": False,
        },
    ],
    "default": "gemini-2.5-flash",
}

ACCEPTED_REGISTER = {
    "message": "If this address can be registered, we have sent it an email to continue."
}

# --- requests ---------------------------------------------------------------------------

REQUESTS: dict[str, Any] = {
    "POST /api/v1/auth/register": {
        "email": "maya@greenleafbakery.co.uk",
        "password": "correct horse battery",
        "full_name": "Maya Patel",
    },
    "POST /api/v1/auth/login": {
        "email": "maya@greenleafbakery.co.uk",
        "password": "correct horse battery",
        "remember_me": False,
        "transport": "bearer",
    },
    "POST /api/v1/auth/refresh": {"refresh_token": REFRESH},
    "POST /api/v1/auth/google": {
        "id_token": "eyJhbGciOiJSUzI1NiIsImtpZCI6ImFiYzEyMyJ9.eyJzdWIiOiIxMDk4In0.c2ln",
        "remember_me": True,
        "transport": "cookie",
    },
    "POST /api/v1/auth/magic-link": {"email": "maya@greenleafbakery.co.uk"},
    "POST /api/v1/auth/magic-link/verify": {"token": "mlt_4fQ9zX1cV7bN2mK8", "transport": "bearer"},
    "POST /api/v1/auth/password-reset": {"email": "maya@greenleafbakery.co.uk"},
    "POST /api/v1/auth/password-reset/confirm": {
        "token": "prt_8Hk2Lm5Np7Qr9St1",
        "new_password": "a new long passphrase",
    },
    "PATCH /api/v1/admin/users/{user_id}": {
        "tier_override": "pro",
        "reason": "Launch partner, three months",
        "is_active": True,
    },
    "POST /api/v1/billing/checkout": {"plan": "pro"},
    "POST /api/v1/business-profiles": {
        "name": "Bakery homepage",
        "business_context": BUSINESS_CONTEXT,
    },
    "PATCH /api/v1/business-profiles/{profile_id}": {"name": "Bakery homepage (winter)"},
    "POST /api/v1/generations": {
        "screenshot_id": SHOT_ID,
        "business_context": BUSINESS_CONTEXT,
        "local_instructions": "Mention the Christmas pre-order in the hero.",
        "model": "gemini-2.5-flash",
    },
    "POST /api/v1/generations/{generation_id}/regenerate": {
        "sections": [1],
        "local_instructions": "A warmer, shorter hero title.",
    },
    "POST /api/v1/generations/{generation_id}/feedback": {
        "rating": "down",
        "comment": "The hero title is too plain for a bakery.",
    },
    "PUT /api/v1/users/me/instructions": {
        "global_instructions": "British spelling. Never promise same-day delivery."
    },
    "POST /api/v1/screenshots": Media(
        {
            "multipart/form-data": {"file": "(binary PNG, JPEG or WebP, at most 10 MB)"},
            "application/json": {
                "image_base64": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAf",
                "filename": "landing.png",
            },
        }
    ),
    "POST /api/v1/screenshots/{screenshot_id}/analysis": {"model": "gemini-2.5-flash"},
    "PATCH /api/v1/users/me": {
        "full_name": "Maya Patel",
        "avatar_url": "https://example.com/maya.png",
    },
}

# --- responses (the success code's body) -------------------------------------------------

RESPONSES: dict[str, Any] = {
    "GET /health": {"status": "ok"},
    "GET /health/ready": {
        "status": "ok",
        "checks": {
            "database": {"status": "ok", "latency_ms": 1.2},
            "redis": {"status": "ok", "latency_ms": 0.4},
        },
    },
    "GET /version": {
        "name": "Pagewright",
        "version": "0.1.0",
        "git_sha": "343e33a",
        "environment": "production",
    },
    "GET /api/v1/config": {
        "environment": "production",
        "sign_in": {
            "password": True,
            "magic_link": True,
            "google": True,
            "google_client_id": "1234567890-abc.apps.googleusercontent.com",
        },
        "billing": {
            "enabled": True,
            "tiers": [
                {
                    "name": "free",
                    "daily_generations": 5,
                    "monthly_tokens": None,
                    "price_usd_month": 0.0,
                    "global_instructions": False,
                    "business_profiles": False,
                    "models": ["gemini-2.5-flash", "offline"],
                    "default_model": "gemini-2.5-flash",
                },
                {
                    "name": "pro",
                    "daily_generations": 100,
                    "monthly_tokens": 500000,
                    "price_usd_month": 29.99,
                    "global_instructions": True,
                    "business_profiles": True,
                    "models": ["gemini-2.5-flash", "claude-sonnet-4-5", "gpt-5", "offline"],
                    "default_model": "claude-sonnet-4-5",
                },
            ],
        },
        "models": MODEL_LIST["models"],
        "offline_only": False,
        "uploads": {
            "max_bytes": 10485760,
            "max_pixels": 60000000,
            "formats": ["image/png", "image/jpeg", "image/webp"],
        },
    },
    "POST /api/v1/auth/register": ACCEPTED_REGISTER,
    "POST /api/v1/auth/login": AUTH,
    "POST /api/v1/auth/refresh": AUTH,
    "POST /api/v1/auth/google": {
        **AUTH,
        "access_token": None,
        "refresh_token": None,
        "token_type": "cookie",
        "csrf_token": "c2Vzc2lvbi1pZA.MTczMzMwNDYwMA.bWFj",
        "user": {
            **USER,
            "auth_provider": "google",
            "avatar_url": "https://lh3.googleusercontent.com/a/maya.jpg",
        },
    },
    "POST /api/v1/auth/magic-link": {
        "message": "If this address can receive a sign-in link, one is on its way."
    },
    "POST /api/v1/auth/magic-link/verify": AUTH,
    "GET /api/v1/auth/magic-link/verify": Media(
        {"text/html": "<!doctype html><html>...<h1>Email confirmed</h1>...</html>"}
    ),
    "POST /api/v1/auth/password-reset": {
        "message": "If an account uses this address, a password reset link is on its way."
    },
    "POST /api/v1/auth/password-reset/confirm": AUTH,
    "GET /api/v1/users/me": USER,
    "PATCH /api/v1/users/me": {**USER, "avatar_url": "https://example.com/maya.png"},
    "GET /api/v1/users/me/export": {
        "exported_at": NOW,
        "profile": {"email": "maya@greenleafbakery.co.uk", "full_name": "Maya Patel"},
        "sessions": [],
        "screenshots": [],
        "generations": [],
        "business_profiles": [],
        "feedback": [],
        "usage": {"daily": [], "calls": []},
        "subscriptions": [],
    },
    "GET /api/v1/users/me/sessions": [
        {
            "id": SESSION_ID,
            "method": "password",
            "user_agent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) Firefox/133.0",
            "ip_address": "81.2.69.160",
            "created_at": "2026-12-01T18:02:13Z",
            "last_used_at": NOW,
            "expires_at": "2026-12-08T18:02:13Z",
            "current": True,
        }
    ],
    "GET /api/v1/users/me/usage": {
        "tier": "free",
        "day": "2026-12-04",
        "generations_used": 2,
        "generations_limit": 5,
        "generations_remaining": 3,
        "resets_at": "2026-12-05T00:00:00Z",
        "period_start": "2026-12-01T00:00:00Z",
        "tokens_used": 7060,
        "tokens_limit": None,
    },
    "GET /api/v1/users/me/instructions": {
        "global_instructions": "British spelling. Never promise same-day delivery.",
        "max_length": 2000,
    },
    "PUT /api/v1/users/me/instructions": {
        "global_instructions": "British spelling. Never promise same-day delivery.",
        "max_length": 2000,
    },
    "GET /api/v1/models": MODEL_LIST,
    "GET /api/v1/questions": {
        "questions": [
            {
                "id": "business_description",
                "label": "What does your business do?",
                "help_text": "What you offer, to whom, and what makes it different.",
                "type": "textarea",
                "required": True,
                "min_length": None,
                "max_length": 2000,
                "min_words": 50,
                "max_words": 200,
                "max_items": None,
                "options": None,
                "tier": "free",
            },
            {
                "id": "tone",
                "label": "Tone of voice",
                "help_text": "How the copy should sound.",
                "type": "select",
                "required": True,
                "min_length": None,
                "max_length": None,
                "min_words": None,
                "max_words": None,
                "max_items": None,
                "options": [
                    {"value": "professional", "label": "Professional"},
                    {"value": "friendly", "label": "Friendly"},
                ],
                "tier": "free",
            },
        ]
    },
    "POST /api/v1/screenshots": {
        **SCREENSHOT,
        "analysis_status": "pending",
        "analysis_model": None,
        "duplicate": False,
    },
    "GET /api/v1/screenshots": {"items": [SCREENSHOT], "next_cursor": None},
    "GET /api/v1/screenshots/{screenshot_id}": {
        **SCREENSHOT,
        "analysis": ANALYSIS,
        "analysis_attempts": 1,
        "analysis_started_at": "2026-12-04T09:20:11Z",
        "analysis_completed_at": "2026-12-04T09:20:15Z",
    },
    "GET /api/v1/screenshots/{screenshot_id}/image": Media(
        {
            "image/png": "(the stored PNG, metadata stripped)",
            "image/jpeg": "(the stored JPEG, EXIF stripped)",
            "image/webp": "(the stored WebP, metadata stripped)",
        }
    ),
    "GET /api/v1/screenshots/{screenshot_id}/annotated.png": Media(
        {"image/png": "(the screenshot with its sections and elements outlined and labelled)"}
    ),
    "GET /api/v1/generations/{generation_id}/preview.png": Media(
        {"image/png": "(the screenshot with the generated copy painted in)"}
    ),
    "GET /api/v1/screenshots/{screenshot_id}/analysis": {
        "id": SHOT_ID,
        "analysis_status": "completed",
        "analysis_model": "offline",
        "analysis_error_code": None,
        "analysis_error_message": None,
        "analysis_attempts": 1,
        "analysis_started_at": "2026-12-04T09:20:11Z",
        "analysis_completed_at": "2026-12-04T09:20:15Z",
        "analysis": ANALYSIS,
        "links": SCREENSHOT_LINKS,
    },
    "POST /api/v1/screenshots/{screenshot_id}/analysis": {
        "id": SHOT_ID,
        "analysis_status": "pending",
        "analysis_model": "gemini-2.5-flash",
        "links": SCREENSHOT_LINKS,
    },
    "POST /api/v1/generations": {"id": GEN_ID, "status": "queued", "links": GENERATION_LINKS},
    "GET /api/v1/generations": {"items": [GENERATION_SUMMARY], "next_cursor": None},
    "GET /api/v1/generations/{generation_id}": GENERATION,
    "GET /api/v1/generations/{generation_id}/events": Media(
        {
            "text/event-stream": (
                'id: 1733304600000-0\nevent: progress\ndata: {"status": "writing", '
                '"stage": "writing", "progress": 40, "message": "Writing 2 elements"}\n\n'
                'id: 1733304606000-0\nevent: completed\ndata: {"status": "completed", '
                '"stage": "completed", "progress": 100, "message": "Done"}\n\n'
            )
        }
    ),
    "POST /api/v1/generations/{generation_id}/regenerate": {
        "id": GEN_ID,
        "status": "queued",
        "links": GENERATION_LINKS,
    },
    "POST /api/v1/generations/{generation_id}/feedback": FEEDBACK,
    "GET /api/v1/generations/{generation_id}/export": Media(
        {
            "text/markdown": (
                "# Green Leaf Bakery: website copy\n\n## 1. Hero\n\n"
                "- **Main title:** Warm sourdough at your door\n"
                "- **CTA button:** Order fresh bread\n"
            ),
            "text/plain": (
                "1. Hero\n-------\nMain title: Warm sourdough at your door\n"
                "CTA button: Order fresh bread\n"
            ),
            "text/html": "<!doctype html><html><body><h1>Green Leaf Bakery</h1>...</body></html>",
            "application/json": {
                "id": GEN_ID,
                "business_context": BUSINESS_CONTEXT,
                "result": RESULT,
            },
        }
    ),
    "GET /api/v1/business-profiles": {
        "items": [
            {
                "id": PROFILE_ID,
                "name": "Bakery homepage",
                "business_context": BUSINESS_CONTEXT,
                "created_at": "2026-11-28T10:00:00Z",
                "updated_at": "2026-11-28T10:00:00Z",
            }
        ]
    },
    "POST /api/v1/business-profiles": {
        "id": PROFILE_ID,
        "name": "Bakery homepage",
        "business_context": BUSINESS_CONTEXT,
        "created_at": "2026-11-28T10:00:00Z",
        "updated_at": "2026-11-28T10:00:00Z",
    },
    "GET /api/v1/business-profiles/{profile_id}": {
        "id": PROFILE_ID,
        "name": "Bakery homepage",
        "business_context": BUSINESS_CONTEXT,
        "created_at": "2026-11-28T10:00:00Z",
        "updated_at": "2026-11-28T10:00:00Z",
    },
    "PATCH /api/v1/business-profiles/{profile_id}": {
        "id": PROFILE_ID,
        "name": "Bakery homepage (winter)",
        "business_context": BUSINESS_CONTEXT,
        "created_at": "2026-11-28T10:00:00Z",
        "updated_at": NOW,
    },
    "POST /api/v1/billing/checkout": {
        "id": "cs_test_a1B2c3D4e5F6g7H8",
        "url": "https://checkout.stripe.com/c/pay/cs_test_a1B2c3D4e5F6g7H8",
    },
    "POST /api/v1/billing/portal": {"url": "https://billing.stripe.com/p/session/test_YWNjdF8x"},
    "GET /api/v1/billing/subscription": {
        "plan": "pro",
        "status": "active",
        "current_period_start": "2026-11-20T08:20:00Z",
        "current_period_end": "2026-12-20T08:20:00Z",
        "cancel_at_period_end": False,
        "canceled_at": None,
        "past_due_since": None,
        "grace_until": None,
        "has_billing_account": True,
        "billing_enabled": True,
    },
    "POST /api/v1/webhooks/stripe": {"received": True, "duplicate": False},
    "GET /api/v1/admin/users": {"items": [ADMIN_USER], "next_cursor": None},
    "GET /api/v1/admin/users/{user_id}": {
        "user": ADMIN_USER,
        "usage": {
            "generations_total": 14,
            "generations_by_status": {"completed": 13, "failed": 1},
            "generations_today": 2,
            "tokens_in": 43680,
            "tokens_out": 5740,
            "period_start": "2026-11-20T08:20:00Z",
            "tokens_this_period": 9120,
            "tokens_this_month": 9120,
            "cost_usd": 0.0274,
            "last_generation_at": "2026-12-04T09:30:00Z",
        },
        "subscription": {
            "id": SUB_ID,
            "status": "active",
            "stripe_subscription_id": "sub_1QxYz2AbCdEfGhIj",
            "stripe_price_id": "price_1QxPro",
            "current_period_start": "2026-11-20T08:20:00Z",
            "current_period_end": "2026-12-20T08:20:00Z",
            "cancel_at_period_end": False,
            "canceled_at": None,
        },
        "recent_generations": [ADMIN_GENERATION],
    },
    "PATCH /api/v1/admin/users/{user_id}": ADMIN_USER,
    "GET /api/v1/admin/generations": {"items": [ADMIN_GENERATION], "next_cursor": None},
    "GET /api/v1/admin/audit-log": {
        "items": [
            {
                "id": AUDIT_ID,
                "admin_id": ADMIN_ID,
                "action": "user.update",
                "resource_type": "user",
                "resource_id": USER_ID,
                "before": {"tier_override": None},
                "after": {"tier_override": "pro"},
                "reason": "Launch partner, three months",
                "ip_address": "81.2.69.160",
                "user_agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0",
                "created_at": NOW,
            }
        ],
        "next_cursor": None,
    },
    "GET /api/v1/admin/llm/keys": {"keys": [KEY_STATUS]},
    "POST /api/v1/admin/llm/keys/{label}/enable": KEY_STATUS,
    "POST /api/v1/admin/llm/keys/{label}/disable": {
        **KEY_STATUS,
        "state": "disabled",
        "disabled_reason": "admin",
    },
    "GET /api/v1/admin/analytics": {
        "range": {
            "from_date": "2026-11-05",
            "to_date": "2026-12-04",
            "start": "2026-11-05T00:00:00Z",
            "end": "2026-12-05T00:00:00Z",
            "generated_at": NOW,
            "cached": False,
        },
        "users": {
            "total": 1280,
            "new_in_range": 214,
            "active": {"daily": 96, "weekly": 402, "monthly": 871},
            "by_tier": {"free": 1187, "pro": 93},
            "signups_per_day": [
                {"day": "2026-12-04", "total": 9, "by_method": {"email": 5, "google": 4}}
            ],
            "geography": [{"country": "GB", "users": 512}, {"country": "US", "users": 301}],
        },
        "generations": {
            "today": {"total": 133, "by_status": {"completed": 127, "failed": 4, "writing": 2}},
            "total": 3904,
            "by_status": {"completed": 3790, "failed": 114},
            "by_model": {"gemini-2.5-flash": 3402, "claude-sonnet-4-5": 502},
            "per_day": [
                {
                    "day": "2026-12-04",
                    "total": 133,
                    "by_status": {"completed": 127, "failed": 4, "writing": 2},
                    "by_model": {"gemini-2.5-flash": 120, "claude-sonnet-4-5": 13},
                }
            ],
            "duration": {"completed_count": 3790, "avg_ms": 6120.5, "p95_ms": 14210.0},
            "success_rate": 0.9708,
        },
        "usage": {
            "per_day": [
                {
                    "day": "2026-12-04",
                    "provider": "gemini",
                    "model": "gemini-2.5-flash",
                    "calls": 151,
                    "tokens_in": 471200,
                    "tokens_out": 61900,
                    "cost_usd": 0.296,
                }
            ],
            "totals": [
                {
                    "provider": "gemini",
                    "model": "gemini-2.5-flash",
                    "calls": 4117,
                    "tokens_in": 12844000,
                    "tokens_out": 1688000,
                    "cost_usd": 8.07,
                }
            ],
            "total_cost_usd": 8.07,
        },
        "revenue": {
            "active_pro_subscriptions": 93,
            "by_status": {"active": 90, "past_due": 3},
            "price_usd_month": 29.99,
            "mrr_usd": 2789.07,
        },
        "feedback": {"up": 412, "down": 57, "up_ratio": 0.8785},
        "key_pool": {
            "source": "keypool",
            "configured_keys": 5,
            "keys": [
                {
                    "key_label": "k-3f9a0c1d",
                    "calls": 118,
                    "tokens_in": 367000,
                    "tokens_out": 48100,
                    "outcomes": {"success": 116, "rate_limited": 2},
                    "last_used_at": "2026-12-04T09:29:58Z",
                }
            ],
            "live": None,
        },
    },
}


def key(method: str, path: str) -> str:
    return f"{method.upper()} {path}"
