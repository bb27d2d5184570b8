"""Every request body of every route is a RequestModel, nested models included, so the one
text rule (app.core.bounds) reaches every string a client sends."""

from __future__ import annotations

import importlib
import pkgutil
import types
import typing
from typing import Any

from fastapi.routing import APIRoute
from pydantic import BaseModel

from app.api.v1 import routes as route_modules
from app.schemas.base import RequestModel


def _models(annotation: Any) -> set[type[BaseModel]]:
    found: set[type[BaseModel]] = set()
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        found.add(annotation)
        for field in annotation.model_fields.values():
            found |= _models(field.annotation)
    for arg in typing.get_args(annotation):
        found |= _models(arg)
    if isinstance(annotation, types.UnionType):
        for arg in annotation.__args__:
            found |= _models(arg)
    return found


def _routes() -> list[APIRoute]:
    """The routes of every module that build_api_router mounts (plus health)."""
    routes = []
    for info in pkgutil.iter_modules(route_modules.__path__):
        module = importlib.import_module(f"{route_modules.__name__}.{info.name}")
        router = getattr(module, "router", None)
        if router is not None:
            routes += [r for r in router.routes if isinstance(r, APIRoute)]
    return routes


def test_every_request_body_model_is_a_request_model() -> None:
    bodies = [r for r in _routes() if r.body_field is not None]
    assert len(bodies) >= 15, [r.path for r in bodies]
    offenders = set()
    for route in bodies:
        for model in _models(route.body_field.field_info.annotation):
            if not issubclass(model, RequestModel):
                offenders.add(f"{route.path}: {model.__name__}")
    assert not offenders, sorted(offenders)
