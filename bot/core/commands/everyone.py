"""The commands for everyone in a channel and for its managers, in the order help lists them."""

from __future__ import annotations

from bot.core.access import Role
from bot.core.commands.spec import CommandSpec, Form, Kind, Option, labelled
from bot.core.events import AlertKind
from bot.core.models import Stance
from bot.core.subscriptions import Digest

STANCES = labelled([s.value for s in Stance])
LEVELS = (
    ("Changes only", AlertKind.CHANGE.value),
    ("Changes and reaffirmations", AlertKind.REAFFIRM.value),
    ("Everything, mentions too", AlertKind.MENTION.value),
)
DIGESTS = labelled([d.value for d in Digest])

PUBLIC = Option("public", "Show the answer to the whole channel", Kind.FLAG, Form.KEYED)
COUNTRY = Option("name", "A country: name, code or alias", Kind.COUNTRY, required=True)
GROUP = Option("group", "Only this group, e.g. eu", Kind.GROUP)
TZ = Option(
    "tz", "The channel's time zone, e.g. Europe/Berlin (UTC until set)", Kind.TIME_ZONE, Form.KEYED
)
TERMS = 'Words, "quoted phrases" and -exclusions'
_COUNTRIES = "Countries or groups, comma-separated (e.g. de,fr or eu), or all"


def countries(*, required: bool = False) -> Option:
    return Option("countries", _COUNTRIES, Kind.COUNTRIES, Form.WORDS, required)


def terms(description: str) -> Option:
    return Option("terms", description, Kind.TEXT, Form.WORDS, required=True)


LOOKUPS = (
    CommandSpec(("country",), "A country's Huawei 5G stance", options=(COUNTRY, PUBLIC)),
    CommandSpec(
        ("list",),
        "Countries by stance, optionally within a group",
        options=(
            Option("stance", "Only countries with this stance", Kind.CHOICE, choices=STANCES),
            GROUP,
            PUBLIC,
        ),
    ),
    CommandSpec(
        ("history",),
        "Every change of a country's stance",
        options=(COUNTRY, Option("chart", "Also as a picture", Kind.FLAG, Form.KEYED), PUBLIC),
    ),
    CommandSpec(
        ("recent",), "The latest stance changes, confirmed and reported", options=(PUBLIC,)
    ),
    CommandSpec(("map",), "A world map coloured by stance", options=(GROUP, PUBLIC)),
)

SUBSCRIPTIONS = (
    CommandSpec(
        ("subscribe",),
        "Alert this channel about stance news",
        Role.MANAGER,
        (
            countries(),
            Option("level", "Which alerts", Kind.CHOICE, Form.KEYED, choices=LEVELS),
            Option(
                "digest",
                "A summary message besides the alerts",
                Kind.CHOICE,
                Form.KEYED,
                choices=DIGESTS,
            ),
            TZ,
            Option(
                "mention", "A role its alerts ping, e.g. @policy (none: nobody)", form=Form.KEYED
            ),
        ),
    ),
    CommandSpec(
        ("unsubscribe",),
        "Stop this channel's alerts, or only some countries'",
        Role.MANAGER,
        (countries(),),
    ),
    CommandSpec(
        ("subscriptions",),
        "This channel's subscription (admins: the whole server's)",
        options=(Option("all", "Every channel of this server (admins)", Kind.FLAG, Form.KEYED),),
    ),
)

CHANNEL = (
    CommandSpec(("test",), "Post a sample alert here, as real alerts look", Role.MANAGER),
    CommandSpec(
        ("pause",), "Stop this channel's alerts until resume, keeping its settings", Role.MANAGER
    ),
    CommandSpec(("resume",), "Turn a paused channel's alerts back on", Role.MANAGER),
    CommandSpec(("filter", "list"), "This channel's own keywords and exclusions"),
    CommandSpec(
        ("filter", "add"),
        "Only items that also match these come here (-word: never those)",
        Role.MANAGER,
        (terms(TERMS),),
    ),
    CommandSpec(
        ("filter", "remove"),
        "Take terms off this channel's filter",
        Role.MANAGER,
        (terms("The terms to remove"),),
    ),
    CommandSpec(
        ("filter", "clear"), "No filter of its own: the server's keywords alone", Role.MANAGER
    ),
)

SILENCES = (
    CommandSpec(
        ("mute",),
        "Hold this channel's alerts for a while; nothing is lost",
        Role.MANAGER,
        (
            countries(required=True),
            Option("duration", "How long, 1m to 30d: e.g. 2h, 3d", Kind.DURATION, required=True),
            Option("reason", "Why, for the others in the channel", Kind.TEXT, Form.WORDS),
        ),
    ),
    CommandSpec(("mutes",), "This channel's active mutes and quiet hours"),
    CommandSpec(
        ("unmute",), "End a mute early", Role.MANAGER, (Option("mute", "A mute number, or all"),)
    ),
    CommandSpec(
        ("quiet",),
        "Daily quiet hours, in the channel's time zone, in which alerts wait",
        Role.MANAGER,
        (Option("window", "e.g. 22:00-07:00, or off", required=True), TZ),
    ),
)

INSIGHT = (
    CommandSpec(("status",), "How the bot is doing: feeds, deliveries, pending changes"),
    CommandSpec(
        ("why",),
        "Walk one news item through the analysis",
        options=(Option("url", "The news item's link", Kind.URL, required=True),),
    ),
)

EVERYONE = (*LOOKUPS, *SUBSCRIPTIONS, *CHANNEL, *SILENCES, *INSIGHT)
