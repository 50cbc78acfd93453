"""Whose decision is a stance verb? The actor: the nearest country (or regulator, leader,
operator) before the verb in its clause that stands as a subject, not as an object.

"Sweden and Denmark bar Huawei": both, by coordination. "Seoul keeps Huawei away from US
bases": Seoul; the US follows "from". "Swedish regulator bans": a demonym naming an
institution acts, "Chinese vendors" does not. Operators act only in partnerships.
"""

from __future__ import annotations

import itertools
import re

from bot.core.analysis.families import PARTNER
from bot.core.analysis.mentions import COUNTRY_KINDS, Entity
from bot.core.analysis.text import word_set

_PREPOSITIONS = word_set(
    "from to into with against for of over on at by than like unlike following toward towards "
    "about across between among including via near onto amid outside despite under "
    # Verbs whose object is a model, not an actor: "would not follow Washington in excluding".
    "follow follows followed join joins joined copy copies copied emulate emulates mirror"
)
# Words between a preposition and the name it governs: "of new US restrictions".
_MODIFIERS = word_set(
    "the a an new its their other recent fresh further tough tougher strict stricter latest "
    "existing current former"
)
_PLACED_ACTORS = word_set(
    "officials operators regulators regulator authorities government governments lawmakers "
    "carriers ministers politicians leaders diplomats telcos"
)
# "backed by Thai officials who said ...": the object of "by" is the subject of "who said".
_RELATIVE_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,2}?\s+(?:who|which|that)\s")
# A name that qualifies a noun of pressure is no subject: "Thailand ignores US warnings and
# launches a Huawei testbed" is Thailand's launch.
_PRESSURE_WORDS = (
    r"warnings?|pressure|threats?|calls|demands?|concerns?|objections?|"
    r"lobbying|push|campaign|opposition|requests?|entreaties|appeals?|criticism|"
    # "Pompeo-Warnung", "Druck aus Washington", "waarschuwingen van de VS"
    r"warnung(?:en)?|druck|drohung(?:en)?|waarschuwing(?:en)?|druk|pressions?|presi[oó]n"
)
_QUALIFIES_PRESSURE = re.compile(
    r"(?:['’]s)?(?:\s+|-)(?:" + _PRESSURE_WORDS + r")\b", re.IGNORECASE
)
# A name that backs what another does: "a Washington-backed bill", "US-brokered declaration".
_BACKING = re.compile(r"-(?:backed|sponsored|brokered|promoted|pushed|led)\b", re.IGNORECASE)
_PRESSURE_FROM = re.compile(
    r"\b(?:" + _PRESSURE_WORDS + r")\s+(?:from|aus|van|de|des|du|da|del)\s+"
    r"(?:(?:the|der|dem|de|la|el)\s+)?$",
    re.IGNORECASE,
)
_RIVAL_CODES = {"US", "CN"}
_BETWEEN = re.compile(
    r"\b(?:between|entre|zwischen|tra|fra|tussen|między|mezi|mellan|välillä)\s+"
    r"(?:(?:the|los|las|les|den|der|gli|la|le|de|os|as|o|a|el)\s+)?$",
    re.IGNORECASE,
)
_HYPHENATED = re.compile(r"\s?[-–/]\s?")  # "US-China tensions", "US/China"
_RIVALS_JOINED = re.compile(r"\s+(?:and|y|e|et|und|en|i|a|och|og|ja)\s+(?:(?:la|le|die|der)\s+)?")
_GENERIC_SUBJECT = re.compile(
    r"\b(?:countries|allies|nations|governments|states|those|others|anyone|any\s+country|"
    r"members|partners)\s+(?:that|which|who)\s",
    re.IGNORECASE,
)
# "operators that avoid Huawei": the verb right after a generic relative is its own, no
# country's. (Unlike countries above, a later verb is not theirs: "operators that use Huawei
# must remove it" is still the government's order.)
_GENERIC_RELATIVE = re.compile(
    r"\b(?:operators|carriers|telcos|companies|firms|networks|those|buyers)\s+(?:that|which|who)"
    r"\s+(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
# A speech verb right after the speaker's name ("minister says", "Authority (PTS) said").
_SPEECH_AFTER = re.compile(
    r"(?:\)|\s+[\w'’-]+){0,3}?\s+(?:says|said|insists|insisted|told|tells|announced|"
    r"confirmed|confirms|stressed|added)\b"
)
# The report comes first, then a comma (or a closing quote) and the speaker.
_FRONTED = re.compile(r"[,'’\"”]\s*(?:[\w'’()-]+\s+){0,6}\(?$")  # no preposition: "backed by"
_LOCATIVE = frozenset({"in", "at", "near"})
# A partnership "in Kenya" is Kenya's; one "in London" may be a launch event in a city.
_PLACES = frozenset({"name", "alias", "code"})
# The prepositions of the other languages read too: "Huawei banni du réseau en Nouvelle-Zélande",
# "Huawei esclusa dal 5G in Australia", "Huawei fica fora do leilão no Brasil".
_FOREIGN_IN = word_set(
    "en em no na nos nas nel nella nell' nei negli im au aux dans i w we v ve în på"
)
_FOREIGN_FROM = word_set(
    "de del do da dal dalla dall' du des din von aus par por pelo pela door av przez van uit "
    "från fra ur z ze"
)
# The networks an adjective follows in the Romance languages: "esclusa dalla rete 5G svedese".
_NETWORK_NOUNS = word_set(
    "rete reti red redes rede réseau réseaux 5g mobiles móviles mobili móveis télécoms"
)
_LOCATION = frozenset({"in", "for", "across"}) | _FOREIGN_IN
_PASSIVE_AGENT = frozenset({"from", "in", "by"}) | _FOREIGN_IN | _FOREIGN_FROM
# Articles between a preposition and the name it governs: "in the UK", "en la India".
_ARTICLES = word_set("the la le el los les il lo l'")
_OWNER_AFTER = frozenset({"of", "off", "from", "into"})
_POSSESSIVE = re.compile(r"['’]s?\s")
_COORDINATION = re.compile(r"(?:\s*,|\s*,?\s+and|\s*,?\s+or|\s+&)\s+(?:the\s+)?")
# Words a clause may start with before its verb and still be about the previous actor:
# "..., but [it] stopped short of a ban", "; the government has said it will not exclude".
_CARRY_OVER = word_set(
    "and but also still has have had will would won't wont is are was were it they said says "
    "this "
    "say that then later already effectively not to be been being stopped stops the "
    "government ministry regulator cabinet officials authorities ministers its their "
    "nonetheless however yet"
)
# A passive verb's grammatical subject is what is decided about, not who decides:
# "Huawei will be excluded from the core" speaks of the previous actor's decision.
_PASSIVE_SUBJECT = word_set(
    "huawei huawei's zte zte's equipment gear kit components the chinese company vendor firm "
    "its their existing"
)
_ANAPHORA = word_set("it they government ministry regulator cabinet officials authorities")


def _governing(text: str, start: int) -> tuple[str, str]:
    """The word before a name (past up to two modifiers), and the word before that."""
    words = text[max(0, start - 40) : start].lower().split()
    index = len(words) - 1
    while index >= 0 and words[index] in _MODIFIERS and len(words) - index <= 2:
        index -= 1
    return (words[index] if index >= 0 else "", words[index - 1] if index >= 1 else "")


def is_object(text: str, entity: Entity, *, actor: bool = True) -> bool:
    """Whether the name follows a preposition: "from Huawei in Germany", "like Australia".

    For an actor, "in" counts too unless it places officials ("officials in Helsinki",
    "operators in Saudi Arabia, Kuwait and Bahrain"): "employees in France face review".
    """
    word, before = _governing(text, entity.start)
    if word == "in":
        return actor and before not in _PLACED_ACTORS
    return word in _PREPOSITIONS


def _after(
    text: str, entity: Entity, prepositions: frozenset[str], skipping: frozenset[str] = frozenset()
) -> bool:
    """Whether the entity follows one of `prepositions` (an article between them, and any of
    the words `skipping` before the entity, aside)."""
    words = (
        text[max(0, entity.start - 30) : entity.start]
        .lower()
        .replace("’", "'")
        .replace("'", "' ")
        .split()
    )
    while words and words[-1] in skipping:
        words.pop()
    if words and words[-1] in _ARTICLES:
        words.pop()
    return bool(words) and words[-1] in prepositions


def is_location(text: str, entity: Entity) -> bool:
    """A city after "in"/"at": where something happened, not who decided ("in Istanbul")."""
    return entity.kind == "seat" and _after(text, entity, _LOCATIVE)


def can_act(entity: Entity, family: str) -> bool:
    """Operators act only in partnerships; demonyms only when they name an institution."""
    if entity.kind == "operator":
        return family == PARTNER and bool(entity.code)
    return entity.institutional


def presses(text: str, entity: Entity, end: int) -> bool:
    """Whether the name is the source of pressure, not an actor: "US warnings", "Druck aus
    Washington" (`end`: where the words that may qualify it stop)."""
    return bool(
        _QUALIFIES_PRESSURE.match(text, entity.end, end)
        or _BACKING.match(text, entity.end, end)
        or _PRESSURE_FROM.search(text, max(0, entity.start - 40), entity.start)
    )


def rivals(text: str, actors: list[Entity]) -> set[int]:
    """Where the US and China are named as the two sides of a rivalry ("the dispute between
    the US and China", "entre EE.UU. y China", "US-China tensions"): the story's backdrop,
    not the country that decides. The actors' positions."""
    found: set[int] = set()
    for first, second in itertools.pairwise(actors):
        if {first.code, second.code} == _RIVAL_CODES and _paired(text, first, second):
            found |= {first.start, second.start}
    return found


def _paired(text: str, first: Entity, second: Entity) -> bool:
    if _HYPHENATED.fullmatch(text, first.end, second.start):
        return True
    joined = _RIVALS_JOINED.fullmatch(text, first.end, second.start)
    return bool(joined and _BETWEEN.search(text, max(0, first.start - 20), first.start))


def actor_before(text: str, left: list[Entity], family: str, verb_at: int) -> list[Entity]:
    """The actor of a verb: the nearest usable entity before it, with those coordinated with it.

    Not across ", which" or ", who": a relative clause has its own subject; and a name inside a
    relative clause already closed (", which China has not, effectively excluding") is no
    subject of the verb after it. A generic subject between the name and the verb ("allies
    that rip out", "countries that let Huawei in") is the verb's subject: no country acts.
    """
    barrier = max(text.rfind(", which", 0, verb_at), text.rfind(", who", 0, verb_at))
    closed = text.find(",", barrier + 2, verb_at) if barrier >= 0 else -1
    for index in range(len(left) - 1, -1, -1):
        entity = left[index]
        if entity.end <= barrier:
            return []
        if entity.start < closed or _GENERIC_SUBJECT.search(text, entity.end, verb_at):
            continue
        if presses(text, entity, verb_at):
            continue
        if _GENERIC_RELATIVE.search(text, entity.end, verb_at):
            return []
        if can_act(entity, family) and (
            not is_object(text, entity) or _RELATIVE_AFTER.match(text, entity.end, verb_at)
        ):
            return _coordinated(text, left, index, family)
    return []


def _coordinated(text: str, left: list[Entity], index: int, family: str) -> list[Entity]:
    group = [left[index]]
    while index > 0:
        previous = left[index - 1]
        if not _COORDINATION.fullmatch(text, previous.end, left[index].start):
            break
        if not can_act(previous, family):
            break
        group.insert(0, previous)
        index -= 1
    return group


def first_subject(text: str, entities: list[Entity]) -> list[Entity]:
    """The clause's subject, for a later clause that leaves its own unsaid."""
    for entity in entities:
        usable = entity.code if entity.kind == "operator" else entity.institutional
        if usable and not is_object(text, entity):
            return [entity]
    return []


def location_after(text: str, right: list[Entity]) -> list[Entity]:
    """For a partnership with no actor before it: the country it happens in ("... in Kenya")."""
    for entity in right:
        if entity.kind in _PLACES and _after(text, entity, _LOCATION):
            return [entity]
    return []


def passive_actor(text: str, right: list[Entity]) -> list[Entity]:
    """ "Huawei barred from Sweden's 5G networks": the country after "from"/"in"; or the owner
    of the networks or list it is taken out of ("torn out of Britain's networks", "left off
    New Delhi's list")."""
    for entity in right[:2]:
        if entity.kind not in COUNTRY_KINDS:
            continue
        owner = _POSSESSIVE.match(text, entity.end) and _after(text, entity, _OWNER_AFTER)
        if owner or _after(text, entity, _PASSIVE_AGENT, skipping=_NETWORK_NOUNS):
            return [entity]
    return []


def speaker_after(text: str, right: list[Entity], family: str, end: int) -> list[Entity]:
    """The one who says a fronted quote or report: "'We will not shut any vendor out,'
    Indonesian minister says", "operators must not use ..., the regulator (PTS) said"."""
    for entity in right:
        if entity.start >= end:
            break
        if can_act(entity, family) and _SPEECH_AFTER.match(text, entity.end, end):
            fronted = _FRONTED.search(text[max(0, entity.start - 40) : entity.start])
            words = fronted.group().lower().split()[1:] if fronted else []
            return [entity] if fronted and not _PREPOSITIONS.intersection(words) else []
    return []


def carries_over(text: str, start: int, end: int, *, anaphora: bool, passive: bool) -> bool:
    """Whether the words before a verb leave its subject to the previous clause (or, with
    `anaphora`, to the title: "The government said it would ...")."""
    words = re.findall(r"\w[\w'’]*", text[start:end].lower())
    allowed = _CARRY_OVER | _PASSIVE_SUBJECT if passive else _CARRY_OVER
    if len(words) > 8 or not all(word in allowed for word in words):
        return False
    return not anaphora or any(word in _ANAPHORA for word in words)
