"""Reading an item clause by clause: each stance cue, its actor, and what it signals for them.

In a clause the first cue an actor governs decides what the clause says of that actor; later
cues of the same actor are its complements ("weighs banning", "lifted restrictions that had
barred"). A cue after a lobbying verb is the lobbyist's wish, not anyone's decision ("US urges
UK to drop Huawei"), and a cue under "if"/"whether" is hypothetical.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import NamedTuple, TypeVar

from bot.core.analysis.cues import Cue
from bot.core.analysis.families import (
    ALLOW,
    BAN,
    BANNISH,
    NEEDS_TARGET,
    NO_BAN,
    PARTNER,
    PROHIBIT,
    REMOVE,
    REVIEW,
    UPHOLD_BAN,
)
from bot.core.analysis.guards import not_a_decision
from bot.core.analysis.markers import COND, HEDGE, LOBBY, NEG, SCOPE, SOURCE, Markers
from bot.core.analysis.mentions import COUNTRY_KINDS, Entity
from bot.core.analysis.pending import in_force, proposed
from bot.core.analysis.stance import Around, signalled
from bot.core.analysis.subjects import (
    actor_before,
    can_act,
    carries_over,
    first_subject,
    location_after,
    passive_actor,
    presses,
    rivals,
    speaker_after,
)
from bot.core.analysis.text import Span, word_set
from bot.core.analysis.topics import (
    HUAWEI,
    NAMES_5G,
    NETWORK,
    NOT_5G_DEAL,
    OFF_TOPIC_LOWERED,
    RIVAL_CHOSEN,
    TARGET,
    with_huawei,
)
from bot.core.analysis.unnamed import only_country, unnamed_decider
from bot.core.models import Stance

_T = TypeVar("_T")
_POSITION_WEIGHT = (0.9, 0.7)  # title, first summary sentence; later sentences weigh 0.55
_LATER_WEIGHT = 0.55
_HOW_WEIGHT = {
    "left": 1.0,
    "carried over": 0.85,
    "anaphora": 0.8,
    "location": 0.85,
    "passive": 0.9,
    "speaker": 0.9,
    "only country": 0.75,
}
_PASSIVE = frozenset({BAN, REMOVE, ALLOW})  # "Huawei barred from ...", "cleared for use in ..."
# Words that are nouns as often as verbs: after a bare name they are a noun ("EU debate").
_NOUN_OR_VERB = word_set("ban bar block review debate limit cap curb veto study probe")
_SPEECH_BEFORE = re.compile(
    r"\b(?:said|says|say|argued|argues|warned|warns|added|noted|claimed|insisted|stressed)\s+$"
)
_BREAKS_NEGATION = re.compile(r"\b(?:will|must|shall|which|who|but|otherwise)\b")
# "won't ban it outright, but ...", "won't ban Huawei, but will encourage operators to avoid it":
# something less than a ban.
_OUTRIGHT_BUT = re.compile(
    r"\W*(?:\w+\W+){0,3}?outright\b[^.;]{0,20}\bbut\b|"
    r"[^.;]{0,60}?\bbut\b[^.;]{0,40}?\b(?:recommend\w*|encourag\w*|advis\w*|urg\w*|avoid\w*|"
    r"discourag\w*|limit\w*|restrict\w*|curb\w*|steer\w*)",
    re.IGNORECASE,
)
# "..., the regulator said after consulting the armed forces": a review already done.
_BACKGROUND = re.compile(r"\b(?:after|following|once)\s+$")
_IRREGULAR_PARTICIPLES = word_set("torn left kept shut cut forbidden thrown")
_JUST_ARTICLE = re.compile(r"\s*(?:the\s+)?")
_BE_BEFORE = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+$", re.IGNORECASE)
_HAVE_BEFORE = re.compile(r"\b(?:has|have|had)\s+$", re.IGNORECASE)


class Signal(NamedTuple):
    code: str
    stance: Stance
    weight: float
    sentence: int
    note: str
    at: int = -1  # where the cue starts in the text
    negated: bool = False  # the stance comes from a negated verb ("won't ban")


class ClauseReader:
    """Reads one item's clauses into signals; built per item, used once."""

    def __init__(self, text: str, actors: list[Entity], cues: list[Cue], markers: Markers) -> None:
        self.text = text
        self.actors = actors
        self._actor_starts = [actor.start for actor in actors]
        self.cues = cues
        self._cue_starts = [cue.start for cue in cues]
        self.markers = markers
        self.signals: list[Signal] = []
        self.notes: list[str] = []

    @functools.cached_property
    def _only(self) -> list[Entity]:
        """The item's one acting country, read only when a clause leaves its actor unsaid.
        Whoever presses ("Trotz Warnungen aus Washington: ...") is not that country, nor are
        the two sides of the US-China rivalry the story takes place in."""
        text = self.text
        actors = self._without_backdrop(self.actors)
        return only_country([a for a in actors if not presses(text, a, len(text))])

    @functools.cached_property
    def _backdrop(self) -> set[int]:
        return rivals(self.text, self.actors)

    def _without_backdrop(self, actors: list[Entity]) -> list[Entity]:
        """The actors less the two sides of a US-China rivalry the story takes place in."""
        backdrop = self._backdrop
        return [a for a in actors if a.start not in backdrop] if backdrop else actors

    @functools.cached_property
    def _enacted(self) -> bool:  # read only when a cue could be a proposal's
        return in_force(self.text)

    def read(self, clauses: list[Span]) -> None:
        previous: list[Entity] = []
        title_actor: list[Entity] = []
        sentence = -1
        for clause in clauses:
            anaphora = clause.sentence != sentence and clause.sentence > 0
            if clause.sentence != sentence:
                sentence, previous = clause.sentence, title_actor
            found = self._read_clause(clause, previous, anaphora)
            if found:
                previous = found
                if sentence == 0 and not title_actor:
                    title_actor = found

    def _read_clause(self, clause: Span, previous: list[Entity], anaphora: bool) -> list[Entity]:
        cues = self._between(self.cues, self._cue_starts, clause.start, clause.end)
        if not cues or self._off_topic(clause, cues[0]):
            entities = self._between(self.actors, self._actor_starts, clause.start, clause.end)
            return self._pressed(clause) or first_subject(self.text, entities)
        seen: set[str] = set()
        governing: list[Entity] = []
        for index, cue in enumerate(cues):
            pressed = self._lobbied(clause, cue)
            if pressed is not None:
                self.notes.append(f"“{cue.text}”: inside lobbying, a wish and not a decision")
                # What follows ("; the cabinet is assessing") is the pressed party's reply.
                governing = governing or [e for e in pressed if e.kind in COUNTRY_KINDS][:1]
                break
            if not self._applies(cue, clause) or self._after_exclusion(cue, cues[:index]):
                continue
            found = self._actor(cue, clause, previous, anaphora)
            if found is None:
                continue
            group, how = found
            codes = list(dict.fromkeys([entity.code for entity in group]))
            if seen.intersection(codes):
                continue  # a complement of this actor's first verb
            seen.update(codes)
            self._signal(cue, cues[index + 1 :], clause, group, how)
            governing = governing or group
        if not governing:
            entities = self._between(self.actors, self._actor_starts, clause.start, clause.end)
            governing = first_subject(self.text, entities)
        return governing

    def _pressed(self, clause: Span) -> list[Entity]:
        """The party a clause presses or warns ("China warns Sweden"): a pronoun in the next
        clause ("after it banned Huawei") is that party, not the one warning."""
        for marker in self.markers.within(LOBBY, clause.start, clause.end):
            after = self._between(self.actors, self._actor_starts, marker.end, clause.end)
            pressed = [a for a in after[:1] if a.kind in COUNTRY_KINDS and a.institutional]
            if pressed and _JUST_ARTICLE.fullmatch(self.text, marker.end, pressed[0].start):
                return pressed
        return []

    def _lobbied(self, clause: Span, cue: Cue) -> list[Entity] | None:
        """The actors after a lobbying verb before the cue, the pressed party first ("urges
        Bratislava to"); None without one, or when it instructs a named operator ("asks
        Telenor to drop Huawei": a government directing its operator)."""
        for marker in self.markers.within(LOBBY, clause.start, cue.start):
            after = self._between(self.actors, self._actor_starts, marker.start, cue.start)
            if not (after and after[0].kind == "operator" and after[0].start - marker.end < 3):
                return [a for a in after if a.institutional]
        return None

    def _applies(self, cue: Cue, clause: Span) -> bool:
        if why := not_a_decision(self.text, cue, self.markers):
            self.notes.append(f"“{cue.text}”: {why}")
            return False
        if self.markers.any(COND, clause.start, cue.start):
            self.notes.append(f"“{cue.text}”: conditional or hypothetical, skipped")
            return False
        if (
            cue.family == REVIEW
            and cue.start == clause.start
            and _BACKGROUND.search(self.text, max(0, clause.start - 12), clause.start)
        ):
            self.notes.append(f"“{cue.text}”: how a decision was reached, not a pending review")
            return False
        if cue.family in NEEDS_TARGET:
            start = clause.start if cue.family in (REMOVE, PROHIBIT) else cue.start
            return bool(TARGET.search(self.text, start, min(clause.end, cue.end + 60)))
        if cue.family == PARTNER:  # a partnership is news only when it is with Huawei
            return (
                with_huawei(self.text, clause.start, clause.end)
                and not self._not_5g(clause)
                and not self._rival_chosen(clause)
            )
        return True

    def _not_5g(self, clause: Span) -> bool:
        text = self.text[clause.start : clause.end]
        if NOT_5G_DEAL.search(text) and not NAMES_5G.search(text):
            self.notes.append("a deal for cables, data or training, not for 5G networks")
            return True
        return False

    def _after_exclusion(self, cue: Cue, before: list[Cue]) -> bool:
        """ "to exclude Huawei from a tender to build its 5G core": what is built after an
        exclusion in the same clause is built without Huawei."""
        if cue.family == PARTNER and any(c.family in BANNISH for c in before):
            self.notes.append(f"“{cue.text}”: built without Huawei, after its exclusion")
            return True
        return False

    def _rival_chosen(self, clause: Span) -> bool:
        if RIVAL_CHOSEN.search(self.text, clause.start, clause.end):
            self.notes.append("a deal with another vendor, not Huawei")
            return True
        return False

    def _off_topic(self, clause: Span, first: Cue) -> bool:
        text = self.text[clause.start : clause.end]
        if OFF_TOPIC_LOWERED.search(text.lower()) and not NETWORK.search(text):
            self.notes.append(f"“{first.text}”: about chips, trade or phones, not networks")
            return True
        return False

    def _actor(
        self, cue: Cue, clause: Span, previous: list[Entity], anaphora: bool
    ) -> tuple[list[Entity], str] | None:
        left = self._between(self.actors, self._actor_starts, clause.start, cue.start)
        group = actor_before(self.text, self._without_backdrop(left), cue.family, cue.start)
        if group:
            return (group, "left") if self._verb_of(group, cue) else None
        right = self._between(self.actors, self._actor_starts, cue.end, clause.end)
        if self._located(cue, clause) and (group := location_after(self.text, right)):
            return group, "location"
        if self._passive(cue) and (group := passive_actor(self.text, right)):
            return group, "passive"
        if group := speaker_after(self.text, right, cue.family, clause.end):
            return group, "speaker"
        return self._unsaid(cue, clause, left, previous, anaphora)

    def _unsaid(
        self, cue: Cue, clause: Span, left: list[Entity], previous: list[Entity], anaphora: bool
    ) -> tuple[list[Entity], str] | None:
        """An actor the clause leaves unsaid: the previous clause's, or the item's only one."""
        passive = bool(_BE_BEFORE.search(self.text, max(0, cue.start - 10), cue.start))
        if previous and carries_over(
            self.text, clause.start, cue.start, anaphora=anaphora, passive=passive
        ):
            if all(can_act(entity, cue.family) for entity in previous):
                return previous, "anaphora" if anaphora else "carried over"
            # The previous clause's operator acts ("EE to launch 5G: drops Huawei"), unless this
            # clause names an authority ("..., though the government has yet to rule").
            left = previous
        if self._only and unnamed_decider(self.text, left, clause.start, cue, passive=passive):
            return self._only, "only country"
        self.notes.append(f"“{cue.text}”: no country acts here")
        return None

    def _located(self, cue: Cue, clause: Span) -> bool:
        """A partnership with no actor before it takes its country from where it happens,
        unless Huawei itself is the one acting ("Huawei launches ... in London")."""
        return cue.family == PARTNER and not HUAWEI.search(self.text, clause.start, cue.start)

    def _passive(self, cue: Cue) -> bool:
        """ "Huawei barred from ...", "kit to be torn out of ...", "ban in Sweden upheld"."""
        first = cue.text.split()[0].lower()
        # The other languages' passives are read with the vendor as their subject: "Huawei
        # banni du réseau 5G en Nouvelle-Zélande", "Huawei esclusa dal 5G in Australia".
        vendor_first = first.startswith(("huawei", "zte"))
        # "BT has barred Huawei": a perfect tense is active, its subject the actor.
        perfect = _HAVE_BEFORE.search(self.text, max(0, cue.start - 10), cue.start)
        participle = not perfect and (
            first.endswith("ed") or first in _IRREGULAR_PARTICIPLES or vendor_first
        )
        after_be = bool(_BE_BEFORE.search(self.text, max(0, cue.start - 10), cue.start))
        return cue.family == UPHOLD_BAN or (cue.family in _PASSIVE and (participle or after_be))

    def _verb_of(self, group: list[Entity], cue: Cue) -> bool:
        """Whether the cue is a verb of its actor, not a noun it modifies ("EU debate", "US
        review") nor a gerund after a speech verb ("said excluding Huawei would ...")."""
        word = cue.text.split()[0].lower()
        if (
            word in _NOUN_OR_VERB
            and cue.family != UPHOLD_BAN  # "UK ban on Huawei takes effect": it stands
            and len(group) == 1
            and self.text[group[0].end : cue.start].isspace()
        ):
            self.notes.append(f"“{group[0].surface} {cue.text}”: a noun phrase, not a decision")
            return False
        if word.endswith("ing") and _SPEECH_BEFORE.search(
            self.text, max(0, cue.start - 15), cue.start
        ):
            self.notes.append(f"“{cue.text}”: the subject of what was said, not a decision")
            return False
        return True

    def _signal(
        self, cue: Cue, later: list[Cue], clause: Span, group: list[Entity], how: str
    ) -> None:
        low = group[-1].end if how == "left" else clause.start
        negated = self._negated(cue, low)
        around = Around(
            negated=negated,
            scoped=self._scoped(cue, later, clause, low),
            ban_follows=any(c.family in BANNISH for c in later),
            removal_follows=any(c.family == REMOVE for c in later),
            outright_but=(negated or cue.family in NO_BAN)
            and bool(_OUTRIGHT_BUT.match(self.text, cue.end)),
            proposed=proposed(self.text, low, cue.start, cue.end, enacted=self._enacted),
        )
        stance, why = signalled(cue.family, around)
        names = " and ".join(f"“{entity.surface}”" for entity in group)
        if stance is None:
            self.notes.append(f"“{cue.text}” ({cue.family}) for {names}: {why}")
            return
        weight = self._weight(cue, clause, how, low)
        note = f"“{cue.text}” ({cue.family}, {why}) by {names} ({how}) → {stance}, {weight:.2f}"
        for code in dict.fromkeys([entity.code for entity in group]):
            self.signals.append(
                Signal(code, stance, weight, clause.sentence, note, cue.start, negated)
            )

    def _negated(self, cue: Cue, low: int) -> bool:
        negation = self.markers.last(NEG, max(low, cue.start - 60), cue.start)
        if negation is None:
            return False
        between = self.text[negation.end : cue.start]
        return len(between.split()) <= 5 and not _BREAKS_NEGATION.search(between)

    def _scoped(self, cue: Cue, later: list[Cue], clause: Span, low: int) -> bool:
        end = min(clause.end, cue.end + 80)
        if later:
            end = min(end, max(later[0].start, cue.end + 40))
        start = low if cue.family == PROHIBIT else cue.start
        return self.markers.any(SCOPE, start, end)

    def _weight(self, cue: Cue, clause: Span, how: str, low: int) -> float:
        position = clause.sentence
        weight = _POSITION_WEIGHT[position] if position < 2 else _LATER_WEIGHT
        weight *= _HOW_WEIGHT[how]
        hedges = sum(1 for _ in self.markers.within(HEDGE, low, cue.start))
        weight *= 0.75 ** min(2, hedges)
        if self.markers.any(SOURCE, clause.start, clause.end):
            weight *= 0.8
        if how == "left" and cue.start - low > 80:
            weight *= 0.85
        return weight

    @staticmethod
    def _between(items: list[_T], starts: list[int], start: int, end: int) -> list[_T]:
        return items[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
