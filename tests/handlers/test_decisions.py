"""Operators' decisions, `recent`, `status` and `why`, on events the real pipeline made."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from bot.app import App
from bot.core.access import Role
from bot.core.events import EventStatus
from bot.core.feeds import FeedOrigin, ItemStatus
from bot.core.items import Item, outlet_of
from bot.core.models import Origin, Stance
from bot.core.replies import Tone
from tests.conftest import FIXED_NOW, ask


async def report(app: App, title: str, link: str) -> int:
    """Feed one item through the real pipeline; return the id of the event it opened. The item
    comes from its own site's global feed, so reports from two sites are two publishers."""
    url = f"https://{outlet_of(link)}/rss"
    feeds = [feed for feed in await app.feeds.listed() if feed.url == url]
    feed = (
        feeds[0]
        if feeds
        else await app.feeds.add(
            url, tenant="", origin=FeedOrigin.SETTINGS, added_by="test", now=FIXED_NOW
        )
    )
    assert feed is not None
    item = Item(title, f"{title}.", link, FIXED_NOW - timedelta(hours=1), outlet="Example")
    (stored,) = await app.feeds.store_items(feed, [(item, ItemStatus.NEW)], FIXED_NOW)
    (processed,) = await app.pipeline.process_batch([stored])
    return processed.events[0].id


async def test_an_operator_confirms_a_reported_change(app: App) -> None:
    event_id = await report(app, "Germany bans Huawei from its 5G networks", "https://a.example/1")
    reply = await ask(app, f"/huawei stance confirm {event_id}", Role.OPERATOR)
    record = await app.records.get("DE")
    event = await app.events.get(event_id)
    assert Tone.SUCCESS == reply.tone
    assert record is not None
    assert event is not None
    assert (Stance.BANNED, Origin.OPERATOR, EventStatus.CONFIRMED) == (
        record.stance,
        record.origin,
        event.status,
    )
    assert "console:operator" == (await app.records.history("DE"))[-1].actor


async def test_only_operators_decide(app: App) -> None:
    event_id = await report(app, "Germany bans Huawei from its 5G networks", "https://a.example/1")
    reply = await ask(app, f"/huawei stance confirm {event_id}", Role.ADMIN)
    record = await app.records.get("DE")
    assert (Tone.ERROR, True) == (reply.tone, "Only a bot operator" in reply.text)
    assert record is not None
    assert Stance.RESTRICTED == record.stance


async def test_a_rejected_change_leaves_the_record_and_cannot_be_decided_twice(app: App) -> None:
    event_id = await report(app, "Germany bans Huawei from its 5G networks", "https://a.example/1")
    await ask(app, f"/huawei stance reject {event_id} satire site", Role.OPERATOR)
    again = await ask(app, f"/huawei stance confirm {event_id}", Role.OPERATOR)
    record = await app.records.get("DE")
    assert record is not None
    assert Stance.RESTRICTED == record.stance
    assert f"Event #{event_id} is not awaiting a decision (it is rejected)." == again.text


async def test_stance_set_writes_the_record_and_its_history(app: App) -> None:
    reply = await ask(
        app, "/huawei stance set Hungary banned https://gov.example/hu Law passed", Role.OPERATOR
    )
    record = await app.records.get("HU")
    last = (await app.records.history("HU"))[-1]
    assert Tone.SUCCESS == reply.tone
    assert record is not None
    assert (Stance.BANNED, ("https://gov.example/hu",)) == (record.stance, record.sources)
    assert ("Law passed", Origin.OPERATOR) == (last.reason, last.origin)


async def test_stance_set_rejects_a_missing_source(app: App) -> None:
    reply = await ask(app, "/huawei stance set hu banned because", Role.OPERATOR)
    assert Tone.ERROR == reply.tone
    assert "is not a source URL" in reply.text


async def test_pending_and_recent_list_the_reported_change(app: App) -> None:
    event_id = await report(app, "Germany bans Huawei from its 5G networks", "https://a.example/1")
    pending = await ask(app, "/huawei stance pending", Role.OPERATOR)
    recent = await ask(app, "/huawei recent")
    assert pending.fields[0].name.startswith(f"#{event_id} 🇩🇪 Germany: Restricted → Banned")
    assert f"#{event_id} 🇩🇪 Germany: restricted → banned" in recent.fields[1].value


async def test_status_counts_what_waits(app: App) -> None:
    await report(app, "Germany bans Huawei from its 5G networks", "https://a.example/1")
    reply = await ask(app, "/huawei status")
    fields = {field.name: field.value for field in reply.fields}
    assert ("1", "stancebot 0.1.0") == (fields["Awaiting confirmation"], reply.title)


async def test_why_walks_an_item_through_every_stage(app: App) -> None:
    event_id = await report(app, "Germany bans Huawei from its 5G networks", "https://a.example/1")
    reply = await ask(app, "/huawei why https://A.example/1?utm_source=x")
    fields = {field.name: field.value for field in reply.fields}
    assert "It passes: matched huawei, 5g." == fields["This workspace's keywords"]
    assert (
        "DE: signals banned, the record said restricted → change"
        in fields["Compared with the record"]
    )
    assert f"Event #{event_id} (DE)" in fields


async def test_why_after_a_confirmation_still_says_where_the_alert_went(app: App) -> None:
    await ask(app, "/huawei subscribe de", Role.MANAGER)
    event_id = await report(app, "Germany bans Huawei from its 5G networks", "https://a.example/1")
    await ask(app, f"/huawei stance confirm {event_id}", Role.OPERATOR)
    reply = await ask(app, "/huawei why https://a.example/1")
    fields = {field.name: field.value for field in reply.fields}
    assert (
        "DE: signals banned, the record said restricted → change"
        == (fields["Compared with the record"])
    )
    assert (
        "change, confirmed, 1 source\n→ #terminal: waiting to be sent"
        == (fields[f"Event #{event_id} (DE)"])
    )


async def test_why_for_an_unknown_link_says_so(app: App) -> None:
    reply = await ask(app, "/huawei why https://nowhere.example/story")
    assert "Not seen" == reply.title


async def test_why_without_a_link_asks_for_one(app: App) -> None:
    reply = await ask(app, "/huawei why not a url")
    assert (Tone.ERROR, True) == (reply.tone, "wants the link of a news item" in reply.text)
    assert "“not a url” is not a link" in reply.text


async def report_from(app: App, title: str, link: str, published: datetime) -> int:
    """As `report`, for a story published on a given day."""
    feed = await app.feeds.add(
        f"https://news.example/{published:%Y%m%d}",
        tenant="",
        origin=FeedOrigin.SETTINGS,
        added_by="test",
        now=FIXED_NOW,
    )
    assert feed is not None
    item = Item(title, f"{title}.", link, published, outlet="Example")
    (stored,) = await app.feeds.store_items(feed, [(item, ItemStatus.NEW)], FIXED_NOW)
    (processed,) = await app.pipeline.process_batch([stored])
    return processed.events[0].id


async def test_a_story_older_than_the_record_joins_its_history_and_leaves_the_record(
    app: App,
) -> None:
    story = "UK to let Huawei supply non-core parts of its 5G network, capped at 35%"
    published = datetime(2020, 1, 28, 12, tzinfo=UTC)
    event_id = await report_from(app, story, "https://a.example/uk-2020", published)
    event = await app.events.get(event_id)
    assert event is not None
    assert event.stance is not None
    reply = await ask(app, f"/huawei stance confirm {event_id}", Role.OPERATOR)
    record = await app.records.get("GB")
    history = await app.records.history("GB")
    assert record is not None
    assert (Stance.BANNED, date(2020, 7, 14)) == (record.stance, record.since)
    assert "Added to the history on 2020-01-28" in reply.text
    assert [c.on for c in history] == sorted(c.on for c in history)
    assert (event.stance, Origin.OPERATOR) in [(c.stance, c.origin) for c in history]
    assert Stance.BANNED == history[-1].stance


async def test_stance_set_takes_an_effective_date(app: App) -> None:
    await ask(
        app,
        "/huawei stance set hu restricted https://gov.example/hu date:2021-03-01 Law",
        Role.OPERATOR,
    )
    dated = await app.records.get("HU")
    await ask(
        app,
        "/huawei stance set hu allowed https://gov.example/hu2 date:2019-05-01 Earlier",
        Role.OPERATOR,
    )
    earlier = await app.records.get("HU")
    history = await app.records.history("HU")
    assert dated is not None
    assert earlier is not None
    assert (Stance.RESTRICTED, date(2021, 3, 1), "Law") == (
        dated.stance,
        dated.since,
        history[-1].reason,
    )
    assert (Stance.RESTRICTED, date(2021, 3, 1)) == (earlier.stance, earlier.since)
    assert ["Earlier", "Law"] == [c.reason for c in history if c.origin == Origin.OPERATOR]


async def test_stance_set_without_a_date_takes_effect_today(app: App) -> None:
    await ask(app, "/huawei stance set hu banned https://gov.example/hu Law passed", Role.OPERATOR)
    record = await app.records.get("HU")
    assert record is not None
    assert FIXED_NOW.date() == record.since


async def test_stance_set_refuses_a_future_or_malformed_date(app: App) -> None:
    future = await ask(
        app, "/huawei stance set hu banned https://g.example date:2999-01-01", Role.OPERATOR
    )
    malformed = await ask(
        app, "/huawei stance set hu banned https://g.example date:soon", Role.OPERATOR
    )
    assert (Tone.ERROR, Tone.ERROR) == (future.tone, malformed.tone)
    assert "is in the future" in future.text
    assert "is not a date like date:2020-07-14" in malformed.text
