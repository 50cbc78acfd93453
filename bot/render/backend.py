"""SVG text to PNG bytes, offline: cairosvg over the system's Cairo library (libcairo2).

cairosvg is imported when the first picture is drawn, not when the bot starts, so a host without
libcairo runs every other command and answers picture commands with `RenderUnavailableError`.
cairosvg's default (`unsafe=False`) only resolves `data:` URLs, and our SVG refers to nothing
outside itself: drawing never touches the network or the file system.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType

from bot.core.errors import RenderUnavailableError

Rasteriser = Callable[[str], bytes]

UNAVAILABLE = (
    "Pictures are unavailable on this bot: its drawing library (Cairo) could not be loaded."
)


def load_cairosvg() -> ModuleType:
    return importlib.import_module("cairosvg")


@dataclass(frozen=True)
class CairoRasteriser:
    """The default rasteriser; `load` is injectable so tests can take the library away."""

    load: Callable[[], ModuleType] = load_cairosvg

    def __call__(self, svg: str) -> bytes:
        png = self._module().svg2png(bytestring=svg.encode("utf-8"), unsafe=False)
        if not isinstance(png, bytes):
            raise TypeError(f"cairosvg returned {type(png).__name__}, not PNG bytes")
        return png

    def _module(self) -> ModuleType:
        try:
            return self.load()
        except (ImportError, OSError) as exc:  # cairocffi raises OSError without libcairo
            raise RenderUnavailableError(UNAVAILABLE) from exc
