"""/huawei over HTTP mode: really signed requests in, response_url posts out."""

from __future__ import annotations

import json
import time

from tests.chat.slack.emulator import SlackEmulator
from tests.chat.slack.support import ADMIN, CHANNEL, CREATOR, MEMBER, Harness, command_body


def shown(call_params: dict[str, object]) -> str:
    """Everything a person would see in a posted message, as one string."""
    return json.dumps([call_params.get("text"), call_params.get("blocks")], ensure_ascii=False)


async def test_a_lookup_is_answered_privately_with_the_country_card(harness: Harness) -> None:
    reply = await harness.command("country uk")

    assert "ephemeral" == reply.params["response_type"]
    assert "United Kingdom" in reply.params["blocks"][0]["text"]["text"]
    assert "Banned" in shown(reply.params)


async def test_a_public_lookup_is_posted_in_the_channel(harness: Harness) -> None:
    reply = await harness.command("country uk public:true")

    assert "in_channel" == reply.params["response_type"]


async def test_a_workspace_admin_subscribes_the_channel(harness: Harness) -> None:
    reply = await harness.command("subscribe countries:de,fr", user=ADMIN)

    assert "✅ Subscribed" == reply.params["blocks"][0]["text"]["text"]
    subscriptions = await harness.app.subscriptions.for_tenant("slack", "T0EMU")
    assert [(CHANNEL, frozenset({"DE", "FR"}))] == [
        (s.channel.channel, s.countries) for s in subscriptions
    ]


async def test_a_member_may_not_subscribe_the_channel(harness: Harness) -> None:
    reply = await harness.command("subscribe", user=MEMBER)

    assert "❌ Sorry" == reply.params["blocks"][0]["text"]["text"]
    assert "Only a channel manager may do that" in shown(reply.params)
    assert [] == await harness.app.subscriptions.for_tenant("slack", "T0EMU")


async def test_the_channel_creator_manages_it(harness: Harness) -> None:
    reply = await harness.command("subscribe", user=CREATOR)

    assert "✅ Subscribed" == reply.params["blocks"][0]["text"]["text"]


async def test_who_is_an_admin_is_asked_once_then_remembered(harness: Harness) -> None:
    await harness.command("subscribe", user=ADMIN)
    await harness.command("unsubscribe", user=ADMIN)

    asked = [c.params["user"] for c in harness.slack.calls_to("users.info")]
    assert [ADMIN] == asked


async def test_a_request_signed_with_another_secret_is_rejected(harness: Harness) -> None:
    body = command_body("country uk", MEMBER, CHANNEL, harness.slack.response_url())

    answer = await harness.post(body, signed_with="not-the-secret")

    assert 401 == answer.status
    assert [] == harness.slack.calls_to("response_url")


async def test_a_request_older_than_five_minutes_is_rejected(harness: Harness) -> None:
    body = command_body("country uk", MEMBER, CHANNEL, harness.slack.response_url())
    stale = str(int(time.time()) - 6 * 60)

    answer = await harness.post(body, timestamp=stale)

    assert 401 == answer.status
    assert [] == harness.slack.calls_to("response_url")


async def test_an_unknown_command_gets_the_help(harness: Harness) -> None:
    reply = await harness.command("frobnicate")

    assert "Unknown command “frobnicate”" in shown(reply.params)


async def test_opening_the_home_tab_shows_the_workspace_subscriptions(
    harness: Harness, slack: SlackEmulator
) -> None:
    await harness.command("subscribe countries:de", user=ADMIN)
    event = {"type": "app_home_opened", "user": MEMBER, "channel": "DHOME", "tab": "home"}
    body = json.dumps(
        {
            "type": "event_callback",
            "team_id": "T0EMU",
            "api_app_id": "AEMU",
            "event": event,
            "event_id": "Ev1",
            "event_time": int(time.time()),
        }
    )

    answer = await harness.post(body, content_type="application/json")
    published = await slack.next_call("views.publish")

    assert 200 == answer.status
    assert MEMBER == published.params["user_id"]
    assert f"<#{CHANNEL}>: DE" in json.dumps(published.params["view"]["blocks"])


async def test_a_command_group_alone_shows_its_usage_not_the_whole_help(harness: Harness) -> None:
    reply = await harness.command("keywords", user=ADMIN)

    assert "/huawei keywords" == reply.params["blocks"][0]["text"]["text"]
    assert "/huawei keywords add" in shown(reply.params)
    assert "/huawei country" not in shown(reply.params)


async def test_a_mistyped_command_is_answered_with_the_one_meant(harness: Harness) -> None:
    reply = await harness.command("contry uk")

    assert "Did you mean `/huawei country uk`?" in shown(reply.params)


async def test_subscribing_again_keeps_the_digest_and_says_what_changed(harness: Harness) -> None:
    await harness.command("subscribe five-eyes digest:daily", user=ADMIN)
    reply = await harness.command("subscribe Germany", user=ADMIN)

    [subscription] = await harness.app.subscriptions.for_tenant("slack", "T0EMU")
    assert ("daily", frozenset({"DE"})) == (subscription.digest.value, subscription.countries)
    assert "Countries: Five Eyes (5) → 🇩🇪 Germany" in shown(reply.params)


async def test_test_posts_a_sample_alert_in_the_channel_as_a_real_alert(harness: Harness) -> None:
    await harness.command("subscribe de", user=ADMIN)
    reply = await harness.command("test", user=ADMIN)

    [posted] = harness.slack.calls_to("chat.postMessage")
    assert "✅ Sample alert posted" == reply.params["blocks"][0]["text"]["text"]
    assert CHANNEL == posted.params["channel"]
    assert "Sample alert from /huawei test: Germany is still restricted" in shown(posted.params)


async def test_pause_and_resume_switch_the_channels_alerts(harness: Harness) -> None:
    await harness.command("subscribe", user=ADMIN)
    paused = await harness.command("pause", user=ADMIN)
    [while_paused] = await harness.app.subscriptions.for_tenant("slack", "T0EMU")
    resumed = await harness.command("resume", user=ADMIN)
    [after] = await harness.app.subscriptions.for_tenant("slack", "T0EMU")

    assert "✅ Paused this channel's alerts" == paused.params["blocks"][0]["text"]["text"]
    assert "✅ Resumed this channel's alerts" == resumed.params["blocks"][0]["text"]["text"]
    assert (True, None) == (while_paused.paused_since is not None, after.paused_since)


async def test_a_channel_filter_is_set_and_tested_beside_the_workspace_keywords(
    harness: Harness,
) -> None:
    await harness.command("subscribe", user=ADMIN)
    await harness.command('filter add "core network" -phones', user=ADMIN)
    tested = await harness.command("keywords test Huawei 5G phones", user=ADMIN)

    [subscription] = await harness.app.subscriptions.for_tenant("slack", "T0EMU")
    assert ('"core network"', "-phones") == subscription.keywords
    assert "filtered out: excluded by `-phones`" in shown(tested.params)


async def test_quiet_hours_in_the_channels_time_zone(harness: Harness) -> None:
    await harness.command("subscribe", user=ADMIN)
    reply = await harness.command("quiet 22:00-07:00 tz:Europe/Berlin", user=ADMIN)

    [subscription] = await harness.app.subscriptions.for_tenant("slack", "T0EMU")
    assert "✅ Quiet hours: 22:00–07:00 Europe/Berlin" == reply.params["blocks"][0]["text"]["text"]
    assert "Europe/Berlin" == subscription.tz


async def test_feeds_export_arrives_as_an_opml_file(harness: Harness, slack: SlackEmulator) -> None:
    reply = await harness.command("feeds export", user=ADMIN)
    await slack.next_call("files.completeUploadExternal")

    [document] = list(slack.uploads.values())
    assert "✅ Feeds export: 0 feeds" == reply.params["blocks"][0]["text"]["text"]
    assert document.startswith(b"<?xml version='1.0' encoding='utf-8'?>\n<opml version=\"2.0\">")


async def test_feeds_import_wants_a_link_to_the_file(harness: Harness) -> None:
    reply = await harness.command("feeds import feeds.opml", user=ADMIN)

    assert "Cannot fetch feeds.opml: only http:// and https://" in shown(reply.params)


async def test_a_groups_usage_is_said_in_the_channels_language(harness: Harness) -> None:
    await harness.command("subscribe de", user=ADMIN)
    await harness.command("language de", user=ADMIN)

    reply = await harness.command("keywords lsit", user=MEMBER)

    blocks = shown(reply.params)
    assert "⚠️ /huawei keywords" == reply.params["blocks"][0]["text"]["text"]
    assert [True, True, True, False] == [
        "Unbekannter `keywords`-Befehl „lsit“. Meinten Sie `/huawei keywords list`?" in blocks,
        "`/huawei keywords remove &lt;Begriff&gt;…`: Begriffe nicht mehr beobachten" in blocks,
        "Workspace- und Server-Admins (Sie haben die Rolle „Kanalmitglied“)." in blocks,
        "Usage" in blocks,
    ]
