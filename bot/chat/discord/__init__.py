"""The Discord adapter: the /huawei command tree, replies and alerts as embeds, alert buttons.

`DiscordBot(app)` is what `stancebot run` starts; `invite_url(application_id)` is the link a
server admin opens to add the bot.
"""

from bot.chat.discord.client import DiscordBot, application_id
from bot.chat.discord.config import invite_url
from bot.chat.discord.sender import DiscordSender

__all__ = ["DiscordBot", "DiscordSender", "application_id", "invite_url"]
