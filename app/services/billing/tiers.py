"""Tiers live in app.core.tiers (the LLM registry and the models need them too).

Kept only for app/services/admin/analytics.py and app/services/generation/pipeline.py, which
other branches are rewriting; drop this module once they import app.core.tiers.
"""

from app.core.tiers import DEFAULT_TIERS, Tier, all_tiers, get_tier

__all__ = ["DEFAULT_TIERS", "Tier", "all_tiers", "get_tier"]
