"""`/huawei feeds export|import`: OPML out as an attached file, in from a link, all or nothing;
against a real feed server on 127.0.0.1."""

from __future__ import annotations

from bot.app import App
from bot.core.access import Role
from bot.core.opml import OpmlFeed, dump_opml, parse_opml
from bot.core.replies import Tone
from tests.conftest import FIXED_NOW, ask
from tests.feeds.server import FeedServer
from tests.samples import STORIES, rss


def opml(*urls: str) -> bytes:
    return dump_opml([OpmlFeed(url, f"Feed {n}") for n, url in enumerate(urls)], "t", FIXED_NOW)


async def test_export_attaches_the_workspaces_own_feeds_as_opml(
    local_app: App, server: FeedServer
) -> None:
    url = server.serve("/feed", rss(*STORIES))
    await ask(local_app, f"/huawei feeds add {url}", Role.ADMIN)
    reply = await ask(local_app, "/huawei feeds export", Role.ADMIN)
    assert reply.attachment is not None
    assert ("Feeds export: 1 feed", "stancebot-feeds-20261101.opml") == (
        reply.title,
        reply.attachment.filename,
    )
    assert [url] == [feed.url for feed in parse_opml(reply.attachment.data)]


async def test_import_watches_every_feed_of_the_file_and_names_those_already_watched(
    local_app: App, server: FeedServer
) -> None:
    first, second = server.serve("/a", rss(*STORIES)), server.serve("/b", rss(*STORIES))
    await ask(local_app, f"/huawei feeds add {first}", Role.ADMIN)
    document = server.serve("/list.opml", opml(first, second))
    reply = await ask(local_app, f"/huawei feeds import {document}", Role.ADMIN)
    feeds = [(f.url, f.title, f.primed) for f in await local_app.feeds.listed("console")]
    fields = {f.name: f.value for f in reply.fields}
    assert (Tone.SUCCESS, "Imported 1 feed") == (reply.tone, reply.title)
    assert (first, second) == (
        fields["Already watched (1)"],
        fields["Added (1)"].replace("Feed 1", second),
    )
    assert [(first, "Test feed", True), (second, "Feed 1", False)] == feeds


async def test_a_file_with_one_bad_entry_adds_nothing_and_names_the_entry(
    local_app: App, server: FeedServer
) -> None:
    good = server.serve("/a", rss(*STORIES))
    document = server.serve("/list.opml", opml(good, "file:///etc/passwd"))
    reply = await ask(local_app, f"/huawei feeds import {document}", Role.ADMIN)
    assert Tone.ERROR == reply.tone
    assert reply.text.startswith("The OPML file was not imported; nothing changed:")
    assert "• outline 2 (Feed 1): “file:///etc/passwd” is not an http(s) URL" in reply.text
    assert [] == await local_app.feeds.listed("console")


async def test_a_link_that_is_not_opml_is_refused(local_app: App, server: FeedServer) -> None:
    page = server.serve("/feed", rss(*STORIES))
    reply = await ask(local_app, f"/huawei feeds import {page}", Role.ADMIN)
    assert (Tone.ERROR, True) == (reply.tone, "it is not OPML" in reply.text)


async def test_a_member_may_neither_export_nor_import(local_app: App) -> None:
    replies = [
        await ask(local_app, text, Role.MEMBER)
        for text in ("/huawei feeds export", "/huawei feeds import https://x.example/a.opml")
    ]
    assert [Tone.ERROR, Tone.ERROR] == [r.tone for r in replies]
