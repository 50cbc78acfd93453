"""The shipped analyser on real news it was never tuned on: the corpus's test portion.

Floors a little under what bench/bench_analysis_quality.py prints, so that a regression fails
CI; they say nothing of any single headline. The bench's figures are the honest measure."""

from __future__ import annotations

import pytest

from bench.bench_analysis_quality import read, shipped_analyser
from bot.core.analysis import Analyser
from training import corpus
from training.metrics import Quality, judge, total

# The bench prints, on the test portion (2,454 items): lenient F1 0.506, strict 0.457, subject
# 0.705, stance raised on 6.9% of stance-free items (the rules alone: 0.329, 0.269, 0.492, 7.1%).
# The portion grows with the corpus, and a refit on a few more training items moves its figures
# with the analysis unchanged (in December's refits: a few hundredths either way, false alarms
# 8.6-12.5%): the guards sit below that noise, so that they catch a broken reading and never
# decide which real headlines may join the corpus.
FLOORS = {"lenient": 0.45, "strict": 0.39, "subject": 0.62}
CEILING = 0.14  # stance raised on stance-free items
# The fit keeps the shipped reading's false alarms at or under the rules' own on held-out
# training folds; on the test portion a refit moves them by a few items of its 1,315 stance-free
# ones, so the guard allows that much (one point, ten items) and catches a learned stage that
# adds false alarms wholesale.
FALSE_ALARM_NOISE = 0.01


@pytest.fixture(scope="module")
def shipped() -> Analyser:
    return shipped_analyser()


@pytest.fixture(scope="module")
def quality(shipped: Analyser) -> Quality:
    test = corpus.load(split="test")
    return total(judge(e.pairs, {pair for pair, _ in read(shipped, e)}) for e in test)


def test_the_shipped_reading_stays_above_its_floors_on_unseen_real_news(quality: Quality) -> None:
    figures = {
        "lenient": quality.lenient.f1,
        "strict": quality.strict.f1,
        "subject": quality.subject.f1,
    }
    assert dict.fromkeys(FLOORS, True) == {k: figures[k] >= FLOORS[k] for k in FLOORS}, figures
    assert quality.false_alarm_rate <= CEILING


def test_the_shipped_reading_beats_the_rules_alone(shipped: Analyser, quality: Quality) -> None:
    from training.train import rules_analyser  # noqa: PLC0415

    rules = rules_analyser()
    test = corpus.load(split="test")
    alone = total(judge(e.pairs, {pair for pair, _ in read(rules, e)}) for e in test)
    assert quality.lenient.f1 > alone.lenient.f1
    assert quality.false_alarm_rate <= alone.false_alarm_rate + FALSE_ALARM_NOISE
