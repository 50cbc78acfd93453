"""Words that name no command: a group's usage, or the command a typo meant, not all the help."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.core.access import Role
from bot.core.replies import Tone
from tests.conftest import ask


@pytest.mark.parametrize("group", ["keywords", "feeds", "stance"])
async def test_a_group_alone_shows_its_usage(app: App, group: str) -> None:
    reply = await ask(app, f"/huawei {group}", Role.OPERATOR)
    usage = {f.name: f.value for f in reply.fields}["Usage"]
    lines = usage.splitlines()
    assert (f"/huawei {group}", "", Tone.INFO) == (reply.title, reply.text, reply.tone)
    assert all(line.startswith(f"`/huawei {group} ") for line in lines)
    assert len(lines) >= 3


async def test_a_group_with_an_unknown_word_says_so_and_shows_its_usage(app: App) -> None:
    reply = await ask(app, "/huawei keywords frobnicate", Role.ADMIN)
    assert ("/huawei keywords", Tone.WARNING) == (reply.title, reply.tone)
    assert "Unknown `keywords` command “frobnicate”." == reply.text
    assert "`/huawei keywords add" in reply.fields[0].value


async def test_a_mistyped_word_in_a_group_gets_a_suggestion(app: App) -> None:
    reply = await ask(app, "/huawei keywords lsit", Role.ADMIN)
    assert "Unknown `keywords` command “lsit”. Did you mean `/huawei keywords list`?" == reply.text


async def test_a_member_sees_who_may_use_the_group(app: App) -> None:
    reply = await ask(app, "/huawei feeds", Role.MEMBER)
    fields = {f.name: f.value for f in reply.fields}
    assert "Workspace / server admins (you are a channel member)." == fields["Who"]


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("contry uk", "/huawei country uk"),
        ("histroy de", "/huawei history de"),
        ("subscibe eu", "/huawei subscribe eu"),
    ],
)
async def test_a_mistyped_command_gets_a_suggestion(app: App, typed: str, meant: str) -> None:
    reply = await ask(app, f"/huawei {typed}")
    assert ("Unknown command", Tone.WARNING, ()) == (reply.title, reply.tone, reply.fields)
    assert f"Unknown command “{typed.split(maxsplit=1)[0]}”. Did you mean `{meant}`?" == reply.text


async def test_a_mistyped_group_shows_the_group_it_meant(app: App) -> None:
    reply = await ask(app, "/huawei keywrds lst", Role.ADMIN)
    assert "/huawei keywords" == reply.title
    assert reply.text.startswith("Unknown command “keywrds”: showing `keywords`.")
    assert reply.text.endswith("Did you mean `/huawei keywords list`?")


async def test_help_still_shows_everything(app: App) -> None:
    reply = await ask(app, "/huawei help", Role.OPERATOR)
    assert ("stancebot help", 4) == (reply.title, len(reply.fields))


async def test_a_mistyped_option_is_refused_with_the_one_meant(app: App) -> None:
    reply = await ask(app, "/huawei country uk publc:true")

    assert (
        "`/huawei country` has no option “publc”: did you mean “public”? "
        "Usage: country <name> [public:true]"
    ) == reply.text


async def test_an_option_a_command_lacks_is_refused_in_the_channel_s_language(app: App) -> None:
    await ask(app, "/huawei subscribe de", Role.ADMIN)
    await ask(app, "/huawei language de", Role.ADMIN)

    reply = await ask(app, "/huawei recent colour:red")

    assert "`/huawei recent` hat keine Option „colour“. Aufruf: recent [public:true]" == reply.text


async def test_a_keyed_word_in_free_text_is_kept_as_a_word(app: App) -> None:
    reply = await ask(app, "/huawei keywords test zte:banned", Role.ADMIN)

    matched = {f.name: f.value for f in reply.fields}["Keywords matched"]
    assert ("Passes", "`zte`") == (reply.title, matched)
