"""The Discord command table: each subcommand, its typed options, and the neutral text it becomes.

Discord wants typed options; the dispatcher wants `/huawei <path> <args> key:value`. This table is
the one place that maps one onto the other, so the slash-command tree is built from it and a test
holds it against `handlers.dispatch.all_commands()`.

Discord applies `default_member_permissions` to top-level commands only, so the commands for
server admins and operators live under a second root, `/huawei-admin`, that Discord hides from
members; the dispatcher still checks every caller's role (docs/decisions/006-discord-adapter.md).
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum

import discord

from bot.core.catalogue import LANGUAGE_NAMES
from bot.core.events import AlertKind
from bot.core.models import Stance
from bot.core.subscriptions import Digest

ROOT = "huawei"
ADMIN_ROOT = "huawei-admin"
NEUTRAL_PREFIX = "/huawei"


class Style(Enum):
    """How an option's value goes into the neutral text."""

    WORDS = "words"  # verbatim: the user's own words, "quoted phrases" and all
    ARG = "arg"  # one argument, quoted so spaces stay inside it
    KEYED = "keyed"  # a `key:value` option


class Complete(Enum):
    """What an option autocompletes from."""

    NONE = "none"
    COUNTRY = "country"
    COUNTRIES = "countries"  # a comma-separated list: the last entry is completed
    GROUP = "group"
    EVENT = "event"  # stance changes awaiting a decision


OptionType = type[str] | type[int] | type[bool] | type[discord.Attachment]


@dataclass(frozen=True)
class Option:
    name: str
    description: str
    style: Style = Style.ARG
    kind: OptionType = str
    required: bool = False
    choices: tuple[tuple[str, str], ...] = ()  # (label shown, value sent)
    complete: Complete = Complete.NONE

    def words(self, value: object) -> list[str]:
        if value is None:
            return []
        if isinstance(value, discord.Attachment):  # a file: the neutral command gets its link
            value = value.url
        text = ("true" if value else "false") if isinstance(value, bool) else str(value).strip()
        if not text:
            return []
        if self.style is Style.WORDS:
            return [text]
        if self.style is Style.KEYED:
            return [shlex.quote(f"{self.name}:{text}")]
        return [shlex.quote(text)]


@dataclass(frozen=True)
class Subcommand:
    path: tuple[str, ...]
    description: str
    options: tuple[Option, ...] = ()
    root: str = ROOT

    @property
    def public_option(self) -> bool:
        """Lookups may be answered for the whole channel with `public:true`."""
        return any(option.name == "public" for option in self.options)

    @property
    def qualified_name(self) -> str:
        return " ".join((self.root, *self.path))

    def text(self, values: Mapping[str, object]) -> str:
        """The neutral command text for these option values (options in table order)."""
        words = [NEUTRAL_PREFIX, *self.path]
        for option in self.options:
            words += option.words(values.get(option.name))
        return " ".join(words)


def _choices(values: list[str]) -> tuple[tuple[str, str], ...]:
    return tuple((value.replace("_", " ").capitalize(), value) for value in values)


STANCES = _choices([s.value for s in Stance])
SETTABLE = _choices([s.value for s in Stance if s != Stance.UNKNOWN])
LEVELS = (
    ("Changes only", AlertKind.CHANGE.value),
    ("Changes and reaffirmations", AlertKind.REAFFIRM.value),
    ("Everything, mentions too", AlertKind.MENTION.value),
)
DIGESTS = _choices([d.value for d in Digest])
ALERT_STYLES = (("Full: the whole story", "full"), ("Compact: one line each", "compact"))
LANGUAGES = tuple((name, code) for code, name in LANGUAGE_NAMES.items())

PUBLIC = Option("public", "Show the answer to the whole channel", Style.KEYED, bool)
COUNTRY = Option("name", "A country: name, code or alias", required=True, complete=Complete.COUNTRY)
COUNTRIES = "Countries or groups, comma-separated (e.g. de,fr or eu), or all"


TZ = Option("tz", "The channel's time zone, e.g. Europe/Berlin (UTC until set)", Style.KEYED)
_TERMS = 'Words, "quoted phrases" and -exclusions'
EVENT = Option("event", "The event number", kind=int, required=True, complete=Complete.EVENT)


MEMBER_COMMANDS = (
    Subcommand(("country",), "A country's Huawei 5G stance", (COUNTRY, PUBLIC)),
    Subcommand(
        ("list",),
        "Countries by stance, optionally within a group",
        (
            Option("stance", "Only countries with this stance", choices=STANCES),
            Option("group", "Only this group, e.g. eu", complete=Complete.GROUP),
            PUBLIC,
        ),
    ),
    Subcommand(
        ("history",),
        "Every change of a country's stance",
        (COUNTRY, Option("chart", "Also as a picture", Style.KEYED, bool), PUBLIC),
    ),
    Subcommand(("recent",), "The latest stance changes, confirmed and reported", (PUBLIC,)),
    Subcommand(
        ("map",),
        "A world map coloured by stance",
        (Option("group", "Only this group, e.g. eu", complete=Complete.GROUP), PUBLIC),
    ),
    Subcommand(
        ("subscribe",),
        "Alert this channel about stance news",
        (
            Option("countries", COUNTRIES, Style.WORDS, complete=Complete.COUNTRIES),
            Option("level", "Which alerts", Style.KEYED, choices=LEVELS),
            Option("digest", "A summary message besides the alerts", Style.KEYED, choices=DIGESTS),
            TZ,
            Option("mention", "A role its alerts ping, e.g. @policy (none: nobody)", Style.KEYED),
        ),
    ),
    Subcommand(
        ("unsubscribe",),
        "Stop this channel's alerts, or only some countries'",
        (Option("countries", COUNTRIES, Style.WORDS, complete=Complete.COUNTRIES),),
    ),
    Subcommand(
        ("subscriptions",),
        "This channel's subscription (admins: the whole server's)",
        (Option("all", "Every channel of this server (admins)", Style.KEYED, bool),),
    ),
    Subcommand(
        ("mute",),
        "Hold this channel's alerts for a while; nothing is lost",
        (
            Option("countries", COUNTRIES, Style.WORDS, required=True, complete=Complete.COUNTRIES),
            Option("duration", "How long, 1m to 30d: e.g. 2h, 3d", required=True),
            Option("reason", "Why, for the others in the channel", Style.WORDS),
        ),
    ),
    Subcommand(("mutes",), "This channel's active mutes and quiet hours"),
    Subcommand(("unmute",), "End a mute early", (Option("mute", "A mute number, or all"),)),
    Subcommand(
        ("quiet",),
        "Daily quiet hours, in the channel's time zone, in which alerts wait",
        (Option("window", "e.g. 22:00-07:00, or off", required=True), TZ),
    ),
    Subcommand(("test",), "Post a sample alert here, as real alerts look"),
    Subcommand(("pause",), "Stop this channel's alerts until resume, keeping its settings"),
    Subcommand(("resume",), "Turn a paused channel's alerts back on"),
    Subcommand(("filter", "list"), "This channel's own keywords and exclusions"),
    Subcommand(
        ("filter", "add"),
        "Only items that also match these come here (-word: never those)",
        (Option("terms", _TERMS, Style.WORDS, required=True),),
    ),
    Subcommand(
        ("filter", "remove"),
        "Take terms off this channel's filter",
        (Option("terms", "The terms to remove", Style.WORDS, required=True),),
    ),
    Subcommand(("filter", "clear"), "No filter of its own: the server's keywords alone"),
    Subcommand(("status",), "How the bot is doing: feeds, deliveries, pending changes"),
    Subcommand(
        ("why",),
        "Walk one news item through the analysis",
        (Option("url", "The news item's link", required=True),),
    ),
    Subcommand(("help",), "What stancebot can do for you"),
)


def _admin(path: tuple[str, ...], description: str, *options: Option) -> Subcommand:
    return Subcommand(path, description, options, ADMIN_ROOT)


ADMIN_COMMANDS = (
    _admin(
        ("style",),
        "This channel's alerts: the whole story, or one line each",
        Option("style", "full or compact", required=True, choices=ALERT_STYLES),
    ),
    _admin(
        ("language",),
        "The language of alerts, digests, notices and replies in this channel",
        Option("language", "One the bot speaks", required=True, choices=LANGUAGES),
    ),
    _admin(
        ("threads",),
        "Also post each new source of an alerted event in the alert's thread",
        Option("state", "On or off", required=True, choices=(("On", "on"), ("Off", "off"))),
    ),
    _admin(("keywords", "list"), "The watched keywords and their latest changes"),
    _admin(
        ("keywords", "add"),
        "Watch more terms, or exclude some",
        Option("terms", _TERMS, Style.WORDS, required=True),
    ),
    _admin(
        ("keywords", "remove"),
        "Stop watching terms",
        Option("terms", "The terms to remove", Style.WORDS, required=True),
    ),
    _admin(
        ("keywords", "test"),
        "Which keywords match a sample text",
        Option("text", "A headline or sentence", Style.WORDS, required=True),
    ),
    _admin(
        ("feeds", "add"),
        "Watch a feed (checked by fetching it once)",
        Option("url", "The RSS or Atom URL", required=True),
        Option("interval", "How often to poll it, e.g. 30m"),
        Option("global", "For every server (operators)", Style.KEYED, bool),
    ),
    _admin(
        ("feeds", "remove"),
        "Stop watching a feed",
        Option("feed", "The feed's number or URL", required=True),
    ),
    _admin(
        ("feeds", "enable"),
        "Poll a disabled feed again",
        Option("feed", "The feed's number or URL", required=True),
    ),
    _admin(("feeds", "list"), "The feeds this server watches"),
    _admin(
        ("feeds", "export"),
        "This server's feeds as an OPML file",
        Option("global", "The global feeds (operators)", Style.KEYED, bool),
    ),
    _admin(
        ("feeds", "import"),
        "Watch every feed of an OPML file; all or nothing",
        Option("file", "The OPML file", kind=discord.Attachment, required=True),
        Option("global", "As global feeds (operators)", Style.KEYED, bool),
    ),
    _admin(("feeds", "status"), "OK, failing or disabled; last success and error; next poll"),
    _admin(("stance", "pending"), "Stance changes awaiting a decision"),
    _admin(("stance", "confirm"), "Apply a reported change to the record", EVENT),
    _admin(
        ("stance", "reject"),
        "Dismiss a reported change",
        EVENT,
        Option("reason", "Why it is not real", Style.WORDS),
    ),
    _admin(
        ("stance", "set"),
        "Set a country's record by hand",
        Option("country", "A country", required=True, complete=Complete.COUNTRY),
        Option("stance", "Its stance", required=True, choices=SETTABLE),
        Option("source", "A link to the source", required=True),
        Option("date", "When it took effect, YYYY-MM-DD (default today)", Style.KEYED),
        Option("reason", "A one-line summary", Style.WORDS),
    ),
)

SUBCOMMANDS = MEMBER_COMMANDS + ADMIN_COMMANDS
ALWAYS_SHOWN = frozenset({("help",)})  # answered by the dispatcher itself, not a registered path
ADMIN_GROUPS = tuple(dict.fromkeys(s.path[0] for s in ADMIN_COMMANDS))
_ADMIN_MENTION = re.compile(rf"{NEUTRAL_PREFIX} ({'|'.join(ADMIN_GROUPS)})\b")


def shown(registered: set[tuple[str, ...]]) -> tuple[Subcommand, ...]:
    """The subcommands whose neutral command exists: `map` or `status` appear once registered."""
    return tuple(s for s in SUBCOMMANDS if s.path in registered or s.path in ALWAYS_SHOWN)


def discord_paths(text: str) -> str:
    """Neutral replies name `/huawei keywords …`; on Discord those live under `/huawei-admin`."""
    return _ADMIN_MENTION.sub(rf"/{ADMIN_ROOT} \1", text)
