"""Every /api/v1 route module, mounted in one place: each module in routes/ that defines
`router` is included (health is mounted at the root by app.main)."""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.dependencies.models import Dependant
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute

from app.api.deps import get_admin_user, get_current_user
from app.api.v1 import routes
from app.core.bounds import TEXT_RULE, text_is_clean
from app.schemas.base import ErrorOut

ROOT_MODULES = {"health"}


async def refuse_unclean_parameters(request: Request) -> None:
    """The text rule of app.core.bounds for query and path parameters (bodies: RequestModel)."""
    params = [("query", k, v) for k, v in request.query_params.multi_items()]
    params += [("path", k, str(v)) for k, v in request.path_params.items()]
    for where, name, value in params:
        if not (text_is_clean(name) and text_is_clean(value)):
            raise RequestValidationError(
                [{"type": "value_error", "loc": (where, name), "msg": f"Value error, {TEXT_RULE}"}]
            )


def _calls(dependant: Dependant) -> set[Any]:
    found = set()
    for dep in dependant.dependencies:
        found.add(dep.call)
        found |= _calls(dep)
    return found


def declare_common_errors(route: APIRoute) -> None:
    """Add to a route's declared answers what every route of its kind can give, so the
    OpenAPI document lists each status the route really answers (schemathesis checks)."""
    calls = _calls(route.dependant)
    common: dict[int, str] = {}
    if route.body_field is not None:
        common[413] = "PAYLOAD_TOO_LARGE"
        common[422] = "VALIDATION_ERROR (also a body that cannot be decoded)"
    if route.dependant.query_params or route.dependant.path_params or route.body_field:
        common[422] = common.get(422, "VALIDATION_ERROR")
    if any(p.name == "cursor" for p in route.dependant.query_params):
        common[400] = "INVALID_CURSOR"
    if get_current_user in calls:
        common[401] = "UNAUTHORIZED, INVALID_TOKEN or SESSION_REVOKED"
        common[403] = "ACCOUNT_DISABLED or CSRF_FAILED (cookie requests)"
    if get_admin_user in calls:
        common[403] = "ADMIN_REQUIRED, ACCOUNT_DISABLED or CSRF_FAILED"
    for status, text in common.items():
        route.responses.setdefault(status, {"model": ErrorOut, "description": text})


def build_api_router() -> APIRouter:
    api_router = APIRouter(prefix="/api/v1", dependencies=[Depends(refuse_unclean_parameters)])
    for info in sorted(pkgutil.iter_modules(routes.__path__), key=lambda m: m.name):
        if info.name in ROOT_MODULES or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{routes.__name__}.{info.name}")
        router = getattr(module, "router", None)
        if isinstance(router, APIRouter):
            for route in router.routes:
                if isinstance(route, APIRoute):
                    declare_common_errors(route)
            api_router.include_router(router)
    return api_router
