"""A channel's own keyword filter: `filter add|remove|list|clear` (channel managers).

The same terms as the workspace's keywords (words, "quoted phrases", -exclusions), applied to
this channel's subscription on top of them: an item reaches the channel only when it passes the
workspace's keywords and the channel's filter.
"""

from __future__ import annotations

from bot.core.analysis import KeywordRules
from bot.core.catalogue import refusal
from bot.core.replies import Field, Reply, Tone
from bot.core.subscriptions import Subscription
from handlers.base import Handlers, Request
from handlers.keywords import show, typed_term
from handlers.subscriptions import book, channel_of


async def listed(request: Request) -> Reply:
    subscription = await _subscription(request)
    return Reply(
        title=request.say("reply.filter.title", count=len(subscription.keywords)),
        text=describe_filter(request, subscription.keywords),
        footer="/huawei filter add|remove <term…> · /huawei filter clear · "
        "/huawei keywords test <text> shows both filters",
    )


async def add(request: Request) -> Reply:
    terms = _typed(request)
    current = (await _subscription(request)).keywords
    added = tuple(t for t in terms if t not in current)
    said = request.say("reply.filter.added", terms=show(added)) if added else ""
    return await _save(request, current + added, said)


async def remove(request: Request) -> Reply:
    terms = _typed(request)
    current = (await _subscription(request)).keywords
    gone = tuple(t for t in terms if t in current)
    if missing := [t for t in terms if t not in current]:
        note = request.say("reply.filter.missing", terms=show(missing))
    else:
        note = ""
    kept = tuple(t for t in current if t not in gone)
    removed = request.say("reply.filter.removed", terms=show(gone)) if gone else ""
    return await _save(request, kept, " ".join(p for p in (removed, note) if p))


async def clear(request: Request) -> Reply:
    await _subscription(request)
    return await _save(request, (), request.say("reply.filter.cleared"))


def describe_filter(request: Request, terms: tuple[str, ...]) -> str:
    if not terms:
        return request.say("reply.filter.empty")
    return request.say("reply.filter.terms", terms=show(terms))


async def _save(request: Request, terms: tuple[str, ...], said: str) -> Reply:
    saved = await book(request).set_filter(channel_of(request.caller), terms)
    now = saved.keywords if saved else ()
    return Reply(
        title=request.say("reply.filter.updated" if said else "reply.filter.unchanged"),
        text=said or request.say("reply.filter.nothing"),
        fields=(
            Field(request.say("reply.filter.title", count=len(now)), describe_filter(request, now)),
        ),
        tone=Tone.SUCCESS if said else Tone.WARNING,
    )


def _typed(request: Request) -> tuple[str, ...]:
    if not request.args:
        raise request.usage_error()
    return KeywordRules.parse(typed_term(arg) for arg in request.args).terms


async def _subscription(request: Request) -> Subscription:
    subscription = await book(request).for_channel(channel_of(request.caller))
    if subscription is None:
        raise refusal("error.filter.no_subscription")
    return subscription


HANDLERS: Handlers = {
    ("filter", "list"): listed,
    ("filter", "add"): add,
    ("filter", "remove"): remove,
    ("filter", "clear"): clear,
}
