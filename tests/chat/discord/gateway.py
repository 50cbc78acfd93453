"""The emulator's gateway: HELLO, IDENTIFY → READY and GUILD_CREATE, heartbeats, dispatches.

Sharding as Discord does it: a connection identifies as shard `[id, count]` (none: `[0, 1]`),
and a server's dispatches go only to the connection whose shard is `(server id >> 22) % count`.

Compression: the client asks for `compress=zlib-stream`, or `zstd-stream` when the `zstandard`
module is importable. Both are spoken: every payload is compressed by one per-connection stream
and flushed (zlib: Z_SYNC_FLUSH, so each frame ends in 00 00 ff ff; zstd: a flushed block).
"""

from __future__ import annotations

import asyncio
import importlib
import json
import zlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

JSON = dict[str, Any]
HELLO, IDENTIFY, HEARTBEAT, HEARTBEAT_ACK, DISPATCH = 10, 2, 1, 11, 0
RESUME, INVALID_SESSION = 6, 9
HEARTBEAT_MS = 41_250


class _Zlib:
    def __init__(self) -> None:
        self._stream = zlib.compressobj()

    def __call__(self, data: bytes) -> bytes:
        return self._stream.compress(data) + self._stream.flush(zlib.Z_SYNC_FLUSH)


class _Zstd:
    def __init__(self) -> None:
        zstandard: Any = importlib.import_module("zstandard")
        self._flush = zstandard.COMPRESSOBJ_FLUSH_BLOCK
        self._stream = zstandard.ZstdCompressor().compressobj()

    def __call__(self, data: bytes) -> bytes:
        return bytes(self._stream.compress(data) + self._stream.flush(self._flush))


COMPRESSORS: dict[str, Callable[[], Callable[[bytes], bytes]]] = {
    "zlib-stream": _Zlib,
    "zstd-stream": _Zstd,
}


@dataclass
class Connection:
    ws: web.WebSocketResponse
    compress: Callable[[bytes], bytes] | None
    sequence: int = 0
    received: list[JSON] = field(default_factory=list)
    shard: tuple[int, int] = (0, 1)  # [id, count] from IDENTIFY
    dispatched: list[JSON] = field(default_factory=list)

    def runs(self, guild_id: int | None) -> bool:
        """Whether this connection's shard receives the server's events (DMs: shard 0)."""
        shard_id, count = self.shard
        return shard_id == shard_of(guild_id or 0, count)

    async def send(self, op: int, data: Any, event: str | None = None) -> None:
        if op == DISPATCH:
            self.sequence += 1
        envelope = {"op": op, "d": data, "s": self.sequence if op == DISPATCH else None, "t": event}
        raw = json.dumps(envelope).encode()
        if self.compress is None:
            await self.ws.send_str(raw.decode())
        else:
            await self.ws.send_bytes(self.compress(raw))


@dataclass
class Gateway:
    """Serves `/gateway`; `on_identify` returns the READY and GUILD_CREATE payloads to send."""

    on_identify: Callable[[JSON], Awaitable[list[tuple[str, JSON]]]]
    queries: list[dict[str, str]] = field(default_factory=list)
    identified: list[JSON] = field(default_factory=list)
    connections: list[Connection] = field(default_factory=list)
    ready: asyncio.Event = field(default_factory=asyncio.Event)
    refuse_with: int | None = None  # a close code for IDENTIFY, e.g. 4004 for a revoked token

    async def handle(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self.queries.append(dict(request.query))
        wanted = request.query.get("compress")
        if wanted and wanted not in COMPRESSORS:
            await ws.close(code=4000, message=f"emulator: unknown compression {wanted}".encode())
            return ws
        connection = Connection(ws, COMPRESSORS[wanted]() if wanted else None)
        self.connections.append(connection)
        await connection.send(HELLO, {"heartbeat_interval": HEARTBEAT_MS})
        try:
            async for frame in ws:
                if frame.type is WSMsgType.TEXT:
                    await self._receive(connection, json.loads(frame.data))
        finally:
            self.connections.remove(connection)
        return ws

    async def _receive(self, connection: Connection, payload: JSON) -> None:
        connection.received.append(payload)
        op = payload.get("op")
        if op == HEARTBEAT:
            await connection.send(HEARTBEAT_ACK, None)
        elif op == IDENTIFY:
            self.identified.append(payload["d"])
            shard_id, count = payload["d"].get("shard") or (0, 1)
            connection.shard = (int(shard_id), int(count))
            if self.refuse_with is not None:
                await connection.ws.close(code=self.refuse_with, message=b"refused")
                return
            for event, data in await self.on_identify(payload["d"]):
                await connection.send(DISPATCH, data, event)
            self.ready.set()
        elif op == RESUME:  # sessions are not kept: the client identifies afresh
            await connection.send(INVALID_SESSION, False)

    async def dispatch(self, event: str, data: JSON) -> None:
        guild = data.get("guild_id")
        receiving = [c for c in self.connections if c.runs(int(guild) if guild else None)]
        if not receiving:
            raise AssertionError(f"no client is connected to receive {event} (server {guild})")
        receiving[-1].dispatched.append(data)
        await receiving[-1].send(DISPATCH, data, event)

    async def close(self) -> None:
        for connection in list(self.connections):
            await connection.ws.close()


def shard_of(guild_id: int, count: int) -> int:
    """Discord's rule: the shard that receives a server's events."""
    return (guild_id >> 22) % count
