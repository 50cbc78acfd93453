"""A channel is gone (403/404): its subscription was disabled, and the tenant's admins hear it
once, in private: a Slack direct message (the App Home lists it too), a Discord direct message to
the server's owner, or the terminal."""

from __future__ import annotations

import logging
from collections.abc import Mapping

from bot.core.errors import SendError
from bot.core.ports import AdminBell
from bot.core.replies import Reply, Tone
from bot.core.subscriptions import Channel
from bot.logs import event

log = logging.getLogger(__name__)


def gone_reply(channel: Channel, reason: str) -> Reply:
    return Reply(
        title="Alerts stopped for a channel",
        text=(
            f"stancebot can no longer post in channel {channel.channel} ({reason}), so its "
            "subscription is disabled and nothing more is queued for it. Give the bot its access "
            "back, then run `/huawei subscribe` in that channel again."
        ),
        tone=Tone.WARNING,
        private=True,
    )


class GoneNotice:
    """Called by the delivery worker right after it disabled a subscription."""

    def __init__(self, bells: Mapping[str, AdminBell]) -> None:
        self._bells = bells

    async def __call__(self, channel: Channel, reason: str) -> None:
        where = f"{channel.platform}:{channel.tenant}/{channel.channel}"
        bell = self._bells.get(channel.platform)
        if bell is None:
            event(log, "admins.not_told", logging.WARNING, channel=where, error="no way to tell")
            return
        try:
            told = await bell.tell_admins(channel.tenant, gone_reply(channel, reason))
        except SendError as exc:  # best effort: the subscription says why it is disabled
            event(log, "admins.not_told", logging.WARNING, channel=where, error=exc)
            return
        event(log, "admins.told", channel=where, admins=told)
