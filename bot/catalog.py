"""Loads the data files (countries, groups, the stance seed) into core values."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pycountry

from bot.core.analysis import Analyser
from bot.core.analysis.actors import NO_ACTORS, Actors
from bot.core.analysis.history import StanceHistory
from bot.core.analysis.learned.model import ReadingModel
from bot.core.analysis.learned.model_file import read_model
from bot.core.countries import CountryIndex
from bot.core.errors import ConfigError
from bot.core.models import Country, Group
from bot.core.seed import Seed, parse_seed
from bot.files import read_toml

EU = "EU"
KOSOVO = "XK"  # not in ISO 3166-1 yet; the user-assigned code every registry uses
FOREIGN_NAMES = "names.toml"
ACTORS = "actors.toml"


def load_countries(path: Path) -> CountryIndex:
    """Every ISO 3166-1 country from pycountry, plus the EU, with the aliases in `path` and the
    names in other languages in `names.toml` beside it."""
    data = read_toml(path)
    extra: dict[str, Any] = data.get("country", {})
    names = path.with_name(FOREIGN_NAMES)
    foreign: dict[str, Any] = read_toml(names) if names.exists() else {}
    if foreign:
        extra = _with_displayed_names(_with_foreign_names(extra, foreign), foreign)
    codes = {c.alpha_2 for c in pycountry.countries} | {EU, KOSOVO}
    problems = [f"[country.{code}]: unknown country code" for code in extra if code not in codes]
    countries = [_iso_country(c, extra.get(c.alpha_2, {})) for c in pycountry.countries]
    countries.append(_country(EU, "European Union", "European Union", "", extra=extra.get(EU, {})))
    countries.append(
        _country(KOSOVO, "Kosovo", "Republic of Kosovo", "XKX", extra=extra.get(KOSOVO, {}))
    )
    groups = [
        _group(key, raw, codes, problems, _group_names(foreign, key))
        for key, raw in data.get("group", {}).items()
    ]
    if problems:
        raise ConfigError(f"{path} is invalid:", problems)
    countries.sort(key=lambda country: country.code)
    return CountryIndex(countries, groups, data.get("ambiguous", ()))


def _with_foreign_names(extra: dict[str, Any], foreign: dict[str, Any]) -> dict[str, Any]:
    """`extra` with each language's names added to the aliases, its adjectives to the
    demonyms, its names of capitals and seats of government to the seats."""
    merged = {code: dict(table) for code, table in extra.items()}
    for language in foreign.values():
        for section, field in (
            ("names", "aliases"),
            ("adjectives", "demonyms"),
            ("seats", "seats"),
        ):
            for code, words in language.get(section, {}).items():
                table = merged.setdefault(code, {})
                table[field] = [*table.get(field, ()), *words]
    return merged


def _with_displayed_names(extra: dict[str, Any], foreign: dict[str, Any]) -> dict[str, Any]:
    """`extra` with the name each country is shown by in each language (`[de.display]`)."""
    merged = {code: dict(table) for code, table in extra.items()}
    for language, tables in foreign.items():
        for code, name in tables.get("display", {}).items():
            table = merged.setdefault(code, {})
            table["local_names"] = [*table.get("local_names", ()), (language, str(name))]
    return merged


def _iso_country(iso: Any, extra: dict[str, Any]) -> Country:
    official = getattr(iso, "official_name", iso.name)
    common = getattr(iso, "common_name", iso.name)
    return _country(iso.alpha_2, common, official, iso.alpha_3, extra=extra, also=(iso.name,))


def _country(
    code: str,
    name: str,
    official: str,
    alpha3: str,
    *,
    extra: dict[str, Any],
    also: tuple[str, ...] = (),
) -> Country:
    return Country(
        code=code,
        name=str(extra.get("name", name)),
        official_name=official,
        alpha3=alpha3,
        aliases=(*extra.get("aliases", ()), name, *also),
        demonyms=tuple(extra.get("demonyms", ())),
        seats=tuple(extra.get("seats", ())),
        local_names=tuple(extra.get("local_names", ())),
    )


def _group(
    key: str,
    raw: dict[str, Any],
    codes: set[str],
    problems: list[str],
    local_names: tuple[tuple[str, str], ...] = (),
) -> Group:
    members = tuple(raw.get("members", ()))
    problems += [f"[group.{key}]: unknown member {code}" for code in members if code not in codes]
    if not members:
        problems.append(f"[group.{key}]: has no members")
    name, aliases = str(raw.get("name", key)), tuple(raw.get("aliases", ()))
    return Group(key, name, members, aliases, local_names)


def _group_names(foreign: dict[str, Any], key: str) -> tuple[tuple[str, str], ...]:
    """The names a group is shown by in other languages (`[de.groups]`)."""
    return tuple(
        (language, str(tables["groups"][key]))
        for language, tables in foreign.items()
        if key in tables.get("groups", {})
    )


def load_actors(countries_file: Path, index: CountryIndex) -> Actors:
    """The operators, institutions and leaders in `actors.toml` beside the countries file."""
    path = countries_file.with_name(ACTORS)
    known = frozenset(country.code for country in index.countries)
    return Actors.from_tables(read_toml(path), known) if path.exists() else NO_ACTORS


def load_analyser(
    countries_file: Path,
    countries: CountryIndex,
    model_file: Path | None = None,
    seed: Seed | None = None,
) -> Analyser:
    """The analyser: the countries and their actors, the trained reading model when one is
    configured, and the seed record's history to read stories against."""
    actors = load_actors(countries_file, countries)
    history = StanceHistory(
        {code: entry.changes for code, entry in seed.entries.items()} if seed else {}
    )
    if model_file is None:
        return Analyser(countries, actors, history=history)
    return Analyser(countries, actors, model=load_model(model_file), history=history)


def load_model(path: Path) -> ReadingModel:
    """The trained reading model from its file (`model_file.py` says its format)."""
    try:
        with path.open(encoding="utf-8") as lines:
            return read_model(lines)
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"Cannot read the reading model {path}:", [str(error)]) from error


def load_seed(path: Path, index: CountryIndex) -> Seed:
    return parse_seed(read_toml(path), {c.code for c in index.countries}, str(path))


@dataclass(frozen=True)
class Catalog:
    """What an app reads from its data files: the countries, the seed and the analyser."""

    countries: CountryIndex
    seed: Seed
    analyser: Analyser


# Catalogs already built in this process, by a digest of the files they were built from: an
# app opened again (the tests open hundreds) parses nothing twice, and an edited or copied file
# with other content is read afresh. The values are never changed once built.
_CATALOGS: dict[tuple[bytes | None, ...], Catalog] = {}
_CATALOGS_KEPT = 4


def load_catalog(countries_file: Path, stances_file: Path, model_file: Path | None) -> Catalog:
    """The countries, the seed and the analyser, built once per content of their files."""
    files = (
        countries_file,
        countries_file.with_name(FOREIGN_NAMES),
        countries_file.with_name(ACTORS),
        stances_file,
        model_file,
    )
    key = tuple(_content(file) for file in files)
    if key not in _CATALOGS:
        countries = load_countries(countries_file)
        seed = load_seed(stances_file, countries)
        analyser = load_analyser(countries_file, countries, model_file, seed)
        if len(_CATALOGS) >= _CATALOGS_KEPT:
            _CATALOGS.clear()
        _CATALOGS[key] = Catalog(countries, seed, analyser)
    return _CATALOGS[key]


def _content(file: Path | None) -> bytes | None:
    """A digest of the file's bytes (the key must not keep 1.5 MB of data files alive); None
    for no file or one that cannot be read (loading names it)."""
    if file is None:
        return None
    try:
        return hashlib.sha256(file.read_bytes()).digest()
    except OSError:
        return None
