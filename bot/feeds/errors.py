"""The one error the feed edge raises, and how aiohttp's errors become it.

StanceBotError
└── FeedError      reason is a short slug the poller counts and `feeds status` shows:
                   fetching: blocked_address, blocked_scheme, bad_url, dns, connect_failed,
                   timeout, too_large, http_<status> (http_404, http_429 ...), bad_redirect,
                   redirect_loop, too_many_redirects, bad_response, network,
                   not_found / unreadable (file://)
                   parsing: empty, not_a_feed, malformed, unsafe_xml
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from bot.core.errors import StanceBotError

if TYPE_CHECKING:  # the parser worker processes import this module and need no HTTP client
    import aiohttp


class FeedError(StanceBotError):
    """A feed could not be fetched or parsed. `retry_after` (seconds) is set when the server
    asked us to wait (429/503 with Retry-After)."""

    def __init__(self, reason: str, detail: str = "", *, retry_after: float | None = None) -> None:
        self.reason = reason
        self.detail = detail
        self.retry_after = retry_after
        super().__init__(f"{reason}: {detail}" if detail else reason)

    def __reduce__(self) -> tuple[object, ...]:
        # Parsing runs in worker processes: the error must cross back whole.
        return (partial(type(self), retry_after=self.retry_after), (self.reason, self.detail))


class AddressRefusedError(OSError):
    """Raised by the guarded resolver inside aiohttp's connector, which wraps resolver OSErrors
    in ClientConnectorDNSError; `translate_client_error` turns it into "blocked_address"."""


def translate_client_error(error: aiohttp.ClientError) -> FeedError:
    import aiohttp  # noqa: PLC0415 (only the fetching side ever calls this)

    if isinstance(error, aiohttp.ClientConnectorDNSError):
        if isinstance(error.os_error, AddressRefusedError):
            return FeedError("blocked_address", str(error.os_error))
        return FeedError("dns", f"{error.host}: {error.os_error}")
    if isinstance(error, aiohttp.ClientConnectorError):
        return FeedError("connect_failed", str(error))
    if isinstance(error, aiohttp.InvalidURL):
        return FeedError("bad_url", str(error))
    if isinstance(error, aiohttp.ClientPayloadError | aiohttp.ClientResponseError):
        return FeedError("bad_response", str(error))
    return FeedError("network", f"{type(error).__name__}: {error}")
