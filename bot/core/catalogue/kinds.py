"""What the catalogue holds: a text, or a counted text's plural forms (`one`, `other`)."""

from __future__ import annotations

from collections.abc import Mapping

Message = str | Mapping[str, str]
Messages = Mapping[str, Message]
