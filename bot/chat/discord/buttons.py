"""The alert buttons, handled by custom id so clicks keep working after a restart.

Each click becomes the neutral command it stands for, run as the member who clicked with their
own role: Confirm → `/huawei stance confirm <event>`, Mute 24 h → `/huawei mute <country> 24h`.
"""

from __future__ import annotations

import logging
import re
from typing import Any, Self

import discord

from bot.chat.discord.alerts import MUTE_LENGTH, decision_buttons, mute_button, view_of
from bot.chat.discord.interactions import Runner
from bot.chat.discord.roots import NEUTRAL_PREFIX
from bot.core.catalogue import ENGLISH_CODE, LANGUAGES, say
from bot.core.replies import Tone
from bot.logs import event

log = logging.getLogger(__name__)

Button = discord.ui.Button[discord.ui.View]


def runner_of(interaction: discord.Interaction[Any]) -> Runner:
    runner = getattr(interaction.client, "runner", None)
    if not isinstance(runner, Runner):
        raise TypeError("the Discord client carries no command runner")
    return runner


class DecisionButton(
    discord.ui.DynamicItem[Button],
    template=re.compile(r"stancebot:(?P<action>confirm|reject):(?P<event>[1-9][0-9]{0,17})"),
):
    def __init__(self, action: str, event_id: int) -> None:
        index = 0 if action == "confirm" else 1
        super().__init__(decision_buttons(event_id)[index])
        self.action = action
        self.event_id = event_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str]
    ) -> Self:
        return cls(match["action"], int(match["event"]))

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        text = f"{NEUTRAL_PREFIX} stance {self.action} {self.event_id}"
        reply = await runner_of(interaction).click(interaction, text)
        if reply.tone == Tone.SUCCESS and interaction.message is not None:
            await _mark_decided(interaction, interaction.message, self.action)


class MuteButton(
    discord.ui.DynamicItem[Button], template=re.compile(r"stancebot:mute:(?P<country>[A-Z]{2})")
):
    def __init__(self, country: str) -> None:
        super().__init__(mute_button(country))
        self.country = country

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str]
    ) -> Self:
        return cls(match["country"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        text = f"{NEUTRAL_PREFIX} mute {self.country} {MUTE_LENGTH}"
        await runner_of(interaction).click(interaction, text)


async def _mark_decided(
    interaction: discord.Interaction[Any], message: discord.Message, action: str
) -> None:
    """This alert says who decided, in the language it is written in, and loses its Confirm /
    Reject buttons (Mute stays)."""
    if not message.embeds:
        return
    language = _language_of(message)
    decision = say(language, f"alert.decided.{action}")
    embed = message.embeds[0].copy()
    embed.add_field(
        name=say(language, "alert.field.decision"),
        value=say(language, "alert.decided.by", decision=decision, who=interaction.user.mention),
    )
    view = view_of(_mute_buttons(message))
    try:
        await interaction.edit_original_response(embed=embed, view=view)
    except discord.HTTPException as exc:  # the decision stands; only the message is stale
        event(log, "discord.alert_not_updated", logging.WARNING, status=exc.status)


def _language_of(message: discord.Message) -> str:
    """The language the alert was written in, read back from its Confirm button's label: the
    message itself records how it was rendered, as its Mute buttons' labels do."""
    languages = {say(code, "alert.button.confirm"): code for code in reversed(LANGUAGES)}
    labels = [
        child.label
        for row in message.components
        if isinstance(row, discord.ActionRow)
        for child in row.children
        if isinstance(child, discord.Button) and child.label in languages
    ]
    return languages[labels[0]] if labels else ENGLISH_CODE


def _mute_buttons(message: discord.Message) -> list[Button]:
    """The message's Mute buttons again, each with the label it had (in the channel's
    language)."""
    kept = [
        (match["country"], child.label)
        for row in message.components
        if isinstance(row, discord.ActionRow)
        for child in row.children
        if isinstance(child, discord.Button)
        and child.custom_id
        and (match := MuteButton.__discord_ui_compiled_template__.fullmatch(child.custom_id))
    ]
    buttons = [mute_button(country) for country, _ in kept]
    for button, (_, label) in zip(buttons, kept, strict=True):
        button.label = label or button.label
    return buttons


DYNAMIC_ITEMS: tuple[type[discord.ui.DynamicItem[Any]], ...] = (DecisionButton, MuteButton)
