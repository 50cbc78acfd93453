"""The learned reading: does the item signal a government's stance, which candidates decided,
which stance, and how likely each finding is to be right.

Linear models trained on real labelled headlines. The decider tells, for each candidate country,
whether the item signals a stance that this candidate decided: one logistic model over the whole
item's words and the candidate's context, stored as its item part (summed once per item) and its
candidate part (summed per candidate). The stance model reads items that carry a signal (banned,
restricted, under_review, allowed, partnered). Where the rules read a stance for a country,
their stance stands (they know the conventions: negations, drafts, the core); elsewhere the
country's stance on record stands, and only a country with none on record takes the stance
model's: on held-out readings that model's stance was right about half the time where the rules
read none, the record's two times in three, so an item the rules cannot read confirms the
record rather than announcing a change. Which candidates become findings a second, small
logistic stage decides, from what the first one made of the whole item: the candidate's own
probability, the stance model's for the finding's stance, and how it ranks among the item's
candidates (a story names several countries; usually one of them acts). A finding's confidence
is calibrated on held-out predictions, so findings at 0.8 are right about 80% of the time.

One exception to the rules' stance: where the stance model is sure (`PENDING_OVER_RULES`) the
decision is still under review, its stance stands. On the training items no rule was written
from, the rules read a ban or a permission in many stories of one being prepared; on the items
they were written from they rarely do, so the two are told apart only on text like the former.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from bot.core.analysis.learned.linear import LinearModel, Row, softmax
from bot.core.analysis.learned.observe import Observation
from bot.core.errors import ConfigError
from bot.core.models import Stance

DECIDED = "1"  # the decider's one class: the candidate decided a signalled stance
ITEM_AND_STANCE, CANDIDATE = "item_and_stance", "candidate"  # the model's two parts
# Whose stance a finding carries; "pending": the stance model's under_review over the rules',
# which the second stage reads as the model's own (as it was fitted).
StanceSource = Literal["rules", "record", "model", "pending"]
# The stance model's least probability of under_review that overrides the rules' stance: chosen
# on the training items no rule was written from, and on the translations, whose wordings no
# rule was written from either (decision 009, twenty-fifth round).
PENDING_OVER_RULES = 0.8


@dataclass(frozen=True)
class Decision:
    code: str
    stance: Stance
    confidence: float  # calibrated probability that (code, stance) is right
    reasons: tuple[str, ...]  # the words that pushed hardest towards a signal
    stance_from: StanceSource


@dataclass(frozen=True)
class Guess:
    """The raw reading of one candidate country, before the threshold: what training calibrates."""

    code: str
    stance: str
    found: float  # the probability that the item signals a stance and this candidate decided it
    stance_probability: float
    stance_from: StanceSource = "model"

    @property
    def raw(self) -> float:
        return self.found * self.stance_probability


# What the second stage reads of each candidate, in order (its weights follow it, intercept
# last): the log-odds of the candidate's probability, of the stance model's for its stance, of
# the item's best and second-best candidates', whether this one is the best, whose its stance
# is (the rules', the record's; else the stance model's own), and which stance it is
# (partnered the baseline): some stances are signalled by stories that signal none more often.
_STANCES = ("banned", "restricted", "under_review", "allowed")
SECOND_STAGE = (
    "found",
    "stance",
    "best",
    "second",
    "is best",
    "rules' stance",
    "record's stance",
    *_STANCES,
)


def second_stage_inputs(guesses: Sequence[Guess]) -> list[tuple[float, ...]]:
    """What the second stage reads of each candidate, in `SECOND_STAGE`'s order."""
    top, best, second = _ranks(guesses)
    return [
        (
            log_odds(g.found),
            log_odds(g.stance_probability),
            best,
            second,
            float(g.found == top),
            float(g.stance_from == "rules"),
            float(g.stance_from == "record"),
            *[float(g.stance == stance) for stance in _STANCES],
        )
        for g in guesses
    ]


def second_stage(guesses: Sequence[Guess], weights: Sequence[float]) -> list[float]:
    """Each candidate's probability of being a finding, read with the item's other candidates:
    the weighted sum of `second_stage_inputs`, written out (every relevant item pays for it)."""
    found, stance, best, second, is_best, by_rules, by_record, *by_stance, intercept = weights
    top, best_odds, second_odds = _ranks(guesses)
    shared = intercept + best * best_odds + second * second_odds
    whose = {"rules": by_rules, "record": by_record}
    which = dict(zip(_STANCES, by_stance, strict=True))
    return [
        _sigmoid(
            shared
            + found * log_odds(g.found)
            + stance * log_odds(g.stance_probability)
            + (is_best if g.found == top else 0.0)
            + whose.get(g.stance_from, 0.0)
            + which.get(g.stance, 0.0)
        )
        for g in guesses
    ]


def _ranks(guesses: Sequence[Guess]) -> tuple[float, float, float]:
    """The item's best candidate's probability, and the log-odds of its best and second-best."""
    ranked = sorted((g.found for g in guesses), reverse=True)
    second = ranked[1] if len(ranked) > 1 else 0.0
    return ranked[0], log_odds(ranked[0]), log_odds(second)


def finding_scores(guesses: Sequence[Guess], second: Sequence[float]) -> list[float]:
    """What the threshold applies to: the second stage's probability (the first stage's where
    there is no second)."""
    return second_stage(guesses, second) if second and guesses else [g.found for g in guesses]


def log_odds(probability: float) -> float:
    clipped = min(max(probability, 1e-6), 1 - 1e-6)
    return math.log(clipped / (1 - clipped))


def calibrated(raw: float, slope: float, offset: float) -> float:
    """Platt scaling: a raw product of probabilities turned into the chance of being right."""
    return _sigmoid(slope * log_odds(raw) + offset)


def _sigmoid(score: float) -> float:
    return 1 / (1 + math.exp(-max(-50.0, min(50.0, score))))


@dataclass(frozen=True)
class ReadingModel:
    # The decider's item part (its one class first), joined with the stance model's classes:
    # both read the same item features, so each is looked up once, and only this one copy of
    # their weights is kept in memory.
    item_and_stance: LinearModel
    candidate: LinearModel  # the decider's candidate part (no intercept of its own)
    calibration: tuple[float, float]  # slope and offset on the log-odds of the raw product
    threshold: float  # the least probability (the second stage's) worth a finding
    second: tuple[float, ...] = ()  # the second stage's weights; none: the threshold is on found

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> ReadingModel:
        """The model as one mapping (as training holds it): its settings and its two parts."""
        try:
            parts = raw[ITEM_AND_STANCE], raw[CANDIDATE]
        except (KeyError, TypeError) as error:
            raise ConfigError("The reading model is unreadable:", [repr(error)]) from error
        return cls.from_parts(
            raw,
            LinearModel.from_dict(parts[0], ITEM_AND_STANCE),
            LinearModel.from_dict(parts[1], CANDIDATE),
        )

    @classmethod
    def from_parts(
        cls, settings: Mapping[str, Any], item_and_stance: LinearModel, candidate: LinearModel
    ) -> ReadingModel:
        """The model from its two parts and its settings (calibration, threshold, second stage)."""
        try:
            slope, offset = [float(v) for v in settings["calibration"]]
            threshold = float(settings["threshold"])
            second = tuple(float(w) for w in settings.get("second", ()))
        except (KeyError, TypeError, ValueError) as error:
            raise ConfigError("The reading model is unreadable:", [repr(error)]) from error
        if second and len(second) != len(SECOND_STAGE) + 1:
            raise ConfigError("The reading model is unreadable:", ["second stage: wrong length"])
        if item_and_stance.classes[:1] != (DECIDED,):
            raise ConfigError(
                "The reading model is unreadable:", ["the decider's class is not first"]
            )
        return cls(item_and_stance, candidate, (slope, offset), threshold, second)

    def guesses(self, observation: Observation, rules: Mapping[str, str]) -> list[Guess]:
        """Every candidate's raw reading; `rules` holds the stance the rules read per country."""
        if not observation.candidates:
            return []
        return self._guesses(observation, rules, self.item_and_stance.rows(observation.features))

    def _guesses(
        self, observation: Observation, rules: Mapping[str, str], item_rows: list[Row | None]
    ) -> list[Guess]:
        item, *stance_scores = self.item_and_stance.summed(item_rows)
        stances = softmax(self.item_and_stance.classes[1:], stance_scores)
        best = max(stances, key=lambda stance: stances[stance])
        pending = best == Stance.UNDER_REVIEW and stances[best] >= PENDING_OVER_RULES
        found = []
        for candidate, features, recorded in zip(
            observation.candidates,
            observation.candidate_features,
            observation.recorded,
            strict=True,
        ):
            stance, source = _stance(candidate.code, rules, recorded, best, pending=pending)
            decided = _sigmoid(item + self.candidate.scores(features)[0])
            found.append(Guess(candidate.code, stance, decided, stances.get(stance, 0.0), source))
        return found

    def calibrated(self, raw: float) -> float:
        return calibrated(raw, *self.calibration)

    def kept(self, guesses: Sequence[Guess]) -> list[Guess]:
        """The candidates worth a finding."""
        scores = finding_scores(guesses, self.second)
        return [g for g, score in zip(guesses, scores, strict=True) if score >= self.threshold]

    def decide(self, observation: Observation, rules: Mapping[str, str]) -> list[Decision]:
        if not observation.candidates:
            return []
        item_rows = self.item_and_stance.rows(observation.features)
        kept = self.kept(self._guesses(observation, rules, item_rows))
        if not kept:
            return []
        strongest = self.item_and_stance.strongest(observation.features, item_rows, DECIDED, 4)
        reasons = tuple(strongest)
        return [
            Decision(
                c.code, Stance(c.stance), round(self.calibrated(c.raw), 2), reasons, c.stance_from
            )
            for c in kept
        ]


def _stance(
    code: str, rules: Mapping[str, str], recorded: str, best: str, *, pending: bool
) -> tuple[str, StanceSource]:
    """The stance of a finding for `code`, and whose it is; `best` is the stance model's, and
    `pending` whether it is sure enough of under_review to stand over the rules'."""
    if code in rules:
        if pending and rules[code] != best:
            return best, "pending"
        return rules[code], "rules"
    if recorded:
        return recorded, "record"
    return best, "model"
