"""Where discord.py talks to (proxies, tests), and the invite link a server admin opens."""

from __future__ import annotations

from dataclasses import dataclass

import discord
import discord.gateway
import discord.http
import yarl

from bot.settings import DiscordSettings

SCOPES = ("bot", "applications.commands")
# The least the bot needs: see the channel, post alerts and replies (in threads too) as embeds
# with pictures, open a thread on an alert (`threads on`), and read back the history of its own
# alerts to edit them.
INVITE_PERMISSIONS = discord.Permissions(
    view_channel=True,
    send_messages=True,
    send_messages_in_threads=True,
    create_public_threads=True,
    embed_links=True,
    attach_files=True,
    read_message_history=True,
)


@dataclass(frozen=True)
class Endpoints:
    api_base: str
    gateway: yarl.URL


def current_endpoints() -> Endpoints:
    return Endpoints(discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY)


def apply_endpoints(settings: DiscordSettings) -> Endpoints:
    """Point discord.py at `api_base` and `gateway_url`; returns what was there before.

    discord.py keeps both as class attributes (every Route reads `Route.BASE`; `Client.connect`
    opens `DEFAULT_GATEWAY` and never asks `/gateway/bot`), so this is process-wide.
    """
    before = current_endpoints()
    gateway = yarl.URL(settings.gateway_url) if settings.gateway_url else before.gateway
    restore_endpoints(Endpoints(settings.api_base.rstrip("/"), gateway))
    return before


def restore_endpoints(endpoints: Endpoints) -> None:
    discord.http.Route.BASE = endpoints.api_base
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = endpoints.gateway


def invite_url(application_id: int | str) -> str:
    """The OAuth2 link that adds the bot to a server with its commands and least permissions."""
    return discord.utils.oauth_url(
        int(application_id), permissions=INVITE_PERMISSIONS, scopes=SCOPES
    )
