"""Choosing the reading model's threshold on held-out readings."""

from __future__ import annotations

import pytest

from bot.core.analysis.learned.features import Candidate
from bot.core.analysis.learned.model import SECOND_STAGE, Guess, second_stage
from bot.core.analysis.learned.observe import Observation
from training import fit
from training.corpus import TRANSLATION, Example
from training.dataset import Row


def _row(
    stance: str | None,
    rules: frozenset[tuple[str, str]] = frozenset(),
    *,
    event: str = "e",
    candidates: tuple[str, ...] = (),
    source: str = "s",
    features: tuple[str, ...] = (),
) -> Row:
    example = Example(
        "h1", "t", "", "2020", source, "https://a.b", "en", ("SE",) if stance else (), stance,
        "signal" if stance else "mention", "", event, "train",
    )  # fmt: skip
    observation = Observation(
        dict.fromkeys(features, 1.0),
        tuple(Candidate(c, ()) for c in candidates),
        ({},) * len(candidates),
        ("",) * len(candidates),
    )
    return Row(example, observation if candidates else None, rules)


def test_of_thresholds_equally_good_the_highest_is_chosen() -> None:
    rows = [_row("banned"), _row(None)]
    predictions = [[Guess("SE", "banned", 0.9, 1.0)], [Guess("SE", "banned", 0.3, 1.0)]]
    # Every threshold from 0.325 to 0.9 finds the signal and no false alarm.
    assert 0.9 == fit.choose(rows, predictions, second=False).threshold


def test_the_threshold_raises_no_more_false_alarms_than_the_rules_alone() -> None:
    found, missed = Guess("SE", "banned", 0.9, 1.0), Guess("SE", "banned", 0.55, 1.0)
    false_alarm = Guess("SE", "banned", 0.6, 1.0)
    signals = [_row("banned"), _row("banned")]
    quiet = [_row(None) for _ in range(19)]
    predictions = [[found], [missed], [false_alarm], *[[] for _ in range(18)]]
    # At 0.55 both signals are found and 1 of 19 stance-free items raises a stance (5%): the
    # best F1. The rules raise none there, so the learned stage may not either.
    rows = [*signals, _row(None), *quiet[1:]]
    assert 0.9 == fit.choose(rows, predictions, second=False).threshold
    noisy_rules = frozenset({("SE", "banned")})
    rows = [*signals, _row(None), _row(None, noisy_rules), *quiet[2:]]
    assert 0.55 == fit.choose(rows, predictions, second=False).threshold


def test_the_second_stage_learns_that_one_country_of_a_story_acts() -> None:
    # Sweden decides in every story; China, named beside it, never does, however likely the
    # first stage found it: read with the item's best candidate, China's score drops.
    rows, predictions = [], []
    for index in range(40):
        china = 0.55 + 0.01 * (index % 10)
        rows.append(_row("banned", event=f"e{index}", candidates=("SE", "CN")))
        predictions.append(
            [
                Guess("SE", "banned", 0.6 + 0.01 * (index % 10), 0.9),
                Guess("CN", "banned", china, 0.9),
            ]
        )
    choice = fit.choose(rows, predictions)
    assert len(SECOND_STAGE) + 1 == len(choice.second)
    scores = [second_stage(candidates, choice.second) for candidates in predictions]
    assert all(
        {("SE", "banned")} == choice.found(candidates, score)
        for candidates, score in zip(predictions, scores, strict=True)
    )
    sweden, china = second_stage(predictions[0], choice.second)
    assert sweden > china


def test_a_translation_joins_no_fit_that_holds_out_its_source_s_event() -> None:
    translated = _row("banned", event="SE-2020", source=TRANSLATION)
    other = _row("banned", event="DK-2021", source=TRANSLATION)
    written = _row("banned", event="written-b01")
    assert [other, written] == fit.joining_fit([translated, other, written], {"SE-2020"})
    assert [translated, other, written] == fit.joining_fit(
        [translated, other, written], {"NO-2019"}
    )


def test_the_model_keeps_the_words_of_three_items_that_weigh_enough(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def item(stance: str | None, *words: str) -> Row:
        return _row(stance, candidates=("SE",), features=words)

    # "rare" marks two signals, too few items to learn from; "even" is as common in signals as
    # in stance-free items, so it weighs next to nothing; "ban" and "allow" tell them apart.
    rows = [
        *[item("banned", "ban", *(("even",) if i % 2 else ())) for i in range(8)],
        *[item("allowed", "allow", *(("even",) if i % 2 else ())) for i in range(8)],
        *[item(None, "other", *(("even",) if i % 2 else ())) for i in range(16)],
        item("banned", "ban", "rare"),
        item("allowed", "allow", "rare"),
    ]

    def words() -> list[str]:
        models = fit.fit(rows, fit.VARIANTS["model"], [1.0] * len(rows))
        return sorted(models["item_and_stance"]["weights"])

    assert ["allow", "ban", "other"] == words()
    monkeypatch.setattr(fit, "MIN_WEIGHT", 0.0)
    assert ["allow", "ban", "even", "other"] == words()
