"""Feed management: `feeds add|remove|list|status` (tenant admins; operators for global feeds)."""

from __future__ import annotations

from datetime import timedelta

from bot.core.access import Role
from bot.core.durations import describe, parse_duration
from bot.core.feeds import Feed, Health
from bot.core.replies import Field, Reply, Tone
from bot.core.wording import plural
from handlers.base import Command, Request
from handlers.formatting import moment

GLOBAL = ""  # the tenant key of global feeds
HEALTH_MARKS = {Health.OK: "✅", Health.NEW: "🆕", Health.FAILING: "⚠️", Health.DISABLED: "⛔"}


def scope_of(request: Request) -> str:
    """`global:true` targets the operators' global feeds, otherwise the caller's tenant."""
    if request.flag("global"):
        request.caller.require(Role.OPERATOR)
        return GLOBAL
    return request.caller.tenant


async def add(request: Request) -> Reply:
    url = request.require_text("feeds add <url> [interval]").split()[0]
    interval = None
    if len(request.args) > 1:
        interval = parse_duration(
            request.args[1], minimum=timedelta(minutes=5), maximum=timedelta(days=1)
        )
    added = await request.services.feeds.add(
        tenant=scope_of(request), url=url, interval=interval, added_by=request.caller.user
    )
    every = describe(interval) if interval else "the default interval"
    return Reply(
        title=f"Now watching {added.feed.title or added.feed.url}",
        text=(
            f"{plural(added.item_count, 'item')} found. Its current items are stored as seen "
            f"without alerting; new ones will be analysed. Polled every {every}."
        ),
        fields=(Field("Feed id", str(added.feed.id), inline=True),),
        tone=Tone.SUCCESS,
    )


async def remove(request: Request) -> Reply:
    ref = request.require_text("feeds remove <id or url>")
    feed = await request.services.feeds.remove(tenant=scope_of(request), ref=ref)
    return Reply(title=f"Stopped watching {feed.title or feed.url}", tone=Tone.SUCCESS)


async def enable(request: Request) -> Reply:
    ref = request.require_text("feeds enable <id or url>")
    feed = await request.services.feeds.enable(tenant=scope_of(request), ref=ref)
    return Reply(
        title=f"Polling {feed.title or feed.url} again",
        tone=Tone.SUCCESS,
        text=f"Next poll {moment(feed.next_poll_at)}.",
    )


async def listed(request: Request) -> Reply:
    feeds = await request.services.feeds.listed(request.caller.tenant)
    if not feeds:
        return Reply(title="No feeds", text="Add one with `/huawei feeds add <url>`.")
    lines = [f"`{f.id}` {HEALTH_MARKS[f.health]} {_name(f)}{_where(f)}" for f in feeds]
    return Reply(title=f"Feeds: {len(feeds)}", text="\n".join(lines))


async def status(request: Request) -> Reply:
    feeds = await request.services.feeds.listed(request.caller.tenant)
    counts = {health: sum(f.health == health for f in feeds) for health in Health}
    fields = tuple(
        Field(f"{HEALTH_MARKS[f.health]} {f.id} · {_name(f)}", _status_line(f)) for f in feeds
    )
    summary = ", ".join(f"{n} {h.value}" for h, n in counts.items() if n)
    return Reply(title="Feed status", text=summary or "No feeds.", fields=fields[:25])


def _name(feed: Feed) -> str:
    return feed.title or feed.url


def _where(feed: Feed) -> str:
    return " (global)" if feed.is_global else ""


def _status_line(feed: Feed) -> str:
    parts = [
        f"{feed.health.value}",
        f"last success {moment(feed.last_success_at)}",
        f"next poll {moment(feed.next_poll_at)}",
    ]
    if feed.failures:
        parts.append(f"{plural(feed.failures, 'failure')} in a row")
    if feed.last_error:
        parts.append(f"last error: {feed.last_error}")
    if feed.note:
        parts.append(feed.note)
    return " · ".join(parts) + f"\n{feed.url}"


COMMANDS = (
    Command(
        ("feeds", "add"),
        add,
        "feeds add <url> [interval] [global:true]",
        "watch a feed (checked by fetching it once)",
        Role.ADMIN,
    ),
    Command(
        ("feeds", "remove"), remove, "feeds remove <id or url>", "stop watching a feed", Role.ADMIN
    ),
    Command(
        ("feeds", "enable"),
        enable,
        "feeds enable <id or url>",
        "poll a disabled feed again",
        Role.ADMIN,
    ),
    Command(
        ("feeds", "list"), listed, "feeds list", "the feeds this workspace watches", Role.ADMIN
    ),
    Command(
        ("feeds", "status"),
        status,
        "feeds status",
        "ok / failing / disabled, last success, last error, next poll",
        Role.ADMIN,
    ),
)
