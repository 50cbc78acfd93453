"""Which countries named in the headline is the item about, signal or not?

The headline's countries, less the lobbying party ("US urges UK ..."), names that only
describe something ("Chinese vendors"), names after a preposition ("returns to China", "like
Australia") and cities that only say where something happened ("in Istanbul").
"""

from __future__ import annotations

import re

from bot.core.analysis.markers import LOBBY, Markers
from bot.core.analysis.mentions import COUNTRY_KINDS, Entity
from bot.core.analysis.subjects import actor_before, is_location, is_object
from bot.core.analysis.text import Span

_PRESSURE_AFTER = re.compile(
    r"\s+(?:pressure|sanctions|request|demands?|calls|warnings?|lobbying|campaign)\b"
)
_LOBBYING = "lobbying"  # an actor family of its own: operators do not lobby governments


def lobbyists(
    text: str, actors: list[Entity], markers: Markers, clauses: list[Span]
) -> dict[str, str]:
    """Countries lobbying in the headline, with their verb."""
    found: dict[str, str] = {}
    for clause in clauses:
        if clause.sentence > 0:
            break
        for marker in markers.within(LOBBY, clause.start, clause.end):
            left = [a for a in actors if clause.start <= a.start and a.end <= marker.start]
            for entity in actor_before(text, left, _LOBBYING, marker.start):
                found.setdefault(entity.code, marker.text)
    return found


def headline_subjects(
    text: str, title_end: int, entities: list[Entity], lobbying: dict[str, str]
) -> tuple[dict[str, int], list[str]]:
    """Countries the headline is about (→ sentence 0), and why the others are not."""
    subjects: dict[str, int] = {}
    lines: list[str] = []
    for entity in entities:
        if entity.start >= title_end or entity.kind not in COUNTRY_KINDS:
            continue
        reason = _not_a_subject(text, entity, lobbying)
        if reason:
            lines.append(f"{entity.code} (“{entity.surface}”): not a subject, {reason}")
        else:
            subjects.setdefault(entity.code, 0)
    return subjects, lines


def _not_a_subject(text: str, entity: Entity, lobbying: dict[str, str]) -> str:
    if entity.code in lobbying:
        return f"the lobbying party (“{lobbying[entity.code]}”)"
    if not entity.institutional:
        return "it only describes something (“Chinese vendors”)"
    if is_object(text, entity, actor=False):
        return "it follows a preposition"
    if _PRESSURE_AFTER.match(text, entity.end):
        return "it names who presses, not who decides"
    if is_location(text, entity):
        return "a place where something happened"
    return ""
