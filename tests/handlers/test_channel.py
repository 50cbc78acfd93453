"""A channel's own checks and switches: `test`, `pause`/`resume` and its `filter`, through the
dispatcher, the real pipeline and the terminal's real alert sender."""

from __future__ import annotations

from bot.app import CONSOLE_CHANNEL, App
from bot.core.access import Role
from bot.core.replies import Tone
from tests.conftest import FIXED_NOW, ask
from tests.handlers.conftest import Printing
from tests.handlers.test_decisions import report


async def test_test_posts_a_sample_alert_as_real_alerts_render(printing: Printing) -> None:
    app, shown = printing.app, printing.shown
    await ask(app, "/huawei subscribe de", Role.MANAGER)
    reply = await ask(app, "/huawei test", Role.MANAGER)
    [alert] = shown
    assert (Tone.SUCCESS, "Sample alert posted") == (reply.tone, reply.title)
    assert "A sample alert about Germany is in this channel" in reply.text
    assert alert.startswith("── ALERT #0 · reaffirm ──\n🇩🇪 Germany: still restricted\n")
    assert "Sample alert from /huawei test: Germany is still restricted" in alert


async def test_test_without_a_subscription_samples_the_uk_and_says_how_to_subscribe(
    printing: Printing,
) -> None:
    app, shown = printing.app, printing.shown
    reply = await ask(app, "/huawei test", Role.MANAGER)
    assert "🇬🇧 United Kingdom: still banned" in shown[0]
    assert reply.text.endswith("`/huawei subscribe` starts one.")


async def test_test_where_alerts_cannot_be_posted_says_why(app: App) -> None:
    reply = await ask(app, "/huawei test", Role.MANAGER)
    assert (Tone.ERROR, True) == (reply.tone, "only while `stancebot run` is running" in reply.text)


async def test_a_member_may_not_post_a_test_alert(printing: Printing) -> None:
    app, shown = printing.app, printing.shown
    reply = await ask(app, "/huawei test", Role.MEMBER)
    assert (Tone.ERROR, []) == (reply.tone, shown)


async def test_a_paused_channel_gets_no_alert_until_it_resumes(app: App) -> None:
    await ask(app, "/huawei subscribe", Role.MANAGER)
    paused = await ask(app, "/huawei pause", Role.MANAGER)
    quiet = await report(app, "Germany bans Huawei from its 5G networks", "https://a.example/1")
    resumed = await ask(app, "/huawei resume", Role.MANAGER)
    heard = await report(app, "France bans Huawei from its 5G networks", "https://a.example/2")
    subscription = await app.subscriptions.for_channel(CONSOLE_CHANNEL)
    assert ("Paused this channel's alerts", "Resumed this channel's alerts") == (
        paused.title,
        resumed.title,
    )
    assert "it was paused since 2026-11-01 12:00 UTC" in resumed.text
    assert ([], 1) == (
        await app.outbox.deliveries_for(quiet),
        len(await app.outbox.deliveries_for(heard)),
    )
    assert subscription is not None
    assert None is subscription.paused_since


async def test_pausing_keeps_the_settings_and_shows_in_subscriptions(app: App) -> None:
    await ask(app, "/huawei subscribe de digest:daily", Role.MANAGER)
    await ask(app, "/huawei pause", Role.MANAGER)
    again = await ask(app, "/huawei pause", Role.MANAGER)
    listed = await ask(app, "/huawei subscriptions", Role.MEMBER)
    fields = {f.name: f.value for f in listed.fields}
    assert ("Already paused", Tone.WARNING) == (again.title, again.tone)
    assert ("daily", "since 2026-11-01 12:00 UTC: `/huawei resume`") == (
        fields["Digest"],
        fields["Paused"],
    )


async def test_resume_without_a_pause_says_the_alerts_are_on(app: App) -> None:
    await ask(app, "/huawei subscribe", Role.MANAGER)
    reply = await ask(app, "/huawei resume", Role.MANAGER)
    assert ("Not paused", Tone.WARNING) == (reply.title, reply.tone)


async def test_pause_without_a_subscription_is_a_clear_error(app: App) -> None:
    reply = await ask(app, "/huawei pause", Role.MANAGER)
    assert (Tone.ERROR, "This channel has no subscription to pause.") == (reply.tone, reply.text)


async def test_a_channel_filter_keeps_out_what_it_does_not_match(app: App) -> None:
    await ask(app, "/huawei subscribe mention", Role.MANAGER)
    added = await ask(app, '/huawei filter add "core network" -phones', Role.MANAGER)
    missed = await report(app, "Germany bans Huawei from its 5G networks", "https://a.example/1")
    matched = await report(
        app, "France bans Huawei from its 5G core network", "https://a.example/2"
    )
    assert (Tone.SUCCESS, 'Added `"core network"`, `-phones`.') == (added.tone, added.text)
    assert (0, 1) == (
        len(await app.outbox.deliveries_for(missed)),
        len(await app.outbox.deliveries_for(matched)),
    )


async def test_filter_remove_and_clear_say_what_is_left(app: App) -> None:
    await ask(app, "/huawei subscribe", Role.MANAGER)
    await ask(app, "/huawei filter add core radio", Role.MANAGER)
    removed = await ask(app, "/huawei filter remove radio vendor", Role.MANAGER)
    cleared = await ask(app, "/huawei filter clear", Role.MANAGER)
    subscription = await app.subscriptions.for_channel(CONSOLE_CHANNEL)
    assert "Removed `radio`. Not in this channel's filter: `vendor`." == removed.text
    assert "`core`: on top of the workspace's keywords." == removed.fields[0].value
    assert ("The filter is cleared.", ()) == (
        cleared.text,
        subscription.keywords if subscription else None,
    )


async def test_keywords_test_shows_the_workspace_and_the_channel_filter(app: App) -> None:
    await ask(app, "/huawei subscribe", Role.MANAGER)
    await ask(app, "/huawei filter add -phones", Role.MANAGER)
    reply = await ask(app, "/huawei keywords test Huawei 5G phones recalled", Role.ADMIN)
    fields = {f.name: f.value for f in reply.fields}
    assert ("Filtered out", "filtered out: excluded by `-phones`") == (
        reply.title,
        fields["This channel's filter"],
    )
    assert "`huawei`, `5g`" == fields["Keywords matched"]
    assert reply.text.startswith("The workspace's keywords match, but this channel's filter")


async def test_the_sample_is_dated_now(printing: Printing) -> None:
    app, shown = printing.app, printing.shown
    await ask(app, "/huawei test", Role.MANAGER)
    assert f"{FIXED_NOW:%d %b %Y}" in shown[0]
