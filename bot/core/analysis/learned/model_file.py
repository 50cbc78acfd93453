"""The reading model's file: written by the training command, read by the bot.

JSON Lines. The first line holds the model's settings (format, what it was fitted on, the
calibration, the threshold, the second stage) and, for each of its two parts, its classes, its
intercepts and how many rows follow; then each part's rows, one `[feature, [weight, ...]]` a
line, the item-and-stance part's first. Read one line at a time, the weights never exist in
memory twice: parsed as one JSON document, they left about 4 MB more behind in the running bot
(the document's lists and strings, freed but scattered among the objects that stay).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import islice
from typing import Any

from bot.core.analysis.learned.linear import LinearModel
from bot.core.analysis.learned.model import CANDIDATE, ITEM_AND_STANCE, ReadingModel
from bot.core.errors import ConfigError

FORMAT = 2
PARTS = (ITEM_AND_STANCE, CANDIDATE)


def model_lines(model: Mapping[str, Any]) -> Iterator[str]:
    """The model (as `ReadingModel.from_dict` reads it) as the file's lines, without newlines."""
    settings = {key: value for key, value in model.items() if key not in PARTS}
    heads = {
        name: {
            "classes": model[name]["classes"],
            "intercepts": model[name]["intercepts"],
            "rows": len(model[name]["weights"]),
        }
        for name in PARTS
    }
    yield _dumps({"format": FORMAT, **settings, **heads})
    for name in PARTS:
        for feature, weights in model[name]["weights"].items():
            yield _dumps([feature, weights])


def read_model(lines: Iterable[str]) -> ReadingModel:
    """The model from the file's lines (`model_lines`)."""
    rows = iter(lines)
    settings = _settings(next(rows, ""))
    # The weights are rounded, so values repeat: one float object per value, not per weight.
    floats = functools.cache(float)
    parts = [_part(settings, name, rows, floats) for name in PARTS]
    return ReadingModel.from_parts(settings, *parts)


def _settings(line: str) -> Mapping[str, Any]:
    try:
        settings = json.loads(line)
    except ValueError as error:
        raise ConfigError("The reading model is unreadable:", [repr(error)]) from error
    if not isinstance(settings, dict) or settings.get("format") != FORMAT:
        raise ConfigError(
            "The reading model is not in this version's format:",
            ["refit it with `make model` (or `python -m training fit`)"],
        )
    return settings


def _part(
    settings: Mapping[str, Any], name: str, rows: Iterator[str], floats: Callable[[str], float]
) -> LinearModel:
    """The part `name`: as many of the next rows as its head says."""
    try:
        head = settings[name]
        count = int(head["rows"])
        parsed = (json.loads(row, parse_float=floats) for row in islice(rows, count))
        model = LinearModel.from_rows(head, parsed, name)
    except (KeyError, TypeError, ValueError) as error:
        raise ConfigError(f"The {name} model is unreadable:", [repr(error)]) from error
    if len(model.weights) != count:
        raise ConfigError(f"The {name} model is unreadable:", [f"{count} rows said, fewer read"])
    return model


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
