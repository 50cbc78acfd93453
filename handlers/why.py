"""`/huawei why <url>`: one item walked through every stage, with the reason at each."""

from __future__ import annotations

from bot.core.analysis import Analysis, KeywordRules
from bot.core.analysis.history import StanceHistory
from bot.core.catalogue import Phrase, refusal, stance_name
from bot.core.events import Event, EventStatus, classify
from bot.core.feeds import StoredItem
from bot.core.items import canonical_link
from bot.core.replies import Field, Reply
from bot.core.subscriptions import DeliveryStatus, DeliveryView
from handlers.base import Handlers, Request
from handlers.formatting import moment


async def why(request: Request) -> Reply:
    url = request.require_text().split()[0]
    if not url.casefold().startswith(("http://", "https://")):
        raise refusal("why.not_a_link", text=request.text)
    link = canonical_link(url)
    stored = await request.services.items.find_item(link) if link else None
    if stored is None:
        return Reply(title=request.say("why.unseen"), text=request.say("why.unseen.text", url=url))
    analysis = request.services.analyser.analyse(stored.item)
    fields = [
        _seen(request, stored),
        await _keywords(request, stored),
        Field(
            request.say("why.analysis"),
            "\n".join(f"• {line}" for line in analysis.explanation) or "—",
        ),
        await _comparison(request, analysis, stored),
        *await _events(request, stored),
    ]
    title = request.say("why.title", title=stored.item.title)
    return Reply(title=title, fields=tuple(fields[:25]), links=())


def _seen(request: Request, stored: StoredItem) -> Field:
    item = stored.item
    age = request.say("why.estimated") if item.published_estimated else ""
    outlet = item.outlet or request.say("why.unknown_outlet")
    status = request.say(f"why.item.{stored.status.value}")
    published = request.say(
        "why.published", at=moment(item.published, request.language), estimated=age, outlet=outlet
    )
    return Field(
        request.say("why.seen"),
        f"{request.say('why.item', id=stored.id, status=status)}\n{published}",
    )


async def _keywords(request: Request, stored: StoredItem) -> Field:
    caller = request.caller
    terms = await request.services.subscriptions.keywords(caller.platform, caller.tenant)
    rules = KeywordRules.parse(terms or request.services.default_keywords)
    match = rules.match(stored.item.text)
    matched = ", ".join(match.matched) or request.say("why.nothing")
    detail = request.say("why.matched", terms=matched)
    if match.excluded:
        detail += request.say("why.excluded", terms=", ".join(match.excluded))
    verdict = "why.passes" if match.passes else "why.fails"
    return Field(request.say("why.keywords"), request.say(verdict, detail=detail))


async def _comparison(request: Request, analysis: Analysis, stored: StoredItem) -> Field:
    """Each finding against the record as it stood when the story came out, as routing saw it
    (a change confirmed since does not turn the story into a reaffirmation)."""
    lines = []
    day = stored.item.published.date()
    for finding in analysis.findings:
        history = await request.services.records.history(finding.country)
        then = StanceHistory({finding.country: history}).before(finding.country, day)
        kind = classify(finding.stance, then)
        signal = (
            stance_name(request.language, finding.stance, inline=True)
            if finding.stance
            else request.say("why.no_stance")
        )
        said = stance_name(request.language, then, inline=True)
        lines.append(
            request.say(
                "why.compared", country=finding.country, signal=signal, then=said, kind=kind.value
            )
        )
    return Field(
        request.say("why.comparison"), "\n".join(lines) or request.say("why.comparison.none")
    )


async def _events(request: Request, stored: StoredItem) -> list[Field]:
    events = await request.services.events.for_item(stored.id)
    if not events:
        return [Field(request.say("why.events"), request.say("why.events.none"))]
    return [await _event_field(request, event) for event in events]


async def _event_field(request: Request, event: Event) -> Field:
    tenant = request.caller.tenant
    deliveries = [
        d
        for d in await request.services.outbox.deliveries_for(event.id)
        if d.channel.tenant == tenant
    ]
    status = request.say(f"event.status.{event.status.value}")
    sources = request.say("alert.sources", len(event.outlets))
    lines = [f"{event.kind.value}, {status}, {sources}"]
    lines += [_delivery_line(request, event, d) for d in deliveries]
    if not deliveries:
        lines.append(request.say("why.unrouted", country=event.country, kind=event.kind.value))
    return Field(request.say("why.event", id=event.id, country=event.country), "\n".join(lines))


def _delivery_line(request: Request, event: Event, delivery: DeliveryView) -> str:
    """Where the alert went, and whether a decision since edited it."""
    went = request.say(f"why.delivery.{delivery.status.value}")
    line = f"→ #{delivery.channel.channel}: {went}"
    if delivery.held_reason or delivery.last_error:
        line += f" ({delivery.held_reason or delivery.last_error})"
    if delivery.status == DeliveryStatus.SENT and event.status in _DECIDED:
        line += request.say("why.edited", status=Phrase(f"event.status.{event.status.value}"))
    return line


_DECIDED = frozenset({EventStatus.CONFIRMED, EventStatus.REJECTED})  # decisions edit alerts


HANDLERS: Handlers = {
    ("why",): why,
}
