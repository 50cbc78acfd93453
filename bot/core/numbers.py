"""Numbers as people type them: ids with a range, and long input shortened in replies.

Python turns any run of digits into an int, but SQLite's INTEGER stops at 2**63 - 1, timedelta
at 999,999,999 days and `int()` itself refuses more than 4,300 digits: every number a person types
is checked against its range before it reaches any of them.
"""

from __future__ import annotations

from bot.core.catalogue import Phrase, refusal

MAX_ID = 2**63 - 1  # SQLite's largest INTEGER
_MAX_DIGITS = 19  # len(str(MAX_ID)); longer numbers are out of range without converting them


def digits_value(digits: str) -> int | None:
    """The value of ASCII digits, or None when it has more digits than any range allows."""
    significant = digits.lstrip("0")
    return int(significant or "0") if len(significant) <= _MAX_DIGITS else None


def parse_id(word: str, *, what: str) -> int:
    """`12` or `#12` → 12; anything else, zero, or a number past SQLite's range is a UsageError.
    `what` names the catalogue's words for the id (`id.event`, with `id.event.hint`)."""
    digits = word.strip().removeprefix("#")
    said = {"word": shorten(word), "what": Phrase(what), "hint": Phrase(f"{what}.hint")}
    if not (digits.isascii() and digits.isdigit()):
        raise refusal("error.id", **said)
    value = digits_value(digits)
    if value is None or not 1 <= value <= MAX_ID:
        raise refusal("error.id.range", **said)
    return value


def shorten(text: str, limit: int = 24) -> str:
    """Echo at most `limit` characters of what a person typed."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
