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
record rather than announcing a change. A finding's confidence is calibrated on held-out
predictions, so findings at 0.8 are right about 80% of the time.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from bot.core.analysis.learned.linear import LinearModel, softmax
from bot.core.analysis.learned.observe import Observation
from bot.core.errors import ConfigError
from bot.core.models import Stance

DECIDED = "1"  # the decider's one class: the candidate decided a signalled stance
StanceSource = Literal["rules", "record", "model"]  # whose stance a finding carries


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


def calibrated(raw: float, slope: float, offset: float) -> float:
    """Platt scaling: a raw product of probabilities turned into the chance of being right."""
    clipped = min(max(raw, 1e-6), 1 - 1e-6)
    return _sigmoid(slope * math.log(clipped / (1 - clipped)) + offset)


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
    threshold: float  # the least probability of a signal by this candidate worth a finding

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> ReadingModel:
        try:
            slope, offset = (float(v) for v in raw["calibration"])
            threshold = float(raw["threshold"])
            models = raw["item"], raw["candidate"], raw["stance"]
        except (KeyError, TypeError, ValueError) as error:
            raise ConfigError("The reading model is unreadable:", [repr(error)]) from error
        item = LinearModel.from_dict(models[0], "item")
        stance = LinearModel.from_dict(models[2], "stance")
        candidate = LinearModel.from_dict(models[1], "candidate")
        return cls(item.joined(stance), candidate, (slope, offset), threshold)

    def guesses(self, observation: Observation, rules: Mapping[str, str]) -> list[Guess]:
        """Every candidate's raw reading; `rules` holds the stance the rules read per country."""
        if not observation.candidates:
            return []
        item, *stance_scores = self.item_and_stance.scores(observation.features)
        stances = softmax(self.item_and_stance.classes[1:], stance_scores)
        best = max(stances, key=lambda stance: stances[stance])
        found = []
        for candidate, features, recorded in zip(
            observation.candidates,
            observation.candidate_features,
            observation.recorded,
            strict=True,
        ):
            stance, source = _stance(candidate.code, rules, recorded, best)
            decided = _sigmoid(item + self.candidate.scores(features)[0])
            found.append(Guess(candidate.code, stance, decided, stances.get(stance, 0.0), source))
        return found

    def calibrated(self, raw: float) -> float:
        return calibrated(raw, *self.calibration)

    def decide(self, observation: Observation, rules: Mapping[str, str]) -> list[Decision]:
        kept = [c for c in self.guesses(observation, rules) if c.found >= self.threshold]
        if not kept:
            return []
        reasons = tuple(self.item_and_stance.strongest(observation.features, DECIDED, 4))
        return [
            Decision(
                c.code, Stance(c.stance), round(self.calibrated(c.raw), 2), reasons, c.stance_from
            )
            for c in kept
        ]


def _stance(
    code: str, rules: Mapping[str, str], recorded: str, best: str
) -> tuple[str, StanceSource]:
    """The stance of a finding for `code`, and whose it is."""
    if code in rules:
        return rules[code], "rules"
    if recorded:
        return recorded, "record"
    return best, "model"
