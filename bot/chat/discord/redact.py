"""discord.py logs at DEBUG the webhook URLs and the gateway events it handles, and both carry
interaction tokens (valid for 15 minutes, enough to answer as the bot): they are masked before
any handler sees them."""

from __future__ import annotations

import logging
import re

from bot.logs import MASK

_TOKEN_IN_URL = re.compile(r"(/(?:webhooks|interactions)/\d+/)[^/?\s'\"]+")
_TOKEN_IN_EVENT = re.compile(r"""(['"]token['"]:\s*['"])[^'"]+""")
LOGGERS = ("discord.webhook.async_", "discord.http", "discord.gateway")


class InteractionTokenFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = _TOKEN_IN_URL.sub(rf"\g<1>{MASK}", message)
        masked = _TOKEN_IN_EVENT.sub(rf"\g<1>{MASK}", masked)
        if masked != message:
            record.msg, record.args = masked, None
        return True


def hide_interaction_tokens() -> None:
    """Filter discord.py's loggers that print request URLs (once, however often called)."""
    for name in LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, InteractionTokenFilter) for f in logger.filters):
            logger.addFilter(InteractionTokenFilter())
