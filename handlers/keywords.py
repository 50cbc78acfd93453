"""A tenant's watched keywords: `keywords list|add|remove|test` (workspace / server admins).

Terms are words, "quoted phrases" or -exclusions; items reach a tenant's channels only when
they match a term and no exclusion. A tenant with no terms of its own uses the defaults; its
first change starts its own list from them. Every change is logged with who made it.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.core.access import Role
from bot.core.analysis import KeywordRules
from bot.core.analysis.keywords import KeywordMatch
from bot.core.errors import UsageError
from bot.core.replies import Field, Reply, Tone
from bot.core.routing import TenantKey
from bot.core.subscriptions import Channel, KeywordChange
from handlers.base import Command, Request
from handlers.formatting import moment
from handlers.subscriptions import book

RECENT_CHANGES = 5
_DONE = {"add": "added", "remove": "removed"}


async def listed(request: Request) -> Reply:
    own, terms = await _terms_in_use(request)
    caller = request.caller
    log = await book(request).keyword_log(caller.platform, caller.tenant, RECENT_CHANGES)
    origin = "This workspace's own list." if own else "The defaults: not changed here yet."
    fields = (Field("Recent changes", "\n".join(_log_line(e) for e in log)),) if log else ()
    return Reply(
        title=f"Watched keywords ({len(terms)})",
        text=f"{show(terms)}\n{origin}{_no_positive_note(terms)}",
        fields=fields,
        footer="/huawei keywords add|remove <term…> · /huawei keywords test <text>",
    )


async def add(request: Request) -> Reply:
    terms = _typed_terms(request, "keywords add <term…>")
    own = await _own(request)
    added = await book(request).add_keywords(
        _tenant(request),
        terms,
        request.caller.user,
        request.services.clock(),
        base=_defaults(request),
    )
    lines = [f"Added {show(added)}."] if added else []
    if already := [t for t in terms if t not in added]:
        lines.append(f"Already watched: {show(already)}.")
    if added and not own:
        lines.append("This workspace used the defaults: they are now its own list, plus these.")
    return await _changed(request, added, lines)


async def remove(request: Request) -> Reply:
    terms = _typed_terms(request, "keywords remove <term…>")
    removed = await book(request).remove_keywords(
        _tenant(request),
        terms,
        request.caller.user,
        request.services.clock(),
        base=_defaults(request),
    )
    lines = [f"Removed {show(removed)}."] if removed else []
    if missing := [t for t in terms if t not in removed]:
        lines.append(f"Not in the list: {show(missing)}.")
    if removed and not await _own(request):
        lines.append("No keyword is left, so the defaults apply again.")
    return await _changed(request, removed, lines)


async def check(request: Request) -> Reply:
    """Which terms and exclusions match a sample text, and whether it would pass."""
    sample = request.require_text("keywords test <text>")
    own, terms = await _terms_in_use(request)
    result = KeywordRules.parse(terms).match(sample)
    if result.excluded:
        verdict = "An exclusion matches: items like this would not reach this workspace."
    elif result.passes:
        verdict = "Items like this reach channels whose subscription wants the country and kind."
    else:
        verdict = "No keyword matches: items like this would not reach this workspace."
    fields: tuple[Field, ...] = (
        Field("Keywords matched", show(result.matched) or "none", inline=True),
        Field("Exclusions matched", show(result.excluded) or "none", inline=True),
    )
    channel = await _channel_filter(request, sample)
    passes = result.passes and (channel is None or channel.passes)
    if channel is not None:
        fields += (Field("This channel's filter", _channel_verdict(channel)),)
        if result.passes and not channel.passes:
            verdict = "The workspace's keywords match, but this channel's filter keeps it out."
    return Reply(
        title="Passes" if passes else "Filtered out",
        text=verdict,
        fields=fields,
        tone=Tone.SUCCESS if passes else Tone.WARNING,
        footer=f"Tested against {'this workspace’s own list' if own else 'the default keywords'}.",
    )


async def _channel_filter(request: Request, sample: str) -> KeywordMatch | None:
    """How this channel's own filter reads the sample; None when it has none."""
    caller = request.caller
    channel = Channel(caller.platform, caller.tenant, caller.channel)
    subscription = await book(request).for_channel(channel)
    if subscription is None or not subscription.keywords:
        return None
    return KeywordRules(subscription.keywords).match(sample)


def _channel_verdict(match: KeywordMatch) -> str:
    said = "passes" if match.passes else "filtered out"
    found = ", ".join(
        part
        for part in (
            f"matched {show(match.matched)}" if match.matched else "",
            f"excluded by {show(match.excluded)}" if match.excluded else "",
        )
        if part
    )
    return f"{said}: {found or 'none of its terms matched'}"


def typed_term(arg: str) -> str:
    """A term as the dispatcher delivers it (quotes already removed) back in keyword syntax."""
    minus = "-" if arg.startswith("-") else ""
    body = arg.removeprefix(minus).strip()
    if len(body.split()) > 1 and not body.startswith('"'):
        body = f'"{body}"'
    return minus + body.lower()


def show(terms: Iterable[str]) -> str:
    return ", ".join(f"`{term}`" for term in terms)


def _typed_terms(request: Request, usage: str) -> tuple[str, ...]:
    if not request.args:
        raise UsageError(f'Usage: {usage} (a word, a "quoted phrase" or -exclusion)')
    return KeywordRules.parse(typed_term(arg) for arg in request.args).terms


async def _changed(request: Request, changed: tuple[str, ...], lines: list[str]) -> Reply:
    _, terms = await _terms_in_use(request)
    return Reply(
        title="Keywords updated" if changed else "Keywords unchanged",
        text="\n".join(lines) + _no_positive_note(terms),
        fields=(Field(f"Watched now ({len(terms)})", show(terms)),),
        tone=Tone.SUCCESS if changed else Tone.WARNING,
    )


def _no_positive_note(terms: Iterable[str]) -> str:
    if any(not term.startswith("-") for term in terms):
        return ""
    return "\nWith no keyword, only the exclusions filter: every other relevant item passes."


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


def _log_line(entry: KeywordChange) -> str:
    done = _DONE.get(entry.action, entry.action)
    return f"{moment(entry.at)} · {done} `{entry.term}` by {entry.actor}"


COMMANDS = (
    Command(
        ("keywords", "list"),
        listed,
        "keywords list",
        "the watched keywords and their latest changes",
        Role.ADMIN,
    ),
    Command(
        ("keywords", "add"),
        add,
        'keywords add <word | "phrase" | -exclusion>…',
        "watch more terms, or exclude some",
        Role.ADMIN,
    ),
    Command(
        ("keywords", "remove"),
        remove,
        "keywords remove <term>…",
        "stop watching terms",
        Role.ADMIN,
    ),
    Command(
        ("keywords", "test"),
        check,
        "keywords test <text>",
        "which keywords and exclusions match a sample text",
        Role.ADMIN,
    ),
)
