"""One interaction, start to finish: acknowledge within Discord's 3 seconds, run the neutral
command as the member who asked (with the role their permissions give), then answer.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import discord
from discord.utils import MISSING

from bot.chat.discord.render import reply_files, reply_pages
from bot.core.access import Caller, Role
from bot.core.catalogue import ENGLISH_CODE, say
from bot.core.replies import Reply, error_reply
from bot.logs import event

log = logging.getLogger(__name__)

PLATFORM = "discord"
NO_MENTIONS = discord.AllowedMentions.none()
NOT_IN_A_SERVER = "stancebot's commands work in a server's channels, not in direct messages."
BROKEN = "Something went wrong on our side; it has been logged. Please try again later."
PAGER_TIMEOUT = 600.0

Handle = Callable[[str, Caller], Awaitable[Reply]]


def role_of(permissions: discord.Permissions, user_id: int, operators: frozenset[str]) -> Role:
    """Operators by id from settings; then Discord's own permissions in this channel."""
    if f"{PLATFORM}:{user_id}" in operators:
        return Role.OPERATOR
    if permissions.administrator or permissions.manage_guild:
        return Role.ADMIN
    if permissions.manage_channels:
        return Role.MANAGER
    return Role.MEMBER


@dataclass(frozen=True)
class Runner:
    """Runs neutral commands for Discord members."""

    handle: Handle
    operators: frozenset[str]

    def caller(self, interaction: discord.Interaction[Any]) -> Caller | None:
        if interaction.guild_id is None or interaction.channel_id is None:
            return None
        user = interaction.user.id
        role = role_of(interaction.permissions, user, self.operators)
        return Caller(
            PLATFORM, str(interaction.guild_id), str(interaction.channel_id), str(user), role
        )

    async def reply_for(self, interaction: discord.Interaction[Any], text: str) -> Reply:
        caller = self.caller(interaction)
        if caller is None:
            return error_reply(NOT_IN_A_SERVER)
        command = " ".join(text.split()[1:3])
        role = caller.role.name.lower()
        event(
            log,
            "discord.command",
            command=command,
            guild=caller.tenant,
            user=caller.user,
            role=role,
        )
        try:
            return await self.handle(text, caller)
        except Exception:  # the adapter's edge: the member gets an answer, the log the traceback
            log.exception("discord.command_crashed command=%s", command)
            return error_reply(BROKEN)

    async def answer(self, interaction: discord.Interaction[Any], text: str, private: bool) -> None:
        """A slash command: defer first (Discord allows 3 s), then work, then follow up."""
        await interaction.response.defer(ephemeral=private, thinking=True)
        reply = await self.reply_for(interaction, text)
        await send_reply(interaction, reply, deferred_private=private)

    async def click(self, interaction: discord.Interaction[Any], text: str) -> Reply:
        """A button: acknowledge without touching the message, answer the clicker privately."""
        await interaction.response.defer()
        reply = await self.reply_for(interaction, text)
        await send_reply(interaction, reply, deferred_private=True)
        return reply


async def send_reply(
    interaction: discord.Interaction[Any], reply: Reply, *, deferred_private: bool
) -> None:
    """The reply as the interaction's follow-up: one embed, or pages with Previous/Next."""
    pages = reply_pages(reply)
    private = reply.private or deferred_private
    if private and not deferred_private:
        # A public "thinking…" would become this private answer for all to see: remove it, and
        # answer in a follow-up only the caller sees.
        await interaction.delete_original_response()
    pager = Pager(pages, language=reply.language) if len(pages) > 1 else None
    message = await interaction.followup.send(
        embed=pages[0],
        ephemeral=private,
        view=pager or MISSING,
        files=reply_files(reply) or MISSING,
        allowed_mentions=NO_MENTIONS,
        wait=True,
    )
    if pager is not None:
        pager.message = message


class Pager(discord.ui.View):
    """Previous / Next through the pages of a long reply, for ten minutes."""

    def __init__(
        self,
        pages: list[discord.Embed],
        timeout: float = PAGER_TIMEOUT,
        *,
        language: str = ENGLISH_CODE,
    ) -> None:
        super().__init__(timeout=timeout)
        self.previous.label = say(language, "render.previous")
        self.next.label = say(language, "render.next")
        self.pages = pages
        self.index = 0
        self.message: discord.WebhookMessage | None = None
        self._update_buttons()

    @discord.ui.button(label="Previous", style=discord.ButtonStyle.secondary)
    async def previous(
        self, interaction: discord.Interaction[Any], button: discord.ui.Button[Pager]
    ) -> None:
        await self._show(interaction, self.index - 1)

    @discord.ui.button(label="Next", style=discord.ButtonStyle.primary)
    async def next(
        self, interaction: discord.Interaction[Any], button: discord.ui.Button[Pager]
    ) -> None:
        await self._show(interaction, self.index + 1)

    async def _show(self, interaction: discord.Interaction[Any], index: int) -> None:
        self.index = max(0, min(index, len(self.pages) - 1))
        self._update_buttons()
        await interaction.response.edit_message(embed=self.pages[self.index], view=self)

    def _update_buttons(self) -> None:
        self.previous.disabled = self.index == 0
        self.next.disabled = self.index == len(self.pages) - 1

    async def on_timeout(self) -> None:
        if self.message is not None:
            with contextlib.suppress(discord.HTTPException):
                await self.message.edit(view=None)
