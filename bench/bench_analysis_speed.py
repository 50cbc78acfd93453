"""How fast the shipped analysis reads items on one core, and what its reading costs in memory.

    .venv/bin/python bench/bench_analysis_speed.py [--rounds N]

Items are the corpus's real headlines with their summaries. Three figures, each the best of N
rounds (a busy machine shows less noise):

- the relevance filter, on the items that are not about Huawei (most of a real feed);
- the full reading (rules, learned models, record) of the items that are;
- a realistic mix: nine items in ten not about Huawei.

Memory: the peak RSS of a fresh process that builds the analyser, rules alone against rules
with the trained model, names in every language and the record's history.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_analysis_quality import shipped_analyser
from bot.core.analysis import Analyser, compiled
from bot.core.items import Item
from training import corpus
from training.dataset import item_of

GOALS = {"relevance": 20_000, "reading": 2_000, "mix": 5_000}
# What the bot itself imports to read news: no scikit-learn, no numpy.
_BUILD = """
import sys
from pathlib import Path
sys.path.insert(0, {root!r})
from bot.catalog import load_analyser, load_countries, load_seed
config = Path({root!r}) / "config"
countries = load_countries(config / "countries.toml")
seed = load_seed(config / "stances.toml", countries)
model = config / "reading-model.jsonl" if {shipped!r} else None
analyser = load_analyser(config / "countries.toml", countries, model, seed)
print(next(l for l in open("/proc/self/status") if l.startswith("VmHWM")).split()[1])
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, on purpose
    analyser = shipped_analyser()
    items = [item_of(e) for e in corpus.load()]
    relevant = [i for i in items if analyser.analyse(i).relevant]
    other = [i for i in items if not analyser.analyse(i).relevant]
    mix = (other * 9)[: 9 * len(relevant)][: 9 * 100] + relevant[:100]
    print(f"{args.rounds} rounds on one core, best round shown (median in brackets)")
    print(f"the analysis: {compiled.how_read()}")
    for name, batch in (("relevance", other), ("reading", relevant), ("mix", mix)):
        best, median = per_item(analyser, batch, args.rounds)
        print(
            f"  {name:<10} {len(batch):>5} items  {1 / best:>8,.0f} items/s "
            f"({1 / median:,.0f})  {best * 1e6:>6.0f} µs/item   goal >= {GOALS[name]:,}/s"
        )
    rules, shipped = peak_rss(shipped=False), peak_rss(shipped=True)
    print(
        f"  memory     peak RSS building the analyser: rules alone {rules:.0f} MB, with the "
        f"trained model {shipped:.0f} MB (+{shipped - rules:.0f} MB; goal <= +30 MB)"
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


def peak_rss(*, shipped: bool) -> float:
    """MB: the peak resident memory of a fresh process that builds one analyser."""
    root = str(Path(__file__).resolve().parent.parent)
    code = _BUILD.format(root=root, shipped=shipped)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    # VmHWM, the process's own peak (ru_maxrss would carry over the parent's from the fork).
    return int(out.stdout.split()[-1]) / 1024


if __name__ == "__main__":
    main()
