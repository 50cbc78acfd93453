"""`/huawei why <url>`: one item walked through every stage, with the reason at each."""

from __future__ import annotations

from bot.core.analysis import Analysis, KeywordRules
from bot.core.analysis.history import StanceHistory
from bot.core.errors import UsageError
from bot.core.events import Event, EventStatus, classify
from bot.core.feeds import ItemStatus, StoredItem
from bot.core.items import canonical_link
from bot.core.replies import Field, Reply
from bot.core.subscriptions import DeliveryStatus, DeliveryView
from bot.core.wording import plural
from handlers.base import Command, Request
from handlers.formatting import moment

STATUS_MEANINGS = {
    ItemStatus.NEW: "waiting to be analysed",
    ItemStatus.PRIMED: "seen on its feed's first poll: stored without alerting (no flood)",
    ItemStatus.OLD: "older than the alert age limit: stored without alerting",
    ItemStatus.ANALYSED: "analysed",
}


async def why(request: Request) -> Reply:
    url = request.require_text("why <url>").split()[0]
    if not url.casefold().startswith(("http://", "https://")):
        raise UsageError(
            f"`why` wants the link of a news item, such as `/huawei why https://…`; "
            f"“{request.text}” is not a link."
        )
    link = canonical_link(url)
    stored = await request.services.items.find_item(link) if link else None
    if stored is None:
        return Reply(
            title="Not seen",
            text=f"No feed has carried {url}. Operators can test any page's text with "
            "`stancebot analyze --explain <file or url>`.",
        )
    analysis = request.services.analyser.analyse(stored.item)
    fields = [
        _seen(stored),
        await _keywords(request, stored),
        Field("Analysis", "\n".join(f"• {line}" for line in analysis.explanation) or "—"),
        await _comparison(request, analysis, stored),
        *await _events(request, stored),
    ]
    return Reply(title=f"Why: {stored.item.title}", fields=tuple(fields[:25]), links=())


def _seen(stored: StoredItem) -> Field:
    item = stored.item
    age = " (date missing: the fetch time stands in)" if item.published_estimated else ""
    return Field(
        "Seen",
        f"Item #{stored.id}: {STATUS_MEANINGS[stored.status]}.\n"
        f"Published {moment(item.published)}{age} by {item.outlet or 'an unknown outlet'}.",
    )


async def _keywords(request: Request, stored: StoredItem) -> Field:
    caller = request.caller
    terms = await request.services.subscriptions.keywords(caller.platform, caller.tenant)
    rules = KeywordRules.parse(terms or request.services.default_keywords)
    match = rules.match(stored.item.text)
    verdict = "passes" if match.passes else "does not pass"
    detail = f"matched {', '.join(match.matched) or 'nothing'}"
    if match.excluded:
        detail += f"; excluded by {', '.join(match.excluded)}"
    return Field("This workspace's keywords", f"It {verdict}: {detail}.")


async def _comparison(request: Request, analysis: Analysis, stored: StoredItem) -> Field:
    """Each finding against the record as it stood when the story came out, as routing saw it
    (a change confirmed since does not turn the story into a reaffirmation)."""
    lines = []
    day = stored.item.published.date()
    for finding in analysis.findings:
        history = await request.services.records.history(finding.country)
        then = StanceHistory({finding.country: history}).before(finding.country, day)
        kind = classify(finding.stance, then)
        signal = finding.stance.label.lower() if finding.stance else "no stance"
        lines.append(
            f"{finding.country}: signals {signal}, the record said {then.label.lower()}"
            f" → {kind.value}"
        )
    return Field("Compared with the record", "\n".join(lines) or "No country to compare.")


async def _events(request: Request, stored: StoredItem) -> list[Field]:
    events = await request.services.events.for_item(stored.id)
    if not events:
        return [Field("Events", "It joined no event.")]
    return [await _event_field(request, event) for event in events]


async def _event_field(request: Request, event: Event) -> Field:
    tenant = request.caller.tenant
    deliveries = [
        d
        for d in await request.services.outbox.deliveries_for(event.id)
        if d.channel.tenant == tenant
    ]
    lines = [f"{event.kind.value}, {event.status.value}, {plural(len(event.outlets), 'source')}"]
    lines += [_delivery_line(event, d) for d in deliveries]
    if not deliveries:
        lines.append(
            f"No subscription here wants {event.country} {event.kind.value} alerts "
            "(or this workspace's keywords did not match)."
        )
    return Field(f"Event #{event.id} ({event.country})", "\n".join(lines))


DELIVERY_WORDS = {
    DeliveryStatus.PENDING: "waiting to be sent",
    DeliveryStatus.SENT: "sent",
    DeliveryStatus.FAILED: "failed after every retry",
    DeliveryStatus.DEAD: "not sent: the channel is gone",
    DeliveryStatus.HELD: "held",
    DeliveryStatus.DIGEST: "moved to the next digest",
}


def _delivery_line(event: Event, delivery: DeliveryView) -> str:
    """Where the alert went, and whether a decision since edited it."""
    line = f"→ #{delivery.channel.channel}: {DELIVERY_WORDS[delivery.status]}"
    if delivery.held_reason or delivery.last_error:
        line += f" ({delivery.held_reason or delivery.last_error})"
    if delivery.status == DeliveryStatus.SENT and event.status in _DECIDED:
        line += f", then edited to say {event.status.value}"
    return line


_DECIDED = frozenset({EventStatus.CONFIRMED, EventStatus.REJECTED})  # decisions edit alerts


COMMANDS = (
    Command(("why",), why, "why <url>", "how one news item was read, compared, grouped and routed"),
)
