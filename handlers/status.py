"""`/huawei status`: is the bot healthy, and what is it waiting on."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta

from bot.core.events import EventStatus
from bot.core.feeds import Feed, Health
from bot.core.replies import Field, Reply, Tone
from bot.core.subscriptions import DeliveryStatus
from bot.core.wording import plural
from handlers.base import Command, Request
from handlers.formatting import moment


async def status(request: Request) -> Reply:
    services = request.services
    feeds = await services.feeds.listed(request.caller.tenant)
    deliveries = await services.outbox.stats()
    pending = await services.events.with_status(EventStatus.PENDING)
    health = Counter(feed.health for feed in feeds)
    fields = (
        Field("Feeds", _feed_counts(health) or "none", inline=True),
        Field("Last poll", moment(_latest(feeds)), inline=True),
        Field("Next poll", moment(_next(feeds)), inline=True),
        Field("Deliveries", _delivery_counts(deliveries), inline=True),
        Field("Awaiting confirmation", str(len(pending)), inline=True),
        Field("Uptime", _uptime(services.clock() - services.started_at), inline=True),
    )
    troubled = health[Health.FAILING] + health[Health.DISABLED]
    attention = f"{plural(troubled, 'feed')} need{'s' * (troubled == 1)} attention"
    return Reply(
        title=f"stancebot {services.version}",
        text="All feeds healthy." if not troubled else f"{attention}: see `/huawei feeds status`.",
        fields=fields,
        tone=Tone.WARNING if troubled else Tone.INFO,
    )


def _feed_counts(health: Counter[Health]) -> str:
    return ", ".join(f"{count} {state.value}" for state, count in health.items() if count)


def _latest(feeds: list[Feed]) -> datetime | None:
    polled = [f.last_polled_at for f in feeds if f.last_polled_at]
    return max(polled) if polled else None


def _next(feeds: list[Feed]) -> datetime | None:
    due = [f.next_poll_at for f in feeds if f.next_poll_at and f.health != Health.DISABLED]
    return min(due) if due else None


def _delivery_counts(counts: dict[DeliveryStatus, int]) -> str:
    shown = [
        DeliveryStatus.PENDING,
        DeliveryStatus.HELD,
        DeliveryStatus.DIGEST,
        DeliveryStatus.FAILED,
        DeliveryStatus.DEAD,
    ]
    return ", ".join(f"{counts.get(s, 0)} {s.value}" for s in shown)


def _uptime(elapsed: timedelta) -> str:
    minutes = max(int(elapsed.total_seconds() // 60), 0)
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    return f"{days}d {hours}h {minutes}m" if days else f"{hours}h {minutes}m"


COMMANDS = (
    Command(
        ("status",),
        status,
        "status",
        "feeds, polls, pending deliveries, events awaiting confirmation, uptime, version",
    ),
)
