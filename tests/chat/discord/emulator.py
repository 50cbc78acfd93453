"""A local Discord for the adapter's tests: the REST routes the bot uses, and a gateway.

`DiscordEmulator` serves `/api/v10/...` and `/gateway` on 127.0.0.1 (a random port), records
every request, keeps channel messages (honouring `enforce_nonce`), checks Discord's embed limits,
and injects interactions (slash commands, autocomplete, button clicks) the way Discord does:
commands must have been synced first, the answer must be acknowledged within 3 seconds, and a
member's permissions arrive expanded in `member.permissions`. `fail_next` scripts an error.

JSON bodies go out with Content-Type exactly `application/json`, the only one discord.py parses.
"""

from __future__ import annotations

import asyncio
import json
import re
from dataclasses import dataclass, field
from typing import Any

import discord
from aiohttp import BodyPartReader, web

from tests.chat.discord import payloads
from tests.chat.discord.gateway import Gateway, shard_of
from tests.chat.discord.interacting import Interaction, Interactions
from tests.chat.discord.payloads import (
    ADMINISTRATOR,
    BODY,
    EVERYONE,
    FILES,
    JSON,
    Member,
    error,
    reply,
    snowflake,
)

TOKEN = "test-token"
API = "/api/v10"


@dataclass(frozen=True)
class Recorded:
    method: str
    path: str  # after /api/v10
    query: dict[str, str]
    body: Any
    files: tuple[tuple[str, bytes], ...] = ()


@dataclass
class Failure:
    method: str
    path: str  # a regular expression, matched in full
    status: int
    body: JSON
    headers: dict[str, str] = field(default_factory=dict)


async def _read_body(request: web.Request) -> tuple[Any, list[tuple[str, bytes]]]:
    if request.content_type == "multipart/form-data":
        body: Any = None
        files: list[tuple[str, bytes]] = []
        reader = await request.multipart()
        async for part in reader:
            if not isinstance(part, BodyPartReader):
                continue
            if part.name == "payload_json":
                body = json.loads(await part.text())
            else:
                files.append((part.filename or str(part.name), bytes(await part.read())))
        return body, files
    text = await request.text() if request.can_read_body else ""
    return (json.loads(text) if text else None), []


class DiscordEmulator:
    def __init__(self, guild_id: int | None = None, shard_count: int = 1) -> None:
        self.app_id, self.guild_id = snowflake(), guild_id or snowflake()
        self.shard_count = shard_count  # what `/gateway/bot` recommends
        self.bot = Member(snowflake(), "stancebot", EVERYONE)
        self.owner = Member(snowflake(), "owner", ADMINISTRATOR)
        self.channels = {"general": snowflake(), "alerts": snowflake()}
        self.members: list[Member] = [self.owner]
        self.requests: list[Recorded] = []
        self.unrouted: list[str] = []  # requests for routes the emulator does not serve
        self.commands: dict[int | None, list[JSON]] = {}  # by guild id; None: global
        self.messages: dict[int, JSON] = {}
        self._nonces: dict[tuple[int, str], int] = {}
        self._failures: list[Failure] = []
        self.answer_delay = 0.0  # seconds between storing a channel message and answering
        self.direct: dict[int, int] = {}  # direct-message channel id → the user it is with
        self.threads: dict[int, JSON] = {}  # threads opened on messages, by id (the message's)
        self.gateway = Gateway(self._identify)
        self.interactions = Interactions(self)
        self._runner: web.AppRunner | None = None
        self.port = 0

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_base(self) -> str:
        return f"{self.base}{API}"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    async def start(self) -> None:
        app = web.Application(middlewares=[self._middleware])
        app.router.add_get("/gateway", self.gateway.handle)
        app.router.add_get(f"{API}/gateway/bot", self._gateway_bot)
        app.router.add_get(f"{API}/users/@me", self._me)
        app.router.add_get(f"{API}/oauth2/applications/@me", self._application)
        app.router.add_put(f"{API}/applications/{{app}}/commands", self._put_commands)
        app.router.add_put(
            f"{API}/applications/{{app}}/guilds/{{guild}}/commands", self._put_commands
        )
        app.router.add_post(f"{API}/channels/{{channel}}/messages", self._send)
        app.router.add_post(f"{API}/users/@me/channels", self._open_direct)
        app.router.add_get(f"{API}/users/{{user}}", self._user)
        app.router.add_patch(f"{API}/channels/{{channel}}/messages/{{message}}", self._edit)
        app.router.add_post(
            f"{API}/channels/{{channel}}/messages/{{message}}/threads", self._open_thread
        )
        self.interactions.add_routes(app.router, API)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def close(self) -> None:
        await self.gateway.close()
        if self._runner is not None:
            await self._runner.cleanup()

    # scripting and reading ---------------------------------------------------------------

    def member(self, name: str, permissions: discord.Permissions = EVERYONE) -> Member:
        added = Member(snowflake(), name, permissions)
        self.members.append(added)
        return added

    def fail_next(self, method: str, path: str, status: int, code: int = 0, **extra: Any) -> None:
        """The next matching request gets this error (a JSON body, and headers if given)."""
        headers = extra.pop("headers", {})
        body = {"message": extra.pop("message", f"{status} error"), "code": code, **extra}
        self._failures.append(Failure(method, path, status, body, headers))

    def sent(self, method: str, path: str) -> list[Recorded]:
        return [r for r in self.requests if r.method == method and re.fullmatch(path, r.path)]

    def in_channel(self, channel_id: int) -> list[JSON]:
        return [m for m in self.messages.values() if m["channel_id"] == str(channel_id)]

    async def command(self, member: Member, path: str, **options: Any) -> Interaction:
        return await self.interactions.command(member, path, options)

    # HTTP --------------------------------------------------------------------------------

    @web.middleware
    async def _middleware(self, request: web.Request, handler: Any) -> web.StreamResponse:
        if not request.path.startswith(API):
            return await handler(request)  # type: ignore[no-any-return]
        body, files = await _read_body(request)
        path = request.path.removeprefix(API)
        self.requests.append(
            Recorded(request.method, path, dict(request.query), body, tuple(files))
        )
        request[BODY], request[FILES] = body, files
        signed = path.startswith(("/interactions/", "/webhooks/"))  # the token is in the path
        if not signed and request.headers.get("Authorization") != f"Bot {TOKEN}":
            return error(401, 0, "401: Unauthorized")
        for failure in self._failures:
            if failure.method == request.method and re.fullmatch(failure.path, path):
                self._failures.remove(failure)
                return reply(failure.body, failure.status, failure.headers)
        try:
            return await handler(request)  # type: ignore[no-any-return]
        except web.HTTPNotFound:  # a route the emulator lacks: the tests fail on it
            self.unrouted.append(f"{request.method} {path}")
            return error(404, 0, "404: Not Found")

    async def _me(self, request: web.Request) -> web.Response:
        return reply(self.bot.user(bot=True))

    async def _application(self, request: web.Request) -> web.Response:
        return reply(payloads.application(self.app_id, self.owner))

    async def _put_commands(self, request: web.Request) -> web.Response:
        guild = request.match_info.get("guild")
        if request.match_info["app"] != str(self.app_id):
            return error(403, 50001, "Missing Access")
        scope = {"guild_id": guild} if guild else {}
        stored = [
            {**command, "id": str(snowflake()), "application_id": str(self.app_id), **scope}
            | {"version": str(snowflake())}
            for command in request[BODY]
        ]
        self.commands[int(guild) if guild else None] = stored
        return reply(stored)

    async def _send(self, request: web.Request) -> web.Response:
        channel_id = int(request.match_info["channel"])
        known = {*self.channels.values(), *self.direct, *self.threads}
        if channel_id not in known:
            return error(404, 10003, "Unknown Channel")
        body: JSON = request[BODY]
        problems = payloads.embed_problems(body)
        if problems:
            return error(400, 50035, f"Invalid Form Body: {'; '.join(problems)}")
        nonce = body.get("nonce")
        if nonce and body.get("enforce_nonce") and (channel_id, nonce) in self._nonces:
            return reply(self.messages[self._nonces[(channel_id, nonce)]])
        created = self.create_message(channel_id, body, request[FILES])
        if nonce:
            self._nonces[(channel_id, nonce)] = int(created["id"])
        await asyncio.sleep(self.answer_delay)  # a slow Discord: stored, not yet answered
        return reply(created)

    async def _open_thread(self, request: web.Request) -> web.Response:
        """A public thread on a message: it takes the message's id; one per message."""
        message = self.messages.get(int(request.match_info["message"]))
        if message is None or message["channel_id"] != request.match_info["channel"]:
            return error(404, 10008, "Unknown Message")
        if int(message["id"]) in self.threads:
            return error(400, 160004, "A thread has already been created for this message")
        body: JSON = request[BODY]
        thread = payloads.thread(
            int(message["id"]), int(message["channel_id"]), self.guild_id, body
        )
        self.threads[int(message["id"])] = thread
        return reply(thread, 201)

    async def _user(self, request: web.Request) -> web.Response:
        found = [m for m in self.members if str(m.id) == request.match_info["user"]]
        return reply(found[0].user()) if found else error(404, 10013, "Unknown User")

    async def _open_direct(self, request: web.Request) -> web.Response:
        """A direct-message channel with the user (the same one each time)."""
        user = int(request[BODY]["recipient_id"])
        known = [cid for cid, with_user in self.direct.items() if with_user == user]
        channel_id = known[0] if known else snowflake()
        self.direct[channel_id] = user
        found = [m.user() for m in self.members if m.id == user]
        return reply({"id": str(channel_id), "type": 1, "recipients": found})

    def direct_messages(self, user: int) -> list[JSON]:
        channels = {str(cid) for cid, with_user in self.direct.items() if with_user == user}
        return [m for m in self.messages.values() if m["channel_id"] in channels]

    async def _edit(self, request: web.Request) -> web.Response:
        found = self.messages.get(int(request.match_info["message"]))
        if found is None or found["channel_id"] != request.match_info["channel"]:
            return error(404, 10008, "Unknown Message")
        problems = payloads.embed_problems(request[BODY])
        if problems:
            return error(400, 50035, f"Invalid Form Body: {'; '.join(problems)}")
        return reply(self.update_message(found, request[BODY], request[FILES]))

    # messages ----------------------------------------------------------------------------

    def create_message(
        self, channel_id: int, body: JSON, files: list[tuple[str, bytes]], flags: int = 0
    ) -> JSON:
        message_id = snowflake()
        body = {**body, "attachments": payloads.attachments(body, files, self.base)}
        author = self.bot.user(bot=True)
        created = payloads.message(
            message_id, channel_id, self.guild_id, author=author, body=body, flags=flags
        )
        self.messages[message_id] = created
        return created

    def update_message(self, message: JSON, body: JSON, files: list[tuple[str, bytes]]) -> JSON:
        for key in ("content", "embeds", "components"):
            if key in body:
                message[key] = body[key] if body[key] is not None else []
        if files:
            message["attachments"] = payloads.attachments(body, files, self.base)
        message["edited_timestamp"] = payloads.now()
        return message

    # gateway -----------------------------------------------------------------------------

    async def _gateway_bot(self, _: web.Request) -> web.Response:
        limit = {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}
        body = {"url": self.gateway_url, "shards": self.shard_count, "session_start_limit": limit}
        return web.json_response(body)

    async def _identify(self, identify: JSON) -> list[tuple[str, JSON]]:
        if identify.get("token") != TOKEN:
            raise AssertionError("IDENTIFY carried the wrong token")
        shard_id, count = identify.get("shard") or (0, 1)
        ours = shard_of(self.guild_id, count) == shard_id  # the server is on this shard
        ready = {
            "v": 10,
            "user": self.bot.user(bot=True),
            "guilds": [{"id": str(self.guild_id), "unavailable": True}] if ours else [],
            "shard": [shard_id, count],
            "session_id": f"session-{snowflake()}",
            "resume_gateway_url": self.gateway_url,
            "application": {"id": str(self.app_id), "flags": 0},
            "private_channels": [],
            "relationships": [],
        }
        channels = [
            payloads.channel(cid, self.guild_id, name) for name, cid in self.channels.items()
        ]
        members = [m.member() for m in self.members] + [self.bot.member(bot=True)]
        guild = payloads.guild(self.guild_id, self.owner, channels, members)
        return [("READY", ready)] + ([("GUILD_CREATE", guild)] if ours else [])
