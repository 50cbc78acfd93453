"""Linear models read from their trained weights: the sum of the weights of the features an item
has. Features are present or absent (every value the training command sees is 1.0), so a score
needs no multiplication: the rows of the features present are looked up and summed, in C.

The training command (scikit-learn) writes the weights; reading them needs nothing but the
standard library, so the running bot never imports numpy or scikit-learn.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from bot.core.errors import ConfigError

Row = tuple[float, ...]  # a feature's weight for each class


@dataclass(frozen=True)
class LinearModel:
    """Multinomial (several classes, softmax) or binary (one class, sigmoid) logistic model."""

    classes: tuple[str, ...]
    intercepts: tuple[float, ...]
    weights: Mapping[str, Row]

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any], name: str) -> LinearModel:
        """A model as one mapping: its classes, intercepts and weights (feature -> a row)."""
        try:
            rows = raw["weights"].items()
        except (KeyError, TypeError, AttributeError) as error:
            raise ConfigError(f"The {name} model is unreadable:", [repr(error)]) from error
        return cls.from_rows(raw, rows, name)

    @classmethod
    def from_rows(cls, head: Mapping[str, Any], rows: Iterable[Any], name: str) -> LinearModel:
        """A model from its classes and intercepts (`head`) and its (feature, row) pairs, read
        one at a time: a model file's rows need not all be in memory at once."""
        try:
            classes = tuple(str(c) for c in head["classes"])
            intercepts = tuple(float(b) for b in head["intercepts"])
            # Features that always occur together are fitted the same weights: one row serves
            # them all (about a quarter of the rows), held once.
            shared: dict[Row, Row] = {}
            weights = {
                str(f): shared.setdefault(row, row)
                for f, ws in rows
                for row in [tuple(float(w) for w in ws)]
            }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise ConfigError(f"The {name} model is unreadable:", [repr(error)]) from error
        if len(intercepts) != len(classes) or any(len(w) != len(classes) for w in weights.values()):
            raise ConfigError(f"The {name} model is unreadable:", ["weights do not match classes"])
        return cls(classes, intercepts, weights)

    def rows(self, features: Iterable[str]) -> list[Row | None]:
        """Each feature's weights (None for one the model does not know): a big dictionary's
        lookups cost most of a score, so an item's are made once and read for its scores and
        for its reasons alike."""
        return list(map(self.weights.get, features))

    def scores(self, features: Iterable[str]) -> list[float]:
        """Each class's score for an item with `features` present (unknown ones weigh nothing)."""
        return self.summed(self.rows(features))

    def summed(self, rows: Iterable[Row | None]) -> list[float]:
        """Each class's score from an item's rows: one column per class, intercept first, summed
        in C (the features are many, the classes few)."""
        return list(map(sum, zip(self.intercepts, *filter(None, rows), strict=True)))

    def probabilities(self, features: Iterable[str]) -> dict[str, float]:
        scores = self.scores(features)
        if len(scores) == 1:
            return {self.classes[0]: _sigmoid(scores[0])}
        return softmax(self.classes, scores)

    def strongest(
        self, features: Iterable[str], rows: Iterable[Row | None], label: str, count: int
    ) -> list[str]:
        """The features that pushed hardest towards `label` (`rows` are theirs): the model's
        reasons, for `why`."""
        index = self.classes.index(label)
        pushes = [(row[index], feature) for feature, row in zip(features, rows, strict=True) if row]
        return [f for push, f in heapq.nlargest(count, pushes) if push > 0]


def softmax(classes: tuple[str, ...], scores: list[float]) -> dict[str, float]:
    """Several classes' scores as probabilities."""
    top = max(scores)
    exps = [math.exp(score - top) for score in scores]
    total = sum(exps)
    return {c: e / total for c, e in zip(classes, exps, strict=True)}


def _sigmoid(score: float) -> float:
    if score >= 0:
        return 1 / (1 + math.exp(-score))
    exp = math.exp(score)
    return exp / (1 + exp)
