"""The commands for workspace and server admins and for the bot's operators, in help's order."""

from __future__ import annotations

from bot.core.access import Role
from bot.core.catalogue import LANGUAGE_NAMES
from bot.core.commands.everyone import TERMS
from bot.core.commands.spec import CommandSpec, Form, Kind, Option, labelled
from bot.core.models import Stance

SETTABLE = labelled([s.value for s in Stance if s != Stance.UNKNOWN])
ALERT_STYLES = (("Full: the whole story", "full"), ("Compact: one line each", "compact"))
LANGUAGES = tuple((name, code) for code, name in LANGUAGE_NAMES.items())
ON_OFF = (("On", "on"), ("Off", "off"))
FEED = Option("feed", "The feed's number or URL", Kind.FEED, required=True)
GLOBAL_FEED = "A global feed (operators)"
EVENT = Option("event", "The event number", Kind.EVENT, required=True)


def _global(description: str) -> Option:
    return Option("global", description, Kind.FLAG, Form.KEYED)


def _words(name: str, description: str) -> Option:
    return Option(name, description, Kind.TEXT, Form.WORDS, required=True)


def _admin(path: tuple[str, ...], description: str, *options: Option) -> CommandSpec:
    return CommandSpec(path, description, Role.ADMIN, options)


def _operator(path: tuple[str, ...], description: str, *options: Option) -> CommandSpec:
    return CommandSpec(path, description, Role.OPERATOR, options)


LOOKS = (
    _admin(
        ("threads",),
        "Also post each new source of an alerted event in the alert's thread",
        Option("state", "On or off", Kind.CHOICE, required=True, choices=ON_OFF),
    ),
    _admin(
        ("style",),
        "This channel's alerts: the whole story, or one line each",
        Option("style", "full or compact", Kind.CHOICE, required=True, choices=ALERT_STYLES),
    ),
    _admin(
        ("language",),
        "The language of alerts, digests, notices and replies in this channel",
        Option("language", "One the bot speaks", Kind.CHOICE, required=True, choices=LANGUAGES),
    ),
)

KEYWORDS = (
    _admin(("keywords", "list"), "The watched keywords and their latest changes"),
    _admin(("keywords", "add"), "Watch more terms, or exclude some", _words("terms", TERMS)),
    _admin(("keywords", "remove"), "Stop watching terms", _words("terms", "The terms to remove")),
    _admin(
        ("keywords", "test"),
        "Which keywords match a sample text",
        _words("text", "A headline or sentence"),
    ),
)

FEEDS = (
    _admin(
        ("feeds", "add"),
        "Watch a feed (checked by fetching it once)",
        Option("url", "The RSS or Atom URL", Kind.URL, required=True),
        Option("interval", "How often to poll it, e.g. 30m", Kind.DURATION),
        _global("For every server (operators)"),
    ),
    _admin(("feeds", "remove"), "Stop watching a feed", FEED, _global(GLOBAL_FEED)),
    _admin(
        ("feeds", "enable"),
        "Poll a disabled feed again",
        FEED,
        _global(GLOBAL_FEED),
    ),
    _admin(("feeds", "list"), "The feeds this server watches"),
    _admin(("feeds", "status"), "OK, failing or disabled; last success and error; next poll"),
    _admin(
        ("feeds", "export"),
        "This server's feeds as an OPML file",
        _global("The global feeds (operators)"),
    ),
    _admin(
        ("feeds", "import"),
        "Watch every feed of an OPML file; all or nothing",
        Option("file", "The OPML file", Kind.FILE, required=True),
        _global("As global feeds (operators)"),
    ),
)

STANCE = (
    _operator(("stance", "pending"), "Stance changes awaiting a decision"),
    _operator(("stance", "confirm"), "Apply a reported change to the record", EVENT),
    _operator(
        ("stance", "reject"),
        "Dismiss a reported change",
        EVENT,
        Option("reason", "Why it is not real", Kind.TEXT, Form.WORDS),
    ),
    _operator(
        ("stance", "set"),
        "Set a country's record by hand",
        Option("country", "A country", Kind.COUNTRY, required=True),
        Option("stance", "Its stance", Kind.CHOICE, required=True, choices=SETTABLE),
        Option("source", "A link to the source", Kind.URL, required=True),
        Option("date", "When it took effect, YYYY-MM-DD (default today)", Kind.DATE, Form.KEYED),
        Option("reason", "A one-line summary", Kind.TEXT, Form.WORDS),
    ),
)

ADMINS = (*LOOKS, *KEYWORDS, *FEEDS, *STANCE)
