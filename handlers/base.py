"""What every handler receives: the caller, its arguments and the services it may use."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from bot.core.access import Caller, Role
from bot.core.analysis import Analyser
from bot.core.catalogue import ENGLISH_CODE, Phrase, refusal, say
from bot.core.catalogue.en import ENGLISH
from bot.core.commands import CommandSpec
from bot.core.countries import CountryIndex
from bot.core.errors import UsageError
from bot.core.ports import (
    AlertPoster,
    Announcer,
    EventBook,
    FeedManager,
    ItemBook,
    OutboxBook,
    PictureMaker,
    RecordBook,
    SubscriptionBook,
)
from bot.core.replies import Reply

TRUE_WORDS = frozenset({"true", "yes", "on", "1"})


@dataclass(frozen=True)
class Services:
    countries: CountryIndex
    records: RecordBook
    feeds: FeedManager
    events: EventBook
    subscriptions: SubscriptionBook
    default_keywords: tuple[str, ...]
    outbox: OutboxBook
    announcer: Announcer
    items: ItemBook
    analyser: Analyser
    clock: Callable[[], datetime]
    version: str
    started_at: datetime
    pictures: PictureMaker
    poster: AlertPoster


@dataclass(frozen=True)
class Request:
    caller: Caller
    services: Services
    args: tuple[str, ...] = ()
    options: Mapping[str, str] = field(default_factory=dict)
    language: str = ENGLISH_CODE  # the channel's: replies speak it where the catalogue does
    command: tuple[str, ...] = ()  # the words of the command asked for

    def say(self, key: str, count: int | None = None, /, **values: object) -> str:
        """A fixed text of the catalogue in the channel's language."""
        return say(self.language, key, count, **values)

    @property
    def text(self) -> str:
        return " ".join(self.args)

    def flag(self, name: str) -> bool:
        return self.options.get(name, "").casefold() in TRUE_WORDS

    def require_text(self) -> str:
        if not self.args:
            raise self.usage_error()
        return self.text

    def usage_error(self, key: str = "error.usage", /, **values: object) -> UsageError:
        """ "Usage: …" with the command's usage line, said in the channel's language."""
        return refusal(key, usage=Phrase(usage_key(self.command)), **values)


Handler = Callable[[Request], Awaitable[Reply]]
Handlers = Mapping[tuple[str, ...], Handler]  # a module's handlers, by their command's words


@dataclass(frozen=True)
class Command:
    """A command of the table (`bot.core.commands`) bound to its handler. Its help line, usage
    and summary, is in the catalogue (`usage.feeds.add`, `summary.feeds.add`); a command the
    catalogue does not word yet is helped in the table's own English."""

    spec: CommandSpec
    handler: Handler

    @property
    def path(self) -> tuple[str, ...]:
        return self.spec.path

    @property
    def role(self) -> Role:
        return self.spec.role

    @property
    def name(self) -> str:
        return self.spec.name

    def usage(self, language: str = ENGLISH_CODE) -> str:
        key = usage_key(self.path)
        return say(language, key) if key in ENGLISH else self.spec.usage

    def summary(self, language: str = ENGLISH_CODE) -> str:
        key = "summary." + ".".join(self.path)
        return say(language, key) if key in ENGLISH else self.spec.description


def usage_key(path: tuple[str, ...]) -> str:
    return "usage." + ".".join(path)
