"""Choosing the reading model's threshold on held-out readings."""

from __future__ import annotations

from bot.core.analysis.learned.model import Guess
from training import fit
from training.corpus import Example
from training.dataset import Row


def _row(stance: str | None, rules: frozenset[tuple[str, str]] = frozenset()) -> Row:
    example = Example(
        "h1", "t", "", "2020", "s", "https://a.b", "en", ("SE",) if stance else (), stance,
        "signal" if stance else "mention", "", "e", "train",
    )  # fmt: skip
    return Row(example, None, rules)


def test_of_thresholds_equally_good_the_highest_is_chosen() -> None:
    rows = [_row("banned"), _row(None)]
    predictions = [[Guess("SE", "banned", 0.9, 1.0)], [Guess("SE", "banned", 0.3, 1.0)]]
    # Every threshold from 0.325 to 0.9 finds the signal and no false alarm.
    assert 0.9 == fit.choose(rows, predictions).threshold


def test_the_threshold_raises_no_more_false_alarms_than_the_rules_alone() -> None:
    found, missed = Guess("SE", "banned", 0.9, 1.0), Guess("SE", "banned", 0.55, 1.0)
    false_alarm = Guess("SE", "banned", 0.6, 1.0)
    signals = [_row("banned"), _row("banned")]
    quiet = [_row(None) for _ in range(19)]
    predictions = [[found], [missed], [false_alarm], *[[] for _ in range(18)]]
    # At 0.55 both signals are found and 1 of 19 stance-free items raises a stance (5%): the
    # best F1. The rules raise none there, so the learned stage may not either.
    assert 0.9 == fit.choose([*signals, _row(None), *quiet[1:]], predictions).threshold
    noisy_rules = frozenset({("SE", "banned")})
    rows = [*signals, _row(None), _row(None, noisy_rules), *quiet[2:]]
    assert 0.55 == fit.choose(rows, predictions).threshold
