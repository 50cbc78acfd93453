"""The renderer's error lives in the core's error tree."""

from __future__ import annotations

from bot.core.errors import RenderUnavailableError

__all__ = ["RenderUnavailableError"]
