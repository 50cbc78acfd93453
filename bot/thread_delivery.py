"""Sources posted in alerts' threads, for the outbox worker (`bot.delivery`).

One row of `thread_replies` at a time: the thread is opened on the alert once and remembered,
a first try marks the row before the platform is asked, a later try first looks for the reply
by its nonce, and the outcome is recorded. A reply that cannot be posted fails alone; it never
disables its channel's subscription (the alert may simply have been deleted).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta

from bot.core.alerts import ThreadNote
from bot.core.errors import RetryLaterError, SendError
from bot.core.ports import AlertSender, ThreadSender
from bot.logs import event, format_event
from bot.storage.threads import ThreadBox, ThreadDue

log = logging.getLogger(__name__)

Backoff = Callable[[int, float | None], float]


class ThreadReplies:
    def __init__(
        self,
        box: ThreadBox,
        senders: Mapping[str, AlertSender],
        clock: Callable[[], datetime],
        backoff: Backoff,
        max_attempts: int,
    ) -> None:
        self._box = box
        self._senders = senders
        self._clock = clock
        self._backoff = backoff
        self._max_attempts = max_attempts
        self._opened: dict[int, str] = {}  # delivery id → its thread, opened in this run

    async def deliver(self, row: ThreadDue, note: ThreadNote | None) -> str:
        """Post one reply; its outcome: "sent", "retried" or "failed"."""
        sender = self._senders[row.channel.platform]
        if note is None:
            return await self._fail(row, f"event {row.event_id} no longer has this source")
        if not isinstance(sender, ThreadSender):
            return await self._fail(row, f"{row.channel.platform} has no threads")
        try:
            message_id = await self._post(sender, row, note)
        except RetryLaterError as exc:
            return await self._retry(row, f"retry later: {exc}", exc.retry_after)
        except SendError as exc:
            return await self._fail(row, str(exc) or type(exc).__name__)
        except Exception as exc:  # the adapter's edge, as for alerts
            context = {"thread_reply": row.id, "channel": row.channel.channel}
            log.exception("%s", format_event("delivery.sender_crashed", context))
            return await self._retry(row, f"{type(exc).__name__}: {exc}", None)
        await self._box.mark_sent(row, message_id, self._clock())
        event(log, "delivery.threaded", logging.DEBUG, thread_reply=row.id, event_id=row.event_id)
        return "sent"

    async def _post(self, sender: ThreadSender, row: ThreadDue, note: ThreadNote) -> str:
        thread = row.thread_id or self._opened.get(row.delivery_id)
        if thread is None:
            thread = await sender.open_thread(row.channel, row.alert_message_id, note.topic)
            await self._box.set_thread(row.delivery_id, thread)
            self._opened[row.delivery_id] = thread
        if row.posting_since is None:
            await self._box.mark_posting(row, self._clock())
        else:  # tried before: the reply may have been lost, or the process killed meanwhile
            found = await sender.find_in_thread(row.channel, thread, row.nonce, row.posting_since)
            if found is not None:
                return found
        return await sender.send_in_thread(row.channel, thread, note, row.nonce)

    async def _retry(self, row: ThreadDue, error: str, retry_after: float | None) -> str:
        attempts, now = row.attempts + 1, self._clock()
        if attempts >= self._max_attempts:
            return await self._fail(row, f"gave up after {attempts} attempts: {error}")
        at = now + timedelta(seconds=self._backoff(row.attempts, retry_after))
        await self._box.retry(row, attempts, at, error, now)
        event(log, "delivery.retry", thread_reply=row.id, attempts=attempts, at=at, error=error)
        return "retried"

    async def _fail(self, row: ThreadDue, error: str) -> str:
        await self._box.fail(row, error, self._clock())
        event(log, "delivery.thread_failed", logging.WARNING, thread_reply=row.id, error=error)
        return "failed"
