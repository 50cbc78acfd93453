"""Sentences and clauses."""

from __future__ import annotations

from bot.core.analysis.text import split_clauses, split_sentences


def parts(text: str, title: str) -> tuple[list[str], list[str]]:
    sentences = split_sentences(text, len(title))
    clauses = split_clauses(text, sentences)
    return [text[s.start : s.end] for s in sentences], [text[c.start : c.end] for c in clauses]


def test_the_title_is_the_first_sentence_and_abbreviations_do_not_split() -> None:
    title = "Sweden bans Huawei"
    text = f"{title}\nThe U.S. welcomed it. Mr. Smith said so! Others? No."
    sentences, _ = parts(text, title)
    assert [title, "The U.S. welcomed it.", "Mr. Smith said so!", "Others?", "No."] == sentences


def test_clauses_break_at_while_but_as_and_semicolons() -> None:
    title = "Sweden bans Huawei as Finland weighs steps while Norway waits; Denmark acts"
    _, clauses = parts(title + "\n", title)
    assert ["Sweden bans Huawei", "Finland weighs steps", "Norway waits", "Denmark acts"] == clauses


def test_as_before_a_name_of_a_role_is_no_break() -> None:
    title = "Zain picks Huawei as its main supplier, such as Ericsson was"
    _, clauses = parts(title + "\n", title)
    assert [title] == clauses
