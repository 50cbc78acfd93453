"""Loads the data files (countries, groups, the stance seed) into core values."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pycountry

from bot.core.countries import CountryIndex
from bot.core.errors import ConfigError
from bot.core.models import Country, Group
from bot.core.seed import Seed, parse_seed
from bot.files import read_toml

EU = "EU"


def load_countries(path: Path) -> CountryIndex:
    """Every ISO 3166-1 country from pycountry, plus the EU, with the aliases in `path`."""
    data = read_toml(path)
    extra: dict[str, Any] = data.get("country", {})
    codes = {c.alpha_2 for c in pycountry.countries} | {EU}
    problems = [f"[country.{code}]: unknown country code" for code in extra if code not in codes]
    countries = [_iso_country(c, extra.get(c.alpha_2, {})) for c in pycountry.countries]
    countries.append(_country(EU, "European Union", "European Union", "", extra=extra.get(EU, {})))
    groups = [_group(key, raw, codes, problems) for key, raw in data.get("group", {}).items()]
    if problems:
        raise ConfigError(f"{path} is invalid:", problems)
    countries.sort(key=lambda country: country.code)
    return CountryIndex(countries, groups, data.get("ambiguous", ()))


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
    )


def _group(key: str, raw: dict[str, Any], codes: set[str], problems: list[str]) -> Group:
    members = tuple(raw.get("members", ()))
    problems += [f"[group.{key}]: unknown member {code}" for code in members if code not in codes]
    if not members:
        problems.append(f"[group.{key}]: has no members")
    return Group(key, str(raw.get("name", key)), members, tuple(raw.get("aliases", ())))


def load_seed(path: Path, index: CountryIndex) -> Seed:
    return parse_seed(read_toml(path), {c.code for c in index.countries}, str(path))
