"""A country's stance over time as SVG: a coloured strip with dated changes, listed beneath.

The strip runs from a little before the first change to today; each segment is the stance
held from one change to the next (before the first change: its `previous`, else unknown). Each
change is a numbered mark on the strip, and the list under it gives the same numbers with the
date, the stance, the reason and the sources. Long histories list their latest changes only.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bot.core.catalogue import ENGLISH_CODE, say, stance_name
from bot.core.models import Change, Country, Record, Stance
from bot.core.wording import day
from bot.render import svg
from bot.render.palette import FRAME, MARKER, MUTED, STANCE_COLOURS

WIDTH = 1000
LEFT, RIGHT = 30, 970
STRIP_TOP, STRIP_HEIGHT = 112, 36
AXIS_Y = STRIP_TOP + STRIP_HEIGHT + 22
LEGEND_Y = AXIS_Y + 26
LIST_TOP = LEGEND_Y + 50
ENTRY_HEIGHT = 64
BOTTOM_MARGIN = 24
MAX_LISTED = 10
MAX_YEAR_LABELS = 12
FIRST_YEAR_ROOM = 48  # pixels between the strip's start and the first tick to name its year
LABEL_GAP = 22  # pixels: marks closer than this put their numbers one row higher
TEXT_LIMIT = 125  # characters on a list line at 13 px
NO_HISTORY_SPAN = timedelta(days=365)
MIN_PAD = timedelta(days=30)


@dataclass(frozen=True)
class Span:
    start: date
    end: date

    def x(self, day: date) -> float:
        total = max((self.end - self.start).days, 1)
        return LEFT + (RIGHT - LEFT) * (day - self.start).days / total


@dataclass(frozen=True)
class Segment:
    start: date
    end: date
    stance: Stance


def span_of(history: Sequence[Change], current: Record, today: date) -> Span:
    """From a little before the first change (or the record's start) to today."""
    first = history[0].on if history else current.since or today - NO_HISTORY_SPAN
    end = max(today, history[-1].on if history else today, first + MIN_PAD)
    begin = min(first, end - MIN_PAD)
    pad = max(MIN_PAD, (end - begin) / 25)
    return Span(begin - pad, end)


def segments(history: Sequence[Change], current: Record, span: Span) -> list[Segment]:
    """The stance held between consecutive changes; the record's stance wins at the end."""
    if not history:
        return [Segment(span.start, span.end, current.stance)]
    starts = [span.start, *(change.on for change in history)]
    stances = [history[0].previous or Stance.UNKNOWN, *(change.stance for change in history)]
    if stances[-1] != current.stance:  # a record set without a history entry
        starts.append(max(current.since or span.end, starts[-1]))
        stances.append(current.stance)
    ends = [*starts[1:], span.end]
    return [Segment(s, e, stance) for s, e, stance in zip(starts, ends, stances, strict=True)]


def timeline_svg(
    country: Country,
    history: Sequence[Change],
    current: Record,
    today: date,
    language: str = ENGLISH_CODE,
) -> str:
    span = span_of(history, current, today)
    parts = segments(history, current, span)
    listed = list(enumerate(history, start=1))[-MAX_LISTED:]
    body = [
        *_title(country, history, current, today, language),
        *_strip(parts, span),
        *_marks(history, span),
        *_axis(span),
        *_legend(parts, language),
        *_listing(listed, len(history), language),
    ]
    return svg.document(WIDTH, _height(len(listed), len(history)), body)


def _height(listed: int, total: int) -> int:
    rows = listed * ENTRY_HEIGHT if listed else ENTRY_HEIGHT // 2
    return LIST_TOP + rows + (24 if total > listed else 0) + BOTTOM_MARGIN


def _title(
    country: Country, history: Sequence[Change], current: Record, today: date, language: str
) -> Iterator[str]:
    title = say(language, "picture.timeline.title", place=country.name_in(language))
    yield svg.text(LEFT, 36, title, size=22, bold=True)
    stance = stance_name(language, current.stance, inline=True)
    now = (
        say(
            language,
            "picture.timeline.now_since",
            stance=stance,
            since=day(current.since, language),
        )
        if current.since
        else say(language, "picture.timeline.now", stance=stance)
    )
    changes = say(language, "picture.timeline.changes", len(history))
    line = (
        f"{now} · {changes} · {say(language, 'picture.timeline.as_of', day=day(today, language))}"
    )
    yield svg.text(LEFT, 62, line, size=14, fill=MUTED)


def _strip(parts: Sequence[Segment], span: Span) -> Iterator[str]:
    for part in parts:
        x1, x2 = span.x(part.start), span.x(part.end)
        colour = STANCE_COLOURS[part.stance]
        yield svg.rect(x1, STRIP_TOP, max(x2 - x1, 0), STRIP_HEIGHT, colour)
    yield svg.rect(LEFT, STRIP_TOP, RIGHT - LEFT, STRIP_HEIGHT, "none", stroke=FRAME)


def _marks(history: Sequence[Change], span: Span) -> Iterator[str]:
    last_x: float = -LABEL_GAP
    level = 0
    for number, change in enumerate(history, start=1):
        x = span.x(change.on)
        level = 1 - level if x - last_x < LABEL_GAP else 0
        last_x = x
        label_y = STRIP_TOP - 12 - 20 * level
        yield svg.line(x, label_y + 4, x, STRIP_TOP + STRIP_HEIGHT + 6, MARKER, width=2)
        yield svg.text(x, label_y, str(number), size=13, bold=True, anchor="middle")


def _axis(span: Span) -> Iterator[str]:
    years = range(span.start.year + 1, span.end.year + 1)
    step = max(1, -(-len(years) // MAX_YEAR_LABELS))
    first_tick = span.x(date(years[0], 1, 1)) if years else RIGHT
    if first_tick - LEFT >= FIRST_YEAR_ROOM:  # the strip's start names its year too
        yield svg.text(LEFT, AXIS_Y + 2, str(span.start.year), size=12, fill=MUTED)
    for year in years[::step]:
        x = span.x(date(year, 1, 1))
        yield svg.line(x, STRIP_TOP + STRIP_HEIGHT, x, AXIS_Y - 12, MUTED)
        yield svg.text(x, AXIS_Y + 2, str(year), size=12, fill=MUTED, anchor="middle")


def _legend(parts: Sequence[Segment], language: str) -> Iterator[str]:
    shown = [s for s in Stance if any(part.stance == s for part in parts)]
    for at, stance in enumerate(shown):
        x = LEFT + at * 160
        yield svg.rect(x, LEGEND_Y, 14, 14, STANCE_COLOURS[stance], stroke=FRAME)
        yield svg.text(x + 20, LEGEND_Y + 12, stance_name(language, stance), size=13)


def _listing(listed: Sequence[tuple[int, Change]], total: int, language: str) -> Iterator[str]:
    if not listed:
        none = say(language, "picture.timeline.none")
        yield svg.text(LEFT, LIST_TOP, none, size=14, fill=MUTED)
        return
    top = LIST_TOP
    if total > len(listed):
        note = say(language, "picture.timeline.earlier", total - len(listed))
        yield svg.text(LEFT, top, note, size=13, fill=MUTED)
        top += 24
    for at, (number, change) in enumerate(listed):
        yield from _entry(number, change, top + at * ENTRY_HEIGHT, language)


def _entry(number: int, change: Change, top: float, language: str) -> Iterator[str]:
    was = ""
    if change.previous:
        was = say(
            language, "change.was", stance=stance_name(language, change.previous, inline=True)
        )
    heading = f"{number}.  {day(change.on, language)} · {stance_name(language, change.stance)}{was}"
    yield svg.rect(LEFT, top - 12, 14, 14, STANCE_COLOURS[change.stance], stroke=FRAME)
    yield svg.text(LEFT + 22, top, heading, size=14, bold=True)
    yield svg.text(LEFT + 22, top + 20, svg.clip(TEXT_LIMIT, change.reason), size=13)
    sources = _sources(change.sources, language)
    yield svg.text(LEFT + 22, top + 39, sources, size=12, fill=MUTED)


def _sources(urls: Sequence[str], language: str) -> str:
    if not urls:
        return say(language, "picture.timeline.no_source")
    shown = " · ".join(url.split("//", 1)[-1].removeprefix("www.") for url in urls)
    return svg.clip(TEXT_LIMIT + 10, say(language, "picture.timeline.sources", sources=shown))


def timeline_alt(
    country: Country,
    history: Sequence[Change],
    current: Record,
    today: date,
    language: str = ENGLISH_CODE,
) -> str:
    """The picture in words, oldest change first."""
    steps = say(language, "picture.timeline.then").join(
        say(
            language,
            "picture.timeline.step",
            stance=stance_name(language, c.stance, inline=True),
            day=day(c.on, language),
        )
        for c in history
    )
    told = steps or say(language, "picture.timeline.none.inline")
    now = say(
        language,
        "picture.timeline.alt_now",
        stance=stance_name(language, current.stance, inline=True),
        day=day(today, language),
    )
    alt = say(language, "picture.timeline.alt", place=country.name_in(language), told=told, now=now)
    return svg.clip(ALT_LIMIT, alt)


ALT_LIMIT = 1000  # Discord caps alt text at 1024 characters
