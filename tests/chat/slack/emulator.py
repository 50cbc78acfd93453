"""A local Slack: the Web API methods the bot calls, response_url posts, the files upload v2
flow, and a Socket Mode websocket. Every call is recorded; a channel (or a method) can be told
to fail the next calls with a Slack error, an HTTP status and a Retry-After, or a method to do
its work and then lose the reply (the connection cut before the answer)."""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

TEAM = "T0EMU"
BOT_USER = "UBOT"
Json = dict[str, Any]


@dataclass(frozen=True)
class Call:
    method: str  # a Web API method, "response_url", "upload" or "socket_ack"
    params: Json
    token: str = ""


@dataclass
class Failure:
    error: str  # "" answers a non-JSON body, like a proxy's 502 page
    status: int = 200
    retry_after: int | None = None
    times: int = 1


@dataclass
class SlackEmulator:
    calls: list[Call] = field(default_factory=list)
    users: dict[str, Json] = field(default_factory=dict)
    channels: dict[str, Json] = field(default_factory=dict)
    messages: dict[str, Json] = field(default_factory=dict)  # by ts
    uploads: dict[str, bytes] = field(default_factory=dict)  # by file id
    url: str = ""
    delays: dict[str, float] = field(default_factory=dict)  # seconds before answering a method
    answer_delays: dict[str, float] = field(
        default_factory=dict
    )  # after doing it, before answering
    _failures: dict[str, list[Failure]] = field(default_factory=dict)
    _lost_replies: dict[str, int] = field(default_factory=dict)  # by method: how many to drop
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _runner: web.AppRunner | None = None
    _sockets: list[web.WebSocketResponse] = field(default_factory=list)

    # Setting the scene ----------------------------------------------------------------------

    def add_user(self, user: str, *, admin: bool = False, owner: bool = False) -> None:
        self.users[user] = {"id": user, "team_id": TEAM, "is_admin": admin, "is_owner": owner}

    def add_channel(self, channel: str, creator: str) -> None:
        self.channels[channel] = {"id": channel, "is_channel": True, "creator": creator}

    def fail(
        self,
        key: str,
        error: str,
        *,
        status: int = 200,
        retry_after: int | None = None,
        times: int = 1,
    ) -> None:
        """The next `times` calls naming channel `key` (or calling method `key`) fail."""
        self._failures.setdefault(key, []).append(Failure(error, status, retry_after, times))

    def lose_replies(self, method: str, times: int = 1) -> None:
        """The next `times` calls to `method` are carried out (a post is stored), then the
        connection is cut before the answer: the caller cannot know it worked."""
        self._lost_replies[method] = self._lost_replies.get(method, 0) + times

    def posted_in(self, channel: str) -> list[Json]:
        """The messages a channel shows, oldest first."""
        return [m for m in self.messages.values() if m.get("channel") == channel]

    def response_url(self) -> str:
        return f"{self.url}/respond/{next(self._ids)}"

    @property
    def api_url(self) -> str:
        return f"{self.url}/api/"

    # Reading what happened ------------------------------------------------------------------

    def calls_to(self, method: str) -> list[Call]:
        return [call for call in self.calls if call.method == method]

    async def next_call(self, method: str, after: int = 0) -> Call:
        """The first call to `method` beyond the first `after` ones, waiting for it."""
        await until(lambda: len(self.calls_to(method)) > after, 5.0, f"a call to {method}")
        return self.calls_to(method)[after]

    # Running --------------------------------------------------------------------------------

    async def start(self) -> None:
        server = web.Application()
        server.add_routes(
            [
                web.post("/api/{method}", self._api),
                web.get("/api/{method}", self._api),
                web.post("/respond/{key}", self._respond),
                web.post("/upload/{file}", self._upload),
                web.get("/socket", self._socket),
            ]
        )
        self._runner = web.AppRunner(server, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.url = f"http://127.0.0.1:{port}"

    async def close(self) -> None:
        for socket in self._sockets:
            await socket.close()
        if self._runner is not None:
            await self._runner.cleanup()

    # Socket Mode ----------------------------------------------------------------------------

    async def send_envelope(self, kind: str, payload: Json) -> str:
        """Push a Socket Mode envelope to the connected app; its ack is recorded as socket_ack."""
        await until(lambda: bool(self._sockets), 5.0, "a Socket Mode connection")
        envelope_id = f"env-{next(self._ids)}"
        await self._sockets[-1].send_json(
            {
                "envelope_id": envelope_id,
                "type": kind,
                "payload": payload,
                "accepts_response_payload": kind != "events_api",
                "retry_attempt": 0,
            }
        )
        return envelope_id

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        self._sockets.append(socket)
        await socket.send_json(
            {"type": "hello", "num_connections": 1, "connection_info": {"app_id": "AEMU"}}
        )
        async for message in socket:
            if message.type == WSMsgType.TEXT:
                self.calls.append(Call("socket_ack", json.loads(message.data)))
        return socket

    # The Web API ----------------------------------------------------------------------------

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params, token = await _read(request)
        self.calls.append(Call(method, params, token))
        await asyncio.sleep(self.delays.get(method, 0.0))
        failure = self._failure(method, params)
        if failure is not None:
            return _failed(failure)
        answer = self._answers().get(method)
        body = answer(params) if answer else _error("unknown_method")
        await asyncio.sleep(self.answer_delays.get(method, 0.0))
        if self._lost_replies.get(method, 0) > 0:
            self._lost_replies[method] -= 1
            if request.transport is not None:
                request.transport.abort()  # done, but the caller never hears of it
        return web.json_response(body)

    def _failure(self, method: str, params: Json) -> Failure | None:
        for key in (str(params.get("channel") or params.get("channel_id") or ""), method):
            pending = self._failures.get(key)
            if pending:
                failure = pending[0]
                failure.times -= 1
                if failure.times <= 0:
                    pending.pop(0)
                return failure
        return None

    def _answers(self) -> dict[str, Callable[[Json], Json]]:
        return {
            "auth.test": lambda p: _ok(
                team_id=TEAM,
                team="Emulated",
                user_id=BOT_USER,
                user="stancebot",
                bot_id="BBOT",
                url="https://emu/",
            ),
            "apps.connections.open": lambda p: _ok(url=self.url.replace("http", "ws") + "/socket"),
            "chat.postMessage": self._post_message,
            "chat.update": self._update,
            "conversations.history": self._history,
            "conversations.replies": self._replies,
            "chat.postEphemeral": lambda p: _ok(message_ts=self._ts()),
            "users.info": lambda p: _ok(
                user=self.users.get(p.get("user", "")) or {"id": p.get("user"), "is_admin": False}
            ),
            "conversations.info": self._conversation,
            "conversations.open": lambda p: _ok(channel={"id": "D" + str(p.get("users", ""))}),
            "views.publish": lambda p: _ok(view={"id": "VHOME", **_decoded(p.get("view"))}),
            "files.getUploadURLExternal": self._upload_url,
            "files.completeUploadExternal": self._complete_upload,
        }

    def _ts(self) -> str:
        number = next(self._ids)
        return f"{1800000000 + number}.{number:06d}"

    def _post_message(self, params: Json) -> Json:
        ts = self._ts()
        self.messages[ts] = {**params, "ts": ts}
        return _ok(
            channel=params.get("channel"), ts=ts, message={"ts": ts, "text": params.get("text")}
        )

    def in_thread(self, channel: str, ts: str) -> list[Json]:
        """The replies in a message's thread, oldest first."""
        return [m for m in self.posted_in(channel) if m.get("thread_ts") == ts]

    def _history(self, params: Json) -> Json:
        """Newest first, `limit` a page, a cursor for the next; metadata only when asked for.
        Like Slack, without the replies in threads."""
        channel = str(params.get("channel", ""))
        shown = [m for m in self.posted_in(channel) if not m.get("thread_ts")]
        return self._page(list(reversed(shown)), params)

    def _replies(self, params: Json) -> Json:
        """A thread: its parent message, then its replies, oldest first."""
        channel, ts = str(params.get("channel", "")), str(params.get("ts", ""))
        if ts not in self.messages or self.messages[ts].get("channel") != channel:
            return _error("thread_not_found")
        return self._page([self.messages[ts], *self.in_thread(channel, ts)], params)

    def _page(self, messages: list[Json], params: Json) -> Json:
        oldest = float(params.get("oldest") or 0)
        with_metadata = str(params.get("include_all_metadata", "")).lower() in ("1", "true")
        found = [_listed(m, with_metadata) for m in messages if float(m["ts"]) > oldest]
        start, limit = int(params.get("cursor") or 0), int(params.get("limit") or 100)
        more = start + limit < len(found)
        return _ok(
            messages=found[start : start + limit],
            has_more=more,
            response_metadata={"next_cursor": str(start + limit) if more else ""},
        )

    def _update(self, params: Json) -> Json:
        ts = str(params.get("ts"))
        if ts not in self.messages:
            return _error("message_not_found")
        self.messages[ts] = {**self.messages[ts], **params}
        return _ok(channel=params.get("channel"), ts=ts, text=params.get("text"))

    def _conversation(self, params: Json) -> Json:
        channel = str(params.get("channel", ""))
        default = {"id": channel, "is_channel": True, "creator": "USOMEONE"}
        return _ok(channel=self.channels.get(channel, default))

    def _upload_url(self, params: Json) -> Json:
        file_id = f"F{next(self._ids)}"
        return _ok(file_id=file_id, upload_url=f"{self.url}/upload/{file_id}")

    def _complete_upload(self, params: Json) -> Json:
        files = _decoded(params.get("files"))
        return _ok(files=[{"id": f["id"], "title": f.get("title", "")} for f in files])

    async def _upload(self, request: web.Request) -> web.Response:
        file_id = request.match_info["file"]
        self.uploads[file_id] = await request.read()
        self.calls.append(Call("upload", {"file": file_id, "size": len(self.uploads[file_id])}))
        return web.Response(text=f"OK - {len(self.uploads[file_id])}")

    async def _respond(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.calls.append(Call("response_url", {**body, "key": request.match_info["key"]}))
        return web.Response(text="ok")


async def _read(request: web.Request) -> tuple[Json, str]:
    params: Json = dict(request.query)
    if request.content_type == "application/json":
        params.update(await request.json())
    elif request.can_read_body:
        params.update({k: v for k, v in (await request.post()).items() if isinstance(v, str)})
    header = request.headers.get("Authorization", "")
    token = header.removeprefix("Bearer ") if header else str(params.pop("token", ""))
    return params, token


def _listed(message: Json, with_metadata: bool) -> Json:
    listed = {key: value for key, value in message.items() if key != "metadata"}
    if with_metadata and "metadata" in message:
        listed["metadata"] = _decoded(message["metadata"])
    return listed


def _decoded(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else (value or {})


def _ok(**fields: Any) -> Json:
    return {"ok": True, **fields}


def _error(error: str) -> Json:
    return {"ok": False, "error": error}


def _failed(failure: Failure) -> web.Response:
    headers = {"Retry-After": str(failure.retry_after)} if failure.retry_after is not None else {}
    if not failure.error:
        return web.Response(
            status=failure.status,
            text="<html>bad gateway</html>",
            content_type="text/html",
            headers=headers,
        )
    return web.json_response(_error(failure.error), status=failure.status, headers=headers)


async def until(check: Callable[[], bool], seconds: float, what: str) -> None:
    """Wait for `check` to hold; fail the test naming `what` if it never does."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while not check():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.01)
