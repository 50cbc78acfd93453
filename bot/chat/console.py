"""The terminal adapter: type slash commands, read replies (and alerts) as text."""

from __future__ import annotations

import asyncio
import sys
import threading
from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path
from typing import TextIO

from bot.core.access import Caller
from bot.core.alerts import Alert, ThreadNote
from bot.core.catalogue import Style, month_date
from bot.core.items import visible_text
from bot.core.mentions import Mention
from bot.core.replies import Attachment, Image, Reply, Tone
from bot.core.subscriptions import Channel

PROMPT = "stancebot> "
BANNER = (
    "stancebot console. Type a command such as `/huawei country uk`, "
    "`/huawei list banned` or `/huawei help`; Ctrl-D or `quit` leaves."
)


def save_image(image: Image, folder: Path) -> Path:
    """Write a reply's picture where the terminal user can open it; return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / Path(image.filename).name
    path.write_bytes(image.data)
    return path.resolve()


def save_attachment(attachment: Attachment, folder: Path) -> Path:
    """Write a reply's file (an OPML export) where the terminal user can open it."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / Path(attachment.filename).name
    path.write_bytes(attachment.data)
    return path.resolve()


def render(reply: Reply, image_path: Path | None = None, file_path: Path | None = None) -> str:
    """A reply as plain terminal text; a picture saved by `save_image` (a file saved by
    `save_attachment`) is shown by its path."""
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
        where = f" saved to {image_path}" if image_path else ""
        lines += ["", f"[image{where}: {reply.image.alt}]"]
    if reply.attachment is not None:
        where = f" saved to {file_path}" if file_path else ""
        lines += ["", f"[file{where}: {reply.attachment.description}]"]
    if reply.footer:
        lines += ["", reply.footer]
    return _plain("\n".join(lines)).replace("`", "")


def _stdin_lines(loop: asyncio.AbstractEventLoop, queue: asyncio.Queue[str | None]) -> None:
    """Feed stdin lines to the loop. A daemon thread, so a pending read never blocks exit."""

    def pump() -> None:
        for line in sys.stdin:
            loop.call_soon_threadsafe(queue.put_nowait, line)
        loop.call_soon_threadsafe(queue.put_nowait, None)

    threading.Thread(target=pump, name="console-stdin", daemon=True).start()


def announce(text: str, out: TextIO | None = None) -> None:
    """Something arrived while the user was at the prompt (an alert): show it, re-prompt."""
    stream = out or sys.stdout
    print(f"\r{text}", file=stream)
    stream.write(PROMPT)
    stream.flush()


class ConsoleChat:
    def __init__(
        self,
        handle: Callable[[str, Caller], Awaitable[Reply]],
        caller: Caller,
        out: TextIO | None = None,
        images: Path | None = None,
    ) -> None:
        self._handle = handle
        self._caller = caller
        self._images = images
        self._out = out or sys.stdout

    def show(self, text: str) -> None:
        print(text, file=self._out, flush=True)

    def announce(self, text: str) -> None:
        announce(text, self._out)

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
                self.show(await self._answer(line) + "\n")

    async def _answer(self, line: str) -> str:
        reply = await self._handle(line, self._caller)
        path = None
        if reply.image is not None and self._images is not None:
            path = await asyncio.to_thread(save_image, reply.image, self._images)
        file_path = None
        if reply.attachment is not None and self._images is not None:
            folder = self._images.parent / "files"
            file_path = await asyncio.to_thread(save_attachment, reply.attachment, folder)
        return render(reply, path, file_path)


async def _next(queue: asyncio.Queue[str | None], stop: asyncio.Event) -> str | None:
    getter = asyncio.ensure_future(queue.get())
    stopper = asyncio.ensure_future(stop.wait())
    done, pending = await asyncio.wait({getter, stopper}, return_when=asyncio.FIRST_COMPLETED)
    for task in pending:
        task.cancel()
    return getter.result() if getter in done else None


# C0 (but tab and newline), DEL and C1: some terminals take U+009B alone as an escape sequence.
_CONTROL = {code: None for code in [*range(32), *range(127, 160)] if code not in (9, 10)}


def _plain(text: str) -> str:
    """Feed text is untrusted: no terminal control sequences, direction overrides or hidden
    characters reach the screen (items stored before they were removed on reading included)."""
    return visible_text(text).translate(_CONTROL)


def render_alert(alert: Alert, *, edited: bool = False) -> str:
    """The channel's style: the whole story, or one line (the link after the headline)."""
    if alert.look.style is Style.COMPACT:
        return _compact(alert, edited=edited)
    marker = "ALERT (updated)" if edited else "ALERT"
    published = month_date(alert.look.language, alert.published)[:-6]  # the day, not the time
    lines = [f"── {marker} #{alert.event_id} · {alert.kind.value} ──", alert.title]
    lines.append(f"“{_plain(alert.headline)}”, {_plain(alert.outlet)}, {published}")
    if alert.link:
        lines.append(f"    {_plain(alert.link)}")
    if alert.evidence and alert.evidence != alert.headline:
        lines.append(alert.say("alert.evidence", text=_plain(alert.evidence)))
    confidence = alert.say("alert.confidence", confidence=f"{alert.confidence:.2f}")
    lines.append(f"{confidence} · {alert.say('alert.sources', alert.source_count)}")
    lines += [f"  · {_plain(s.outlet)}: {_plain(s.title)}" for s in alert.sources[1:]]
    if alert.operator_hint:
        lines.append(alert.operator_hint)
    elif alert.status_note:
        lines.append(alert.status_note)
    return "\n".join(lines).replace("`", "")


def _compact(alert: Alert, *, edited: bool) -> str:
    marker = "✎ " if edited else ""
    confidence = alert.say("alert.compact.confidence", percent=round(alert.confidence * 100))
    link = f" <{_plain(alert.link)}>" if alert.link else ""
    headline = f"“{_plain(alert.headline)}”{link}"
    line = " · ".join(part for part in (marker + alert.title, headline, confidence) if part)
    hint = f"\n{alert.operator_hint}" if alert.operator_hint else ""
    return (line + hint).replace("`", "")


class ConsoleSender:
    """Alerts for the terminal channel: printed, numbered like platform message ids."""

    platform = "console"

    def __init__(self, show: Callable[[str], None]) -> None:
        self._show = show
        self._sent = 0

    async def send(
        self, channel: Channel, alert: Alert, nonce: str, *, mention: Mention | None = None
    ) -> str:
        self._sent += 1
        self._show(render_alert(alert) + "\n")
        return f"console-{self._sent}"

    async def tell_admins(self, tenant: str, reply: Reply) -> int:
        """The terminal's user is its admin."""
        self._show(render(reply) + "\n")
        return 1

    async def find(self, channel: Channel, nonce: str, since: datetime) -> str | None:
        return None  # a terminal keeps no history to look in: an interrupted alert shows again

    async def edit(
        self, channel: Channel, message_id: str, alert: Alert, *, mention: Mention | None = None
    ) -> None:
        self._show(render_alert(alert, edited=True) + "\n")

    async def open_thread(self, channel: Channel, message_id: str, topic: str) -> str:
        return message_id

    async def send_in_thread(
        self, channel: Channel, thread_id: str, note: ThreadNote, nonce: str
    ) -> str:
        self._sent += 1
        source = note.source
        self._show(f"  ↳ event #{note.event_id}: {_plain(source.outlet)}: {_plain(source.title)}\n")
        return f"console-{self._sent}"

    async def find_in_thread(
        self, channel: Channel, thread_id: str, nonce: str, since: datetime
    ) -> str | None:
        return None

    async def post(
        self,
        channel: Channel,
        reply: Reply,
        nonce: str | None = None,
        *,
        mention: Mention | None = None,
    ) -> str:
        self._sent += 1
        self._show(render(reply) + "\n")
        return f"console-{self._sent}"
