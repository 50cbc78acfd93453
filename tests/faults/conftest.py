"""Fixtures of the fault suite: the local Slack (and the bot serving it) and a real outbox on a
real SQLite file, as the chat and delivery tests build them."""

from __future__ import annotations

from tests.chat.slack.conftest import harness, slack
from tests.delivery.conftest import world

__all__ = ["harness", "slack", "world"]
