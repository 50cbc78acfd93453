"""Logs as events with key=value context, and secrets masked in every line.

Two formats: `plain` (the default) writes `time LEVEL logger event key=value ...`; `json` writes
one object per line, `{"time", "level", "logger", "event", ...context}` for an event and
`{"time", "level", "logger", "message"}` for any other line, with `"exception"` when there is one.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

MASK = "****"
EVENT = "stancebot_event"  # LogRecord attributes that carry an event's name and context
CONTEXT = "stancebot_context"


def event(logger: logging.Logger, name: str, level: int = logging.INFO, **context: Any) -> None:
    """Log `name key=value ...`; values with spaces are quoted."""
    if logger.isEnabledFor(level):
        extra = {EVENT: name, CONTEXT: context}
        logger.log(level, "%s", format_event(name, context), extra=extra)


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


class JsonFormatter(logging.Formatter):
    """One JSON object per line; every string in it masked, context values included."""

    def __init__(self, masking: SecretMaskingFilter) -> None:
        super().__init__()
        self._masking = masking

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
        }
        name = getattr(record, EVENT, None)
        if isinstance(name, str):
            context: dict[str, Any] = getattr(record, CONTEXT, {})
            line["event"] = name
            line.update({k: self._value(v) for k, v in context.items() if k not in line})
        else:
            line["message"] = self._masking.mask(record.getMessage())
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            line["exception"] = self._masking.mask(record.exc_text)
        return json.dumps(line, ensure_ascii=False)

    def _value(self, value: Any) -> Any:
        """Numbers, booleans and null stay JSON's own; anything else is its text, masked."""
        if value is None or isinstance(value, bool | int | float):
            return value
        return self._masking.mask(str(value))


PLAIN = "%(asctime)s %(levelname)s %(name)s %(message)s"


def configure_logging(level: str, secrets: Iterable[str], log_format: str = "plain") -> None:
    handler = logging.StreamHandler(sys.stderr)
    masking = SecretMaskingFilter(secrets)
    json_lines = log_format == "json"
    handler.setFormatter(JsonFormatter(masking) if json_lines else logging.Formatter(PLAIN))
    handler.addFilter(masking)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
