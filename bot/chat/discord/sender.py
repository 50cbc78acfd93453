"""The outgoing side: alerts and bot messages posted to channels (or threads) over REST.

Discord's errors are mapped to what the outbox understands: 429 and 5xx → RetryLaterError (with
Discord's retry_after), 403 / 404 → ChannelGoneError (the subscription is disabled).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from datetime import datetime
from typing import Final

import aiohttp
import discord
from discord.utils import MISSING

from bot.chat.discord.alerts import alert_buttons, alert_embed, note_embed, view_of
from bot.chat.discord.interactions import NO_MENTIONS
from bot.chat.discord.limits import clip
from bot.chat.discord.mentions import allowed_mentions, mention_content
from bot.chat.discord.render import image_file, reply_pages
from bot.core.alerts import Alert, ThreadNote
from bot.core.errors import ChannelGoneError, RetryLaterError
from bot.core.mentions import Mention
from bot.core.replies import Reply
from bot.core.subscriptions import Channel
from bot.logs import event

log = logging.getLogger(__name__)

UNKNOWN_MESSAGE = 10008  # Discord's code when the message to edit was deleted
THREAD_LOCKED = 50083  # an archived thread the bot may not reopen: retrying cannot help
THREAD_EXISTS = 160004  # a thread was already opened on this message
THREAD_NAME = 100  # Discord's limit on a thread's name
THREAD_ARCHIVE_MINUTES: Final = 1440  # a quiet thread hides after a day; a reply brings it back


class DiscordSender:
    """`AlertSender` for Discord; needs only a logged-in client (REST), not the gateway."""

    platform = "discord"

    def __init__(self, client: discord.Client) -> None:
        self._client = client

    def _channel(self, channel: Channel) -> discord.PartialMessageable:
        return self._client.get_partial_messageable(
            int(channel.channel), guild_id=int(channel.tenant)
        )

    async def send(
        self, channel: Channel, alert: Alert, nonce: str, *, mention: Mention | None = None
    ) -> str:
        async with _mapped_errors(channel):
            message = await self._channel(channel).send(
                content=mention_content(mention),
                embed=alert_embed(alert),
                view=view_of(alert_buttons(alert)) or MISSING,
                nonce=nonce,  # discord.py 2.7 sends enforce_nonce with it: a repeat is dropped
                allowed_mentions=allowed_mentions(mention),
            )
        return str(message.id)

    async def find(self, channel: Channel, nonce: str, since: datetime) -> str | None:
        """Nothing to look up: a repeated send carries the same nonce with enforce_nonce, and
        Discord answers it with the message it already posted."""
        return None

    async def open_thread(self, channel: Channel, message_id: str, topic: str) -> str:
        """A public thread on the alert's message. Discord gives it the message's id, and
        answers a second opening with THREAD_EXISTS: the thread is then that id."""
        async with _mapped_errors(channel):
            try:
                thread = await self._client.http.start_thread_with_message(
                    int(channel.channel),
                    int(message_id),
                    name=clip(topic, THREAD_NAME) or "Sources",
                    auto_archive_duration=THREAD_ARCHIVE_MINUTES,
                )
            except discord.HTTPException as exc:
                if exc.code != THREAD_EXISTS:
                    raise
                return message_id
        return str(thread["id"])

    async def send_in_thread(
        self, channel: Channel, thread_id: str, note: ThreadNote, nonce: str
    ) -> str:
        thread = Channel(channel.platform, channel.tenant, thread_id)
        async with _mapped_errors(thread):
            message = await self._channel(thread).send(
                embed=note_embed(note), nonce=nonce, allowed_mentions=NO_MENTIONS
            )
        return str(message.id)

    async def find_in_thread(
        self, channel: Channel, thread_id: str, nonce: str, since: datetime
    ) -> str | None:
        """As `find`: the repeated send's nonce is enough."""
        return None

    async def edit(
        self, channel: Channel, message_id: str, alert: Alert, *, mention: Mention | None = None
    ) -> None:
        message = self._channel(channel).get_partial_message(int(message_id))
        async with _mapped_errors(channel):
            try:
                await message.edit(
                    content=mention_content(mention) or MISSING,
                    embed=alert_embed(alert),
                    view=view_of(alert_buttons(alert)),
                    allowed_mentions=allowed_mentions(mention),
                )
            except discord.NotFound as exc:
                if exc.code != UNKNOWN_MESSAGE:
                    raise
                # Someone deleted the alert: nothing to update, and the channel is fine.
                event(log, "discord.alert_deleted", channel=channel.channel, message=message_id)

    async def post(
        self,
        channel: Channel,
        reply: Reply,
        nonce: str | None = None,
        *,
        mention: Mention | None = None,
    ) -> str:
        """A bot message (digest, notice): every page of the reply, one message each; each page
        has its own nonce, derived from the message's, so a repeat of any of them is dropped.
        A mention starts the first page only."""
        first = ""
        for number, page in enumerate(reply_pages(reply)):
            image = reply.image if number == 0 else None
            tag = mention if number == 0 else None
            async with _mapped_errors(channel):
                message = await self._channel(channel).send(
                    content=mention_content(tag),
                    embed=page,
                    file=image_file(image) if image else MISSING,
                    nonce=_page_nonce(nonce, number) or MISSING,
                    allowed_mentions=allowed_mentions(tag),
                )
            first = first or str(message.id)
        return first


@contextlib.asynccontextmanager
async def _mapped_errors(channel: Channel) -> AsyncIterator[None]:
    where = f"discord channel {channel.channel}"
    try:
        yield
    except discord.RateLimited as exc:
        raise RetryLaterError(f"{where}: rate limited", exc.retry_after, rate_limited=True) from exc
    except (discord.Forbidden, discord.NotFound) as exc:
        raise ChannelGoneError(f"{where}: {exc.status} {exc.text or exc.code}") from exc
    except discord.HTTPException as exc:
        if exc.code == THREAD_LOCKED:
            raise ChannelGoneError(f"{where}: {exc.text}") from exc
        if exc.status == 429 or exc.status >= 500:
            limited = exc.status == 429
            raise RetryLaterError(
                f"{where}: HTTP {exc.status}", _retry_after(exc), rate_limited=limited
            ) from exc
        raise
    except (aiohttp.ClientError, TimeoutError, OSError) as exc:
        raise RetryLaterError(f"{where}: {type(exc).__name__}: {exc}") from exc


class DiscordAdminBell:
    """Tells a server's admins in private: a direct message to its owner."""

    def __init__(self, client: discord.Client) -> None:
        self._client = client

    async def tell_admins(self, tenant: str, reply: Reply) -> int:
        guild = self._client.get_guild(int(tenant))
        if guild is None or guild.owner_id is None:
            return 0
        async with _mapped_errors(Channel("discord", tenant, f"@{guild.owner_id}")):
            owner = await self._client.fetch_user(guild.owner_id)
            for page in reply_pages(reply):
                await owner.send(embed=page, allowed_mentions=NO_MENTIONS)
        return 1


def _page_nonce(nonce: str | None, page: int) -> str | None:
    """Discord takes nonces of up to 25 characters: the outbox's (24), or 22 and the page."""
    if nonce is None or page == 0:
        return nonce
    return f"{nonce[:22]}-{page}"


def _retry_after(exc: discord.HTTPException) -> float | None:
    """Discord says how long to wait in the Retry-After header."""
    header = exc.response.headers.get("Retry-After") if exc.response is not None else None
    with contextlib.suppress(TypeError, ValueError):
        return float(header) if header else None
    return None
