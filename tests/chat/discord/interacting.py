"""The emulator's interactions: injected as INTERACTION_CREATE, answered through the callback
and webhook routes, with Discord's rules (synced commands only, 3 s to acknowledge, the first
follow-up of a deferred reply replaces its "thinking…" and keeps the deferral's visibility).
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import web

from tests.chat.discord import payloads
from tests.chat.discord.payloads import BODY, FILES, JSON, Member, error, reply, snowflake

if TYPE_CHECKING:
    from tests.chat.discord.emulator import DiscordEmulator

ACK_WITHIN = 3.0
WAIT = 5.0  # how long a test waits for the bot before it fails
EPHEMERAL = 1 << 6
COMMAND, COMPONENT, AUTOCOMPLETE = 2, 3, 4
MESSAGE, DEFER, DEFER_UPDATE, UPDATE, CHOICES = 4, 5, 6, 7, 8
GROUPS = (1, 2)  # subcommand, subcommand group


@dataclass(frozen=True)
class Callback:
    kind: int
    data: JSON
    after: float  # seconds after the interaction was sent


@dataclass
class Interaction:
    id: int
    token: str
    kind: int
    payload: JSON
    sent_at: float
    callbacks: list[Callback] = field(default_factory=list)
    original: int | None = None  # the message the interaction's @original names
    loading: bool = False
    answers: list[int] = field(default_factory=list)  # messages carrying the bot's answer
    choices: list[JSON] = field(default_factory=list)
    answered: asyncio.Event = field(default_factory=asyncio.Event)
    edited: asyncio.Event = field(default_factory=asyncio.Event)


class Interactions:
    def __init__(self, emulator: DiscordEmulator) -> None:
        self._emulator = emulator
        self._by_token: dict[str, Interaction] = {}

    def add_routes(self, router: web.UrlDispatcher, api: str) -> None:
        router.add_post(f"{api}/interactions/{{id}}/{{token}}/callback", self._callback)
        hook = f"{api}/webhooks/{{app}}/{{token}}"
        router.add_post(hook, self._follow_up)
        router.add_patch(f"{hook}/messages/{{message}}", self._edit)
        router.add_delete(f"{hook}/messages/{{message}}", self._delete)

    # injecting ---------------------------------------------------------------------------

    async def command(self, member: Member, path: str, options: Mapping[str, Any]) -> Interaction:
        return await self._inject(COMMAND, self._command_data(path, options, None), member)

    async def autocomplete(
        self, member: Member, path: str, options: Mapping[str, Any], focused: str
    ) -> list[JSON]:
        data = self._command_data(path, options, focused)
        interaction = await self._inject(AUTOCOMPLETE, data, member)
        await answer(interaction)
        return interaction.choices

    async def click(self, member: Member, message: JSON, custom_id: str) -> Interaction:
        data = {"custom_id": custom_id, "component_type": 2}
        return await self._inject(COMPONENT, data, member, message)

    def _command_data(self, path: str, options: Mapping[str, Any], focused: str | None) -> JSON:
        root, *names = path.split()
        schema = self._synced(root)
        node, trail = schema, []
        for name in names:
            found = [
                o for o in node.get("options", []) if o["name"] == name and o["type"] in GROUPS
            ]
            assert found, f"/{path}: no subcommand {name!r} was synced"
            node = found[0]
            trail.append((name, node["type"]))
        given = [_option(node, key, value, key == focused) for key, value in options.items()]
        files = {str(v["id"]): v for v in options.values() if isinstance(v, dict) and "url" in v}
        missing = [o["name"] for o in node.get("options", []) if o.get("required")]
        missing = [name for name in missing if name not in options]
        assert focused or not missing, f"/{path}: required options missing: {missing}"
        for name, kind in reversed(trail):
            given = [{"type": kind, "name": name, "options": given}]
        data = {"id": schema["id"], "name": root, "type": 1, "options": given}
        if files:  # an attachment option carries the file's id; the file itself is resolved
            data["resolved"] = {"attachments": files}
        return data | ({"guild_id": schema["guild_id"]} if "guild_id" in schema else {})

    def _synced(self, root: str) -> JSON:
        emulator = self._emulator
        for scope in (emulator.guild_id, None):
            for command in emulator.commands.get(scope, []):
                if command["name"] == root:
                    return command
        raise AssertionError(f"/{root} was not synced before an interaction for it arrived")

    async def _inject(
        self, kind: int, data: JSON, member: Member, message: JSON | None = None
    ) -> Interaction:
        emulator = self._emulator
        interaction_id = snowflake()
        token = f"interaction-token-{interaction_id}"
        channel_id = int(message["channel_id"]) if message else emulator.channels["general"]
        where = payloads.Where(emulator.app_id, emulator.guild_id, channel_id)
        payload = payloads.interaction(
            where, interaction_id, token, kind=kind, data=data, member=member
        )
        payload |= {"message": message} if message else {}
        now = asyncio.get_running_loop().time()
        interaction = Interaction(interaction_id, token, kind, payload, now)
        self._by_token[token] = interaction
        await emulator.gateway.dispatch("INTERACTION_CREATE", payload)
        return interaction

    # answering ---------------------------------------------------------------------------

    async def _callback(self, request: web.Request) -> web.Response:
        interaction = self._by_token.get(request.match_info["token"])
        if interaction is None or str(interaction.id) != request.match_info["id"]:
            return error(404, 10062, "Unknown interaction")
        after = asyncio.get_running_loop().time() - interaction.sent_at
        if after > ACK_WITHIN:
            return error(404, 10062, "Unknown interaction")
        if interaction.callbacks:
            return error(400, 40060, "Interaction has already been acknowledged.")
        body: JSON = request[BODY]
        data = body.get("data") or {}
        interaction.callbacks.append(Callback(body["type"], data, after))
        self._respond(interaction, body["type"], data)
        resource: JSON = {"type": body["type"]}
        if body["type"] in (MESSAGE, UPDATE) and interaction.original:
            resource["message"] = self._emulator.messages[interaction.original]
        flags = int(data.get("flags") or 0)
        summary = {
            "id": str(interaction.id),
            "type": interaction.kind,
            "response_message_id": str(interaction.original) if interaction.original else None,
            "response_message_loading": interaction.loading,
            "response_message_ephemeral": bool(flags & EPHEMERAL),
        }
        return reply({"interaction": summary, "resource": resource})

    def _respond(self, interaction: Interaction, kind: int, data: JSON) -> None:
        emulator, flags = self._emulator, int(data.get("flags") or 0)
        channel = int(interaction.payload["channel_id"])
        clicked = interaction.payload.get("message")
        if kind in (MESSAGE, DEFER):
            body = data if kind == MESSAGE else {}
            interaction.original = int(emulator.create_message(channel, body, [], flags)["id"])
            interaction.loading = kind == DEFER
        elif kind in (DEFER_UPDATE, UPDATE) and clicked is not None:
            interaction.original = int(clicked["id"])
            if kind == UPDATE:
                emulator.update_message(emulator.messages[interaction.original], data, [])
        if kind == CHOICES:
            interaction.choices = data.get("choices", [])
        if kind in (MESSAGE, UPDATE, CHOICES):
            interaction.answers += [interaction.original] if interaction.original else []
            interaction.answered.set()

    def _acknowledged(self, request: web.Request) -> Interaction | None:
        interaction = self._by_token.get(request.match_info["token"])
        ok = request.match_info["app"] == str(self._emulator.app_id)
        return interaction if ok and interaction and interaction.callbacks else None

    async def _follow_up(self, request: web.Request) -> web.StreamResponse:
        interaction = self._acknowledged(request)
        if interaction is None:
            return error(404, 10015, "Unknown Webhook")
        body, files = request[BODY], request[FILES]
        problems = payloads.embed_problems(body)
        if problems:
            return error(400, 50035, f"Invalid Form Body: {'; '.join(problems)}")
        emulator = self._emulator
        if interaction.loading and interaction.original in emulator.messages:
            # The first follow-up replaces "thinking…"; the deferral decided who sees it.
            message = emulator.update_message(emulator.messages[interaction.original], body, files)
            interaction.loading = False
        else:
            flags = int(body.get("flags") or 0) & EPHEMERAL
            channel = int(interaction.payload["channel_id"])
            message = emulator.create_message(channel, body, files, flags)
        interaction.answers.append(int(message["id"]))
        interaction.answered.set()
        wait = request.query.get("wait", "").casefold() in ("true", "1")
        return reply(message) if wait else web.Response(status=204)

    async def _edit(self, request: web.Request) -> web.Response:
        interaction = self._acknowledged(request)
        named = request.match_info["message"]
        target = interaction.original if named == "@original" and interaction else None
        message_id = target if named == "@original" else int(named)
        if interaction is None or message_id not in self._emulator.messages:
            return error(404, 10008, "Unknown Message")
        message = self._emulator.messages[message_id]
        updated = self._emulator.update_message(message, request[BODY], request[FILES])
        interaction.edited.set()
        return reply(updated)

    async def _delete(self, request: web.Request) -> web.Response:
        interaction = self._acknowledged(request)
        named = request.match_info["message"]
        message_id = interaction.original if interaction and named == "@original" else None
        if interaction is None or message_id not in self._emulator.messages:
            return error(404, 10008, "Unknown Message")
        del self._emulator.messages[message_id]
        interaction.original, interaction.loading = None, False
        return web.Response(status=204)


def _option(node: JSON, name: str, value: Any, focused: bool) -> JSON:
    found = [o for o in node.get("options", []) if o["name"] == name]
    assert found, f"no option {name!r} was synced for {node['name']!r}"
    spec = found[0]
    choices = [c["value"] for c in spec.get("choices", [])]
    assert not choices or value in choices, f"{value!r} is not a choice of {name!r}: {choices}"
    if spec["type"] == ATTACHMENT:
        value = str(value["id"])
    return {"type": spec["type"], "name": name, "value": value} | (
        {"focused": True} if focused else {}
    )


ATTACHMENT = 11  # the option type of an uploaded file


def attachment(attachment_id: int, url: str, filename: str) -> JSON:
    """An uploaded file as Discord resolves it in an interaction: its id, name and link."""
    return {
        "id": str(attachment_id),
        "filename": filename,
        "size": 1,
        "url": url,
        "proxy_url": url,
        "content_type": "text/x-opml",
    }


async def answer(interaction: Interaction) -> None:
    async with asyncio.timeout(WAIT):
        await interaction.answered.wait()


async def edited(interaction: Interaction) -> None:
    """Until the bot has edited the interaction's @original (the clicked alert, say)."""
    async with asyncio.timeout(WAIT):
        await interaction.edited.wait()
