"""The models the current user may pick."""

from __future__ import annotations

from fastapi import APIRouter

from app.api.deps import CurrentUser
from app.schemas.llm import ModelList
from app.services.model_gateway.policy import model_out, models_for_user

router = APIRouter(prefix="/models", tags=["models"])


@router.get(
    "",
    response_model=ModelList,
    summary="Models available to the current user's plan (configured providers only)",
)
async def list_models(user: CurrentUser) -> ModelList:
    entries = models_for_user(user.effective_tier)
    models = [model_out(m, default=default) for m, default in entries]
    default_id = next((m.id for m in models if m.default), models[0].id if models else "offline")
    return ModelList(models=models, default=default_id)
