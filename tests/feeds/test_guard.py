from __future__ import annotations

import socket

import pytest

from bot.feeds.errors import AddressRefusedError, FeedError
from bot.feeds.guard import AddressGuard, FetchPolicy, GuardedResolver

FROM_CHAT = FetchPolicy(allow_files=False)
FROM_SETTINGS = FetchPolicy(allow_files=True)

NOT_PUBLIC = [
    "127.0.0.1",  # loopback
    "127.0.0.2",
    "10.0.0.1",  # private
    "172.16.0.1",
    "192.168.1.1",
    "169.254.169.254",  # link-local: cloud metadata
    "100.64.0.1",  # carrier-grade NAT
    "0.0.0.0",  # unspecified
    "224.0.0.1",  # multicast
    "240.0.0.1",  # reserved
    "255.255.255.255",
    "198.18.0.1",  # benchmarking
    "::1",
    "::",
    "fe80::1",
    "fe80::1%eth0",
    "fc00::1",  # unique local
    "ff02::1",  # multicast
    "::ffff:127.0.0.1",  # IPv4-mapped
    "::ffff:10.0.0.1",
    "::ffff:169.254.169.254",
    "2002:a00:1::",  # 6to4 of 10.0.0.1
    "64:ff9b::a00:1",  # NAT64 of 10.0.0.1
]


def refusal(guard: AddressGuard, url: str, policy: FetchPolicy = FROM_CHAT) -> str:
    with pytest.raises(FeedError) as caught:
        guard.check_url(url, policy)
    return caught.value.reason


@pytest.mark.parametrize("address", NOT_PUBLIC)
def test_addresses_that_are_not_public_are_refused(address: str) -> None:
    assert False is AddressGuard().allows(address)


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111"])
def test_public_addresses_are_allowed(address: str) -> None:
    assert True is AddressGuard().allows(address)


def test_the_allow_list_admits_exactly_what_it_names() -> None:
    guard = AddressGuard(["127.0.0.1", "10.20.0.0/16"])

    allowed = {a: guard.allows(a) for a in ["127.0.0.1", "10.20.3.4", "127.0.0.2", "::1"]}

    assert {"127.0.0.1": True, "10.20.3.4": True, "127.0.0.2": False, "::1": False} == allowed
    assert False is guard.allows("::ffff:127.0.0.1")


def test_an_allow_list_entry_that_is_no_address_network_or_host_is_an_error() -> None:
    with pytest.raises(ValueError, match=r"10\.0\.0\.0/99"):
        AddressGuard(["10.0.0.0/99"])


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/feed",
        "http://10.0.0.1/feed",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]:8080/feed",
        "https://100.64.0.1/feed",
        "http://[::ffff:127.0.0.1]/feed",
    ],
)
def test_urls_naming_a_non_public_address_are_refused(url: str) -> None:
    assert "blocked_address" == refusal(AddressGuard(), url)


def test_an_allowed_address_passes_the_url_check() -> None:
    assert (
        "127.0.0.1" == AddressGuard(["127.0.0.1"]).check_url("http://127.0.0.1:81/", FROM_CHAT).host
    )


@pytest.mark.parametrize(
    "url", ["ftp://example.org/feed", "gopher://example.org/", "javascript:alert(1)", "feed.xml"]
)
def test_only_http_and_https_may_be_fetched(url: str) -> None:
    assert "blocked_scheme" == refusal(AddressGuard(), url)


def test_file_urls_are_allowed_only_from_settings() -> None:
    guard = AddressGuard()

    assert "blocked_scheme" == refusal(guard, "file:///srv/demo.xml")
    assert "file" == guard.check_url("file:///srv/demo.xml", FROM_SETTINGS).scheme


async def test_a_host_name_is_checked_by_every_address_it_resolves_to() -> None:
    with pytest.raises(FeedError) as caught:
        await AddressGuard().check("http://localhost:1/feed", FROM_CHAT)

    assert "blocked_address" == caught.value.reason


async def test_an_allow_listed_host_name_passes_whatever_it_resolves_to() -> None:
    await AddressGuard(["localhost"]).check("http://localhost:1/feed", FROM_CHAT)


async def test_the_resolver_hands_the_connection_only_allowed_addresses() -> None:
    async with GuardedResolver(AddressGuard(["127.0.0.1"])) as resolver:
        answers = await resolver.resolve("localhost", 80, socket.AF_UNSPEC)

    assert {"127.0.0.1"} == {answer["host"] for answer in answers}


async def test_the_resolver_refuses_a_name_with_no_allowed_address() -> None:
    async with GuardedResolver(AddressGuard()) as resolver:
        with pytest.raises(AddressRefusedError, match="localhost"):
            await resolver.resolve("localhost", 80, socket.AF_UNSPEC)


async def test_numeric_host_forms_are_resolved_and_refused() -> None:
    with pytest.raises(FeedError) as caught:
        await AddressGuard().check("http://2130706433/feed", FROM_CHAT)  # 127.0.0.1 as a number

    assert "blocked_address" == caught.value.reason
