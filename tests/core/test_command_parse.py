"""A command's text is read by its entry of the table: declared options are options."""

from __future__ import annotations

from bot.core.commands import COMMAND_TABLE, CommandSpec
from bot.core.commands.parse import Arguments, arguments, tokens, words


def spec(path: str) -> CommandSpec:
    return next(s for s in COMMAND_TABLE if " ".join(s.path) == path)


def read(path: str, text: str) -> Arguments:
    return arguments(spec(path), tokens(text))


def test_declared_options_are_options_wherever_they_stand() -> None:
    assert Arguments(("de,fr", "reaffirm"), {"digest": "daily", "tz": "Asia/Tokyo"}, ()) == read(
        "subscribe", "/huawei subscribe digest:daily de,fr reaffirm tz:Asia/Tokyo"
    )


def test_quotes_keep_a_country_of_two_words_together() -> None:
    assert ("United Kingdom",) == read("country", "/huawei country 'United Kingdom'").args


def test_an_option_the_command_does_not_have_is_named() -> None:
    assert Arguments(("uk",), {}, ("publc",)) == read("country", "/huawei country uk publc:true")


def test_free_text_keeps_every_word_it_was_given() -> None:
    given = read("keywords test", '/huawei keywords test "Note: Huawei" banned ratio:5')

    assert Arguments(("Note: Huawei", "banned", "ratio:5"), {}, ()) == given


def test_a_link_is_a_word_not_an_option() -> None:
    assert ("https://example.com/a:b",) == read("why", "/huawei why https://example.com/a:b").args


def test_the_command_s_words_are_found_among_its_options() -> None:
    found = tokens("/huawei public:true country uk")

    assert (("country", "uk"), ("uk",)) == (words(found), arguments(spec("country"), found).args)


def test_an_unbalanced_quote_falls_back_to_plain_words() -> None:
    assert ("filter", "add", '"core', "network") == tokens('/huawei filter add "core network')
