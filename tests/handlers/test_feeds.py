"""`/huawei feeds ...` through the dispatcher, against a real feed server on 127.0.0.1."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.app import App
from bot.core.access import Role
from bot.core.feeds import FeedPolicy, Health, after_failure
from bot.core.replies import Tone
from tests.conftest import FIXED_NOW, ask
from tests.feeds.server import FeedServer
from tests.samples import STORIES, rss


async def test_an_admin_adds_a_feed_and_hears_its_title_and_item_count(
    local_app: App, server: FeedServer
) -> None:
    url = server.serve("/feed", rss(*STORIES))
    reply = await ask(local_app, f"/huawei feeds add {url} 30m", Role.ADMIN)
    feeds = await local_app.feeds.listed("console")
    assert (Tone.SUCCESS, "Now watching Test feed") == (reply.tone, reply.title)
    assert reply.text.startswith("3 items found.")
    assert [(url, 1800.0)] == [
        (f.url, f.interval.total_seconds() if f.interval else 0) for f in feeds
    ]


async def test_a_member_may_not_add_feeds(local_app: App, server: FeedServer) -> None:
    url = server.serve("/feed", rss(*STORIES))
    reply = await ask(local_app, f"/huawei feeds add {url}", Role.MEMBER)
    assert Tone.ERROR == reply.tone
    assert "Only a workspace or server admin" in reply.text
    assert [] == await local_app.feeds.listed("console")


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://10.0.0.1/feed", "private or local address"),
        ("http://169.254.169.254/latest/meta-data", "private or local address"),
        ("file:///etc/passwd", "only http:// and https://"),
    ],
)
async def test_chat_cannot_reach_private_addresses_or_files(
    local_app: App, url: str, reason: str
) -> None:
    reply = await ask(local_app, f"/huawei feeds add {url}", Role.ADMIN)
    assert Tone.ERROR == reply.tone
    assert reason in reply.text


async def test_a_page_that_is_not_a_feed_is_refused_with_the_reason(
    local_app: App, server: FeedServer
) -> None:
    url = server.serve(
        "/page", b"<html><body>hello</body></html>", headers={"Content-Type": "text/html"}
    )
    reply = await ask(local_app, f"/huawei feeds add {url}", Role.ADMIN)
    assert (Tone.ERROR, True) == (reply.tone, "not an RSS or Atom feed" in reply.text)


async def test_status_and_remove(local_app: App, server: FeedServer) -> None:
    url = server.serve("/feed", rss(*STORIES))
    await ask(local_app, f"/huawei feeds add {url}", Role.ADMIN)
    status = await ask(local_app, "/huawei feeds status", Role.ADMIN)
    feed_id = (await local_app.feeds.listed("console"))[0].id
    removed = await ask(local_app, f"/huawei feeds remove {feed_id}", Role.ADMIN)
    assert "1 ok" == status.text
    assert "last success 2026-11-01 12:00 UTC" in status.fields[0].value
    assert (Tone.SUCCESS, []) == (removed.tone, await local_app.feeds.listed("console"))


async def test_removing_a_global_feed_says_it_is_global_and_who_may(
    local_app: App, server: FeedServer
) -> None:
    url = server.serve("/feed", rss(*STORIES))
    await ask(local_app, f"/huawei feeds add {url} global:true", Role.OPERATOR)
    feed_id = (await local_app.feeds.listed(""))[0].id
    refused = await ask(local_app, f"/huawei feeds remove {feed_id}", Role.ADMIN)
    assert Tone.ERROR == refused.tone
    assert refused.text.startswith(f"Feed {feed_id} is a global feed")
    assert (
        f"only a bot operator may change it, with `/huawei feeds remove {feed_id} global:true`"
        in (refused.text)
    )
    assert [url] == [f.url for f in await local_app.feeds.listed("")]


async def test_an_interval_out_of_range_is_explained(local_app: App, server: FeedServer) -> None:
    url = server.serve("/feed", rss(*STORIES))
    reply = await ask(local_app, f"/huawei feeds add {url} 10s", Role.ADMIN)
    assert "out of range" in reply.text


async def test_an_admin_enables_a_disabled_feed_again(local_app: App, server: FeedServer) -> None:
    url = server.serve("/feed", rss(*STORIES))
    await ask(local_app, f"/huawei feeds add {url}", Role.ADMIN)
    (feed,) = await local_app.feeds.listed("console")
    strict = FeedPolicy(default_interval=timedelta(minutes=15), disable_after=1)
    await local_app.feeds.record_failure(
        feed, after_failure(feed, FIXED_NOW, strict), "http_500", FIXED_NOW
    )
    reply = await ask(local_app, f"/huawei feeds enable {feed.id}", Role.ADMIN)
    (enabled,) = await local_app.feeds.listed("console")
    assert (Tone.SUCCESS, Health.OK, 0) == (reply.tone, enabled.health, enabled.failures)
