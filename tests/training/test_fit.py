"""Choosing the reading model's threshold on held-out readings."""

from __future__ import annotations

from bot.core.analysis.learned.model import Guess
from training import fit
from training.corpus import Example
from training.dataset import Row


def _row(stance: str | None) -> Row:
    example = Example(
        "h1", "t", "", "2020", "s", "https://a.b", "en", ("SE",) if stance else (), stance,
        "signal" if stance else "mention", "", "e", "train",
    )  # fmt: skip
    return Row(example, None, frozenset())


def test_of_thresholds_equally_good_the_highest_is_chosen() -> None:
    rows = [_row("banned"), _row(None)]
    predictions = [[Guess("SE", "banned", 0.9, 1.0)], [Guess("SE", "banned", 0.3, 1.0)]]
    # Every threshold from 0.325 to 0.9 finds the signal and no false alarm.
    assert 0.9 == fit.choose(rows, predictions).threshold
