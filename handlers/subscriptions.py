"""Channel subscriptions: `subscribe`, `unsubscribe`, `subscriptions`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar, cast

from bot.core.access import Caller, Role
from bot.core.catalogue import ENGLISH_CODE, LANGUAGE_NAMES, refusal, say
from bot.core.countries import CountryIndex
from bot.core.events import AlertKind
from bot.core.mentions import Mention
from bot.core.ports import SubscriptionBook
from bot.core.replies import Field, Reply, Tone
from bot.core.subscriptions import Channel, Digest, Subscription
from handlers.base import Handlers, Request
from handlers.formatting import moment
from handlers.mentions import parse_mention
from handlers.scopes import describe_countries, parse_countries
from handlers.zones import UTC_NAME, parse_zone

T = TypeVar("T")
MAX_FIELDS = 25  # what every platform can show in one message
DIGEST_KEYS = {
    Digest.OFF: "digest.off",
    Digest.DAILY: "digest.every_day",
    Digest.WEEKLY: "digest.every_week",
}
_LEVEL_WORDS = {f"{kind.value}{s}": kind for kind in AlertKind for s in ("", "s")}


def book(request: Request) -> SubscriptionBook:
    return request.services.subscriptions


def channel_of(caller: Caller) -> Channel:
    return Channel(caller.platform, caller.tenant, caller.channel)


def subscription_fields(
    index: CountryIndex, subscription: Subscription, language: str = ENGLISH_CODE
) -> tuple[Field, ...]:
    """The channel's settings, in its language: what it gets, and how it reads it."""
    look = subscription.look

    def said(key: str, **values: object) -> str:
        return say(language, key, **values)

    fields: tuple[Field, ...] = (
        Field(
            said("setting.countries"), describe_countries(index, subscription.countries, language)
        ),
        Field(said("setting.alerts"), said(f"level.{subscription.level.value}"), inline=True),
        Field(said("setting.digest"), said(DIGEST_KEYS[subscription.digest]), inline=True),
        Field(said("setting.style"), said(f"style.{look.style.value}"), inline=True),
        Field(said("setting.language"), LANGUAGE_NAMES[look.language], inline=True),
    )
    if subscription.tz != UTC_NAME:
        fields += (Field(said("setting.tz"), subscription.tz, inline=True),)
    mention = subscription.mention
    if mention is not None:
        fields += (Field(said("setting.mention"), mention_text(mention, language), inline=True),)
    if subscription.threads:
        fields += (Field(said("setting.threads"), said("setting.threads.on"), inline=True),)
    if subscription.keywords:
        terms = ", ".join(f"`{t}`" for t in subscription.keywords)
        fields += (Field(said("setting.filter"), terms),)
    if subscription.paused_since is not None:
        since = said("setting.paused_since", since=moment(subscription.paused_since))
        fields += (Field(said("setting.paused"), since),)
    if not subscription.active:
        reason = subscription.disabled_reason or "no reason recorded"
        fields += (Field(said("setting.disabled"), reason),)
    return fields


# subscribe --------------------------------------------------------------------------------


async def subscribe(request: Request) -> Reply:
    """Create this channel's subscription, or change what is given and keep the rest."""
    wish = _wish(request)
    channel = channel_of(request.caller)
    before = await book(request).for_channel(channel)
    subscription, created = await book(request).subscribe(
        channel,
        wish.countries if wish.countries is not None else _kept(before, "countries", frozenset()),
        level=wish.level or _kept(before, "level", AlertKind.CHANGE),
        digest=wish.digest or _kept(before, "digest", Digest.OFF),
        created_by=request.caller.user,
        now=request.services.clock(),
    )
    if wish.tz is not None and wish.tz != subscription.tz:
        subscription = await book(request).set_tz(channel, wish.tz) or subscription
    if wish.mention_given and wish.mention != subscription.mention:
        subscription = await book(request).set_mention(channel, wish.mention) or subscription
    index = request.services.countries
    text = request.say("reply.subscribed.text", wants=_wants(index, subscription, request.language))
    fields = subscription_fields(index, subscription, request.language)
    if before is not None:
        changes = changed(index, before, subscription, request.language)
        summary = "\n".join(changes) or request.say("setting.unchanged")
        fields += (Field(request.say("setting.changed"), summary),)
    if before is not None and not before.active:
        text += request.say("reply.subscribed.again", reason=before.disabled_reason)
    return Reply(
        title=request.say("reply.subscribed.title" if created else "reply.subscribed.updated"),
        text=text,
        fields=fields,
        tone=Tone.SUCCESS,
        footer=request.say("reply.subscribed.footer"),
    )


@dataclass(frozen=True)
class Wish:
    """What a `subscribe` names; None where it names nothing, which keeps what was set."""

    countries: frozenset[str] | None
    level: AlertKind | None
    digest: Digest | None
    tz: str | None
    mention_given: bool = False  # `mention:` was given: `mention` replaces what was set
    mention: Mention | None = None  # None with mention_given: `mention:none`, ping nobody


def _wish(request: Request) -> Wish:
    level, names = _level_and_names(request)
    countries = parse_countries(request.services.countries, names) if names else None
    tz = parse_zone(request.options["tz"]) if "tz" in request.options else None
    given = "mention" in request.options
    caller = request.caller
    mention = (
        parse_mention(caller.platform, caller.tenant, request.options["mention"]) if given else None
    )
    return Wish(countries, level, _digest(request), tz, given, mention)


def _kept(before: Subscription | None, name: str, default: T) -> T:
    return cast(T, getattr(before, name)) if before is not None else default


def changed(
    index: CountryIndex, before: Subscription, after: Subscription, language: str = ENGLISH_CODE
) -> list[str]:
    """One line per setting a subscribe changed: "Digest: off → daily"."""

    def level(subscription: Subscription) -> str:
        return say(language, f"level.{subscription.level.value}")

    def digest(subscription: Subscription) -> str:
        return say(language, DIGEST_KEYS[subscription.digest])

    def mentioned(subscription: Subscription) -> str:
        return mention_text(subscription.mention, language)

    pairs = [
        (
            "setting.countries",
            describe_countries(index, before.countries, language),
            describe_countries(index, after.countries, language),
        ),
        ("setting.alerts", level(before), level(after)),
        ("setting.digest", digest(before), digest(after)),
        ("setting.tz", before.tz, after.tz),
        ("setting.mention", mentioned(before), mentioned(after)),
    ]
    return [
        say(language, "setting.change_line", setting=say(language, key), before=was, after=now)
        for key, was, now in pairs
        if was != now
    ]


def mention_text(mention: Mention | None, language: str) -> str:
    """Who a subscription's alerts ping, in plain words (no markup that could ping)."""
    if mention is None:
        return say(language, "mention.none")
    return say(language, f"mention.{mention.kind.value}", id=mention.id)


def _level_and_names(request: Request) -> tuple[AlertKind | None, list[str]]:
    words = request.args
    levels = {_LEVEL_WORDS[w.casefold()] for w in words if w.casefold() in _LEVEL_WORDS}
    if "level" in request.options:
        levels.add(_level_option(request.options["level"]))
    if len(levels) > 1:
        raise refusal("error.levels")
    names = [w for w in words if w.casefold() not in _LEVEL_WORDS]
    if "countries" in request.options:  # after a comma: a list of its own
        names += [",", request.options["countries"]]
    return (levels.pop() if levels else None), names


def _level_option(value: str) -> AlertKind:
    kind = _LEVEL_WORDS.get(value.casefold())
    if kind is None:
        raise refusal("error.level", value=value)
    return kind


def _digest(request: Request) -> Digest | None:
    if "digest" not in request.options:
        return None
    value = request.options["digest"].casefold()
    if value not in Digest._value2member_map_:
        raise refusal("error.digest", value=value)
    return Digest(value)


def _wants(index: CountryIndex, subscription: Subscription, language: str = ENGLISH_CODE) -> str:
    countries = describe_countries(index, subscription.countries, language)
    level = say(language, f"level.{subscription.level.value}")
    return say(language, "reply.wants", level=level, countries=countries)


def _one_line(index: CountryIndex, subscription: Subscription, language: str) -> str:
    if subscription.digest == Digest.OFF:
        return _wants(index, subscription, language)
    digest = say(language, DIGEST_KEYS[subscription.digest])
    return say(
        language, "subscriptions.line", wants=_wants(index, subscription, language), digest=digest
    )


# unsubscribe ------------------------------------------------------------------------------


async def unsubscribe(request: Request) -> Reply:
    """Stop every alert, or take some countries off this channel's list."""
    channel = channel_of(request.caller)
    current = await book(request).for_channel(channel)
    if current is None:
        return Reply(title=request.say("reply.unsubscribe.none"), tone=Tone.WARNING)
    countries = parse_countries(request.services.countries, request.args)
    if not countries:
        await book(request).unsubscribe(channel, None, now=request.services.clock())
        return Reply(
            title=request.say("reply.unsubscribed.title"),
            text=request.say("reply.unsubscribed.text"),
            tone=Tone.SUCCESS,
        )
    return await _remove_countries(request, current, countries)


async def _remove_countries(
    request: Request, current: Subscription, countries: frozenset[str]
) -> Reply:
    index, language = request.services.countries, request.language
    if not current.countries:
        raise refusal(
            "error.unsubscribe.every", countries=describe_countries(index, countries, language)
        )
    removed = countries & current.countries
    if not removed:
        raise refusal(
            "error.unsubscribe.absent",
            countries=describe_countries(index, countries, language),
            current=describe_countries(index, current.countries, language),
        )
    now = request.services.clock()
    after = await book(request).unsubscribe(current.channel, removed, now=now)
    title = request.say(
        "reply.removed.title", countries=describe_countries(index, removed, language)
    )
    if after is None:
        return Reply(title=title, text=request.say("reply.removed.last"), tone=Tone.SUCCESS)
    return Reply(
        title=title,
        text=request.say("reply.removed.text", wants=_wants(index, after, language)),
        fields=subscription_fields(index, after, language),
        tone=Tone.SUCCESS,
    )


# subscriptions ----------------------------------------------------------------------------


async def listed(request: Request) -> Reply:
    """This channel's subscription and silences; the whole tenant's for admins."""
    if _tenant_wide(request):
        return await _tenant_reply(request)
    return await _channel_reply(request)


def _tenant_wide(request: Request) -> bool:
    if "all" not in request.options:
        return request.caller.role >= Role.ADMIN
    wanted = request.flag("all")
    if wanted:
        request.caller.require(Role.ADMIN)
    return wanted


async def _channel_reply(request: Request) -> Reply:
    channel = channel_of(request.caller)
    subscription = await book(request).for_channel(channel)
    if subscription is None:
        return Reply(
            title=request.say("reply.unsubscribe.none"),
            text=request.say("subscriptions.start"),
        )
    silences = await _silences(request, channel)
    index, language = request.services.countries, request.language
    return Reply(
        title=request.say("reply.subscription.title"),
        text=request.say("reply.subscription.text", wants=_wants(index, subscription, language)),
        fields=(*subscription_fields(index, subscription, language), silences),
    )


async def _silences(request: Request, channel: Channel) -> Field:
    mutes = await book(request).mutes(channel, request.services.clock())
    quiet = await book(request).quiet_for(channel)
    parts = [request.say("setting.mutes", len(mutes))]
    if quiet is not None:
        window = f"{quiet.start:%H:%M}–{quiet.end:%H:%M}"
        parts.append(request.say("setting.quiet", window=window, zone=quiet.zone))
    return Field(request.say("setting.silences"), " · ".join(parts))


async def _tenant_reply(request: Request) -> Reply:
    caller = request.caller
    subscriptions = await book(request).for_tenant(caller.platform, caller.tenant)
    if not subscriptions:
        return Reply(title=request.say("subscriptions.none"))
    disabled = sum(not s.active for s in subscriptions)
    fields = tuple(_tenant_field(request, s) for s in subscriptions)
    shown = (
        "" if len(fields) <= MAX_FIELDS else request.say("subscriptions.first", count=MAX_FIELDS)
    )
    return Reply(
        title=request.say("subscriptions.title", count=len(subscriptions)),
        text=request.say(
            "subscriptions.text",
            active=len(subscriptions) - disabled,
            disabled=disabled,
            shown=shown,
        ),
        fields=fields[:MAX_FIELDS],
    )


def _tenant_field(request: Request, subscription: Subscription) -> Field:
    here = (
        request.say("subscriptions.here")
        if subscription.channel == channel_of(request.caller)
        else ""
    )
    value = _one_line(request.services.countries, subscription, request.language)
    if not subscription.active:
        reason = subscription.disabled_reason or request.say("subscriptions.no_reason")
        value += "\n" + request.say("subscriptions.disabled", reason=reason)
    return Field(f"#{subscription.channel.channel}{here}", value)


HANDLERS: Handlers = {
    ("subscribe",): subscribe,
    ("unsubscribe",): unsubscribe,
    ("subscriptions",): listed,
}
