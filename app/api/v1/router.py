"""Every /api/v1 route module, mounted in one place: each module in routes/ that defines
`router` is included (health is mounted at the root by app.main)."""

from __future__ import annotations

import importlib
import pkgutil

from fastapi import APIRouter

from app.api.v1 import routes

ROOT_MODULES = {"health"}


def build_api_router() -> APIRouter:
    api_router = APIRouter(prefix="/api/v1")
    for info in sorted(pkgutil.iter_modules(routes.__path__), key=lambda m: m.name):
        if info.name in ROOT_MODULES or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{routes.__name__}.{info.name}")
        router = getattr(module, "router", None)
        if isinstance(router, APIRouter):
            api_router.include_router(router)
    return api_router
