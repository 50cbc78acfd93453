"""A channel's own checks and switches: `test` (a sample alert), `pause`, `resume` and
`threads`."""

from __future__ import annotations

from bot.core.catalogue import DEFAULT_LOOK, refusal
from bot.core.replies import Field, Reply, Tone
from bot.core.sample import sample_alert
from handlers.base import Handlers, Request
from handlers.formatting import moment
from handlers.subscriptions import book, channel_of, mention_text, subscription_fields

DEFAULT_SAMPLE_COUNTRY = "GB"


async def test(request: Request) -> Reply:
    """Post a sample alert here, exactly as a real one renders: permissions and formatting."""
    services = request.services
    channel = channel_of(request.caller)
    subscription = await book(request).for_channel(channel)
    code = min(subscription.countries) if subscription and subscription.countries else None
    place = services.countries.get(code or DEFAULT_SAMPLE_COUNTRY)
    record = await services.records.get(place.code)
    if record is None:
        raise refusal("error.no_record", place=place.name)
    look = subscription.look if subscription else DEFAULT_LOOK
    alert = sample_alert(place, record, services.clock(), look)
    mention = subscription.mention if subscription else None
    await services.poster.post_alert(channel, alert, mention=mention)
    here = (
        request.say("reply.no_subscription")
        if subscription is None
        else request.say("reply.test.paused" if subscription.paused_since else "reply.test.active")
    )
    if mention is not None:
        here += " " + request.say(
            "reply.test.mentions", who=mention_text(mention, request.language)
        )
    return Reply(
        title=request.say("reply.test.title"),
        text=request.say("reply.test.text", place=place.name_in(look.language), state=here),
        tone=Tone.SUCCESS,
    )


async def pause(request: Request) -> Reply:
    """Stop this channel's alerts until `resume`, keeping every setting."""
    channel = channel_of(request.caller)
    current = await book(request).for_channel(channel)
    if current is None:
        raise refusal("error.pause.none")
    if current.paused_since is not None:
        return Reply(
            title=request.say("reply.pause.already"),
            text=request.say(
                "reply.pause.already_text", since=moment(current.paused_since, request.language)
            ),
            tone=Tone.WARNING,
        )
    paused = await book(request).set_paused(channel, request.services.clock())
    since = paused.paused_since if paused else None
    return Reply(
        title=request.say("reply.pause.title"),
        text=request.say("reply.pause.text"),
        fields=(Field(request.say("reply.pause.since"), moment(since, request.language)),),
        tone=Tone.SUCCESS,
    )


async def resume(request: Request) -> Reply:
    """Turn a paused subscription's alerts back on."""
    channel = channel_of(request.caller)
    current = await book(request).for_channel(channel)
    if current is None:
        raise refusal("error.resume.none")
    if current.paused_since is None:
        return Reply(
            title=request.say("reply.resume.not_paused"),
            text=request.say("reply.resume.on"),
            tone=Tone.WARNING,
        )
    await book(request).set_paused(channel, None)
    return Reply(
        title=request.say("reply.resume.title"),
        text=request.say("reply.resume.text", since=moment(current.paused_since, request.language)),
        tone=Tone.SUCCESS,
    )


THREAD_WORDS = {"on": True, "off": False}


async def threads(request: Request) -> Reply:
    """Turn a thread per event on or off for this channel: sources that join an event after
    its alert was posted also go to the alert's thread."""
    wanted = THREAD_WORDS.get(request.text.strip().casefold())
    if wanted is None:
        raise refusal("error.threads")
    channel = channel_of(request.caller)
    current = await book(request).for_channel(channel)
    if current is None:
        raise refusal("reply.no_subscription")
    fields = subscription_fields(request.services.countries, current, request.language)
    if current.threads == wanted:
        word = request.text.strip().casefold()
        return Reply(title=request.say(f"reply.threads.same.{word}"), fields=fields, tone=Tone.INFO)
    after = await book(request).set_threads(channel, wanted) or current
    fields = subscription_fields(request.services.countries, after, request.language)
    word = "on" if wanted else "off"
    return Reply(
        title=request.say(f"reply.threads.{word}"),
        text=request.say(f"reply.threads.{word}.text"),
        fields=fields,
        tone=Tone.SUCCESS,
    )


HANDLERS: Handlers = {
    ("test",): test,
    ("pause",): pause,
    ("resume",): resume,
    ("threads",): threads,
}
