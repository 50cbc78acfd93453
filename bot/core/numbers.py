"""Numbers as people type them: ids with a range, and long input shortened in replies.

Python turns any run of digits into an int, but SQLite's INTEGER stops at 2**63 - 1, timedelta
at 999,999,999 days and `int()` itself refuses more than 4,300 digits: every number a person types
is checked against its range before it reaches any of them.
"""

from __future__ import annotations

from bot.core.errors import UsageError

MAX_ID = 2**63 - 1  # SQLite's largest INTEGER
_MAX_DIGITS = 19  # len(str(MAX_ID)); longer numbers are out of range without converting them


def digits_value(digits: str) -> int | None:
    """The value of ASCII digits, or None when it has more digits than any range allows."""
    significant = digits.lstrip("0")
    return int(significant or "0") if len(significant) <= _MAX_DIGITS else None


def parse_id(word: str, *, what: str, hint: str) -> int:
    """`12` or `#12` → 12; anything else, zero, or a number past SQLite's range is a UsageError."""
    digits = word.strip().removeprefix("#")
    if not (digits.isascii() and digits.isdigit()):
        raise UsageError(f"“{shorten(word)}” is not {what}: {hint}")
    value = digits_value(digits)
    if value is None or not 1 <= value <= MAX_ID:
        raise UsageError(f"“{shorten(word)}” is out of range for {what}: {hint}")
    return value


def shorten(text: str, limit: int = 24) -> str:
    """Echo at most `limit` characters of what a person typed."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
