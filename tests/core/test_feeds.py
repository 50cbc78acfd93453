from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from bot.core.feeds import Feed, FeedOrigin, FeedPolicy, ItemStatus, after_failure, status_of
from bot.core.items import Item, canonical_link, identity

NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
POLICY = FeedPolicy(default_interval=timedelta(minutes=15))


def feed(**changes: Any) -> Feed:
    base = Feed(1, "https://example.org/rss", "T1", "", FeedOrigin.CHAT, None, "U1", NOW)
    return replace(base, **changes)


def item(published: datetime = NOW, **changes: Any) -> Item:
    return replace(Item("Title", "Summary", "https://example.org/a", published), **changes)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "HTTPS://WWW.Example.ORG/News/Story/?utm_source=x&id=7#top",
            "https://www.example.org/News/Story?id=7",
        ),
        ("https://example.org/a/?fbclid=abc", "https://example.org/a"),
        ("https://example.org:443/a", "https://example.org/a"),
        ("https://example.org:8443/a", "https://example.org:8443/a"),
        ("ftp://example.org/a", ""),
        ("not a url", ""),
    ],
)
def test_canonical_links_drop_what_does_not_identify_the_page(url: str, expected: str) -> None:
    assert expected == canonical_link(url)


def test_identity_prefers_guid_then_link_then_title_and_time() -> None:
    assert "guid:7:abc" == identity(item(guid="abc"), "7")
    assert "link:https://example.org/a" == identity(item(), "7")
    assert identity(item(link=""), "7").startswith("hash:")
    assert identity(item(link=""), "7") != identity(item(link="", title="Other"), "7")


def test_without_a_date_of_its_own_an_item_is_known_by_its_feed_title_and_summary() -> None:
    undated = item(link="", published_estimated=True)
    read_later = replace(undated, published=NOW + timedelta(hours=1))
    assert (True, False, False) == (
        identity(undated, "7") == identity(read_later, "7"),
        identity(undated, "7") == identity(undated, "8"),
        identity(undated, "7") == identity(replace(undated, summary="Other"), "7"),
    )


def test_a_permalink_guid_is_treated_as_a_link_shared_across_feeds() -> None:
    assert "link:https://example.org/x" == identity(item(guid="https://example.org/x/"), "7")


def test_backoff_doubles_from_the_interval_and_is_capped_at_a_day() -> None:
    delays = []
    current = feed()
    for _ in range(9):
        outcome = after_failure(current, NOW, POLICY)
        delays.append(outcome.next_poll_at - NOW)
        current = feed(failures=outcome.failures, failing_since=outcome.failing_since)
    minutes = [int(d.total_seconds() // 60) for d in delays]
    assert [15, 30, 60, 120, 240, 480, 960, 1440, 1440] == minutes


def test_retry_after_is_honoured_when_longer_than_the_backoff() -> None:
    outcome = after_failure(feed(), NOW, POLICY, retry_after=3600)
    assert timedelta(hours=1) == outcome.next_poll_at - NOW


def test_the_tenth_failure_disables_and_notifies_even_after_the_failing_notice() -> None:
    outcome = after_failure(feed(failures=9, failing_since=NOW), NOW, POLICY)
    already_told = after_failure(feed(failures=9, failing_since=NOW, notified_at=NOW), NOW, POLICY)
    assert (True, True) == (outcome.disable, outcome.notify)
    assert (True, True) == (already_told.disable, already_told.notify)


def test_with_the_default_backoff_both_the_failing_and_the_disabled_notice_are_sent() -> None:
    current, now, told = feed(), NOW, []
    while True:
        outcome = after_failure(current, now, POLICY)
        if outcome.notify:
            told.append(("disabled" if outcome.disable else "failing", outcome.failures))
        if outcome.disable:
            break
        notified = now if outcome.notify else current.notified_at
        current = feed(
            failures=outcome.failures, failing_since=outcome.failing_since, notified_at=notified
        )
        now = outcome.next_poll_at
    assert [("failing", 8), ("disabled", 10)] == told


def test_a_day_of_failures_notifies_before_disabling() -> None:
    outcome = after_failure(feed(failures=3, failing_since=NOW - timedelta(hours=25)), NOW, POLICY)
    assert (False, True) == (outcome.disable, outcome.notify)


def test_first_poll_primes_old_items_never_alert_and_the_demo_alerts_on_all() -> None:
    old = item(published=NOW - timedelta(days=8))
    assert ItemStatus.PRIMED == status_of(item(), feed(primed=False), NOW, POLICY)
    assert ItemStatus.NEW == status_of(item(), feed(primed=True), NOW, POLICY)
    assert ItemStatus.OLD == status_of(old, feed(primed=True), NOW, POLICY)
    assert ItemStatus.NEW == status_of(old, feed(origin=FeedOrigin.DEMO), NOW, POLICY)
