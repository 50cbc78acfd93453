"""`stancebot analyze`: run the analysis on feed files, URLs or JSONL, storing nothing."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from bot.core.analysis import Analysis
from bot.core.errors import InputError
from bot.core.items import Item, canonical_link, not_after, parse_date, visible_text
from bot.feeds.fetch import Fetcher
from bot.feeds.parse import parse_feed


@dataclass(frozen=True)
class Loaded:
    """The items read from one source, and what could not be read (each line skipped, each
    date not understood), in order."""

    items: tuple[Item, ...]
    problems: tuple[str, ...] = ()


async def load_items(source: str, fetcher: Fetcher, now: datetime) -> Loaded:
    """Items from an RSS/Atom file or URL, or JSONL: {"title","summary","link","published"}."""
    if source.startswith(("http://", "https://")):
        result = await fetcher.fetch(source, from_settings=True)
        body = bytes(result.body)
        return Loaded(parse_feed(body, fetched_at=now, base_url=result.final_url).items)
    path = Path(source)
    try:
        data = await asyncio.to_thread(path.read_bytes)
    except OSError as exc:
        raise InputError(f"cannot read {source}: {exc.strerror}") from None
    if path.suffix in (".jsonl", ".ndjson") or data.lstrip()[:1] == b"{":
        return _jsonl_items(data.decode("utf-8", errors="replace"), source, now)
    return Loaded(parse_feed(data, fetched_at=now).items)


def _jsonl_items(text: str, source: str, now: datetime) -> Loaded:
    items: list[Item] = []
    problems: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            if not isinstance(raw, dict):
                raise TypeError("expected an object")
            item, problem = _item(raw, now)
        except (ValueError, TypeError, AttributeError) as exc:
            problems.append(f"{source} line {number}: not an item ({exc}); skipped")
            continue
        items.append(item)
        if problem:
            problems.append(f"{source} line {number}: {problem}")
    return Loaded(tuple(items), tuple(problems))


def _item(raw: dict[str, Any], now: datetime) -> tuple[Item, str]:
    published = raw.get("published")
    when, problem = _published(published, now)
    item = Item(
        title=visible_text(str(raw.get("title") or "")),
        summary=visible_text(str(raw.get("summary") or "")),
        link=canonical_link(str(raw.get("link") or "")),
        published=when or now,
        published_estimated=when is None,
    )
    return item, problem


def _published(value: object, now: datetime) -> tuple[datetime | None, str]:
    """The date an item gives (a full timestamp, a day, "2018-07" or "2019"), clamped to `now`
    when it lies in the future; None (and why) when it gives none that can be read."""
    if value in (None, ""):
        return None, ""
    try:
        when = parse_date(str(value))
    except ValueError:
        return None, f"date {str(value)[:40]!r} not understood; the fetch time stands in"
    if not_after(when, now) is not when:
        return now, f"date {str(value)[:40]!r} lies in the future; the fetch time stands in"
    return when, ""


def as_json(item: Item, analysis: Analysis) -> dict[str, Any]:
    """The CLI contract: one object per item."""
    return {
        "title": item.title,
        "link": item.link,
        "relevant": analysis.relevant,
        "findings": [
            {
                "country": f.country,
                "stance": f.stance.value if f.stance else None,
                "confidence": round(f.confidence, 3),
                "evidence": f.evidence,
            }
            for f in analysis.findings
        ],
    }


def as_text(item: Item, analysis: Analysis, explain: bool) -> str:
    lines = [item.title]
    if not analysis.relevant:
        lines.append("  not about Huawei")
    for finding in analysis.findings:
        stance = finding.stance.value if finding.stance else "no stance"
        lines.append(f"  {finding.country}: {stance} ({finding.confidence:.2f})")
    if explain:
        lines += [f"    · {line}" for line in analysis.explanation]
    return "\n".join(lines)
