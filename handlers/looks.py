"""How a channel reads the bot: `style full|compact` and `language en|de|fr|es`."""

from __future__ import annotations

from bot.core.catalogue import LANGUAGE_NAMES, Style, language_word, refusal, say
from bot.core.replies import Reply, Tone
from bot.core.subscriptions import Subscription
from handlers.base import Handlers, Request
from handlers.subscriptions import book, channel_of, subscription_fields


async def style(request: Request) -> Reply:
    """Full alerts (the whole story) or compact ones (one line each) in this channel."""
    wanted = _style(request)
    current = await _subscription(request)
    if current.look.style is wanted:
        return _answer(request, current, "reply.style.same", tone=Tone.INFO)
    changed = await book(request).set_style(channel_of(request.caller), wanted)
    return _answer(request, changed or current, "reply.style.title", tone=Tone.SUCCESS)


def _style(request: Request) -> Style:
    word = request.require_text().strip().casefold()
    if word not in Style._value2member_map_:
        raise request.usage_error("error.style", text=request.text)
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
    wanted = language_word(request.require_text())
    if wanted is None:
        raise request.usage_error("error.language", text=request.text)
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
        raise refusal("reply.no_subscription")
    return found


HANDLERS: Handlers = {
    ("style",): style,
    ("language",): language,
}
