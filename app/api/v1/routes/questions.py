"""The business question flow as data."""

from __future__ import annotations

from fastapi import APIRouter

from app.schemas.questions import QuestionList
from app.services.generation.questions import list_questions

router = APIRouter(prefix="/questions", tags=["questions"])


@router.get("", response_model=QuestionList, summary="The business questions to ask")
async def list_business_questions() -> QuestionList:
    return QuestionList(questions=list_questions())
