"""How well the analysis reads the labelled news: precision, recall and F1 over (country,
stance) pairs, false alerts on irrelevant items, relevance accuracy, and where it goes wrong.

    .venv/bin/python bench/bench_analysis_quality.py [--misses] [--demo]

The labelled set (tests/data/labelled.jsonl) is the one the rules were developed against,
so its figures are optimistic. The held-out sets (tests/core/analysis/data/heldout*.jsonl)
were written later, in other phrasings, and scored before any rule was touched: F1 0.909,
0.896 and 0.764 at first reading. General fixes followed each (never per-item rules), so
their figures now are no longer unseen. The blind set (tests/core/analysis/data/blind.jsonl)
was written without looking at the rules. Its first honest reading was precision 0.740,
recall 0.725, F1 0.733, no false alerts. Its misses were then studied and fixed by general
mechanisms (passive and object-first verbs with the owner as decider, idioms, upheld decisions,
carve-outs, fronted quotes with their speaker, generic subjects, generic agency names), so it
is no longer blind: after tuning it reads precision 1.000, recall 1.000, F1 1.000, no false
alerts. The second blind set (tests/core/analysis/data/blind2.jsonl) was written by someone
who never saw the rules; its first reading was precision 0.870, recall 0.784, F1 0.825, no
false alerts. Its misses were taken as examples of failure families and fixed by general
mechanisms (an unnamed decider given to the item's only country, lobbying nouns and leverage,
the pressed party as the next clause's subject, denied and withdrawn measures, bans entering
into force, operators renewing, trialling and building with Huawei), each tested on sentences
of its own; after tuning it reads precision 1.000, recall 1.000, F1 1.000, no false alerts
(relevance 0.988: an opinion piece that never names Huawei). The third blind set
(tests/core/analysis/data/blind3.jsonl), written by someone who never saw the rules, read
precision 0.844, recall 0.750, F1 0.794, no false alerts at first. Its misses were taken as
causes, not items: a lexicon generated from verb stems (every inflection, phrasal verbs with
the object before the particle: "freezes Huawei out", "rules ZTE out of", "keeps kit off"),
courts and ministries that halt, suspend, quash or remove an exclusion (allowed),
counterfactual clauses ("would have forced"), drafts as pending and laws signed or in force as
decided, more scope words (cores, corporate networks, critical infrastructure, near bases),
carve-outs that let the radio layer stay, coordinated subjects with an article ("Australia
and the United States"), reviews that press and denials of a retreat as no decision; each
tested on sentences of its own. After tuning it reads precision 1.000, recall 0.972,
F1 0.986, no false alerts. So no set here is blind any more: only a new, unseen set can
measure generalisation honestly again.

The fourth blind set (tests/core/analysis/data/blind4.jsonl) was written after the last rule
change by someone who never saw the rules and is never tuned on: precision 0.828, recall
0.727, F1 0.774, no false alerts. It is the honest figure for new phrasing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.scoring import (
    BLIND,
    FRESH,
    HELD_OUT,
    LABELLED,
    NEWEST,
    ROOT,
    UNSEEN,
    Score,
    load_cases,
    load_demo,
    score,
)
from bot.catalog import load_countries
from bot.core.analysis import Analyser


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every item read wrongly")
    parser.add_argument("--demo", action="store_true", help="print the demo feed's findings")
    args = parser.parse_args()
    analyser = Analyser(load_countries(ROOT / "config" / "countries.toml"))
    for path in (LABELLED, *HELD_OUT, BLIND, UNSEEN, FRESH, NEWEST):
        result = score(analyser, load_cases(path))
        report(path.relative_to(ROOT), result, show_misses=args.misses)
    if args.demo:
        demo(analyser)


def report(name: Path, result: Score, *, show_misses: bool) -> None:
    print(f"== {name}: {result.items} items")
    print(f"   precision          {result.precision:.3f}")
    print(f"   recall             {result.recall:.3f}")
    print(f"   F1                 {result.f1:.3f}")
    print(
        f"   false alerts       {result.false_alert_rate:.1%}"
        f" ({result.false_alerts} of {result.irrelevant_items} irrelevant items)"
    )
    print(f"   relevance accuracy {result.relevance_accuracy:.3f}")
    errors = result.misses_by_note()
    breakdown = ", ".join(f"{note} {count}" for note, count in errors.most_common()) or "none"
    print(f"   errors by note     {breakdown}")
    if show_misses:
        for miss in result.misses:
            print(
                f"   {miss.id} [{miss.note}] {miss.title}\n"
                f"       missing {sorted(miss.missing)} extra {sorted(miss.extra)} {miss.relevance}"
            )


def demo(analyser: Analyser) -> None:
    print("== config/demo/huawei-news.xml")
    for item in load_demo():
        analysis = analyser.analyse(item)
        findings = ", ".join(
            f"{f.country} {f.stance or '-'} {f.confidence:.2f}" for f in analysis.findings
        )
        relevant = "" if analysis.relevant else " (not relevant)"
        print(f"   {item.title[:70]:70}  {findings}{relevant}")


if __name__ == "__main__":
    main()
