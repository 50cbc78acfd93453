"""Countries and groups as people type them in filters: `de,fr`, `eu five-eyes`, `all`."""

from __future__ import annotations

from collections.abc import Iterable

from bot.core.catalogue import ENGLISH_CODE, place_name, refusal, say
from bot.core.countries import CountryIndex
from bot.core.wording import name_key

ALL_WORDS = frozenset({"all", "every", "everything", "*"})
MAX_NAMED = 15  # countries named one by one before "and N more"
MAX_NAME_WORDS = 10  # longer than any name (United Kingdom of Great Britain and N. I.: 8)


def parse_countries(index: CountryIndex, words: Iterable[str]) -> frozenset[str]:
    """ISO codes from `de,fr`, `eu five-eyes`, `united kingdom`; empty for `all` or nothing.

    Commas separate names; within them the longest run of words naming a country or group
    wins. A name matching nothing raises UnknownCountryError with suggestions.
    """
    codes: set[str] = set()
    chunks = [chunk.split() for chunk in " ".join(words).split(",")]
    everything = [word for chunk in chunks for word in chunk if word.casefold() in ALL_WORDS]
    for chunk in chunks:
        for found in _names_in(index, chunk):
            codes |= found
    if everything and codes:  # `de everything` is a mistake, not a wish for every country
        raise refusal("error.all_and_names", word=everything[0])
    return frozenset(codes)


def _names_in(index: CountryIndex, words: list[str]) -> list[frozenset[str]]:
    found: list[frozenset[str]] = []
    start = 0
    while start < len(words):
        for end in range(min(len(words), start + MAX_NAME_WORDS), start, -1):
            codes = _lookup(index, " ".join(words[start:end]))
            if codes is not None:
                found.append(codes)
                start = end
                break
        else:
            index.resolve(words[start])  # raises, naming the word and close names
    return found


def _lookup(index: CountryIndex, name: str) -> frozenset[str] | None:
    """The codes a name stands for (empty for `all`), or None when it names nothing."""
    if name.casefold() in ALL_WORDS:
        return frozenset()
    group = index.group(name)
    if group is not None:
        return frozenset(group.members)
    country = index.find(name)
    return frozenset({country.code}) if country else None


def describe_countries(
    index: CountryIndex, codes: frozenset[str], language: str = ENGLISH_CODE
) -> str:
    """Whole groups by name (largest first), then the remaining countries in the order of
    their names in `language`."""
    if not codes:
        return say(language, "setting.every_country")
    left = set(codes)
    parts = []
    for group in sorted(index.groups, key=lambda g: (-len(g.members), g.key)):
        members = set(group.members)
        if len(members) > 1 and members <= left:
            parts.append(f"{group.name_in(language)} ({len(members)})")
            left -= members
    names = sorted(_named(index, code, language) for code in left)
    parts += [label for _, label in names[:MAX_NAMED]]
    if len(names) > MAX_NAMED:
        parts.append(say(language, "setting.more", len(names) - MAX_NAMED))
    return ", ".join(parts)


def _named(index: CountryIndex, code: str, language: str) -> tuple[str, str]:
    """(key to sort by, label); a code the index no longer knows stays readable."""
    try:
        place = index.get(code)
    except KeyError:
        return code.casefold(), code
    return name_key(place.name_in(language)), place_name(language, place)
