"""Feed management: `feeds add|remove|list|status` (tenant admins; operators for global feeds)."""

from __future__ import annotations

from datetime import timedelta

from bot.core.access import Role
from bot.core.catalogue import say
from bot.core.durations import describe, parse_duration
from bot.core.feeds import Feed, Health
from bot.core.replies import Field, Reply, Tone
from handlers.base import Handlers, Request
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
    url = request.require_text().split()[0]
    interval = None
    if len(request.args) > 1:
        interval = parse_duration(
            request.args[1], minimum=timedelta(minutes=5), maximum=timedelta(days=1)
        )
    added = await request.services.feeds.add(
        tenant=scope_of(request), url=url, interval=interval, added_by=request.caller.user
    )
    every = (
        request.say("feeds.every", every=describe(interval))
        if interval
        else request.say("feeds.every.default")
    )
    return Reply(
        title=request.say("feeds.added", name=_name(added.feed)),
        text=f"{request.say('feeds.added.text', added.item_count)} {every}",
        fields=(Field(request.say("feeds.id"), str(added.feed.id), inline=True),),
        tone=Tone.SUCCESS,
    )


async def remove(request: Request) -> Reply:
    ref = request.require_text()
    feed = await request.services.feeds.remove(tenant=scope_of(request), ref=ref)
    return Reply(title=request.say("feeds.removed", name=_name(feed)), tone=Tone.SUCCESS)


async def enable(request: Request) -> Reply:
    ref = request.require_text()
    feed = await request.services.feeds.enable(tenant=scope_of(request), ref=ref)
    return Reply(
        title=request.say("feeds.enabled", name=_name(feed)),
        tone=Tone.SUCCESS,
        text=request.say("feeds.next", at=moment(feed.next_poll_at, request.language)),
    )


async def listed(request: Request) -> Reply:
    feeds = await request.services.feeds.listed(request.caller.tenant)
    if not feeds:
        return Reply(title=request.say("feeds.none"), text=request.say("feeds.none.text"))
    lines = [f"`{f.id}` {HEALTH_MARKS[f.health]} {_name(f)}{_where(request, f)}" for f in feeds]
    return Reply(title=request.say("feeds.title", count=len(feeds)), text="\n".join(lines))


async def status(request: Request) -> Reply:
    feeds = await request.services.feeds.listed(request.caller.tenant)
    counts = {health: sum(f.health == health for f in feeds) for health in Health}
    fields = tuple(
        Field(f"{HEALTH_MARKS[f.health]} {f.id} · {_name(f)}", _status_line(request, f))
        for f in feeds
    )
    summary = ", ".join(health_count(request.language, h, n) for h, n in counts.items() if n)
    return Reply(
        title=request.say("feeds.status"),
        text=summary or request.say("feeds.status.none"),
        fields=fields[:25],
    )


def health_count(language: str, health: Health, count: int) -> str:
    """ "2 failing", in the reader's language."""
    return say(language, f"health.{health.value}", count)


def _name(feed: Feed) -> str:
    return feed.title or feed.url


def _where(request: Request, feed: Feed) -> str:
    return request.say("feeds.global") if feed.is_global else ""


def _status_line(request: Request, feed: Feed) -> str:
    language = request.language
    parts = [
        request.say(f"health.{feed.health.value}.state"),
        request.say("feeds.last_success", at=moment(feed.last_success_at, language)),
        request.say("feeds.next_poll", at=moment(feed.next_poll_at, language)),
    ]
    if feed.failures:
        parts.append(request.say("feeds.failures", feed.failures))
    if feed.last_error:
        parts.append(request.say("feeds.last_error", error=feed.last_error))
    if feed.note:
        parts.append(feed.note)
    return " · ".join(parts) + f"\n{feed.url}"


HANDLERS: Handlers = {
    ("feeds", "add"): add,
    ("feeds", "remove"): remove,
    ("feeds", "enable"): enable,
    ("feeds", "list"): listed,
    ("feeds", "status"): status,
}
