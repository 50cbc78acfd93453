"""The terminal adapter: type slash commands, read replies (and alerts) as text."""

from __future__ import annotations

import asyncio
import sys
import threading
from collections.abc import Awaitable, Callable
from typing import TextIO

from bot.core.access import Caller
from bot.core.replies import Reply, Tone

PROMPT = "stancebot> "
BANNER = (
    "stancebot console. Type a command such as `/huawei country uk`, "
    "`/huawei list banned` or `/huawei help`; Ctrl-D or `quit` leaves."
)


def render(reply: Reply) -> str:
    """A reply as plain terminal text."""
    marker = {Tone.ERROR: "✖ ", Tone.WARNING: "! ", Tone.SUCCESS: "✔ "}.get(reply.tone, "")
    lines = [f"{marker}{reply.title}"]
    if reply.text:
        lines += ["", reply.text]
    for field in reply.fields:
        value = field.value.replace("\n", "\n    ")
        lines += ["", f"{field.name}:", f"    {value}"]
    if reply.links:
        lines += ["", "Sources:"] + [f"    {link.label}: {link.url}" for link in reply.links]
    if reply.image is not None:
        lines += ["", f"[image: {reply.image.alt}]"]
    if reply.footer:
        lines += ["", reply.footer]
    return "\n".join(lines)


def _stdin_lines(loop: asyncio.AbstractEventLoop, queue: asyncio.Queue[str | None]) -> None:
    """Feed stdin lines to the loop. A daemon thread, so a pending read never blocks exit."""

    def pump() -> None:
        for line in sys.stdin:
            loop.call_soon_threadsafe(queue.put_nowait, line)
        loop.call_soon_threadsafe(queue.put_nowait, None)

    threading.Thread(target=pump, name="console-stdin", daemon=True).start()


class ConsoleChat:
    def __init__(
        self,
        handle: Callable[[str, Caller], Awaitable[Reply]],
        caller: Caller,
        out: TextIO | None = None,
    ) -> None:
        self._handle = handle
        self._caller = caller
        self._out = out or sys.stdout

    def show(self, text: str) -> None:
        print(text, file=self._out, flush=True)

    async def serve(self, stop: asyncio.Event) -> None:
        """Answer commands from stdin until EOF, `quit`, or `stop` is set."""
        queue: asyncio.Queue[str | None] = asyncio.Queue()
        _stdin_lines(asyncio.get_running_loop(), queue)
        self.show(BANNER)
        while not stop.is_set():
            self._out.write(PROMPT)
            self._out.flush()
            line = await _next(queue, stop)
            if line is None or line.strip() in ("quit", "exit"):
                return
            if line.strip():
                self.show(render(await self._handle(line, self._caller)) + "\n")


async def _next(queue: asyncio.Queue[str | None], stop: asyncio.Event) -> str | None:
    getter = asyncio.ensure_future(queue.get())
    stopper = asyncio.ensure_future(stop.wait())
    done, pending = await asyncio.wait({getter, stopper}, return_when=asyncio.FIRST_COMPLETED)
    for task in pending:
        task.cancel()
    return getter.result() if getter in done else None
