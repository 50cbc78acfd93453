"""Logs as events with key=value context, and secrets masked in every line."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable
from typing import Any

MASK = "****"


def event(logger: logging.Logger, name: str, level: int = logging.INFO, **context: Any) -> None:
    """Log `name key=value ...`; values with spaces are quoted."""
    if logger.isEnabledFor(level):
        logger.log(level, "%s", format_event(name, context))


def format_event(name: str, context: dict[str, Any]) -> str:
    parts = [name]
    for key, value in context.items():
        text = str(value)
        if not text or any(ch.isspace() for ch in text) or '"' in text:
            text = '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
        parts.append(f"{key}={text}")
    return " ".join(parts)


class SecretMaskingFilter(logging.Filter):
    """Replaces every known secret value in a formatted log line, whoever logged it."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        self._secrets = sorted({s for s in secrets if len(s) >= 4}, key=len, reverse=True)

    def filter(self, record: logging.LogRecord) -> bool:
        if not self._secrets:
            return True
        message = record.getMessage()
        masked = self.mask(message)
        if masked != message:
            record.msg, record.args = masked, None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = self.mask(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True

    def mask(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, MASK)
        return text


def configure_logging(level: str, secrets: Iterable[str]) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    handler.addFilter(SecretMaskingFilter(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
