"""Who a Slack user is to the bot: operator, workspace admin, channel manager or member.

Slack answers two questions for us: `users.info` (is the user a workspace admin or owner?) and
`conversations.info` (who created the channel?). Both are cached for a few minutes, because
every command and button click asks, and Slack rate-limits these methods per workspace.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.core.access import Caller, Role
from bot.logs import event

log = logging.getLogger(__name__)

PLATFORM = "slack"
CACHE_SECONDS = 300.0
CACHE_SIZE = 5000  # past this, expired entries are dropped (then everything, as a last resort)

T = TypeVar("T")


class TtlCache(Generic[T]):
    def __init__(self, seconds: float, clock: Callable[[], float]) -> None:
        self._seconds = seconds
        self._clock = clock
        self._entries: dict[str, tuple[float, T]] = {}

    def get(self, key: str) -> T | None:
        entry = self._entries.get(key)
        if entry is None or entry[0] <= self._clock():
            return None
        return entry[1]

    def put(self, key: str, value: T) -> None:
        now = self._clock()
        if len(self._entries) >= CACHE_SIZE:
            self._entries = {k: e for k, e in self._entries.items() if e[0] > now}
            if len(self._entries) >= CACHE_SIZE:
                self._entries.clear()
        self._entries[key] = (now + self._seconds, value)


@dataclass(frozen=True)
class Who:
    """The ids a Slack payload gives: workspace (team), channel and user."""

    team: str
    channel: str
    user: str


class RoleBook:
    def __init__(
        self,
        client: AsyncWebClient,
        *,
        operators: tuple[str, ...],
        admin_users: tuple[str, ...],
        seconds: float = CACHE_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._client = client
        self._operators = frozenset(operators)
        self._admin_users = frozenset(admin_users)
        self._admins: TtlCache[bool] = TtlCache(seconds, clock)
        self._managers: TtlCache[str] = TtlCache(seconds, clock)

    async def caller(self, who: Who) -> Caller:
        return Caller(PLATFORM, who.team, who.channel, who.user, await self.role(who))

    async def role(self, who: Who) -> Role:
        """The highest role that applies, asking Slack only when settings do not decide."""
        if f"{PLATFORM}:{who.user}" in self._operators:
            return Role.OPERATOR
        if who.user in self._admin_users or await self._is_admin(who.user):
            return Role.ADMIN
        if who.channel and await self._manager_of(who.channel) == who.user:
            return Role.MANAGER
        return Role.MEMBER

    async def _is_admin(self, user: str) -> bool:
        known = self._admins.get(user)
        if known is not None:
            return known
        found = await self._ask("users.info", self._client.users_info, user=user)
        if found is None:  # not cached: the next command asks again
            return False
        person = found.get("user") or {}
        admin = bool(person.get("is_admin") or person.get("is_owner"))
        self._admins.put(user, admin)
        return admin

    async def _manager_of(self, channel: str) -> str:
        """The user who manages a channel: its creator, or the person in a direct message."""
        known = self._managers.get(channel)
        if known is not None:
            return known
        found = await self._ask(
            "conversations.info", self._client.conversations_info, channel=channel
        )
        if found is None:
            return ""
        info = found.get("channel") or {}
        manager = str(info.get("user") if info.get("is_im") else info.get("creator") or "")
        self._managers.put(channel, manager)
        return manager

    async def _ask(
        self, method: str, call: Callable[..., Any], **params: str
    ) -> dict[str, Any] | None:
        """A lookup that fails (private channel, missing scope, rate limit) grants no role."""
        try:
            response = await call(**params)
        except SlackApiError as exc:
            error = exc.response.get("error", "") if exc.response is not None else ""
            event(log, "slack.lookup_failed", logging.WARNING, method=method, error=error, **params)
            return None
        except (aiohttp.ClientError, TimeoutError) as exc:
            event(log, "slack.lookup_failed", logging.WARNING, method=method, error=exc, **params)
            return None
        data = response.data
        return data if isinstance(data, dict) else None
