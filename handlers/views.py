"""What adapters show beside command replies: a workspace's home page, and a decided alert
drawn again for the channel it was posted in (Confirm / Reject clicked)."""

from __future__ import annotations

from bot.core.access import Role
from bot.core.alerts import Alert, build_alert
from bot.core.catalogue import Look
from bot.core.events import EventStatus
from bot.core.home import HomePage, RecordChange
from bot.core.subscriptions import Channel
from handlers.base import Services

LATEST_CHANGES = 8


class Views:
    """The `ChatViews` port, over the services the commands use."""

    def __init__(self, services: Services) -> None:
        self._services = services

    async def home(self, platform: str, tenant: str, role: Role) -> HomePage:
        services = self._services
        subscriptions = await services.subscriptions.for_tenant(platform, tenant)
        changes = await services.records.recent_changes(LATEST_CHANGES)
        pending = None
        if role >= Role.OPERATOR:
            pending = len(await services.events.with_status(EventStatus.PENDING))
        return HomePage(
            tuple(subscriptions),
            tuple(RecordChange(services.countries.get(c.country), c) for c in changes),
            pending,
        )

    async def decided_alert(self, event_id: int, channel: Channel) -> Alert | None:
        services = self._services
        found = await services.events.get(event_id)
        if found is None or found.status == EventStatus.PENDING:
            return None
        subscription = await services.subscriptions.for_channel(channel)
        look = subscription.look if subscription else Look()
        return build_alert(found, services.countries.get(found.country), look)
