"""Every /api/v1 route module, mounted in one place."""

from __future__ import annotations

from fastapi import APIRouter

api_router = APIRouter(prefix="/api/v1")
