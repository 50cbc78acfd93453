"""An alert posted at once, not through the outbox: `/huawei test` checks a channel with it."""

from __future__ import annotations

import secrets
from collections.abc import Mapping

from bot.core.alerts import Alert
from bot.core.errors import ChannelGoneError, SendError, UsageError
from bot.core.mentions import Mention
from bot.core.ports import AlertSender
from bot.core.subscriptions import Channel


class ChannelPoster:
    """Sends through the platform's own alert sender, so the message is a real alert's."""

    def __init__(self, senders: Mapping[str, AlertSender]) -> None:
        self._senders = senders

    async def post_alert(
        self, channel: Channel, alert: Alert, *, mention: Mention | None = None
    ) -> str:
        sender = self._senders.get(channel.platform)
        if sender is None:
            raise UsageError(
                "Alerts cannot be posted from here: the terminal prints them only while "
                "`stancebot run` is running."
            )
        try:
            return await sender.send(channel, alert, secrets.token_hex(8), mention=mention)
        except ChannelGoneError as exc:
            raise UsageError(
                "stancebot may not post in this channel, so alerts would not arrive either "
                f"({exc}). Invite the bot, or give it View Channel, Send Messages and Embed "
                "Links here."
            ) from exc
        except SendError as exc:
            raise UsageError(f"The sample alert could not be posted: {exc}. Try again.") from exc
