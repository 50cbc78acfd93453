"""A workspace's home page, as a neutral value a platform renders (Slack's App Home tab)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.models import Change, Country
from bot.core.subscriptions import Subscription


@dataclass(frozen=True)
class RecordChange:
    country: Country
    change: Change


@dataclass(frozen=True)
class HomePage:
    """The workspace's subscriptions, the record's latest changes and, for an operator alone,
    how many reported changes await a decision (None for everyone else)."""

    subscriptions: tuple[Subscription, ...]
    changes: tuple[RecordChange, ...]
    pending: int | None = None
