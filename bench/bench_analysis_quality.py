"""How well the analysis reads real news: stance findings on real labelled headlines.

    .venv/bin/python bench/bench_analysis_quality.py [--misses]

The corpus (corpus/headlines.jsonl, real headlines with their source links, labelled by the
conventions in corpus/README.md) has a fixed test portion, split by event, that no rule or model
is tuned on. This bench prints:

1. the three readings side by side by cross-validation on the training portion (five folds
   grouped by event; the project's written examples join every fit, the training items'
   translations every fit but their own event's, neither is ever scored): the rules alone, the
   learned models alone, and the two combined (what ships); then the rules' and the combined
   reading's figures on the training items no rule was written from (`corpus.never_read`:
   added after the rules were last written), on the other items kept unread while rules are
   written (`corpus.kept_unread`: a fifth of the training events) and on the rest;
2. the shipped analyser (config/reading-model.jsonl, fitted on the training portion) on the test
   portion, beside its cross-validated training figures and the goals, with the range its
   lenient F1 would span on test portions of other events (`metrics.interval`);
3. the same per language, and the rules alone for comparison;
4. how far confidence means probability: of the findings in each confidence band, the share
   that is right;
5. how far two independent readings of the same test items agree (corpus/second-reading.jsonl): the
   figures a reader can be held to; and the shipped reading on the items they read alike and
   on those they disputed.

--misses lists the training portion's misses, except the items kept unread; the test portion's
are never printed: reading them would be tuning on them.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.catalog import load_analyser, load_countries, load_seed
from bot.core.analysis import Analyser
from training import corpus, fit, metrics
from training.dataset import Row, item_of, rows
from training.metrics import NOT_COUNTED, Pair, Quality, judge, line, total
from training.train import ROOT, rules_analyser, training_examples

GOALS = "goals: lenient F1 >= 0.88, strict >= 0.78, subject >= 0.92, false alarms <= 3%"
BANDS = ((0.0, 0.2), (0.2, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 0.9), (0.9, 1.01))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the training portion's misses")
    args = parser.parse_args()
    rules = rules_analyser()
    real, extra_examples = training_examples()
    train, extra = rows(real, rules), rows(extra_examples, rules)
    print(f"== Cross-validation on the training portion ({len(train)} items, 5 folds by event)")
    confidences = cross_validated(train, extra)
    print("\n== The same, on the training items no rule was written from, the others kept unread")
    unread_and_read(train, confidences)
    shipped = shipped_analyser()
    test = corpus.load(split="test")
    print(f"\n== The test portion ({len(test)} items, never tuned on); {GOALS}")
    found = {e.id: read(shipped, e) for e in test}
    test_rows = rows(test, rules)
    print(line("rules alone", rules_alone(test_rows), len(test)))
    print(line("shipped (combined)", score_found(test, found), len(test)))
    print(spread((e.event, judged(e, found)) for e in test))
    for name, part in corpus.by_origin(test).items():
        print(line(f"  of which {name}", score_found(part, found), len(part)))
    test_reads, train_reads = reads_of_test(test, found), reads_of_training(train, confidences)
    print("\n== By language (test portion; training portion by cross-validation)")
    by_language(test_reads, train_reads)
    print("\n== Confidence against being right (shipped, test portion | cross-validated, training)")
    reliability(test_reads, train_reads)
    print("\n== Two independent readings of the same test items, and the labels now")
    readers_agreement(test, found)
    if args.misses:
        misses(train, confidences)


def cross_validated(train: list[Row], extra: list[Row]) -> list[list[tuple[Pair, float]]]:
    """Each variant's line; returns the combined variant's held-out findings, with confidence."""
    print(line("rules alone", rules_alone(train), len(train)))
    held_out: list[list[tuple[Pair, float]]] = []
    for name, variant in fit.VARIANTS.items():
        predictions = fit.out_of_fold(train, variant, extra)
        # The second stage's scores held out too: by one fitted on the other events.
        scores = fit.held_out_scores(train, predictions)
        choice = fit.choose(train, predictions, scores)
        held = list(zip(predictions, scores, strict=True))
        quality = fit.score(train, [choice.found(*candidates) for candidates in held])
        print(line(f"{name} (threshold {choice.threshold})", quality, len(train)))
        held_out = [choice.confident(*candidates) for candidates in held]  # the last: combined
    return held_out


def unread_and_read(train: list[Row], held_out: list[list[tuple[Pair, float]]]) -> None:
    """The rules' and the combined reading's figures on the items no rule was written from (the
    honest cross-validated figures), on the other items kept unread while rules are written
    (none is written from them from December's twenty-fourth round on), and on the rest."""
    groups: dict[str, Callable[[corpus.Example], bool]] = {
        "never read": corpus.never_read,
        "kept unread": lambda e: corpus.kept_unread(e) and not corpus.never_read(e),
        "read": lambda e: not corpus.kept_unread(e),
    }
    for name, belongs in groups.items():
        part = [(r, found) for r, found in zip(train, held_out, strict=True) if belongs(r.example)]
        part_rows = [r for r, _ in part]
        judged = [(r.example.event, judge(r.example.pairs, {p for p, _ in f})) for r, f in part]
        print(line(f"rules alone, {name}", rules_alone(part_rows), len(part)))
        print(line(f"combined, {name}", total(q for _, q in judged), len(part)))
        print(spread(judged))


def spread(judged: Iterable[tuple[str, Quality]]) -> str:
    """How far the lenient F1 above could move with other events (`metrics.interval`)."""
    low, high = metrics.interval(judged)
    return f"  lenient F1 with its events drawn again: 95% within {low:.3f}-{high:.3f}"


def rules_alone(part: list[Row]) -> Quality:
    """What the rules alone find in these rows, scored."""
    return fit.score(part, [set(r.rules) for r in part])


def shipped_analyser() -> Analyser:
    countries_file = ROOT / "config" / "countries.toml"
    countries = load_countries(countries_file)
    seed = load_seed(ROOT / "config" / "stances.toml", countries)
    return load_analyser(countries_file, countries, ROOT / "config" / "reading-model.jsonl", seed)


def read(analyser: Analyser, example: corpus.Example) -> list[tuple[Pair, float]]:
    analysis = analyser.analyse(item_of(example))
    return [((f.country, str(f.stance)), f.confidence) for f in analysis.signals]


def score_found(
    examples: Sequence[corpus.Example], found: dict[str, list[tuple[Pair, float]]]
) -> Quality:
    return total(judged(e, found) for e in examples)


def judged(example: corpus.Example, found: dict[str, list[tuple[Pair, float]]]) -> Quality:
    """One item's figures, from the findings read for it."""
    return judge(example.pairs, {pair for pair, _ in found[example.id]})


READ_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "fi", "cs", "ro")


class Read(NamedTuple):
    """One item as read: its language, its labelled pairs, and the findings with confidence."""

    lang: str
    expected: frozenset[Pair]
    found: list[tuple[Pair, float]]


def reads_of_test(
    test: list[corpus.Example], found: dict[str, list[tuple[Pair, float]]]
) -> list[Read]:
    return [Read(e.lang, e.pairs, found[e.id]) for e in test]


def reads_of_training(train: list[Row], held_out: list[list[tuple[Pair, float]]]) -> list[Read]:
    return [Read(r.example.lang, r.example.pairs, f) for r, f in zip(train, held_out, strict=True)]


def by_language(test: list[Read], train: list[Read]) -> None:
    """The languages the bot reads, one line each; every other language together."""

    def grouped(reads: list[Read]) -> dict[str, list[Quality]]:
        by: dict[str, list[Quality]] = defaultdict(list)
        for read in reads:
            language = read.lang if read.lang in READ_LANGUAGES else "others"
            by[language].append(judge(read.expected, {pair for pair, _ in read.found}))
        return by

    test_by, train_by = grouped(test), grouped(train)
    for language in (*READ_LANGUAGES, "others"):
        cells = [_cell(test_by[language]), _cell(train_by[language])]
        print(f"  {language:<6} test {cells[0]} | training {cells[1]}")


def _cell(qualities: list[Quality]) -> str:
    quality = total(qualities)
    expected = quality.lenient.hits + quality.lenient.missed
    f1 = f"{quality.lenient.f1:.2f}" if expected or quality.lenient.extra else "  - "
    return (
        f"{len(qualities):>3} items ({expected:>2} signals) lenient F1 {f1}, false alarms "
        f"{quality.false_alarms}/{quality.stance_free}"
    )


def reliability(test: list[Read], train: list[Read]) -> None:
    for low, high in BANDS:
        cells = [_band(reads, low, high) for reads in (test, train)]
        text = " | ".join(
            f"{right}/{count} right ({right / count:.0%})" if count else "none"
            for right, count in cells
        )
        print(f"  confidence {low:.1f}-{min(high, 1.0):.1f}: {text}")


def _band(reads: list[Read], low: float, high: float) -> tuple[int, int]:
    right = count = 0
    for read in reads:
        for pair, confidence in read.found:
            if pair[0] not in NOT_COUNTED and low <= confidence < high:
                count += 1
                right += pair in read.expected
    return right, count


def readers_agreement(
    test: list[corpus.Example], found: dict[str, list[tuple[Pair, float]]]
) -> None:
    """The second reading scored against the first, as if the second reader were the analysis;
    the first against the labels now (the third reader's where the two differed); and the
    shipped reading on the items the two read alike, and on those they disputed."""
    now = {e.id: e.pairs for e in test}
    read = [r for r in corpus.second_readings() if r.id in now]
    print(line("second against first", total(judge(r.first, r.second) for r in read), len(read)))
    print(line("first against now", total(judge(now[r.id], r.first) for r in read), len(read)))
    alike = {r.id for r in read if judge(r.first, r.second).strict.f1 == 1.0}
    for name, part in (("read alike", alike), ("disputed", {r.id for r in read} - alike)):
        items = [e for e in test if e.id in part]
        print(line(f"shipped, items {name}", score_found(items, found), len(items)))


def misses(train: list[Row], held_out: list[list[tuple[Pair, float]]]) -> None:
    listed = [
        (r, f) for r, f in zip(train, held_out, strict=True) if not corpus.kept_unread(r.example)
    ]
    unread = len(train) - len(listed)
    print(f"\n== Training portion, read wrongly (cross-validated, combined; {unread} kept unread)")
    for r, f in listed:
        expected = {p for p in r.example.pairs if p[0] not in NOT_COUNTED}
        got = {p for p, _ in f if p[0] not in NOT_COUNTED}
        if expected != got:
            print(f"  {r.example.id} want {sorted(expected)} got {sorted(got)}: {r.example.title}")


if __name__ == "__main__":
    main()
