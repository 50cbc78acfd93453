"""The Discord adapter: the /huawei command tree, replies and alerts as embeds, alert buttons.

`discord_clients(settings)` builds the client with its alert sender and admins' bell;
`DiscordBot(clients, settings, desk)` is what `stancebot run` starts; `invite_url(application_id)`
is the link a server admin opens to add the bot.
"""

from bot.chat.discord.client import (
    DiscordBot,
    DiscordClients,
    DiscordDesk,
    application_id,
    discord_clients,
)
from bot.chat.discord.config import invite_url
from bot.chat.discord.sender import DiscordSender

__all__ = [
    "DiscordBot",
    "DiscordClients",
    "DiscordDesk",
    "DiscordSender",
    "application_id",
    "discord_clients",
    "invite_url",
]
