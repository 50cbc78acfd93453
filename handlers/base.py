"""What every handler receives: the caller, its arguments and the services it may use."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from bot.core.access import Caller, Role
from bot.core.analysis import Analyser
from bot.core.catalogue import ENGLISH_CODE, Phrase, refusal, say
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


@dataclass(frozen=True)
class Command:
    """A subcommand of /huawei: its words and who may run it. Its help line, usage and
    summary, is in the catalogue (`usage.feeds.add`, `summary.feeds.add`)."""

    path: tuple[str, ...]
    handler: Handler
    role: Role = Role.MEMBER

    @property
    def name(self) -> str:
        return " ".join(self.path)

    def usage(self, language: str = ENGLISH_CODE) -> str:
        return say(language, usage_key(self.path))

    def summary(self, language: str = ENGLISH_CODE) -> str:
        return say(language, "summary." + ".".join(self.path))


def usage_key(path: tuple[str, ...]) -> str:
    return "usage." + ".".join(path)
