"""A chat platform for the benchmarks: it sends nothing and counts what it was asked to send."""

from __future__ import annotations

from datetime import datetime

from bot.core.alerts import Alert
from bot.core.mentions import Mention
from bot.core.replies import Reply
from bot.core.subscriptions import Channel


class CountingSender:
    """Every nonce it was asked to send, in order; each message id is its nonce's."""

    def __init__(self, platform: str = "console") -> None:
        self.platform = platform
        self.nonces: list[str] = []

    async def send(
        self, channel: Channel, alert: Alert, nonce: str, *, mention: Mention | None = None
    ) -> str:
        self.nonces.append(nonce)
        return f"m-{nonce}"

    async def edit(
        self, channel: Channel, message_id: str, alert: Alert, *, mention: Mention | None = None
    ) -> None:
        return None

    async def find(self, channel: Channel, nonce: str, since: datetime) -> str | None:
        return None

    async def post(
        self,
        channel: Channel,
        reply: Reply,
        nonce: str | None = None,
        *,
        mention: Mention | None = None,
    ) -> str:
        return f"p-{nonce}"
