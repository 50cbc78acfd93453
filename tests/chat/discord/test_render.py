"""Replies and alerts as embeds, always within Discord's limits, nothing silently lost."""

from __future__ import annotations

import discord

from bot.chat.discord.alerts import escape
from bot.chat.discord.limits import clip, size, split
from bot.chat.discord.render import STANCE_COLOURS, markdown_link, reply_pages
from bot.chat.discord.roots import discord_paths
from bot.core.commands import COMMAND_TABLE, CommandSpec
from bot.core.models import Stance
from bot.core.replies import Field, Link, Reply
from tests.chat.discord.payloads import embed_problems


def problems(embeds: list[discord.Embed]) -> list[str]:
    return embed_problems({"embeds": [embed.to_dict() for embed in embeds]})


def subcommand(path: str) -> CommandSpec:
    return next(s for s in COMMAND_TABLE if " ".join(s.path) == path)


def test_a_flag_counts_as_four_units_as_discord_counts_it() -> None:
    assert (4, "🇬🇧…") == (size("🇬🇧"), clip("🇬🇧🇫🇷🇩🇪", 7))


def test_text_is_cut_at_a_word_and_ends_in_an_ellipsis() -> None:
    assert "Huawei is banned…" == clip("Huawei is banned from the core", 20)


def test_a_long_value_is_split_between_lines_and_keeps_every_line() -> None:
    text = "\n".join(f"line {n:03}" for n in range(300))

    pieces = split(text, 1024)

    assert text.splitlines() == "\n".join(pieces).splitlines()
    assert all(size(piece) <= 1024 for piece in pieces)


def test_a_reply_of_sixty_long_fields_pages_within_every_limit() -> None:
    fields = tuple(Field(f"Field {n}", "word " * 150) for n in range(60))

    pages = reply_pages(Reply(title="Many", fields=fields, footer="footer"))

    assert [] == problems(pages)
    assert 60 == sum(len(page.fields) for page in pages)
    assert f"footer · page {len(pages)} of {len(pages)}" == pages[-1].footer.text


def test_a_field_longer_than_discord_allows_continues_in_the_next_field() -> None:
    names = ", ".join(f"Country {n}" for n in range(200))

    [page] = reply_pages(Reply(title="Unknown", fields=(Field("Unknown (200)", names),)))

    assert ["Unknown (200)", "Unknown (200) (continued)"] == [f.name for f in page.fields][:2]
    assert names == ", ".join(str(f.value) for f in page.fields)


def test_a_reply_card_has_the_stance_colour_and_its_sources_as_links() -> None:
    links = (Link("gov.uk", "https://www.gov.uk/news/huawei (2020)"),)
    reply = Reply(title="🇬🇧 United Kingdom: Banned", stance=Stance.BANNED, links=links)

    [page] = reply_pages(reply)

    assert discord.Colour(STANCE_COLOURS[Stance.BANNED]) == page.colour
    assert [("Sources", "[gov.uk](https://www.gov.uk/news/huawei%20%282020%29)")] == [
        (f.name, f.value) for f in page.fields
    ]


def test_too_many_sources_are_counted_not_dropped() -> None:
    links = tuple(
        Link(f"site{n}.example", f"https://site{n}.example/{'a' * 60}") for n in range(40)
    )

    [page] = reply_pages(Reply(title="Sources", links=links))

    [field] = page.fields
    value = str(field.value)
    assert (True, True) == (value.endswith("more"), size(value) <= 1024)


def test_a_link_label_cannot_close_the_link_early() -> None:
    assert "[a\\](https://evil.example) b](https://ok.example)" == markdown_link(
        "a](https://evil.example) b", "https://ok.example"
    )


def test_a_link_to_anything_but_http_is_shown_as_text() -> None:
    assert "click" == markdown_link("click", "javascript:alert(1)")


def test_feed_text_cannot_mention_or_format() -> None:
    assert "@\u200beveryone <@\u200b123> \\*\\*bold\\*\\*" == escape("@everyone <@123> **bold**")


def test_replies_name_the_admin_commands_under_huawei_admin() -> None:
    text = "Try `/huawei feeds add <url>` or `/huawei country uk`."

    assert "Try `/huawei-admin feeds add <url>` or `/huawei country uk`." == discord_paths(text)


def test_an_option_becomes_neutral_text_the_dispatcher_parses_back() -> None:
    mute, stance_set = subcommand("mute"), subcommand("stance set")

    assert "/huawei mute de, fr 2h local elections" == mute.text(
        {"countries": "de, fr", "duration": "2h", "reason": "local elections"}
    )
    assert "/huawei stance set 'United Kingdom' banned https://gov.uk/x" == stance_set.text(
        {"country": "United Kingdom", "stance": "banned", "source": "https://gov.uk/x"}
    )
