"""Measures whose decider goes unnamed: "An administrative court upheld the decision that
operators may not use Huawei", "French operators will have to remove Huawei antennas",
"Trusted-source regime leaves Chinese vendors out in the cold".

When an item names one country only, such a measure is that country's: there is nobody
else it could be. It is not when someone else visibly acts before the verb: an operator by
its own choice ("Rogers and Bell drop Huawei": a commercial decision, no government's),
Huawei itself ("Huawei denies UK ban will hurt") or a rival vendor ("Nokia to replace Huawei
in UK 5G market"), or a generic subject ("allies that rip out Huawei"). An operator under an
obligation, or next to an unnamed authority, acts for the state ("will have to remove", "agreed
with the interior ministry that ...").
"""

from __future__ import annotations

import re

from bot.core.analysis.cues import Cue
from bot.core.analysis.families import ALLOW, UPHOLD_BAN
from bot.core.analysis.foreign_words import STEMS, stems
from bot.core.analysis.mentions import COUNTRY_KINDS, Entity

_AUTHORITY = re.compile(
    r"\b(?:government|ministry|ministries|minister|regulator|court|authority|authorities|"
    r"agency|cabinet|parliament|lawmakers|decree|law|rules|regime|officials)\b|"
    # the other languages' governments, ministries, laws and decrees (the model's "state" stems)
    r"(?<!\w)" + stems(STEMS["state"] + " état etat estado stato staat"),
    re.IGNORECASE,
)
_OBLIGED = re.compile(
    r"\b(?:must|(?:will|would)\s+(?:have|need)\s+to|(?:has|have|had)\s+to|"
    r"(?:are|is|were|was|been)\s+(?:required|obliged|ordered|told)\s+to|"
    # "est obligé de retirer", "deberán sustituir", "dovranno rimuovere", "müssen ... entfernen"
    r"oblig[ée]e?s?\s+de|contraint\w*\s+de|doi(?:t|vent)|devr(?:a|ont)|deber[áa]n?|"
    r"tendr[áa]n?\s+que|obligad[oa]s?\s+a|dovr(?:à|anno)|dev(?:e|em|ono)|obbligat[oaie]\s+a|"
    r"ter(?:á|ão)\s+(?:de|que)|obrigad[oa]s?\s+a|muss|müssen|gezwungen)\s+$",
    re.IGNORECASE,
)
_PATIENT = frozenset({ALLOW, UPHOLD_BAN})  # families whose subject may be Huawei, decided about
_OWN_SUBJECT = re.compile(
    r"\b(?:Huawei|ZTE|Nokia|Ericsson|Samsung)\b|"
    r"\b(?:countries|allies|nations|states|those|others|members|partners)"
    r"\s+(?:that|which|who)\s",
)


def acts_for_country(actor: Entity) -> bool:
    """Whether the name can stand for its country's act: an institution, a leader, an
    operator of a known country, or the country's name used as an institution."""
    return bool(actor.code) and (actor.kind not in COUNTRY_KINDS or actor.institutional)


def only_country(actors: list[Entity]) -> list[Entity]:
    """The first actor of the one country the item's actors stand for, if only one."""
    usable = [a for a in actors if acts_for_country(a)]
    return usable[:1] if len({a.code for a in usable}) == 1 else []


def unnamed_decider(text: str, left: list[Entity], start: int, cue: Cue, *, passive: bool) -> bool:
    """Whether the cue may be a decision of an unnamed authority: nobody else acts before it
    in its clause (from `start`), or an authority or obligation is there. Huawei as the
    subject of a permission or of a ban upheld is what is decided about ("ZTE remains
    eligible to bid", "Huawei loses its appeal"). A bare gerund is a topic, not a decision
    ("Replacing Huawei gear could cost billions")."""
    verb_at = cue.start
    if cue.text.split()[0].lower().endswith("ing") and not passive:
        return False
    before = text[start:verb_at]
    if _AUTHORITY.search(before) or _OBLIGED.search(text, max(start, verb_at - 30), verb_at):
        return True
    if any(entity.kind == "operator" for entity in left):
        return False
    return passive or cue.family in _PATIENT or not _OWN_SUBJECT.search(before)
