"""Who acts for a country without naming it: operators, institutions and leaders.

News says "Safaricom launches 5G with Huawei", "FCC bans approvals", "Sejm passes the bill",
"Trump signs an order": these tables (config/actors.toml) turn such actors into countries. An
operator present in several countries maps to "" and takes its country from the text ("MTN
Nigeria", "Jordan's Orange").

Operators only count as the actor of a partnership (they sign, pick and launch); a ban or a
review is a government's act, so for those verbs the analysis looks past an operator.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.core.errors import ConfigError

MULTI = "multi"  # the table of operator groups present in several markets
GENERIC = "generic"  # the table of institution names several countries use
_KINDS = {"operators": "operator", "institutions": "agency", "leaders": "leader"}


@dataclass(frozen=True)
class Actors:
    """Each actor's name, with the country it stands for and its kind."""

    names: Mapping[str, tuple[str, str]] = field(default_factory=dict)  # name → (code, kind)
    # Names several countries give their bodies (Ireland, the Netherlands and New Zealand have a
    # National Cyber Security Centre too): the table's country only when the item names no other.
    generic: frozenset[str] = frozenset()

    @classmethod
    def from_tables(cls, data: Mapping[str, Any], known: frozenset[str]) -> Actors:
        names: dict[str, tuple[str, str]] = {}
        problems: list[str] = []
        for code, table in data.items():
            if code == GENERIC:
                continue
            if code != MULTI and code not in known:
                problems.append(f"[{code}]: unknown country code")
                continue
            for section, kind in _KINDS.items():
                for name in table.get(section, ()):
                    names.setdefault(str(name), ("" if code == MULTI else code, kind))
        if problems:
            raise ConfigError("The actors file is invalid:", problems)
        generic = frozenset(str(n) for n in data.get(GENERIC, {}).get("institutions", ()))
        return cls(names, generic)


NO_ACTORS = Actors()
