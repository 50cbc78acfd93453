"""What a command looks like, declared once: its words, who may run it, and its options.

Every platform reads the same declaration. The text parser (console and Slack) recognises a
command's `key:value` options from it, Discord builds its typed slash commands from it, and the
help lists it. A value entered on Discord goes back into the text form the parser reads, so every
command runs through one dispatcher whatever the platform.
"""

from __future__ import annotations

import shlex
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum

from bot.core.access import Role

PREFIX = "/huawei"


class Kind(Enum):
    """What an option's value is: platforms offer pickers, completion and types by it."""

    TEXT = "text"  # free words
    CHOICE = "choice"  # one of the option's choices
    COUNTRY = "country"  # a name, code or alias
    COUNTRIES = "countries"  # countries or groups, comma-separated, or `all`
    GROUP = "group"  # a group of countries, e.g. eu
    URL = "url"  # a link: a news item, a source
    FEED = "feed"  # a feed's number or URL
    EVENT = "event"  # an event's number
    DURATION = "duration"  # e.g. 2h, 3d
    DATE = "date"  # YYYY-MM-DD
    TIME_ZONE = "time zone"  # Area/City
    FLAG = "flag"  # true or false
    FILE = "file"  # a file; in text, a link to it


class Form(Enum):
    """How an option's value is written in the command's text."""

    ARG = "arg"  # one argument, quoted so spaces stay inside it
    WORDS = "words"  # verbatim: the user's own words, "quoted phrases" and all
    KEYED = "keyed"  # `name:value`


Choice = tuple[str, str]  # (label shown, value sent)
Value = str | int | bool | None


@dataclass(frozen=True)
class Option:
    name: str
    description: str
    kind: Kind = Kind.TEXT
    form: Form = Form.ARG
    required: bool = False
    choices: tuple[Choice, ...] = ()

    @property
    def free_text(self) -> bool:
        """Takes whatever the user writes: a `key:value` in it is a word like any other."""
        return self.kind is Kind.TEXT and self.form is Form.WORDS

    @property
    def usage(self) -> str:
        """`<name>`, `[group]`, `<terms…>`, `[public:true]`, `[level:change|reaffirm|mention]`."""
        if self.form is Form.KEYED:
            values = "true" if self.kind is Kind.FLAG else "|".join(v for _, v in self.choices)
            return f"[{self.name}:{values or '…'}]"
        shown = self.name + ("…" if self.form is Form.WORDS else "")
        return f"<{shown}>" if self.required else f"[{shown}]"

    def words(self, value: Value) -> list[str]:
        """The words this value takes in the command's text (none when it is not given)."""
        if value is None:
            return []
        text = ("true" if value else "false") if isinstance(value, bool) else str(value).strip()
        if not text:
            return []
        if self.form is Form.WORDS:
            return [text]
        if self.form is Form.KEYED:
            return [shlex.quote(f"{self.name}:{text}")]
        return [shlex.quote(text)]


@dataclass(frozen=True)
class CommandSpec:
    """One command of `/huawei`: its words, who may run it, a one-line description (command
    pickers show it), and its options in the order they are written."""

    path: tuple[str, ...]
    description: str
    role: Role = Role.MEMBER
    options: tuple[Option, ...] = ()

    @property
    def name(self) -> str:
        return " ".join(self.path)

    @property
    def group(self) -> str | None:
        """`keywords` for `keywords add`; None for a command of one word."""
        return self.path[0] if len(self.path) > 1 else None

    @property
    def option_names(self) -> frozenset[str]:
        return frozenset(option.name for option in self.options)

    @property
    def takes_free_text(self) -> bool:
        return any(option.free_text for option in self.options)

    @property
    def usage(self) -> str:
        """The usage line the table alone gives: `feeds add <url> [interval] [global:true]`."""
        return " ".join((*self.path, *(option.usage for option in self.options)))

    def text(self, values: Mapping[str, Value]) -> str:
        """The command's text for these option values, as the parser reads it back."""
        words = [PREFIX, *self.path]
        for option in self.options:
            words += option.words(values.get(option.name))
        return " ".join(words)


def labelled(values: list[str]) -> tuple[Choice, ...]:
    """Choices labelled after their values: `under_review` shows as "Under review"."""
    return tuple((value.replace("_", " ").capitalize(), value) for value in values)
