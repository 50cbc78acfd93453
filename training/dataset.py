"""The corpus as the reading model sees it: each item's observation and its labels."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from bot.core.analysis import Analyser
from bot.core.analysis.learned.observe import Observation
from bot.core.analysis.relevance import huawei_terms
from bot.core.items import Item
from training.corpus import ROOT, Example
from training.metrics import Pair

NONE = "none"


@dataclass(frozen=True)
class Row:
    example: Example
    observation: Observation | None  # None when the item is not about Huawei at all
    rules: frozenset[Pair]  # what the rules alone find

    @property
    def stance_label(self) -> str:
        return self.example.stance or NONE

    def subject_labels(self) -> list[int]:
        assert self.observation is not None
        return [int(c.code in self.example.countries) for c in self.observation.candidates]


def item_of(example: Example) -> Item:
    return Item(example.title, example.summary, example.link, example.published_at)


def rows(examples: list[Example], analyser: Analyser) -> list[Row]:
    """`analyser` must read by rules alone (no model): its findings are the rules' baseline."""
    result = []
    for example in examples:
        item = item_of(example)
        if not huawei_terms(item.text):
            result.append(Row(example, None, frozenset()))
            continue
        analysis = analyser.analyse(item)
        found = frozenset((f.country, str(f.stance)) for f in analysis.signals)
        result.append(Row(example, analyser.observe(item), found))
    return result


WRITTEN = (
    "tests/data/labelled.jsonl",
    "tests/core/analysis/data/heldout.jsonl",
    "tests/core/analysis/data/heldout2.jsonl",
    "tests/core/analysis/data/heldout3.jsonl",
    "tests/core/analysis/data/blind.jsonl",
    "tests/core/analysis/data/blind2.jsonl",
    "tests/core/analysis/data/blind3.jsonl",
    "tests/core/analysis/data/blind4.jsonl",
)


def written_examples() -> list[Example]:
    """The project's written examples (clean, English, one per phrasing): they teach the
    conventions; they are never used to judge the reading."""
    examples = []
    for name in WRITTEN:
        for line in (ROOT / name).read_text("utf-8").splitlines():
            if line.strip():
                examples.append(_written(json.loads(line)))
    return examples


def _written(raw: dict[str, Any]) -> Example:
    expected = raw["expected"]
    stance = expected[0]["stance"] if expected else None
    countries = tuple(sorted({e["country"] for e in expected if e["stance"] == stance}))
    return Example(
        id=raw["id"],
        title=raw["title"],
        summary=raw["summary"],
        published=raw["published"][:10],
        source="",
        link=raw["link"],
        lang="en",
        countries=countries,
        stance=stance,
        kind="signal" if stance else "mention",
        note=raw.get("note", ""),
        event=f"written-{raw['id']}",
        split="train",
    )
