"""Hostile input: numbers, words, settings and feed text that once gave a traceback, forged
formatting or a leaked token get a clear one-line reason, or are shown exactly as written."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from bot.chat.console import render_alert
from bot.chat.discord.alerts import alert_embed
from bot.chat.discord.alerts import escape as discord_escape
from bot.chat.discord.render import reply_pages
from bot.chat.slack.alerts import alert_message
from bot.chat.slack.text import unformatted
from bot.cli import main
from bot.core.countries import CountryIndex
from bot.core.events import EventStatus
from bot.core.replies import error_reply
from bot.feeds.parse import parse_feed
from bot.settings import PROJECT_CONFIG
from bot.storage.target import DatabaseUrl
from tests.chat.slack.test_blocks import WHEN, alert, texts

HUGE = "9" * 20
ENORMOUS = "9" * 5000  # past Python's own limit for turning digits into an int


@pytest.fixture(autouse=True)
def environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DISCORD_TOKEN", "SLACK_BOT_TOKEN", "SLACK_APP_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("STANCEBOT_CONFIG", str(PROJECT_CONFIG))
    monkeypatch.setenv("STANCEBOT_DB", str(tmp_path / "hostile.db"))


@pytest.fixture
def stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, database_target: Path | DatabaseUrl
) -> None:
    """The commands' database on each engine (with a URL, the local files go to ./data)."""
    if isinstance(database_target, DatabaseUrl):
        monkeypatch.setenv("STANCEBOT_DB", database_target.value)
        monkeypatch.chdir(tmp_path)


def ask(capsys: pytest.CaptureFixture[str], command: str, role: str) -> tuple[int, str]:
    code = main(["ask", command, "--as", role])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err
    return code, captured.out


@pytest.mark.parametrize(
    ("command", "role", "expected"),
    [
        (f"/huawei mute de {HUGE}w", "manager", f"“{HUGE}w” is out of range"),
        (f"/huawei mute de {ENORMOUS}m", "manager", f"“{ENORMOUS[:23]}…” is out of range"),
        (f"/huawei unmute {HUGE}", "manager", f"“{HUGE}” is out of range for a mute id"),
        (f"/huawei unmute {ENORMOUS}", "manager", "is out of range for a mute id"),
        (f"/huawei stance confirm {HUGE}", "operator", "is out of range for an event number"),
        (f"/huawei stance reject {HUGE} spam", "operator", "is out of range for an event number"),
        ("/huawei stance confirm ²", "operator", "“²” is not an event number"),
        (
            f"/huawei feeds add https://example.com/rss {HUGE}d",
            "admin",
            f"“{HUGE}d” is out of range: choose between 5m and 1d.",
        ),
    ],
)
@pytest.mark.usefixtures("stored")
def test_a_number_out_of_range_is_named_not_a_traceback(
    capsys: pytest.CaptureFixture[str], command: str, role: str, expected: str
) -> None:
    code, out = ask(capsys, command, role)
    assert (1, True) == (code, expected in out), out


@pytest.mark.parametrize("command", ["/huawei subscribe de everything", "/huawei mute de,all 1h"])
@pytest.mark.usefixtures("stored")
def test_every_country_cannot_be_combined_with_named_ones(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    code, out = ask(capsys, command, "manager")
    _, listed = ask(capsys, "/huawei subscriptions", "manager")
    assert (1, True) == (code, "cannot be combined with named ones" in out), out
    assert "no subscription" in listed.casefold(), listed


def test_invite_url_when_discord_is_unreachable_says_so_in_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("DISCORD_TOKEN", "MTIz.fake.token")
    monkeypatch.setenv("DISCORD_API_BASE", f"http://127.0.0.1:{port}/api/v10")
    code = main(["discord", "invite-url"])
    err = capsys.readouterr().err
    assert (2, 1) == (code, len(err.splitlines())), err
    assert err.startswith("stancebot: Discord could not be reached at 127.0.0.1"), err


def test_an_unreachable_discord_is_named_by_its_host_alone(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("DISCORD_TOKEN", "MTIz.fake.token")
    base = f"http://127.0.0.1:{port}/api/SECRET2?token=SECRET3"
    monkeypatch.setenv("DISCORD_API_BASE", base)
    code = main(["discord", "invite-url"])
    err = capsys.readouterr().err
    assert (2, False) == (code, "SECRET" in err), err


@pytest.mark.parametrize("variable", ["DISCORD_API_BASE", "SLACK_API_URL", "DISCORD_GUILD_ID"])
def test_a_token_pasted_into_a_url_variable_is_not_printed(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    token = "xoxb-1234567890-0987654321-SeCrEtToKeNvAlUe"
    monkeypatch.setenv(variable, token)
    code = main(["ask", "/huawei help"])
    err = capsys.readouterr().err
    assert (2, False, True) == (code, "SeCrEt" in err, f"  - {variable}: expected" in err), err


# Feed text on each platform: shown as written, never as formatting, links or hidden text.

HOSTILE_TITLE = "**Huawei** [banned] _now_"


def test_discord_also_reported_is_escaped_once(countries: CountryIndex) -> None:
    embed = alert_embed(alert(countries, EventStatus.PENDING, headline=HOSTILE_TITLE, count=2))
    also = next(field.value for field in embed.fields if field.name == "Also reported")
    expected = (
        "[\\*\\*Huawei\\*\\* \\[banned\\] \\_now\\_ (1)](https://news1.example/a) · news1.example"
    )
    assert expected == also


def test_discord_feed_text_cannot_start_a_heading_or_a_quote() -> None:
    assert ["\\# Big", "\\> quoted", "\\- listed"] == [
        discord_escape(text) for text in ("# Big", "> quoted", "- listed")
    ]


def test_slack_feed_text_cannot_format(countries: CountryIndex) -> None:
    headline = "*bold* _italic_ ~strike~ `code`"
    message = alert_message(alert(countries, EventStatus.PENDING, headline=headline, count=2))
    story = message.blocks[1]["text"]["text"]
    also = next(t for t in texts(message.blocks) if t.startswith("*Also reported by*"))
    shown = "∗bold∗ ˍitalicˍ ∼strike∼ ˋcodeˋ"
    assert f"*<https://news0.example/a|{shown}>*" == story.split("\n")[0]
    assert f"• <https://news1.example/a|news1.example: {shown} (1)>" == also.split("\n")[1]
    assert "›" + " quoted" == unformatted("> quoted")


def test_direction_overrides_and_zero_width_characters_never_reach_anyone() -> None:
    hidden = "Germany\u202e bans\u200b Huawei\u2066 now\u2069\ufeff"
    body = (
        "<rss version='2.0'><channel><title>t</title><item>"
        f"<title>{hidden}</title><link>https://a.example/x</link>"
        f"<description>{hidden}</description></item></channel></rss>"
    ).encode()
    (item,) = parse_feed(body, fetched_at=WHEN).items
    expected = "Germany bans Huawei now"
    assert [expected] * 4 == [
        item.title,
        item.summary,
        discord_escape(hidden),
        unformatted(hidden),
    ]


def test_a_discord_error_reply_never_shows_a_masked_link() -> None:
    typed = "[click here](https://evil.example/login)"
    (page,) = reply_pages(error_reply(f"No country matches “{typed}”."))
    assert "No country matches “[click here]\u200b(https://evil.example/login)”." == (
        page.description
    )


def test_the_terminal_shows_feed_text_without_controls_or_hidden_characters(
    countries: CountryIndex,
) -> None:
    hostile = "Germany\u202e bans\u200b Huawei\x1b[2J\x9b31m now"
    shown = render_alert(alert(countries, EventStatus.PENDING, headline=hostile))
    assert "“Germany bans Huawei[2J31m now”, news0.example, 01 Nov 2026" in shown.splitlines()
