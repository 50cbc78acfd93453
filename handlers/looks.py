"""How a channel reads the bot: `style full|compact` and `language en|de|fr|es`."""

from __future__ import annotations

from bot.core.access import Role
from bot.core.catalogue import LANGUAGE_NAMES, Style, language_word, say
from bot.core.errors import UsageError
from bot.core.replies import Reply, Tone
from bot.core.subscriptions import Subscription
from handlers.base import Command, Request
from handlers.subscriptions import book, channel_of, subscription_fields

STYLE_USAGE = "style full|compact"
LANGUAGE_USAGE = "language " + "|".join(LANGUAGE_NAMES)


async def style(request: Request) -> Reply:
    """Full alerts (the whole story) or compact ones (one line each) in this channel."""
    wanted = _style(request)
    current = await _subscription(request)
    if current.look.style is wanted:
        return _answer(request, current, "reply.style.same", tone=Tone.INFO)
    changed = await book(request).set_style(channel_of(request.caller), wanted)
    return _answer(request, changed or current, "reply.style.title", tone=Tone.SUCCESS)


def _style(request: Request) -> Style:
    word = request.require_text(STYLE_USAGE).strip().casefold()
    if word not in Style._value2member_map_:
        raise UsageError(f"“{request.text}” is not a style: use `/huawei {STYLE_USAGE}`.")
    return Style(word)


def _answer(request: Request, subscription: Subscription, key: str, *, tone: Tone) -> Reply:
    language, chosen = subscription.look.language, subscription.look.style.value
    return Reply(
        title=say(language, key, style=say(language, f"style.{chosen}")),
        text=say(language, "reply.style.text", about=say(language, f"style.{chosen}.about")),
        fields=subscription_fields(request.services.countries, subscription, language),
        tone=tone,
    )


async def language(request: Request) -> Reply:
    """The language of the bot's fixed text here: alerts, digests, notices, replies."""
    wanted = language_word(request.require_text(LANGUAGE_USAGE))
    if wanted is None:
        raise UsageError(
            f"“{request.text}” is not a language the bot speaks: use `/huawei {LANGUAGE_USAGE}`."
        )
    current = await _subscription(request)
    key = "reply.language.title"
    if current.look.language == wanted:
        key = "reply.language.same"
    else:
        current = await book(request).set_language(channel_of(request.caller), wanted) or current
    return Reply(
        title=say(wanted, key, language=LANGUAGE_NAMES[wanted]),
        text=say(wanted, "reply.language.text"),
        fields=subscription_fields(request.services.countries, current, wanted),
        tone=Tone.SUCCESS if key == "reply.language.title" else Tone.INFO,
    )


async def _subscription(request: Request) -> Subscription:
    """These settings belong to the channel's subscription: none, nothing to set them on."""
    found = await book(request).for_channel(channel_of(request.caller))
    if found is None:
        raise UsageError(request.say("reply.no_subscription"))
    return found


COMMANDS = (
    Command(
        ("style",),
        style,
        STYLE_USAGE,
        "this channel's alerts: the whole story (full) or one line each (compact)",
        Role.ADMIN,
    ),
    Command(
        ("language",),
        language,
        LANGUAGE_USAGE,
        "the language of alerts, digests, notices and replies here (help stays in English)",
        Role.ADMIN,
    ),
)
