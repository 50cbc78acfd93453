"""Fitting the reading model, and measuring it honestly by cross-validation grouped by event.

Variants, compared side by side:
- rules:    the rule-based reading alone;
- model:    the learned models on words, characters and candidate context, without the rules;
- combined: the learned models with the rules' reading among their features, and the rules'
            stance where they read one (what ships); also without the record's features.
Each variant's candidates then pass the second stage (`choose`), fitted on held-out readings.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from bot.core.analysis.learned.features import Features
from bot.core.analysis.learned.model import (
    CANDIDATE,
    ITEM_AND_STANCE,
    Guess,
    ReadingModel,
    calibrated,
    log_odds,
    second_stage,
    second_stage_inputs,
)
from training.dataset import Row
from training.metrics import Pair, Quality, judge, total

C_DECIDER = 1.0
C_STANCE = 4.0
# A feature seen in fewer items is those items', not the language's. Three rather than two
# halves the features for the same cross-validated F1 (0.565 against 0.568 on 4,480 items):
# 8 MB less in the running bot and about 8% faster reading.
MIN_DOCUMENTS = 3
# Features whose weights all stay under this are left out of the file. Fitted with the
# translations' own words, 0.1 kept two thirds of the rows 0.05 kept (40,990 against 59,920,
# which went over the bot's memory budget) for a cross-validated F1 within 0.003.
MIN_WEIGHT = 0.1
# The rows that join the fits unscored: written examples teach the conventions, translations a
# real item's labels in another language's words; real headlines teach the language.
SYNTHETIC_WEIGHT = 0.5
# The thresholds are those with the best F1 that raise a stance on at most this share of the
# items that carry none (held-out folds), and on no more of them than the rules alone do: false
# alerts cost more trust than late ones, and the learned stage must not add to them.
MAX_FALSE_ALARMS = 0.10
# Thresholds whose lenient plus strict F1 comes within this of the best are equally good, given
# the folds' noise: the highest of them is taken, for the same reason.
F1_TOLERANCE = 0.005
FOLDS = 5

Filter = Callable[[Features], Features]


def keep_all(features: Features) -> Features:
    return features


def without_rules(features: Features) -> Features:
    return {f: v for f, v in features.items() if not f.startswith(("rules:", "rule:"))}


def without_record(features: Features) -> Features:
    return {f: v for f, v in features.items() if not f.startswith("prior:")}


@dataclass(frozen=True)
class Variant:
    name: str
    keep: Filter
    rules_stance: bool  # the rules' stance stands where they read one
    record_stance: bool = True  # else the stance on record, where one is known


VARIANTS = {
    "model": Variant("model", without_rules, rules_stance=False),
    "combined without the record": Variant(
        "no record", without_record, rules_stance=True, record_stance=False
    ),
    "combined": Variant("combined", keep_all, rules_stance=True),  # last: what ships
}


_ITEM, _CANDIDATE = "i|", "c|"  # the decider's two parts, apart in one feature space


def fit(rows: Sequence[Row], variant: Variant, weights: Sequence[float]) -> dict[str, Any]:
    """The decider's two parts and the stance model, fitted on `rows` (each weighted)."""
    readable = [(r, w) for r, w in zip(rows, weights, strict=True) if r.observation]
    items = [(variant.keep(r.observation.features), r, w) for r, w in readable if r.observation]
    common = _common([x for x, _, _ in items])  # by item: candidates repeat their item's words
    items = [({f: v for f, v in x.items() if f in common}, r, w) for x, r, w in items]
    signals = [(x, r.example.stance, w) for x, r, w in items if r.example.stance]
    decided = [
        (_joined(x, variant.keep(f)), str(int(r.example.stance is not None and label)), w)
        for x, r, w in items
        if r.observation
        for f, label in zip(r.observation.candidate_features, r.subject_labels(), strict=True)
    ]
    item, candidate = _split(_fit(decided, C_DECIDER))
    stance = _fit([(x, str(s), w) for x, s, w in signals], C_STANCE)
    return {ITEM_AND_STANCE: _joined_models(item, stance), CANDIDATE: candidate}


def _joined(item: Features, candidate: Features) -> Features:
    """One candidate's view for the decider: the item's words and the candidate's context."""
    return {
        **{_ITEM + f: v for f, v in item.items()},
        **{_CANDIDATE + f: v for f, v in candidate.items()},
    }


def _split(decider: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The decider as two linear parts: a candidate's score is the item part's plus its own."""
    weights, classes = decider["weights"], decider["classes"]
    item = {f[2:]: w for f, w in weights.items() if f.startswith(_ITEM)}
    candidate = {f[2:]: w for f, w in weights.items() if f.startswith(_CANDIDATE)}
    return (
        {"classes": classes, "intercepts": decider["intercepts"], "weights": item},
        {"classes": classes, "intercepts": [0.0], "weights": candidate},
    )


def _joined_models(first: dict[str, Any], second: dict[str, Any]) -> dict[str, Any]:
    """One model scoring `first`'s classes, then `second`'s: both read the item's features, so
    the bot looks each feature up once for both. (A feature one of them lacks weighs zero
    there, which changes no sum.)"""
    mine, theirs = [0.0] * len(first["classes"]), [0.0] * len(second["classes"])
    weights_1, weights_2 = first["weights"], second["weights"]
    return {
        "classes": first["classes"] + second["classes"],
        "intercepts": first["intercepts"] + second["intercepts"],
        "weights": {
            feature: weights_1.get(feature, mine) + weights_2.get(feature, theirs)
            for feature in sorted(weights_1.keys() | weights_2.keys())
        },
    }


def _fit(examples: list[tuple[Features, str, float]], c: float) -> dict[str, Any]:
    common = _common([x for x, _, _ in examples])
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(
        [{f: v for f, v in x.items() if f in common} for x, _, _ in examples]
    )
    model = LogisticRegression(C=c, max_iter=5000)
    model.fit(matrix, [y for _, y, _ in examples], sample_weight=[w for _, _, w in examples])
    classes = [str(label) for label in model.classes_]
    if len(classes) == 2:  # scikit-learn keeps one row of weights, for the second class
        classes = classes[1:]
    coefficients = model.coef_
    weights = {
        name: [round(float(w), 4) for w in coefficients[:, index]]
        for name, index in vectorizer.vocabulary_.items()
        if float(np.abs(coefficients[:, index]).max()) >= MIN_WEIGHT
    }
    return {
        "classes": classes,
        "intercepts": [round(float(b), 4) for b in model.intercept_],
        "weights": dict(sorted(weights.items())),
    }


def _common(features: list[Features]) -> set[str]:
    documents: dict[str, int] = {}
    for x in features:
        for name in x:
            documents[name] = documents.get(name, 0) + 1
    return {name for name, count in documents.items() if count >= MIN_DOCUMENTS}


def reader(models: dict[str, Any]) -> ReadingModel:
    """The models as the bot reads them; thresholds and calibration are chosen later."""
    return ReadingModel.from_dict({**models, "calibration": (1.0, 0.0), "threshold": 0.5})


def predict(model: ReadingModel, row: Row, variant: Variant) -> list[Guess]:
    if row.observation is None:
        return []
    observation = row.observation
    kept = replace(
        observation,
        features=variant.keep(observation.features),
        candidate_features=tuple(variant.keep(f) for f in observation.candidate_features),
        recorded=observation.recorded
        if variant.record_stance
        else ("",) * len(observation.recorded),
    )
    rules = dict(row.rules) if variant.rules_stance else {}
    return model.guesses(kept, rules)


def joining_fit(extra: Sequence[Row], held_events: set[str]) -> list[Row]:
    """The extra rows a fit takes while `held_events` are held out: not their translations."""
    return [row for row in extra if row.example.event not in held_events]


def out_of_fold(
    rows: Sequence[Row], variant: Variant, extra: Sequence[Row] = (), seed: int | None = None
) -> list[list[Guess]]:
    """Each row's raw readings by models fitted on the other events only; `extra` rows (written
    examples, translations) join every fit but those of their own event, so that no item is read
    by a model fitted on its translation. `seed` shuffles the events between folds."""
    predictions: list[list[Guess]] = [[] for _ in rows]
    groups = [row.example.event for row in rows]
    folds = GroupKFold(n_splits=FOLDS, shuffle=seed is not None, random_state=seed)
    for train, held in folds.split(rows, groups=groups):
        joining = joining_fit(extra, {groups[i] for i in held})
        fitting = [rows[i] for i in train] + joining
        weights = [1.0] * len(train) + [SYNTHETIC_WEIGHT] * len(joining)
        model = reader(fit(fitting, variant, weights))
        for index in held:
            predictions[index] = predict(model, rows[index], variant)
    return predictions


Scores = Sequence[Sequence[float]]  # per item, per candidate: what the threshold applies to


@dataclass(frozen=True)
class Choice:
    """The second stage, threshold and calibration chosen on held-out readings."""

    threshold: float
    slope: float = 1.0
    offset: float = 0.0
    second: tuple[float, ...] = ()  # the second stage's weights; none: the threshold is on found

    # `scores`: each candidate's, held out (what the threshold applies to)
    def kept(self, candidates: Sequence[Guess], scores: Sequence[float]) -> list[Guess]:
        return [c for c, s in zip(candidates, scores, strict=True) if s >= self.threshold]

    def found(self, candidates: Sequence[Guess], scores: Sequence[float]) -> set[Pair]:
        return {(c.code, c.stance) for c in self.kept(candidates, scores)}

    def confident(
        self, candidates: Sequence[Guess], scores: Sequence[float]
    ) -> list[tuple[Pair, float]]:
        """The findings with their calibrated confidence, as the shipped model reports them."""
        return [
            ((c.code, c.stance), calibrated(c.raw, self.slope, self.offset))
            for c in self.kept(candidates, scores)
        ]


def choose(
    rows: Sequence[Row],
    predictions: Sequence[Sequence[Guess]],
    held: Scores | None = None,
    *,
    second: bool = True,
) -> Choice:
    """The second stage fitted on held-out readings; then, on its own held-out scores (`held`,
    computed when not given), the highest threshold within reach of the best lenient plus strict
    F1 whose false-alarm rate stays within bounds, and Platt scaling of the raw products of what
    it lets through. Without the second stage the threshold applies to the first's probability."""
    lines = _second_stage_rows(rows, predictions)
    if held is None:
        held = _held_out(lines, predictions) if second else _found(predictions)
    qualities = {
        choice.threshold: score(
            rows, [choice.found(*p) for p in zip(predictions, held, strict=True)]
        )
        for choice in (Choice(round(float(t), 3)) for t in np.arange(0.2, 0.96, 0.025))
    }
    rules = score(rows, [set(row.rules) for row in rows]).false_alarm_rate
    ceiling = min(MAX_FALSE_ALARMS, rules)
    if all(q.false_alarm_rate > ceiling for q in qualities.values()):
        ceiling = MAX_FALSE_ALARMS  # a bound no threshold meets (rules with no false alarm)
    values = {
        threshold: q.lenient.f1 + q.strict.f1
        for threshold, q in qualities.items()
        if q.false_alarm_rate <= ceiling
    }
    best = max(values.values(), default=0.0)
    chosen = Choice(max((t for t, v in values.items() if v >= best - F1_TOLERANCE), default=0.5))
    weights = _second_stage(lines.features, lines.labels) if second else ()
    return Choice(chosen.threshold, *_platt(rows, predictions, held, chosen), weights)


def held_out_scores(rows: Sequence[Row], predictions: Sequence[Sequence[Guess]]) -> Scores:
    """Each candidate's second-stage score by a second stage fitted on the other events only."""
    return _held_out(_second_stage_rows(rows, predictions), predictions)


def _held_out(lines: _Lines, predictions: Sequence[Sequence[Guess]]) -> list[list[float]]:
    held = _found(predictions)
    if len(set(lines.events)) < FOLDS:
        return held
    for train, test in GroupKFold(n_splits=FOLDS).split(lines.features, groups=lines.events):
        weights = _second_stage(
            [lines.features[i] for i in train], [lines.labels[i] for i in train]
        )
        for row in {lines.items[i] for i in test} if weights else ():
            held[row] = second_stage(predictions[row], weights)
    return held


def _found(predictions: Sequence[Sequence[Guess]]) -> list[list[float]]:
    return [[c.found for c in candidates] for candidates in predictions]


@dataclass(frozen=True)
class _Lines:
    """One line per candidate: the second stage's inputs (as the bot computes them), whether it
    decided a signalled stance, its item's event, and its item's index."""

    features: list[list[float]]
    labels: list[int]
    events: list[str]
    items: list[int]


def _second_stage_rows(rows: Sequence[Row], predictions: Sequence[Sequence[Guess]]) -> _Lines:
    lines = _Lines([], [], [], [])
    for index, (row, candidates) in enumerate(zip(rows, predictions, strict=True)):
        if not candidates or row.observation is None:
            continue
        decided = row.subject_labels() if row.example.stance else [0] * len(candidates)
        inputs = second_stage_inputs(candidates)
        for candidate_inputs, label in zip(inputs, decided, strict=True):
            lines.features.append(list(candidate_inputs))
            lines.labels.append(label)
            lines.events.append(row.example.event)
            lines.items.append(index)
    return lines


def _second_stage(features: Sequence[Sequence[float]], labels: Sequence[int]) -> tuple[float, ...]:
    if len(set(labels)) < 2:
        return ()
    model = LogisticRegression(C=1.0, max_iter=2000).fit(np.array(features), np.array(labels))
    return (*(round(float(w), 4) for w in model.coef_[0]), round(float(model.intercept_[0]), 4))


def _platt(
    rows: Sequence[Row], predictions: Sequence[Sequence[Guess]], held: Scores, choice: Choice
) -> tuple[float, float]:
    xs, ys = [], []
    for row, candidates, scores in zip(rows, predictions, held, strict=True):
        for c in choice.kept(candidates, scores):
            xs.append([log_odds(c.raw)])
            ys.append(int((c.code, c.stance) in row.example.pairs))
    if len(set(ys)) < 2:
        return 1.0, 0.0
    platt = LogisticRegression(C=100.0).fit(np.array(xs), np.array(ys))
    return round(float(platt.coef_[0][0]), 4), round(float(platt.intercept_[0]), 4)


def score(rows: Sequence[Row], found: Sequence[set[Pair]]) -> Quality:
    return total(judge(row.example.pairs, f) for row, f in zip(rows, found, strict=True))
