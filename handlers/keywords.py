"""A tenant's watched keywords: `keywords list|add|remove|test` (workspace / server admins).

Terms are words, "quoted phrases" or -exclusions; items reach a tenant's channels only when
they match a term and no exclusion. A tenant with no terms of its own uses the defaults; its
first change starts its own list from them. Every change is logged with who made it.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.core.analysis import KeywordRules
from bot.core.analysis.keywords import KeywordMatch
from bot.core.replies import Field, Reply, Tone
from bot.core.routing import TenantKey
from bot.core.subscriptions import Channel, KeywordChange
from handlers.base import Handlers, Request
from handlers.formatting import moment
from handlers.subscriptions import book

RECENT_CHANGES = 5


async def listed(request: Request) -> Reply:
    own, terms = await _terms_in_use(request)
    caller = request.caller
    log = await book(request).keyword_log(caller.platform, caller.tenant, RECENT_CHANGES)
    origin = request.say("keywords.own" if own else "keywords.defaults")
    lines = "\n".join(_log_line(request, e) for e in log)
    fields = (Field(request.say("keywords.recent"), lines),) if log else ()
    return Reply(
        title=request.say("keywords.title", count=len(terms)),
        text=f"{show(terms)}\n{origin}{_no_positive_note(request, terms)}",
        fields=fields,
        footer=request.say("keywords.footer"),
    )


async def add(request: Request) -> Reply:
    terms = _typed_terms(request)
    own = await _own(request)
    added = await book(request).add_keywords(
        _tenant(request),
        terms,
        request.caller.user,
        request.services.clock(),
        base=_defaults(request),
    )
    lines = [request.say("keywords.added", terms=show(added))] if added else []
    if already := [t for t in terms if t not in added]:
        lines.append(request.say("keywords.already", terms=show(already)))
    if added and not own:
        lines.append(request.say("keywords.now_own"))
    return await _changed(request, added, lines)


async def remove(request: Request) -> Reply:
    terms = _typed_terms(request)
    removed = await book(request).remove_keywords(
        _tenant(request),
        terms,
        request.caller.user,
        request.services.clock(),
        base=_defaults(request),
    )
    lines = [request.say("keywords.removed", terms=show(removed))] if removed else []
    if missing := [t for t in terms if t not in removed]:
        lines.append(request.say("keywords.missing", terms=show(missing)))
    if removed and not await _own(request):
        lines.append(request.say("keywords.defaults_again"))
    return await _changed(request, removed, lines)


async def check(request: Request) -> Reply:
    """Which terms and exclusions match a sample text, and whether it would pass."""
    sample = request.require_text()
    own, terms = await _terms_in_use(request)
    result = KeywordRules.parse(terms).match(sample)
    if result.excluded:
        verdict = request.say("keywords.test.excluded")
    elif result.passes:
        verdict = request.say("keywords.test.passes")
    else:
        verdict = request.say("keywords.test.unmatched")
    none = request.say("keywords.none")
    fields: tuple[Field, ...] = (
        Field(request.say("keywords.test.matched"), show(result.matched) or none, inline=True),
        Field(request.say("keywords.test.exclusions"), show(result.excluded) or none, inline=True),
    )
    channel = await _channel_filter(request, sample)
    passes = result.passes and (channel is None or channel.passes)
    if channel is not None:
        fields += (Field(request.say("keywords.test.channel"), _channel_verdict(request, channel)),)
        if result.passes and not channel.passes:
            verdict = request.say("keywords.test.kept_out")
    return Reply(
        title=request.say("keywords.test.pass" if passes else "keywords.test.fail"),
        text=verdict,
        fields=fields,
        tone=Tone.SUCCESS if passes else Tone.WARNING,
        footer=request.say("keywords.test.own" if own else "keywords.test.defaults"),
    )


async def _channel_filter(request: Request, sample: str) -> KeywordMatch | None:
    """How this channel's own filter reads the sample; None when it has none."""
    caller = request.caller
    channel = Channel(caller.platform, caller.tenant, caller.channel)
    subscription = await book(request).for_channel(channel)
    if subscription is None or not subscription.keywords:
        return None
    return KeywordRules(subscription.keywords).match(sample)


def _channel_verdict(request: Request, match: KeywordMatch) -> str:
    found = ", ".join(
        part
        for part in (
            request.say("keywords.channel.matched", terms=show(match.matched))
            if match.matched
            else "",
            request.say("keywords.channel.excluded", terms=show(match.excluded))
            if match.excluded
            else "",
        )
        if part
    )
    verdict = "keywords.channel.passes" if match.passes else "keywords.channel.out"
    return request.say(verdict, found=found or request.say("keywords.channel.nothing"))


def typed_term(arg: str) -> str:
    """A term as the dispatcher delivers it (quotes already removed) back in keyword syntax."""
    minus = "-" if arg.startswith("-") else ""
    body = arg.removeprefix(minus).strip()
    if len(body.split()) > 1 and not body.startswith('"'):
        body = f'"{body}"'
    return minus + body.lower()


def show(terms: Iterable[str]) -> str:
    return ", ".join(f"`{term}`" for term in terms)


def _typed_terms(request: Request) -> tuple[str, ...]:
    if not request.args:
        raise request.usage_error()
    return KeywordRules.parse(typed_term(arg) for arg in request.args).terms


async def _changed(request: Request, changed: tuple[str, ...], lines: list[str]) -> Reply:
    _, terms = await _terms_in_use(request)
    return Reply(
        title=request.say("keywords.updated" if changed else "keywords.unchanged"),
        text="\n".join(lines) + _no_positive_note(request, terms),
        fields=(Field(request.say("keywords.watched", count=len(terms)), show(terms)),),
        tone=Tone.SUCCESS if changed else Tone.WARNING,
    )


def _no_positive_note(request: Request, terms: Iterable[str]) -> str:
    if any(not term.startswith("-") for term in terms):
        return ""
    return "\n" + request.say("keywords.only_exclusions")


async def _terms_in_use(request: Request) -> tuple[bool, tuple[str, ...]]:
    """Whether the tenant has its own terms, and the terms in use (its own or the defaults)."""
    own = await _own(request)
    return bool(own), own or _defaults(request)


async def _own(request: Request) -> tuple[str, ...]:
    return await book(request).keywords(request.caller.platform, request.caller.tenant)


def _defaults(request: Request) -> tuple[str, ...]:
    return request.services.default_keywords


def _tenant(request: Request) -> TenantKey:
    return (request.caller.platform, request.caller.tenant)


def _log_line(request: Request, entry: KeywordChange) -> str:
    """ "2026-12-04 15:30 UTC · added `huawei` by U1"; an action it does not know, as stored."""
    values = {"at": moment(entry.at), "term": entry.term, "who": entry.actor}
    if entry.action not in ("add", "remove"):
        return f"{values['at']} · {entry.action} `{entry.term}` · {entry.actor}"
    return request.say(f"keywords.log.{entry.action}", **values)


HANDLERS: Handlers = {
    ("keywords", "list"): listed,
    ("keywords", "add"): add,
    ("keywords", "remove"): remove,
    ("keywords", "test"): check,
}
