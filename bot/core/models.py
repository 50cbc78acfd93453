"""The values the bot reasons about: stances, countries, records and their history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class Stance(StrEnum):
    BANNED = "banned"
    RESTRICTED = "restricted"
    UNDER_REVIEW = "under_review"
    ALLOWED = "allowed"
    PARTNERED = "partnered"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()

    @property
    def meaning(self) -> str:
        return STANCE_MEANINGS[self]


STANCE_MEANINGS = {
    Stance.BANNED: "excluded from 5G by law or regulation, or removal ordered",
    Stance.RESTRICTED: "partly excluded: from the core or sensitive sites, capped, or vetted out",
    Stance.UNDER_REVIEW: "a decision is publicly pending",
    Stance.ALLOWED: "no restriction decided; operators may buy Huawei",
    Stance.PARTNERED: "the government or main operators actively build 5G with Huawei",
    Stance.UNKNOWN: "no public position on record",
}


class Origin(StrEnum):
    """Who or what set a record: a newer seed may only replace records that came from the seed."""

    SEED = "seed"
    NEWS = "news"
    OPERATOR = "operator"


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    official_name: str
    alpha3: str = ""
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    seats: tuple[str, ...] = ()
    local_names: tuple[tuple[str, str], ...] = ()  # (language, name) pairs; English is `name`

    def name_in(self, language: str) -> str:
        """The name a reader of `language` knows it by; the English name where none is known."""
        return next((name for code, name in self.local_names if code == language), self.name)

    @property
    def flag(self) -> str:
        """The emoji flag: two regional indicator letters (EU has one too)."""
        return "".join(chr(0x1F1E6 + ord(letter) - ord("A")) for letter in self.code)


@dataclass(frozen=True)
class Group:
    key: str
    name: str
    members: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    local_names: tuple[tuple[str, str], ...] = ()  # (language, name): `[de.groups]`

    def name_in(self, language: str) -> str:
        """The name a reader of `language` knows it by; the English name where none is known."""
        return next((name for code, name in self.local_names if code == language), self.name)


@dataclass(frozen=True)
class Change:
    """One entry of a country's history: its stance became `stance` on `on`."""

    country: str
    stance: Stance
    on: date
    reason: str
    sources: tuple[str, ...]
    origin: Origin
    actor: str
    previous: Stance | None = None


@dataclass(frozen=True)
class Record:
    """A country's current stance."""

    country: str
    stance: Stance
    since: date | None
    summary: str
    sources: tuple[str, ...]
    origin: Origin
    updated_at: datetime
    reviewed_on: date | None = None  # when someone last checked it against the sources
    reviewed_by: str = ""  # who: a seed's research, an operator, auto-apply
