"""A few SVG building blocks: the pictures are plain SVG text handed to the rasteriser."""

from __future__ import annotations

from collections.abc import Iterable
from xml.sax.saxutils import escape, quoteattr

from bot.render.palette import BACKGROUND, INK

FONT = "DejaVu Sans, Verdana, Arial, sans-serif"
ELLIPSIS = "…"


def document(width: int, height: int, body: Iterable[str]) -> str:
    return "\n".join(
        [
            f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{width}" '
            f'height="{height}" viewBox="0 0 {width} {height}">',
            rect(0, 0, width, height, BACKGROUND),
            *body,
            "</svg>",
        ]
    )


def rect(
    x: float, y: float, width: float, height: float, fill: str, *, stroke: str | None = None
) -> str:
    line = f' stroke="{stroke}" stroke-width="1"' if stroke else ""
    return (
        f'<rect x="{x:.2f}" y="{y:.2f}" width="{width:.2f}" height="{height:.2f}" '
        f'fill="{fill}"{line}/>'
    )


def line(x1: float, y1: float, x2: float, y2: float, colour: str, *, width: float = 1) -> str:
    return (
        f'<line x1="{x1:.2f}" y1="{y1:.2f}" x2="{x2:.2f}" y2="{y2:.2f}" '
        f'stroke="{colour}" stroke-width="{width}"/>'
    )


def text(
    x: float,
    y: float,
    content: str,
    *,
    size: int = 14,
    fill: str = INK,
    bold: bool = False,
    anchor: str = "start",
) -> str:
    weight = ' font-weight="bold"' if bold else ""
    return (
        f'<text x="{x:.2f}" y="{y:.2f}" font-family={quoteattr(FONT)} font-size="{size}" '
        f'fill="{fill}" text-anchor="{anchor}"{weight}>{escape(_printable(content))}</text>'
    )


def clip(limit: int, content: str) -> str:
    """At most `limit` characters, the last an ellipsis when cut."""
    flat = " ".join(content.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + ELLIPSIS


def _printable(content: str) -> str:
    """Text from feeds and operators: no control characters reach the XML."""
    return "".join(ch for ch in content if ch.isprintable())
