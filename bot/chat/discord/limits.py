"""Discord's message limits, and cutting text to fit them without breaking it mid-word.

Discord measures lengths in UTF-16 code units (a flag emoji counts 4), so we do too.
"""

from __future__ import annotations

TITLE = 256
DESCRIPTION = 4096
FIELDS = 25
FIELD_NAME = 256
FIELD_VALUE = 1024
FOOTER = 2048
EMBED_TOTAL = 6000
CONTENT = 2000
ELLIPSIS = "…"
REGIONAL_INDICATORS = "".join(chr(code) for code in range(0x1F1E6, 0x1F200))


def size(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def clip(text: str, limit: int) -> str:
    """`text` cut to `limit` units, at a word boundary when one is near, ending in an ellipsis."""
    if size(text) <= limit:
        return text
    budget = limit - size(ELLIPSIS)
    cut = _prefix(text, budget)
    space = cut.rfind(" ")
    if space > len(cut) * 3 // 4:  # only back up to a space when it loses little
        cut = cut[:space]
    return cut.rstrip() + ELLIPSIS


def _prefix(text: str, budget: int) -> str:
    """The longest prefix of at most `budget` units that splits neither a character nor a flag
    (two regional indicator letters)."""
    used = 0
    for index, char in enumerate(text):
        used += 2 if ord(char) > 0xFFFF else 1
        if used > budget:
            return _whole_flags(text[:index])
    return text


def _whole_flags(text: str) -> str:
    trailing = len(text) - len(text.rstrip(REGIONAL_INDICATORS))
    return text[:-1] if trailing % 2 else text


def split(text: str, limit: int) -> list[str]:
    """`text` in pieces of at most `limit` units: at line breaks, else at `, `, else anywhere."""
    pieces: list[str] = []
    current = ""
    for part in _parts(text, limit):
        joined = f"{current}{part}"
        if current and size(joined.rstrip("\n")) > limit:
            pieces.append(current.rstrip("\n").removesuffix(", "))
            current = part
        else:
            current = joined
    if current.strip():
        pieces.append(current.rstrip("\n").removesuffix(", "))
    return pieces or [""]


def _parts(text: str, limit: int) -> list[str]:
    """Lines (keeping their break), a too-long line cut after its commas, a too-long part cut."""
    parts: list[str] = []
    for line in text.splitlines(keepends=True):
        if size(line.rstrip("\n")) <= limit:
            parts.append(line)
            continue
        for chunk in _comma_chunks(line):
            rest = chunk
            while size(rest) > limit:
                head = _prefix(rest, limit)
                parts.append(head)
                rest = rest[len(head) :]
            parts.append(rest)
    return parts


def _comma_chunks(line: str) -> list[str]:
    chunks = line.split(", ")
    return [f"{chunk}, " for chunk in chunks[:-1]] + chunks[-1:]
