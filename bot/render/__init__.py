"""Pictures of the stances: a world map and a country's timeline, as PNG, drawn offline.

An edge package: it may use pygal_maps_world (the world's outlines) and cairosvg (SVG → PNG);
`bot/core` and the handlers never import it. The handlers reach it through the `PictureMaker`
protocol as `services.pictures`.
"""

from __future__ import annotations

from bot.render.renderer import MAP_FILENAME, Renderer

__all__ = ["MAP_FILENAME", "Renderer"]
