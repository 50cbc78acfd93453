"""Resolving what people type ("uk", "Britain", "Germnay", "five-eyes") to countries and groups."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from bot.core.errors import UnknownCountryError
from bot.core.models import Country, Group
from bot.core.names import edit_distance, normalise

MAX_SUGGESTIONS = 3


def _resolve_budget(length: int) -> int:
    """How many edits a query may be from a name and still be taken to mean it."""
    if length < 5:
        return 0
    return 1 if length < 10 else 2


def _suggest_budget(length: int) -> int:
    """How many edits a name may be from a query and still be worth suggesting."""
    if length < 4:
        return 0
    return 1 if length < 7 else 2 if length < 11 else 3


class CountryIndex:
    """Every country and group, looked up by code, name, alias, demonym, seat, or a near miss."""

    def __init__(
        self,
        countries: Iterable[Country],
        groups: Iterable[Group] = (),
        ambiguous: Iterable[str] = (),
    ) -> None:
        self._countries = {country.code: country for country in countries}
        self._groups = {group.key: group for group in groups}
        blocked = {normalise(name) for name in ambiguous}
        self._by_key: dict[str, str] = {}
        for country in self._countries.values():
            for key in self._keys_of(country):
                if key not in blocked:
                    self._by_key.setdefault(key, country.code)
        self._names = {normalise(c.name): c.code for c in self._countries.values()}
        self._group_by_key = {
            normalise(name): group.key
            for group in self._groups.values()
            for name in (group.key, group.name, *group.aliases)
        }

    @staticmethod
    def _keys_of(country: Country) -> list[str]:
        # Codes first, then names: setdefault keeps the first country claiming a key.
        names = [country.code, country.alpha3, country.name, country.official_name]
        names += [*country.aliases, *country.demonyms, *country.seats]
        return [key for key in (normalise(name) for name in names if name) if key]

    def __len__(self) -> int:
        return len(self._countries)

    @property
    def countries(self) -> tuple[Country, ...]:
        return tuple(self._countries.values())

    @property
    def groups(self) -> tuple[Group, ...]:
        return tuple(self._groups.values())

    def get(self, code: str) -> Country:
        return self._countries[code.upper()]

    def find(self, query: str) -> Country | None:
        """The country a query names exactly, or within a small typo; None otherwise."""
        key = normalise(query)
        if key in self._by_key:
            return self._countries[self._by_key[key]]
        budget = _resolve_budget(len(key))
        if budget == 0:
            return None
        scored = self._near(key, budget)
        best = [code for distance, code in scored if distance == scored[0][0]] if scored else []
        return self._countries[best[0]] if len(set(best)) == 1 else None

    def named_exactly(self, query: str) -> bool:
        """True when a query is a code, name or alias as written (case and accents aside),
        False when `find` had to correct a typo."""
        return normalise(query) in self._by_key

    def resolve(self, query: str) -> Country:
        """Like `find`, but a miss raises UnknownCountryError with up to three suggestions."""
        country = self.find(query)
        if country is None:
            codes = self.suggest_codes(query)
            names = tuple(self._countries[code].name for code in codes)
            raise UnknownCountryError(query.strip(), names, codes)
        return country

    def suggest(self, query: str) -> tuple[str, ...]:
        """Names close to a query that matched nothing: near misses first, then prefixes."""
        return tuple(self._countries[code].name for code in self.suggest_codes(query))

    def suggest_codes(self, query: str) -> tuple[str, ...]:
        """The codes of the countries `suggest` names."""
        key = normalise(query)
        if len(key) < 3:
            return ()
        codes = [code for _, code in self._near(key, _suggest_budget(len(key)))]
        codes += [code for name, code in self._names.items() if key in name.split(" ")]
        codes += [code for name, code in self._names.items() if name.startswith(key)]
        codes += [code for name, code in self._fuzzy() if name.startswith(key)]
        codes += [code for name, code in self._fuzzy() if key.startswith(name)]
        return tuple(dict.fromkeys(codes))[:MAX_SUGGESTIONS]

    def _fuzzy(self) -> Iterator[tuple[str, str]]:
        """The keys long enough to correct or complete (a typo in "UK" could be anything),
        read from the lookup table itself: a list of its own would hold thousands of pairs."""
        return ((key, code) for key, code in self._by_key.items() if len(key) > 3)

    def _near(self, key: str, budget: int) -> list[tuple[int, str]]:
        scored = []
        for name, code in self._fuzzy():
            distance = edit_distance(key, name, budget)
            if distance <= budget:
                scored.append((distance, code))
        return sorted(scored)

    def group(self, query: str) -> Group | None:
        key = self._group_by_key.get(normalise(query))
        return self._groups[key] if key else None
