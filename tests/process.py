"""`python -m bot run` as a real process: started with an environment of the test's own, its
output kept, waited on with a deadline, killed if a test leaves it running."""

from __future__ import annotations

import asyncio
import inspect
import os
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass, field

import aiohttp

from bot.settings import PROJECT_CONFIG

PROJECT = PROJECT_CONFIG.parent.parent


@dataclass
class Running:
    process: asyncio.subprocess.Process
    out: bytearray = field(default_factory=bytearray)
    err: bytearray = field(default_factory=bytearray)

    @property
    def stdout(self) -> str:
        return self.out.decode("utf-8", "replace")

    @property
    def stderr(self) -> str:
        return self.err.decode("utf-8", "replace")

    def story(self) -> str:
        return f"\n--- stdout ---\n{self.stdout[-3000:]}\n--- stderr ---\n{self.stderr[-6000:]}"

    async def until(
        self, check: Callable[[], bool | Awaitable[bool]], seconds: float, what: str
    ) -> None:
        """Wait for `check`; fail naming `what` if it times out or the process ends first."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        while True:
            result = check()
            done: bool = await result if inspect.isawaitable(result) else result
            if done:
                return
            if self.process.returncode is not None:
                raise AssertionError(
                    f"stancebot exited ({self.process.returncode}) before {what}{self.story()}"
                )
            if loop.time() > deadline:
                raise AssertionError(f"timed out after {seconds:.0f} s: {what}{self.story()}")
            await asyncio.sleep(0.05)


async def _drain(stream: asyncio.StreamReader | None, into: bytearray) -> None:
    while stream is not None and (chunk := await stream.read(65536)):
        into.extend(chunk)


@asynccontextmanager
async def stancebot_run(
    env: dict[str, str], *args: str, keep_stdin: bool = False
) -> AsyncIterator[Running]:
    """`python -m bot run` with `env` on top of ours (no platform settings inherited); killed
    afterwards if the test left it running. `keep_stdin`: a terminal that stays open (the
    console adapter stops at the end of its input)."""
    inherited = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("SLACK_", "DISCORD_", "STANCEBOT_"))
        and not key.lower().endswith("_proxy")  # everything it reaches is on 127.0.0.1
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        *args,
        cwd=PROJECT,
        env={**inherited, "PYTHONUNBUFFERED": "1", "STANCEBOT_ENV_FILE": "", **env},
        stdin=asyncio.subprocess.PIPE if keep_stdin else asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    running = Running(process)
    readers = [
        asyncio.create_task(_drain(process.stdout, running.out), name="stancebot-stdout"),
        asyncio.create_task(_drain(process.stderr, running.err), name="stancebot-stderr"),
    ]
    try:
        yield running
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
        await asyncio.gather(*readers)


async def accepting(port: int) -> bool:
    try:
        _, writer = await asyncio.open_connection("127.0.0.1", port)
    except OSError:
        return False
    writer.close()
    with suppress(OSError):
        await writer.wait_closed()
    return True


async def http_get(port: int, path: str) -> tuple[int, str]:
    """One GET to the bot's listener: (status, body); (0, error) when nothing answers."""
    try:
        async with (
            aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=5)) as session,
            session.get(f"http://127.0.0.1:{port}{path}") as response,
        ):
            return response.status, await response.text()
    except (aiohttp.ClientError, TimeoutError) as exc:
        return 0, f"{type(exc).__name__}: {exc}"


async def ready(port: int) -> bool:
    return (await http_get(port, "/readyz"))[0] == 200
