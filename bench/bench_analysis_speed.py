"""How fast the analysis reads headline + summary items on one core, and what a growing
vocabulary costs.

    .venv/bin/python bench/bench_analysis_speed.py [--rounds N]

Items are the labelled set's 189 headlines with summaries (a fifth of them irrelevant, as in
real feeds). Each figure is the best of N rounds, so a busy machine shows less noise. The
vocabulary table adds synthetic aliases to every country (half of them sharing a real name's
first letters, which is what makes a matcher work) until the vocabulary is 4 and 16 times its
real size, and reports the build time and the cost per item.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.scoring import ROOT, load_cases
from bot.catalog import load_countries
from bot.core.analysis import Analyser
from bot.core.countries import CountryIndex
from bot.core.items import Item

SCALES = (1, 4, 16)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, on purpose
    countries = load_countries(ROOT / "config" / "countries.toml")
    items = [case.item for case in load_cases()]
    print(f"items: {len(items)} headline + summary items, {args.rounds} rounds, best round shown")
    print(f"{'vocabulary':>12} {'surfaces':>9} {'build ms':>9} {'µs/item':>8} {'items/s':>8}")
    for scale in SCALES:
        index = with_synthetic_aliases(countries, scale)
        started = time.perf_counter()
        analyser = Analyser(index)
        build = time.perf_counter() - started
        best, median = per_item(analyser, items, args.rounds)
        surfaces = vocabulary_size(index)
        print(
            f"{'x' + str(scale):>12} {surfaces:>9} {build * 1000:>9.0f} {best * 1e6:>8.0f}"
            f" {1 / best:>8.0f}   (median round {1 / median:.0f}/s)"
        )


def per_item(analyser: Analyser, items: list[Item], rounds: int) -> tuple[float, float]:
    """Seconds per item: the best round and the median round."""
    for item in items[:20]:  # warm up
        analyser.analyse(item)
    timings = []
    for _ in range(rounds):
        started = time.perf_counter()
        for item in items:
            analyser.analyse(item)
        timings.append((time.perf_counter() - started) / len(items))
    return min(timings), statistics.median(timings)


def vocabulary_size(index: CountryIndex) -> int:
    return sum(
        len({c.name, c.official_name, *c.aliases, *c.demonyms, *c.seats}) for c in index.countries
    )


def with_synthetic_aliases(index: CountryIndex, scale: int) -> CountryIndex:
    """The index with made-up aliases added until it holds `scale` times its surfaces."""
    if scale == 1:
        return index
    real = vocabulary_size(index)
    per_country = (scale - 1) * real // len(index.countries) + 1
    countries = []
    for number, country in enumerate(index.countries):
        extra = tuple(_alias(country.name, number, i) for i in range(per_country))
        countries.append(replace(country, aliases=(*country.aliases, *extra)))
    return CountryIndex(countries, index.groups)


def _alias(name: str, number: int, i: int) -> str:
    tag = f"{number:03d}{i:03d}".translate(str.maketrans("0123456789", "qwrtzpsdfg"))
    # Half share a real name's first letters ("Germanyqrt"), half are unlike anything.
    return f"{name.split(maxsplit=1)[0]}{tag}" if i % 2 else f"Xy{tag.capitalize()} {tag[:3]}land"


if __name__ == "__main__":
    main()
