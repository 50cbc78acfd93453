"""Which URLs the bot may fetch: public http(s) addresses only, checked after DNS resolution.

Feed URLs come from chat, so they must not reach the bot's own network (cloud metadata,
databases, admin panels). Two layers:

- `AddressGuard.check_url` runs before every request (the first and each redirect hop): the
  scheme, and hosts written as IP addresses (aiohttp connects to those without resolving).
- `GuardedResolver` is the connector's resolver: every host name is resolved by it, its answers
  filtered through the guard, and only allowed addresses are handed to the connection. The
  address checked is the address connected to: no DNS rebinding between check and connect.

The allow-list (settings) names CIDRs, IPs or host names that may be reached even though they
are private; tests allow 127.0.0.1. It matches literally: allowing 127.0.0.1 does not allow
::ffff:127.0.0.1 or ::1.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from dataclasses import dataclass

from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import ThreadedResolver
from yarl import URL

from bot.feeds.errors import AddressRefusedError, FeedError

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network

# Not public, yet not flagged by every Python's `ipaddress` (3.11 misses some of them).
_ALSO_BLOCKED: tuple[Network, ...] = tuple(
    ipaddress.ip_network(cidr)
    for cidr in ("100.64.0.0/10", "192.0.0.0/24", "198.18.0.0/15", "64:ff9b:1::/48", "fc00::/7")
)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


@dataclass(frozen=True)
class FetchPolicy:
    """Where a URL came from: `file://` is allowed only for URLs from the settings file."""

    allow_files: bool = False


def is_public(address: Address) -> bool:
    """False for private, loopback, link-local, multicast, reserved, unspecified, CGNAT and
    IPv6 forms that embed such an IPv4 address (mapped, 6to4, NAT64)."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour
        if embedded is None and address in _NAT64:
            embedded = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if embedded is not None:
            return is_public(embedded)
    special = (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
    )
    blocked = any(address in network for network in _ALSO_BLOCKED)
    return address.is_global and not special and not blocked


def parse_address(text: str) -> Address | None:
    try:
        return ipaddress.ip_address(text.split("%", 1)[0])  # drop an IPv6 zone: fe80::1%eth0
    except ValueError:
        return None


class AddressGuard:
    """Decides whether a URL, a host or an address may be fetched."""

    def __init__(self, allow: Iterable[str] = ()) -> None:
        networks: list[Network] = []
        hosts: set[str] = set()
        for entry in (e.strip() for e in allow):
            try:
                networks.append(ipaddress.ip_network(entry, strict=False))
            except ValueError:
                if not entry or "/" in entry:
                    raise ValueError(f"not an address, network or host name: {entry!r}") from None
                hosts.add(entry.lower().rstrip("."))
        self._networks = tuple(networks)
        self._hosts = frozenset(hosts)

    def allows_host(self, host: str) -> bool:
        """A host name on the allow-list: whatever it resolves to may be reached."""
        return host.lower().rstrip(".") in self._hosts

    def allows(self, address: str) -> bool:
        parsed = parse_address(address)
        if parsed is None:
            return False
        return is_public(parsed) or any(parsed in network for network in self._networks)

    def check_url(self, url: str, policy: FetchPolicy) -> URL:
        """The parsed URL if its scheme is allowed and its host (if an IP) too; raises FeedError.
        Host names are checked when they are resolved (see `GuardedResolver`)."""
        try:
            parsed = URL(url)
        except (ValueError, TypeError) as error:
            raise FeedError("bad_url", f"{url!r}: {error}") from error
        if parsed.scheme == "file":
            if not policy.allow_files:
                raise FeedError("blocked_scheme", "file:// URLs are allowed only in settings")
            return parsed
        if parsed.scheme not in ("http", "https"):
            raise FeedError("blocked_scheme", f"only http and https may be fetched: {url!r}")
        host = parsed.raw_host
        if not host:
            raise FeedError("bad_url", f"no host in {url!r}")
        if parse_address(host) is not None and not self.allows_host(host) and not self.allows(host):
            raise FeedError("blocked_address", f"{host} is not a public address")
        return parsed

    async def check(self, url: str, policy: FetchPolicy) -> None:
        """The whole check without fetching: the URL, then every address its host resolves to
        (for validating a URL before storing it)."""
        parsed = self.check_url(url, policy)
        if parsed.scheme == "file" or parsed.raw_host is None:
            return
        async with GuardedResolver(self) as resolver:
            try:
                await resolver.resolve(parsed.raw_host, parsed.port or 0, socket.AF_UNSPEC)
            except AddressRefusedError as error:
                raise FeedError("blocked_address", str(error)) from error
            except OSError as error:
                raise FeedError("dns", f"{parsed.raw_host}: {error}") from error


class GuardedResolver(AbstractResolver):
    """The connector's resolver: the event loop's getaddrinfo, then only allowed addresses."""

    def __init__(self, guard: AddressGuard) -> None:
        self._guard = guard
        self._inner: ThreadedResolver | None = None

    async def __aenter__(self) -> GuardedResolver:
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.close()

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        if self._inner is None:
            self._inner = ThreadedResolver()
        answers = await self._inner.resolve(host, port, family)
        if self._guard.allows_host(host):
            return answers
        allowed = [answer for answer in answers if self._guard.allows(answer["host"])]
        if not allowed:
            found = ", ".join(sorted({answer["host"] for answer in answers}))
            raise AddressRefusedError(f"{host} resolves to no public address ({found})")
        return allowed

    async def close(self) -> None:
        if self._inner is not None:
            await self._inner.close()
