"""Finding countries, and the operators, regulators and leaders that stand for them, in one pass.

Every name, alias, demonym and seat from the country index, the actor tables and the trap
blockers go into one index of names by their first word, built once. Matching is case-sensitive:
news capitalises names, and "US" is not "us", "Turkey" is not "turkey". Alpha-2 codes are not
matched as free text ("IT", "IN", "NO" are words); only "US" and "USA" are, and the aliases
the country file lists ("UK", "EU", "UAE").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from bot.core.analysis.actors import Actors
from bot.core.analysis.name_index import NameIndex, NameMatch
from bot.core.analysis.traps import BLOCKERS, is_trap
from bot.core.analysis.trie import trie_pattern
from bot.core.countries import CountryIndex
from bot.core.models import Country

COUNTRY_KINDS = frozenset({"name", "alias", "demonym", "seat", "code"})
_CODES_IN_TEXT = {"US": "US", "USA": "US"}  # the only codes that are names in news
_BLOCKER = "blocker"

# The words between a demonym and its head noun are modifiers ("Swedish telecoms watchdog"),
# never a conjunction, a verb of saying or another head: "Chinese company and that operators"
# and "Dutch government said operators" do not make "Chinese" an operator's or "Dutch" one.
# nor a preposition: "Chinese antennas near military bases" are not a Chinese military.
_MODIFIER = (
    r"\s+(?!(?:and|or|that|which|who|said|says|government|ministry|company|firm|near|in|at|"
    r"of|for|from|with|on|by|to)\b)[\w'’-]+"
)
_INSTITUTION = re.compile(
    r"(?:" + _MODIFIER + r"){0,3}?\s+(?:government|govt|regulators?|authorit(?:y|ies)|officials?|"
    r"ministry|ministries|ministers?|cabinet|parliament(?:ary)?|lawmakers|legislators?|"
    r"senators?|senate|congress|president|prime minister|premier|chancellor|courts?|"
    r"agency|agencies|watchdog|council|commission(?:er)?|department|law|rules|legislation|decree|"
    r"administration|operators?|carriers?|telcos?|ambassador|envoy|embassy|diplomats?|"
    r"delegation|security services?|intelligence|military|armed forces|side|"
    # Germanic and Slavic languages put the adjective first too: "Britse regering", "die
    # britische Regierung", "svenska regeringen", "polski rząd", "česká vláda"
    r"regering(?:en)?|kabinet|ministerie|overheid|toezichthouder|rechtbank|"
    r"(?:bundes)?regierung|ministerium|behörde|regulierungsbehörde|parlament|gericht|"
    r"kanzler(?:in)?|myndighet(?:en)?|domstol(?:en)?|rząd|ministerstwo|sąd|vláda|"
    r"ministerstvo|úřad|soud|"
    # Norwegian, Danish, Slovenian, Estonian, Lithuanian, Hungarian: "norske regjeringen",
    # "slovenska vlada", "Eesti valitsus", "Lietuvos vyriausybė", "magyar kormány"
    r"regjering(?:en)?|myndighed(?:en)?|vlada|valitsus|vyriausyb[ėe]|kormány|"
    # its measure: "Swedish ban on Huawei", "Zweeds verbod op", "schwedisches Verbot für"
    r"ban|verbod|verbot|förbud(?:et)?|forbud(?:et)?|zakaz|zákaz)\b",
    re.IGNORECASE,  # headlines are often in Title Case: "Brazilian Regulator Refuses to Ban"
)
_NOUN_REACH = 30  # characters before a demonym where its noun may stand
# Romance languages put the adjective after its noun: "il governo italiano", "el gobierno
# español", "le gouvernement français", "o governo português".
_INSTITUTION_BEFORE = re.compile(
    r"\b(?:govern[oa]|gobierno|gouvernement|guvernul|ministère|ministerio|ministero|ministério|"
    r"ministrul|régulateur|regulador|autorit[àé]|autoridad|parlamento|parlement|parlamentul|"
    r"tribunal|tribunale|exécutif|ejecutivo|esecutivo|executivo|presidente|président|"
    r"premier|primer\s+ministro)\s+$",
    re.IGNORECASE,
)
# "Netherlands telecom giant KPN", "Kenya's largest operator Safaricom": the country's operator.
_OPERATOR_APPOSITION = re.compile(
    r"(?:['’]s)?\s+(?:(?:leading|largest|biggest|top|major|main|state-owned|incumbent|"
    r"telecoms?|telecommunications?|mobile|wireless|network)\s+){0,3}"
    r"(?:giant|operator|carrier|telco|company|firm|provider|group)\s+",
    re.IGNORECASE,
)
_OPERATOR_NOUN = re.compile(
    r"(?:" + _MODIFIER + r"){0,2}?\s+(?:operators?|carriers?|telcos?)\b", re.IGNORECASE
)


class Entity(NamedTuple):
    """A country mention, or an actor standing for a country, at text[start:end]."""

    start: int
    end: int
    surface: str
    code: str  # "" for an operator whose country the text must supply
    kind: str  # name | alias | demonym | seat | code | operator | agency | leader
    institutional: bool  # a demonym naming an institution ("Swedish regulator"), or no demonym


class EntityFinder:
    """Built once per country index: the vocabulary and its compiled patterns.

    Names in scripts written without spaces between words (Chinese, Japanese, Korean, Thai) or
    that join articles to the word (Arabic) are found anywhere; Cyrillic names are stems found
    at a word's start; every other name must be a whole word.
    """

    def __init__(self, countries: CountryIndex, actors: Actors) -> None:
        self.vocabulary = _vocabulary(countries.countries, actors)
        loose = [s for s in self.vocabulary if _script(s) != _BOUNDED]
        bounded = [s for s in self.vocabulary if _script(s) == _BOUNDED]
        self._bounded = NameIndex(bounded)
        self._loose = re.compile(trie_pattern(loose)) if loose else None

    def find(self, text: str, title_end: int, title_case: bool) -> list[Entity]:
        found: list[Entity] = []
        written, text = text, self._recased(text)  # offsets are the same in both
        for start, end, name in self._matches(text):
            code, kind = self.vocabulary[name]
            if kind == _BLOCKER:
                continue
            after_name = bool(found) and text[found[-1].end : start].isspace()
            if kind in COUNTRY_KINDS and is_trap(
                text, start, end, title_case=title_case and start < title_end, after_name=after_name
            ):
                continue
            institutional = _institutional(text, start, end, kind)
            found.append(Entity(start, end, written[start:end], code, kind, institutional))
        return found

    def _recased(self, text: str) -> str:
        """Words in capitals as a title writes them ("HUAWEI STILL STUCK IN CANADA", "OTTAWA —"),
        unless the capitals are a name themselves ("USA", "FCC")."""
        if not _SHOUTED.search(text):
            return text
        return _SHOUTED.sub(lambda m: self._as_titled(m, text), text)

    def _as_titled(self, match: re.Match[str], text: str) -> str:
        word = match.group()
        titled = word[0] + word[1:].lower()
        if (
            not word.isupper()
            or self._bounded.starts_a_name(word)
            or len(titled) != len(word)
            or _DATELINE.match(text, match.end())  # where the story was filed from
        ):
            return word
        return titled

    def _matches(self, text: str) -> list[NameMatch]:
        """Whole-word matches, then other scripts' matches where they overlap none, in text
        order."""
        words = list(self._bounded.finditer(text))
        if self._loose is None or text.isascii():
            return words
        others = [
            # a space in a name matches any run of whitespace: the name is the one listed
            NameMatch(m.start(), m.end(), " ".join(m.group().split()))
            for m in self._loose.finditer(text)
            if not any(w.start < m.end() and m.start() < w.end for w in words)
            and not (_script(m.group()) == _STEM and m.start() and text[m.start() - 1].isalpha())
        ]
        return sorted(words + others)


_BOUNDED, _STEM, _ANYWHERE = "bounded", "stem", "anywhere"
# A word in capitals, three letters or more (checked with str.isupper: the range holds both cases).
# The word's start is checked after its first capital, not before it with "\b": a search can
# then skip straight to the capitals (three to four times faster on a headline and summary).
_SHOUTED = re.compile(r"[A-ZÀ-ÖØ-Þ](?<!\w.)[A-ZÀ-ÖØ-ÞĀ-ž]{2,}\b")
# "STOCKHOLM (Reuters) -", "BRUSSELS, June 3 -", "TOKYO •": where a story was filed, no actor.
_DATELINE = re.compile(r"(?:[/ ][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-ÞĀ-ž]+)*\s*(?:\(|,|—|–|-\s|:|•|\|)")


def _script(surface: str) -> str:
    """How a name is found: as a whole word (Latin and Greek), a stem (Cyrillic), or anywhere."""
    for char in surface:
        point = ord(char)
        if 0x0400 <= point <= 0x04FF:
            return _STEM
        if point > 0x024F and not (0x1E00 <= point <= 0x1EFF or 0x0370 <= point <= 0x03FF):
            return _ANYWHERE
    return _BOUNDED


# A name that says where the vendor is from only describes it: "China's Huawei banned from
# Australia's network" is Australia's ban, and no story about China.
_VENDOR_HOME = re.compile(
    r"['’]s\s+(?:(?:controversial|contentious|embattled|troubled|state-backed|telecoms?|"
    r"tech|technology|equipment)\s+){0,3}"
    r"(?:(?:giant|firm|company|vendor|supplier|maker)\s+)?(?:Huawei|ZTE)\b",
    re.IGNORECASE,
)


# A name before its operators only says whose they are: "Belgium telecom operators Proximus and
# Orange drop Huawei" is the operators' own choice; under an obligation they act for the state
# ("UK telcos legally obligated to remove Huawei kit").
_ITS_OPERATORS = re.compile(
    r"\s+(?:(?:telecoms?|mobile|wireless|cellular|network)\s+)?(?:operators|carriers|telcos)\b"
    r"(?!\s+(?:\w+\s+)?(?:obligated|obliged|required|ordered|forced|told|must|have\s+to)\b)",
    re.IGNORECASE,
)


def _institutional(text: str, start: int, end: int, kind: str) -> bool:
    if kind != "demonym":
        return not (_VENDOR_HOME.match(text, end) or _ITS_OPERATORS.match(text, end))
    return bool(
        _INSTITUTION.match(text, end)
        or _INSTITUTION_BEFORE.search(text, max(0, start - _NOUN_REACH), start)
    )


def _vocabulary(countries: tuple[Country, ...], actors: Actors) -> dict[str, tuple[str, str]]:
    """Every string to look for, with the country code and kind it stands for."""
    vocabulary: dict[str, tuple[str, str]] = {}

    def add(surface: str, code: str, kind: str) -> None:
        surface = re.sub(r"^[Tt]he\s+", "", surface.strip())
        for variant in (surface, _title_variant(surface)):
            if variant and variant not in vocabulary:
                vocabulary[variant] = (code, kind)

    for country in countries:
        for name in (country.name, country.official_name):
            add(name, country.code, "name")
    for country in countries:
        for kind, names in (
            ("alias", country.aliases),
            ("seat", country.seats),
            ("demonym", country.demonyms),
        ):
            for name in names:
                add(name, country.code, kind)
    for name, code in _CODES_IN_TEXT.items():
        add(name, code, "code")
    for name, (code, kind) in actors.names.items():
        add(name, code, kind)
    for name in BLOCKERS:
        add(name, "", _BLOCKER)
    return vocabulary


def _title_variant(surface: str) -> str:
    """ "Bosnia and Herzegovina" as a title-case headline writes it: "Bosnia And Herzegovina"."""
    words = surface.split(" ")
    if len(words) < 2 or all(word[:1].isupper() for word in words):
        return ""
    return " ".join(word[:1].upper() + word[1:] for word in words)


def merge_operators(text: str, entities: list[Entity]) -> list[Entity]:
    """Actors: an operator next to a country ("MTN Nigeria", "Jordan's Orange") becomes one
    actor of that country; a demonym before an operator noun ("Malaysian operator") is one."""
    actors: list[Entity] = []
    for entity in entities:
        previous = actors[-1] if actors else None
        if previous and _joined(text, previous, entity):
            operator, country = (
                (entity, previous) if entity.kind == "operator" else (previous, entity)
            )
            merged = Entity(
                previous.start, entity.end, operator.surface, country.code, "operator", True
            )
            actors[-1] = merged
            continue
        operator_noun = entity.kind == "demonym" and _OPERATOR_NOUN.match(text, entity.end)
        actors.append(entity._replace(kind="operator") if operator_noun else entity)
    return actors


def _joined(text: str, left: Entity, right: Entity) -> bool:
    gap = text[left.end : right.start]
    if left.kind == "operator" and right.kind in COUNTRY_KINDS:
        return gap == " " and right.kind != "demonym"
    if right.kind == "operator" and left.kind in COUNTRY_KINDS:
        return gap in ("'s ", "’s ", " ") or bool(_OPERATOR_APPOSITION.fullmatch(gap))
    return False


def localise_agencies(actors: list[Entity], generic: frozenset[str]) -> list[Entity]:
    """A generic agency name ("the National Cyber Security Centre") stands for the country the
    item names first, unless the item also names the table's country."""
    named = [a.code for a in actors if a.kind in COUNTRY_KINDS and a.institutional]
    if not named:
        return actors
    return [
        a._replace(code=named[0])
        if a.kind == "agency" and a.surface in generic and a.code not in named
        else a
        for a in actors
    ]
