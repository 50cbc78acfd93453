"""The App Home tab: this workspace's subscriptions and the latest stance changes."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from bot.chat.slack.replies import fit
from bot.chat.slack.text import MAX_SECTION, Block, chunks, context, escape, header, section
from bot.core.access import Role
from bot.core.events import EventStatus
from bot.core.models import Change
from bot.core.subscriptions import Subscription

if TYPE_CHECKING:
    from bot.app import App

LATEST = 8
MAX_CODES = 12  # a subscription to more countries is summarised
_CHANNEL_ID = re.compile(r"^[A-Z0-9]+$")
LEVELS = {"change": "changes", "reaffirm": "changes and reaffirmations", "mention": "everything"}


async def home_view(app: App, team: str, role: Role) -> dict[str, Any]:
    subscriptions = await app.subscriptions.for_tenant("slack", team)
    changes = await app.records.recent_changes(LATEST)
    head = [
        header("stancebot: Huawei 5G stances"),
        section("Ask in any channel with `/huawei help`, e.g. `/huawei country uk`."),
    ]
    body = [header("Subscriptions in this workspace")]
    body += _lines([_subscription_line(s) for s in subscriptions], "No channel is subscribed yet.")
    body += [header("Latest changes")]
    body += _lines([_change_line(app, c) for c in changes], "No changes recorded yet.")
    tail: list[Block] = []
    if role >= Role.OPERATOR:
        pending = await app.events.with_status(EventStatus.PENDING)
        tail.append(
            context(f"{len(pending)} reported changes await a decision: `/huawei stance pending`.")
        )
    return {"type": "home", "blocks": fit(head, body, tail)}


def _lines(lines: list[str], empty: str) -> list[Block]:
    return [section(c) for c in chunks("\n".join(lines) or empty, MAX_SECTION)]


def _subscription_line(subscription: Subscription) -> str:
    channel = subscription.channel.channel
    where = f"<#{channel}>" if _CHANNEL_ID.match(channel) else escape(channel)
    codes = sorted(subscription.countries)
    scope = ", ".join(codes[:MAX_CODES]) if codes else "every country"
    if len(codes) > MAX_CODES:
        scope += f" and {len(codes) - MAX_CODES} more"
    line = f"• {where}: {scope} · {LEVELS.get(subscription.level.value, subscription.level.value)}"
    if not subscription.active:
        line += f" · ⛔ disabled: {escape(subscription.disabled_reason or 'no reason recorded')}"
    return line


def _change_line(app: App, change: Change) -> str:
    place = app.countries.get(change.country)
    return (
        f"• {place.flag} *{escape(place.name)}*: {change.stance.label} since "
        f"{change.on.isoformat()}: {escape(change.reason)}"
    )
