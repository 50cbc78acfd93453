"""The learned reading: does the item signal a government's stance, which candidates decided,
which stance, and how likely each finding is to be right.

Three linear models trained on real labelled headlines: the signal model reads the whole item
(a stance signal or not), the stance model reads items that carry one (banned, restricted,
under_review, allowed, partnered), and the subject model reads each candidate country in its
context. Where the rules read a stance for a country, their stance stands (they know the
conventions: negations, drafts, the core); elsewhere the stance model's does. A finding's
confidence is calibrated on held-out predictions, so findings at 0.8 are right about 80% of
the time.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bot.core.analysis.learned.linear import LinearModel
from bot.core.analysis.learned.observe import Observation
from bot.core.errors import ConfigError
from bot.core.models import Stance

SUBJECT = "1"  # the subject model's one class: the candidate decided


@dataclass(frozen=True)
class Decision:
    code: str
    stance: Stance
    confidence: float  # calibrated probability that (code, stance) is right
    reasons: tuple[str, ...]  # the words that pushed hardest towards a signal


@dataclass(frozen=True)
class Guess:
    """The raw reading of one candidate country, before the threshold: what training calibrates."""

    code: str
    stance: str
    signal: float
    subject: float
    stance_probability: float

    @property
    def found(self) -> float:
        """The probability that the item signals a stance and this candidate decided it."""
        return self.signal * self.subject

    @property
    def raw(self) -> float:
        return self.found * self.stance_probability


def calibrated(raw: float, slope: float, offset: float) -> float:
    """Platt scaling: a raw product of probabilities turned into the chance of being right."""
    clipped = min(max(raw, 1e-6), 1 - 1e-6)
    score = slope * math.log(clipped / (1 - clipped)) + offset
    return 1 / (1 + math.exp(-max(-50.0, min(50.0, score))))


@dataclass(frozen=True)
class ReadingModel:
    signal: LinearModel
    stance: LinearModel
    subject: LinearModel
    calibration: tuple[float, float]  # slope and offset on the log-odds of the raw product
    threshold: float  # the least probability of a signal by this candidate worth a finding

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> ReadingModel:
        try:
            slope, offset = (float(v) for v in raw["calibration"])
            threshold = float(raw["threshold"])
            models = raw["signal"], raw["stance"], raw["subject"]
        except (KeyError, TypeError, ValueError) as error:
            raise ConfigError("The reading model is unreadable:", [repr(error)]) from error
        return cls(
            LinearModel.from_dict(models[0], "signal"),
            LinearModel.from_dict(models[1], "stance"),
            LinearModel.from_dict(models[2], "subject"),
            (slope, offset),
            threshold,
        )

    def guesses(self, observation: Observation, rules: Mapping[str, str]) -> list[Guess]:
        """Every candidate's raw reading; `rules` holds the stance the rules read per country."""
        if not observation.candidates:
            return []
        signal = self.signal.probabilities(observation.features)[SUBJECT]
        stances = self.stance.probabilities(observation.features)
        best = max(stances, key=lambda stance: stances[stance])
        found = []
        for candidate, features in zip(
            observation.candidates, observation.candidate_features, strict=True
        ):
            stance = rules.get(candidate.code, best)
            subject = self.subject.probabilities(features)[SUBJECT]
            found.append(Guess(candidate.code, stance, signal, subject, stances.get(stance, 0.0)))
        return found

    def calibrated(self, raw: float) -> float:
        return calibrated(raw, *self.calibration)

    def decide(self, observation: Observation, rules: Mapping[str, str]) -> list[Decision]:
        kept = [c for c in self.guesses(observation, rules) if c.found >= self.threshold]
        if not kept:
            return []
        reasons = tuple(self.signal.strongest(observation.features, SUBJECT, 4))
        return [
            Decision(c.code, Stance(c.stance), round(self.calibrated(c.raw), 2), reasons)
            for c in kept
        ]
