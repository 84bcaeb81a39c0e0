"""Where this server is hosted, as its operator declared it. No sign-in needed; any thread."""

from __future__ import annotations

from fastapi import APIRouter

from jumelage_protocol import Residency
from sync_server.context import Ctx

router = APIRouter(prefix="/v1", tags=["residency"])


@router.get("/residency", response_model=Residency)
def residency(ctx: Ctx) -> Residency:
    return ctx.settings.residency.declaration()
