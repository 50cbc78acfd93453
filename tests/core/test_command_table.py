"""The command table is well formed: every platform can parse and build from it unambiguously."""

from __future__ import annotations

import pytest

from bot.core.access import Role
from bot.core.catalogue import LANGUAGES, say
from bot.core.commands import COMMAND_TABLE, GROUPS, CommandSpec, Form, Kind, Option, table_problems


def test_the_shipped_table_has_no_problem() -> None:
    assert [] == table_problems(COMMAND_TABLE, GROUPS)


def test_a_malformed_table_is_told_what_is_wrong_with_it() -> None:
    text = Option("text", "Some text", Kind.TEXT, Form.WORDS)
    table = (
        CommandSpec(("ping",), "Answer"),
        CommandSpec(("ping",), "Answer again"),
        CommandSpec(("notes", "add"), "A group nobody described"),
        CommandSpec(
            ("say",), "Optional, then required", options=(text, Option("to", "", required=True))
        ),
        CommandSpec(("shout",), "Bad name", options=(Option("Loud", "", Kind.FLAG, Form.KEYED),)),
        CommandSpec(("quiet",), ""),
    )

    assert [
        "ping: declared twice",
        "notes add: the group notes has no description",
        "say: a required option follows an optional one",
        "shout: 'Loud' is not an option name",
        "quiet: its description is empty or too long",
    ] == table_problems(table, GROUPS)


def test_the_table_alone_gives_a_usage_line() -> None:
    feeds_add = next(spec for spec in COMMAND_TABLE if spec.path == ("feeds", "add"))

    assert "feeds add <url> [interval] [global:true]" == feeds_add.usage


def test_a_keyed_choice_shows_its_values_and_free_words_an_ellipsis() -> None:
    level = Option("level", "", Kind.CHOICE, Form.KEYED, choices=(("A", "a"), ("B", "b")))
    spec = CommandSpec(("say",), "", Role.MANAGER, (Option("text", "", form=Form.WORDS), level))

    assert "say [text…] [level:a|b]" == spec.usage


def test_values_become_the_text_the_parser_reads() -> None:
    stance_set = next(spec for spec in COMMAND_TABLE if spec.path == ("stance", "set"))

    assert "/huawei stance set 'United Kingdom' banned https://gov.uk/x date:2020-01-14" == (
        stance_set.text(
            {
                "country": "United Kingdom",
                "stance": "banned",
                "source": "https://gov.uk/x",
                "date": "2020-01-14",
                "reason": None,
            }
        )
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_usage_line_names_its_command_s_keyed_options(language: str) -> None:
    """Help's wording is the catalogue's, but what it names comes from the table: a keyed
    option as `name:`, or a choice by its values (`subscribe de reaffirm`)."""
    unnamed = {}
    for spec in COMMAND_TABLE:
        usage = say(language, "usage." + ".".join(spec.path))
        missing = [
            option.name
            for option in spec.options
            if option.form is Form.KEYED
            and f"{option.name}:" not in usage
            and not (option.choices and "|".join(v for _, v in option.choices) in usage)
        ]
        if missing:
            unnamed[spec.name] = missing
    assert {} == unnamed
