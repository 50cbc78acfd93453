"""`/huawei why <url>`: one item walked through every stage, with the reason at each."""

from __future__ import annotations

from bot.core.analysis import Analysis, KeywordRules
from bot.core.events import Event, classify
from bot.core.feeds import ItemStatus, StoredItem
from bot.core.items import canonical_link
from bot.core.replies import Field, Reply
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
        await _comparison(request, analysis),
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


async def _comparison(request: Request, analysis: Analysis) -> Field:
    lines = []
    for finding in analysis.findings:
        record = await request.services.records.get(finding.country)
        if record is None:
            continue
        kind = classify(finding.stance, record.stance)
        signal = finding.stance.label.lower() if finding.stance else "no stance"
        lines.append(
            f"{finding.country}: signals {signal}, the record says {record.stance.label.lower()}"
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
    lines = [f"{event.kind.value}, {event.status.value}, {len(event.outlets)} source(s)"]
    lines += [
        f"→ #{d.channel.channel}: {d.status.value}"
        + (f" ({d.held_reason or d.last_error})" if d.held_reason or d.last_error else "")
        for d in deliveries
    ]
    if not deliveries:
        lines.append(
            f"No subscription here wants {event.country} {event.kind.value} alerts "
            "(or this workspace's keywords did not match)."
        )
    return Field(f"Event #{event.id} ({event.country})", "\n".join(lines))


COMMANDS = (
    Command(("why",), why, "why <url>", "how one news item was read, compared, grouped and routed"),
)
