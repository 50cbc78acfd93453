"""The reading model's file: what the training command writes, the bot reads back unchanged, and
a file it cannot read says why."""

from __future__ import annotations

import json
from typing import Any

import pytest

from bot.core.analysis.learned.model import ReadingModel
from bot.core.analysis.learned.model_file import model_lines, read_model
from bot.core.errors import ConfigError


def _model() -> dict[str, Any]:
    return {
        "trained_on": {"real": 2, "written": 0, "fingerprint": "0"},
        "calibration": [1.5, -0.25],
        "threshold": 0.65,
        "second": [],
        "item_and_stance": {
            "classes": ["1", "banned", "allowed"],
            "intercepts": [-7.0, 0.0, 0.5],
            "weights": {"bans": [6.0, 3.0, -3.0], "welcomes": [0.0, -1.0, 2.0]},
        },
        "candidate": {"classes": ["1"], "intercepts": [0.0], "weights": {"t.l1:^": [5.0]}},
    }


def test_the_file_reads_back_as_the_model_it_was_written_from() -> None:
    lines = list(model_lines(_model()))
    assert 1 + 2 + 1 == len(lines)
    assert ReadingModel.from_dict(_model()) == read_model(lines)


def test_a_model_in_the_older_single_document_format_asks_to_be_refitted() -> None:
    old = {k: v for k, v in _model().items() if k != "item_and_stance"}
    with pytest.raises(ConfigError, match="format") as error:
        read_model([json.dumps({"format": 1, **old})])
    assert "make model" in str(error.value)


def test_a_file_that_ends_early_is_refused() -> None:
    lines = list(model_lines(_model()))
    with pytest.raises(ConfigError, match="item_and_stance"):
        read_model(lines[:2])


def test_a_row_of_the_wrong_length_is_refused() -> None:
    lines = list(model_lines(_model()))
    lines[1] = json.dumps(["bans", [6.0, 3.0]])
    with pytest.raises(ConfigError, match="item_and_stance"):
        read_model(lines)


def test_an_empty_file_is_refused() -> None:
    with pytest.raises(ConfigError, match="unreadable"):
        read_model([])


def test_features_with_the_same_weights_share_one_row() -> None:
    model = _model()
    model["item_and_stance"]["weights"]["banning"] = [6.0, 3.0, -3.0]
    weights = read_model(model_lines(model)).item_and_stance.weights
    assert weights["bans"] is weights["banning"]
    assert (0.0, -1.0, 2.0) == weights["welcomes"]
