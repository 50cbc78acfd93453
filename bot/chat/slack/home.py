"""The App Home tab: a workspace's home page (decided by the handlers) in Block Kit."""

from __future__ import annotations

import re
from typing import Any

from bot.chat.slack.replies import fit
from bot.chat.slack.text import MAX_SECTION, Block, chunks, context, escape, header, section
from bot.core.home import HomePage, RecordChange
from bot.core.subscriptions import Subscription

MAX_CODES = 12  # a subscription to more countries is summarised
_CHANNEL_ID = re.compile(r"^[A-Z0-9]+$")
LEVELS = {"change": "changes", "reaffirm": "changes and reaffirmations", "mention": "everything"}


def home_view(page: HomePage) -> dict[str, Any]:
    head = [
        header("stancebot: Huawei 5G stances"),
        section("Ask in any channel with `/huawei help`, e.g. `/huawei country uk`."),
    ]
    body = [header("Subscriptions in this workspace")]
    lines = [_subscription_line(s) for s in page.subscriptions]
    body += _lines(lines, "No channel is subscribed yet.")
    body += [header("Latest changes")]
    body += _lines([_change_line(c) for c in page.changes], "No changes recorded yet.")
    tail: list[Block] = []
    if page.pending is not None:
        tail.append(
            context(f"{page.pending} reported changes await a decision: `/huawei stance pending`.")
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


def _change_line(shown: RecordChange) -> str:
    place, change = shown.country, shown.change
    return (
        f"• {place.flag} *{escape(place.name)}*: {change.stance.label} since "
        f"{change.on.isoformat()}: {escape(change.reason)}"
    )
