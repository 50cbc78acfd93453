"""The outgoing side: alerts and bot messages posted with the Web API, errors mapped for the
outbox (`ChannelGoneError` disables the subscription, `RetryLaterError` retries later).

How each Slack error is classed is written down in docs/decisions/007-slack-adapter.md.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.web.async_slack_response import AsyncSlackResponse

from bot.chat.slack.alerts import alert_message, thread_message
from bot.chat.slack.mentions import mentioning
from bot.chat.slack.replies import Message, reply_message
from bot.core.alerts import Alert, ThreadNote
from bot.core.errors import ChannelGoneError, RetryLaterError, SendError
from bot.core.mentions import Mention
from bot.core.replies import Image, Reply
from bot.core.subscriptions import Channel
from bot.logs import event

log = logging.getLogger(__name__)

# Retrying cannot help: the bot left or was removed, the channel or workspace is gone.
GONE = frozenset(
    {
        "not_in_channel",
        "channel_not_found",
        "is_archived",
        "channel_is_archived",
        "account_inactive",
        "token_revoked",
        "team_access_not_granted",
        "restricted_action",
    }
)
# The app itself is misconfigured (a scope or the token): every channel fails alike, and a
# reinstall fixes all of them, so wait long instead of disabling every subscription.
MISCONFIGURED = frozenset({"missing_scope", "not_allowed_token_type", "invalid_auth", "not_authed"})
MISCONFIGURED_WAIT = 3600.0
TRANSIENT = frozenset({"ratelimited", "internal_error", "fatal_error", "service_unavailable"})
# The message was deleted, or is too old to edit: there is nothing left to update.
UNEDITABLE = frozenset({"message_not_found", "cant_update_message", "edit_window_closed"})

SlackCall = Callable[..., Awaitable[AsyncSlackResponse]]

# Looking for a delivery already posted (after a crash or a lost reply): its nonce is in the
# message's metadata. Without channels:history / groups:history, or outside a private channel,
# the history cannot be read: the delivery is then posted again.
DELIVERY_EVENT = "stancebot_delivery"
UNREADABLE = MISCONFIGURED | {"not_in_channel"}
HISTORY_MARGIN = timedelta(minutes=5)  # clocks differ: look a little before the first try
HISTORY_PAGES = 5
HISTORY_PAGE_SIZE = 200


def delivery_metadata(nonce: str) -> dict[str, Any]:
    """Slack message metadata naming the delivery (never shown in the channel)."""
    return {"event_type": DELIVERY_EVENT, "event_payload": {"nonce": nonce}}


def _with_nonce(messages: list[dict[str, Any]], nonce: str) -> str | None:
    for message in messages:
        metadata = message.get("metadata") or {}
        payload = metadata.get("event_payload") or {}
        if metadata.get("event_type") == DELIVERY_EVENT and payload.get("nonce") == nonce:
            return str(message["ts"])
    return None


def transient(exc: SlackApiError) -> bool:
    """Slack is busy or failing (429, 5xx, a transient error code): asking again may work."""
    error, status, _ = _details(exc)
    return status == 429 or status >= 500 or error in TRANSIENT


def classify(exc: SlackApiError) -> SendError:
    """The outbox's reading of a Slack failure."""
    error, status, retry_after = _details(exc)
    detail = f"slack: {error or f'HTTP {status}'}"
    if transient(exc):
        limited = status == 429 or error == "ratelimited"
        return RetryLaterError(detail, retry_after, rate_limited=limited)
    if error in GONE:
        return ChannelGoneError(detail)
    if error in MISCONFIGURED:
        return RetryLaterError(f"{detail} (check the app's scopes and token)", MISCONFIGURED_WAIT)
    return SendError(detail)


def _details(exc: SlackApiError) -> tuple[str, int, float | None]:
    """Error code, HTTP status and Retry-After; a non-JSON 5xx body leaves only the status."""
    response: Any = exc.response
    status = int(getattr(response, "status_code", None) or getattr(response, "status", 0) or 0)
    data = getattr(response, "data", None)
    error = str(data.get("error", "")) if isinstance(data, dict) else ""
    headers = getattr(response, "headers", None) or {}
    value = headers.get("Retry-After") or headers.get("retry-after")
    if isinstance(value, list):  # slack-sdk keeps some headers as lists
        value = value[0] if value else None
    try:
        retry_after = float(value) if value is not None else None
    except ValueError:
        retry_after = None
    return error, status, retry_after


class SlackSender:
    """The AlertSender for Slack. Slack has no nonce: each delivery carries its own in the
    message's metadata, and `find` looks for it before the outbox posts again."""

    platform = "slack"

    def __init__(self, client: AsyncWebClient) -> None:
        self._client = client

    async def send(
        self, channel: Channel, alert: Alert, nonce: str, *, mention: Mention | None = None
    ) -> str:
        return await self._post(channel.channel, mentioning(alert_message(alert), mention), nonce)

    async def find(self, channel: Channel, nonce: str, since: datetime) -> str | None:
        """The ts of the message posted for `nonce` (in its metadata) since `since`, from the
        channel's recent history. Without the history scopes, or outside the channel, the bot
        cannot look: it says so and posts again (at least once wins over at most once)."""
        return await self._look(self._client.conversations_history, channel, nonce, since)

    async def open_thread(self, channel: Channel, message_id: str, topic: str) -> str:
        """A Slack thread is the alert's own ts: nothing to open."""
        return message_id

    async def send_in_thread(
        self, channel: Channel, thread_id: str, note: ThreadNote, nonce: str
    ) -> str:
        return await self._post(channel.channel, thread_message(note), nonce, thread_ts=thread_id)

    async def find_in_thread(
        self, channel: Channel, thread_id: str, nonce: str, since: datetime
    ) -> str | None:
        """As `find`, among the thread's replies (conversations.replies)."""
        replies = self._client.conversations_replies
        return await self._look(replies, channel, nonce, since, ts=thread_id)

    async def _look(
        self, method: SlackCall, channel: Channel, nonce: str, since: datetime, **where: str
    ) -> str | None:
        oldest = f"{(since - HISTORY_MARGIN).timestamp():.6f}"
        cursor: str | None = None
        for _ in range(HISTORY_PAGES):
            page = await self._call(
                method,
                tolerate=UNREADABLE,
                channel=channel.channel,
                oldest=oldest,
                limit=HISTORY_PAGE_SIZE,
                include_all_metadata=True,
                cursor=cursor,
                **where,
            )
            if page is None:
                event(log, "slack.history_unreadable", logging.WARNING, channel=channel.channel)
                return None
            found = _with_nonce(page.get("messages") or [], nonce)
            cursor = (page.get("response_metadata") or {}).get("next_cursor") or None
            if found is not None or cursor is None:
                return found
        return None

    async def edit(
        self, channel: Channel, message_id: str, alert: Alert, *, mention: Mention | None = None
    ) -> None:
        payload = mentioning(alert_message(alert), mention).payload()
        done = await self._call(
            self._client.chat_update,
            tolerate=UNEDITABLE,
            channel=channel.channel,
            ts=message_id,
            **payload,
        )
        if done is None:
            event(log, "slack.edit_skipped", channel=channel.channel, ts=message_id)

    async def post(
        self,
        channel: Channel,
        reply: Reply,
        nonce: str | None = None,
        *,
        mention: Mention | None = None,
    ) -> str:
        ts = await self._post(channel.channel, mentioning(reply_message(reply), mention), nonce)
        if reply.image is not None:
            try:
                await self.upload(channel.channel, reply.image)
            except SendError as exc:  # the text went out; a repost would only repeat it
                event(
                    log, "slack.upload_failed", logging.WARNING, channel=channel.channel, error=exc
                )
        return ts

    async def upload(self, channel_id: str, image: Image, comment: str = "") -> None:
        """Files upload v2: getUploadURLExternal, the upload itself, completeUploadExternal."""
        await self._call(
            self._client.files_upload_v2,
            channel=channel_id,
            file=image.data,
            filename=image.filename,
            title=image.alt,
            alt_txt=image.alt,
            initial_comment=comment or None,
        )

    async def open_direct(self, user: str) -> str | None:
        """The id of the bot's direct-message channel with `user` (scope im:write)."""
        opened = await self._call(self._client.conversations_open, users=user)
        channel = (opened.get("channel") or {}) if opened is not None else {}
        return str(channel.get("id") or "") or None

    async def _post(
        self, channel_id: str, message: Message, nonce: str | None = None, **extra: str
    ) -> str:
        tagged: dict[str, Any] = {"metadata": delivery_metadata(nonce)} if nonce else {}
        tagged.update(extra)  # thread_ts: a reply in an alert's thread
        response = await self._call(
            self._client.chat_postMessage,
            channel=channel_id,
            unfurl_links=False,  # the buttons carry the links; previews would bury the alert
            unfurl_media=False,
            **message.payload(),
            **tagged,
        )
        if response is None:  # only tolerated errors return None; posting tolerates none
            raise SendError("slack: chat.postMessage returned nothing")
        return str(response["ts"])

    async def _call(
        self, method: SlackCall, *, tolerate: frozenset[str] = frozenset(), **params: Any
    ) -> AsyncSlackResponse | None:
        """The call's response; None for an error code in `tolerate`; else a SendError."""
        try:
            return await method(**params)
        except SlackApiError as exc:
            if _details(exc)[0] in tolerate:
                return None
            raise classify(exc) from exc
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise RetryLaterError(f"slack: {type(exc).__name__}: {exc}") from exc


class SlackAdminBell:
    """Tells the workspace's admins in private: a direct message to each user named in
    `[slack] admin_users` and each Slack operator. (The App Home lists disabled subscriptions
    with their reason for every admin who opens it.)"""

    def __init__(self, sender: SlackSender, users: Sequence[str]) -> None:
        self._sender = sender
        self._users = tuple(dict.fromkeys(users))

    async def tell_admins(self, tenant: str, reply: Reply) -> int:
        told = 0
        for user in self._users:
            direct = await self._sender.open_direct(user)
            if direct is not None:
                await self._sender.post(Channel("slack", tenant, direct), reply)
                told += 1
        return told
