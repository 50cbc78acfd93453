"""The Slack adapter: the /huawei command, alerts in Block Kit, Socket Mode or HTTP mode.

`slack_clients(settings, operators)` builds the Web API clients with the alert sender and the
admins' bell; `SlackBot(clients, settings, desk)` serves the commands: `start()` and `stop()`.
"""

from bot.chat.slack.listeners import SlackDesk
from bot.chat.slack.sender import SlackSender
from bot.chat.slack.service import SlackBot, SlackClients, Waits, slack_clients

__all__ = ["SlackBot", "SlackClients", "SlackDesk", "SlackSender", "Waits", "slack_clients"]
