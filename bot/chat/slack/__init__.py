"""The Slack adapter: the /huawei command, alerts in Block Kit, Socket Mode or HTTP mode.

`SlackBot` is the only thing the rest of the bot needs: `start(app)` and `stop()`.
"""

from bot.chat.slack.sender import SlackSender
from bot.chat.slack.service import SlackBot

__all__ = ["SlackBot", "SlackSender"]
