"""`/huawei status`: is the bot healthy, and what is it waiting on."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta

from bot.core.catalogue import say
from bot.core.events import EventStatus
from bot.core.feeds import Feed, Health
from bot.core.replies import Field, Reply, Tone
from bot.core.subscriptions import DeliveryStatus
from handlers.base import Handlers, Request
from handlers.feeds import health_count
from handlers.formatting import moment


async def status(request: Request) -> Reply:
    services = request.services
    feeds = await services.feeds.listed(request.caller.tenant)
    deliveries = await services.outbox.stats()
    pending = await services.events.with_status(EventStatus.PENDING)
    health = Counter(feed.health for feed in feeds)
    language = request.language
    fields = (
        Field(
            request.say("status.feeds"),
            _feed_counts(language, health) or request.say("keywords.none"),
            inline=True,
        ),
        Field(request.say("status.last_poll"), moment(_latest(feeds), language), inline=True),
        Field(request.say("status.next_poll"), moment(_next(feeds), language), inline=True),
        Field(
            request.say("status.deliveries"), _delivery_counts(language, deliveries), inline=True
        ),
        Field(request.say("status.awaiting"), str(len(pending)), inline=True),
        Field(
            request.say("status.uptime"),
            _uptime(services.clock() - services.started_at),
            inline=True,
        ),
    )
    troubled = health[Health.FAILING] + health[Health.DISABLED]
    return Reply(
        title=f"stancebot {services.version}",
        text=request.say("status.attention", troubled)
        if troubled
        else request.say("status.healthy"),
        fields=fields,
        tone=Tone.WARNING if troubled else Tone.INFO,
    )


def _feed_counts(language: str, health: Counter[Health]) -> str:
    return ", ".join(
        health_count(language, state, count) for state, count in health.items() if count
    )


def _latest(feeds: list[Feed]) -> datetime | None:
    polled = [f.last_polled_at for f in feeds if f.last_polled_at]
    return max(polled) if polled else None


def _next(feeds: list[Feed]) -> datetime | None:
    due = [f.next_poll_at for f in feeds if f.next_poll_at and f.health != Health.DISABLED]
    return min(due) if due else None


def _delivery_counts(language: str, counts: dict[DeliveryStatus, int]) -> str:
    shown = [
        DeliveryStatus.PENDING,
        DeliveryStatus.HELD,
        DeliveryStatus.DIGEST,
        DeliveryStatus.FAILED,
        DeliveryStatus.DEAD,
    ]
    return ", ".join(say(language, f"delivery.{s.value}", counts.get(s, 0)) for s in shown)


def _uptime(elapsed: timedelta) -> str:
    minutes = max(int(elapsed.total_seconds() // 60), 0)
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    return f"{days}d {hours}h {minutes}m" if days else f"{hours}h {minutes}m"


HANDLERS: Handlers = {
    ("status",): status,
}
