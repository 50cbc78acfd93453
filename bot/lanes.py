"""Delivery lanes: one task per channel with work in flight, a bounded number at once."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Generic, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")


class Lanes(Generic[T]):
    """One task per channel with rows in flight; at most `limit` of them send at once."""

    def __init__(self, limit: int) -> None:
        self._slots = asyncio.Semaphore(limit)
        self._tasks: dict[int, asyncio.Task[T]] = {}

    def busy(self) -> list[int]:
        return [key for key, task in self._tasks.items() if not task.done()]

    def open(self, key: int, work: Coroutine[object, object, T]) -> None:
        task = asyncio.create_task(self._bounded(work), name=f"delivery-lane-{key}")
        self._tasks[key] = task
        task.add_done_callback(lambda done: self._ended(key, done))

    async def _bounded(self, work: Coroutine[object, object, T]) -> T:
        async with self._slots:
            return await work

    def _ended(self, key: int, task: asyncio.Task[T]) -> None:
        """A lane's edge: its failure is logged; the channel's rows stay due for the next one."""
        if self._tasks.get(key) is task:
            del self._tasks[key]
        failure = None if task.cancelled() else task.exception()
        if failure is not None:
            log.error("delivery.lane_failed subscription=%s", key, exc_info=failure)

    async def finish(self) -> None:
        """Wait for every lane: a send in flight finishes, the lanes stop before the next row."""
        if self._tasks:
            await asyncio.wait(list(self._tasks.values()))
