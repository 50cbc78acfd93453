"""Slack's incoming side: the /huawei command, the alert buttons, link buttons, the Home tab.

Every listener acknowledges first (Slack wants it within 3 s), then works. After the ack nothing
may escape: in HTTP mode bolt drops an ack whose listener later raised. So each one runs its work
inside `_guarded`, which logs a failure and tells the user, and which counts the work in flight
so that stopping can let it finish.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncRespond
from slack_sdk.web.async_client import AsyncWebClient

from bot.chat.slack.alerts import CONFIRM_ACTION, MUTE_ACTION, MUTE_FOR, REJECT_ACTION
from bot.chat.slack.home import home_view
from bot.chat.slack.replies import LINK_ACTION, reply_message
from bot.chat.slack.roles import RoleBook, Who
from bot.chat.slack.sender import SlackSender
from bot.core.access import Caller
from bot.core.errors import SendError
from bot.core.ports import ChatViews
from bot.core.replies import Image, Reply, Tone, error_reply
from bot.core.subscriptions import Channel
from bot.logs import event

log = logging.getLogger(__name__)

COMMAND = "/huawei"
APOLOGY = error_reply("Something went wrong on our side; it has been logged. Please try again.")
_EVENT_ID = re.compile(r"[1-9][0-9]{0,17}")  # an id SQLite can hold, in ASCII digits
STALE = error_reply("This button is not one stancebot recognises any more.")
_COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")


class InFlight:
    """Listener work still running: bolt starts it, we let it finish on stop."""

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()

    @asynccontextmanager
    async def track(self) -> AsyncIterator[None]:
        task = asyncio.current_task()
        if task is None:  # not inside a task: nothing to wait for
            yield
            return
        self._tasks.add(task)
        try:
            yield
        finally:
            self._tasks.discard(task)

    async def drain(self, seconds: float) -> int:
        """Wait up to `seconds`; return how many were still running after it."""
        if not self._tasks:
            return 0
        _, pending = await asyncio.wait(set(self._tasks), timeout=seconds)
        return len(pending)


@dataclass(frozen=True)
class SlackDesk:
    """What the Slack adapter needs from the bot: the commands, who are operators, and the
    views it shows beside replies (the App Home, a decided alert)."""

    handle: Callable[[str, Caller], Awaitable[Reply]]
    operators: tuple[str, ...]
    views: ChatViews


class Listeners:
    def __init__(
        self, desk: SlackDesk, roles: RoleBook, sender: SlackSender, in_flight: InFlight
    ) -> None:
        self._desk = desk
        self._roles = roles
        self._sender = sender
        self._in_flight = in_flight

    def register(self, bolt: AsyncApp) -> None:
        bolt.command(COMMAND)(self.on_command)
        bolt.action(CONFIRM_ACTION)(self.on_decision)
        bolt.action(REJECT_ACTION)(self.on_decision)
        bolt.action(MUTE_ACTION)(self.on_mute)
        bolt.action(re.compile(f"^{LINK_ACTION}"))(self.on_link)
        bolt.event("app_home_opened")(self.on_home)

    async def on_command(self, ack: AsyncAck, body: dict[str, Any], respond: AsyncRespond) -> None:
        await ack()
        async with self._guarded("command", respond):
            who = Who(_text(body, "team_id"), _text(body, "channel_id"), _text(body, "user_id"))
            text = _text(body, "text")
            event(log, "slack.command", team=who.team, user=who.user, words=len(text.split()))
            reply = await self._run(text, who)
            await self._answer(respond, reply, who)

    async def on_decision(
        self, ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], respond: AsyncRespond
    ) -> None:
        """Confirm / Reject: the neutral command, run as the person who clicked."""
        await ack()
        async with self._guarded("decision", respond):
            verb = "confirm" if action.get("action_id") == CONFIRM_ACTION else "reject"
            event_id = str(action.get("value", ""))
            if not _EVENT_ID.fullmatch(event_id):  # only our own buttons' values become words
                await _post(respond, STALE)
                return
            reply = await self._run(f"stance {verb} {event_id}", _clicker(body))
            await _post(respond, reply)  # a button's outcome is for the clicker alone
            await self._refresh(body, int(event_id))

    async def on_mute(
        self, ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], respond: AsyncRespond
    ) -> None:
        await ack()
        async with self._guarded("mute", respond):
            country = str(action.get("value", ""))
            if not _COUNTRY_CODE.match(country):
                await _post(respond, STALE)
                return
            reply = await self._run(f"mute {country} {MUTE_FOR}", _clicker(body))
            await _post(respond, reply)

    async def on_link(self, ack: AsyncAck) -> None:
        """Slack reports clicks on URL buttons too; unacknowledged, they show a warning."""
        await ack()

    async def on_home(
        self, payload: dict[str, Any], body: dict[str, Any], client: AsyncWebClient
    ) -> None:
        """Events are acked by bolt itself; `payload` is the event."""
        if payload.get("tab") != "home":
            return
        async with self._guarded("home", None):
            who = Who(_text(body, "team_id"), "", _text(payload, "user"))
            role = await self._roles.role(who)
            view = home_view(await self._desk.views.home("slack", who.team, role))
            await client.views_publish(user_id=who.user, view=view)

    async def _run(self, text: str, who: Who) -> Reply:
        caller = await self._roles.caller(who)
        return await self._desk.handle(text, caller)

    async def _answer(self, respond: AsyncRespond, reply: Reply, who: Who) -> None:
        kind = "ephemeral" if reply.private else "in_channel"
        await _post(respond, reply, kind)
        files = [reply.image] if reply.image else []
        if reply.attachment is not None:
            attached = reply.attachment
            files.append(Image(attached.data, attached.filename, attached.description))
        for file in files:
            try:
                target = await self._direct(who.user) if reply.private else who.channel
                await self._sender.upload(target, file, comment=reply.title)
            except SendError as exc:
                note = f"I could not attach the file ({exc}). Invite me with `/invite @stancebot`."
                await _post(
                    respond, Reply(title="Image not attached", text=note, tone=Tone.WARNING)
                )

    async def _direct(self, user: str) -> str:
        """A private image goes to the user's direct messages with the bot."""
        opened = await self._sender.open_direct(user)
        return opened or user

    async def _refresh(self, body: dict[str, Any], event_id: int) -> None:
        """Once decided, the clicked alert shows the outcome and loses its buttons."""
        container = body.get("container") or {}
        ts, channel_id = container.get("message_ts"), container.get("channel_id")
        if not ts or not channel_id:
            return
        channel = Channel("slack", _team(body), str(channel_id))
        alert = await self._desk.views.decided_alert(event_id, channel)
        if alert is not None:
            await self._sender.edit(channel, str(ts), alert)

    @asynccontextmanager
    async def _guarded(self, what: str, respond: AsyncRespond | None) -> AsyncIterator[None]:
        async with self._in_flight.track():
            try:
                yield
            except Exception:  # the listener's edge: log, apologise, go on
                log.exception("%s", f"slack.{what}_failed")
                if respond is not None:
                    await _quietly(_post(respond, APOLOGY))


async def _post(respond: AsyncRespond, reply: Reply, kind: str = "ephemeral") -> None:
    message = reply_message(reply)
    response = await respond(
        text=message.text,
        blocks=list(message.blocks),
        response_type=kind,
        replace_original=False,
    )
    if response.status_code != 200:
        event(log, "slack.respond_failed", logging.WARNING, status=response.status_code)


async def _quietly(step: Any) -> None:
    try:
        await step
    except Exception:  # apologising is best effort: the failure is already logged
        log.debug("slack.apology_failed", exc_info=True)


def _text(body: dict[str, Any], key: str) -> str:
    value = body.get(key)
    return value if isinstance(value, str) else ""


def _team(body: dict[str, Any]) -> str:
    team = body.get("team") or {}
    user = body.get("user") or {}
    return str(team.get("id") or user.get("team_id") or "")


def _clicker(body: dict[str, Any]) -> Who:
    channel = body.get("channel") or {}
    user = body.get("user") or {}
    return Who(_team(body), str(channel.get("id") or ""), str(user.get("id") or ""))
