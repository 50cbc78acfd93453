"""`stancebot analyze`: run the analysis on feed files, URLs or JSONL, storing nothing."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.core.analysis import Analysis
from bot.core.errors import StanceBotError
from bot.core.items import Item, canonical_link
from bot.feeds.fetch import Fetcher
from bot.feeds.parse import parse_feed


class InputError(StanceBotError):
    """An input file or line cannot be read as items."""


async def load_items(source: str, fetcher: Fetcher, now: datetime) -> list[Item]:
    """Items from an RSS/Atom file or URL, or JSONL: {"title","summary","link","published"}."""
    if source.startswith(("http://", "https://")):
        result = await fetcher.fetch(source, from_settings=True)
        return list(parse_feed(result.body, fetched_at=now, base_url=result.final_url).items)
    path = Path(source)
    try:
        data = await asyncio.to_thread(path.read_bytes)
    except OSError as exc:
        raise InputError(f"cannot read {source}: {exc.strerror}") from None
    if path.suffix in (".jsonl", ".ndjson") or data.lstrip()[:1] == b"{":
        return list(_jsonl_items(data.decode("utf-8"), source, now))
    return list(parse_feed(data, fetched_at=now).items)


def _jsonl_items(text: str, source: str, now: datetime) -> Iterator[Item]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            yield _item(raw, now)
        except (ValueError, TypeError, AttributeError) as exc:
            raise InputError(f"{source} line {number}: not an item ({exc})") from None


def _item(raw: dict[str, Any], now: datetime) -> Item:
    published = raw.get("published")
    when = datetime.fromisoformat(published) if published else now
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return Item(
        title=str(raw.get("title", "")),
        summary=str(raw.get("summary", "")),
        link=canonical_link(str(raw.get("link", ""))),
        published=when.astimezone(UTC),
        published_estimated=not published,
    )


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
