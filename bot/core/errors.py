"""One error tree for the whole bot.

    StanceBotError                 anything the bot reports to a person instead of a traceback
    ├── ConfigError                settings or data files are invalid (every problem listed)
    ├── StorageError               the database cannot be opened, migrated or written
    │   └── SchemaTooNewError      the file was written by a newer stancebot
    ├── ImportDataError            a `db import` file failed validation (every problem listed)
    ├── InputError                 `stancebot analyze` cannot read a file or line as items
    ├── FeedError                  (bot/feeds/errors.py) a feed could not be fetched or parsed;
    │                              its `reason` slug is counted and shown by `feeds status`
    ├── RenderUnavailableError     a picture cannot be drawn: the renderer's system library
    │                              (Cairo) is missing; commands answer with text instead
    ├── DiscordError               Discord cannot be used: a refused token, or the API cannot
    │                              be reached at start
    ├── SendError                  a platform refused or failed to take a message: retried,
    │   │                          then failed
    │   ├── RetryLaterError        429, 5xx, network: the outbox retries, never before
    │   │                          `retry_after`
    │   └── ChannelGoneError       403/404, the bot left the channel: the subscription is
    │                              disabled, no retries
    └── CommandError               a command cannot be carried out; the message is for the user
        ├── UnknownCountryError    a name matched no country; carries suggestions
        ├── UsageError             wrong arguments for a known command
        └── PermissionDeniedError  the caller's role is too low

Edges (CLI, chat adapters, scheduler jobs) catch `StanceBotError` and render it; nothing else
catches broadly. FeedError lives with the feed edge because it is built from aiohttp's errors
there.
"""

from __future__ import annotations

from collections.abc import Mapping


class StanceBotError(Exception):
    """Base of every error the bot expects and can explain."""


class ProblemListError(StanceBotError):
    """An error that reports several problems at once, one per line."""

    def __init__(self, headline: str, problems: list[str]) -> None:
        self.headline = headline
        self.problems = tuple(problems)
        super().__init__("\n".join([headline, *(f"  - {p}" for p in problems)]))


class ConfigError(ProblemListError):
    """Invalid settings or data files."""


class ImportDataError(ProblemListError):
    """An import file failed validation; nothing was imported."""


class StorageError(StanceBotError):
    """The database cannot be used."""


class SchemaTooNewError(StorageError):
    """The database was migrated by a newer version of the bot."""


class InputError(StanceBotError):
    """An input file or line cannot be read as items."""


class RenderUnavailableError(StanceBotError):
    """A picture cannot be drawn: the renderer's system library is missing. The message is
    for the user."""


class DiscordError(StanceBotError):
    """Discord cannot be used: a refused token, or the API cannot be reached at start."""


class SendError(StanceBotError):
    """A platform refused or failed to take a message."""


class RetryLaterError(SendError):
    """429 or 5xx: try again, no sooner than `retry_after` seconds when the platform said so.
    `rate_limited`: the platform said 429 (counted apart from its outages)."""

    def __init__(
        self, detail: str, retry_after: float | None = None, *, rate_limited: bool = False
    ) -> None:
        self.retry_after = retry_after
        self.rate_limited = rate_limited
        super().__init__(detail)


class ChannelGoneError(SendError):
    """403/404, not_in_channel, channel_not_found: retrying cannot help."""


class CommandError(StanceBotError):
    """A command failed for a reason the user should read. `key` and `values`, when given,
    name the catalogue's message that says it, so the channel reads it in its language; the
    text is the English, for logs and the terminal."""

    def __init__(
        self, text: str, key: str | None = None, values: Mapping[str, object] | None = None
    ) -> None:
        self.key = key
        self.values: Mapping[str, object] = dict(values or {})
        super().__init__(text)


class UsageError(CommandError):
    """A known command was given wrong arguments."""


class PermissionDeniedError(CommandError):
    """The caller may not run this command: `needed` and `have` name the roles
    (`manager`, `member`)."""

    def __init__(self, text: str, *, needed: str, have: str) -> None:
        self.needed = needed
        self.have = have
        super().__init__(text)


class UnknownCountryError(CommandError):
    """A name matched no country."""

    def __init__(
        self, query: str, suggestions: tuple[str, ...], codes: tuple[str, ...] = ()
    ) -> None:
        self.query = query
        self.suggestions = suggestions
        self.codes = codes  # the suggested countries' codes, to name them in any language
        hint = f" Did you mean {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"No country matches “{query}”.{hint}")
