"""The Slack app's lifecycle: the Web API clients (built first: alerts need their sender
before the commands are served), the bolt app, Socket Mode or HTTP mode, and a clean stop.

    clients = slack_clients(settings.slack, operators)
    bot = SlackBot(clients, settings.slack, desk, http=(host, port))
    await bot.start()        # returns once Slack can reach us (or is being retried)
    ...
    await bot.stop()         # no new requests; work in flight finishes (bounded)
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import aiohttp
from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp
from slack_bolt.logger.messages import warning_client_prioritized_and_token_skipped
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.async_handler import AsyncRetryHandler
from slack_sdk.http_retry.builtin_async_handlers import AsyncRateLimitErrorRetryHandler
from slack_sdk.web.async_client import AsyncWebClient

from bot.chat.slack.listeners import InFlight, Listeners, SlackDesk
from bot.chat.slack.roles import RoleBook
from bot.chat.slack.sender import SlackAdminBell, SlackSender, classify, transient
from bot.core.errors import ConfigError, StanceBotError
from bot.logs import event
from bot.settings import SlackSettings

if TYPE_CHECKING:
    from bot.listener import HttpListener

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"  # where HTTP mode takes commands, actions and events
BAD_TOKEN = frozenset({"invalid_auth", "not_authed", "account_inactive", "token_revoked"})
CONNECT_WAIT = 10.0  # seconds start() waits for the socket before letting it retry alone
FIRST_RECONNECT_WAIT = 2.0  # seconds before asking an unreachable Slack again; doubles each time
MAX_RECONNECT_WAIT = 300.0
DRAIN_SECONDS = 10.0


class _BoltLogFilter(logging.Filter):
    """bolt copies its base logger's filters to each of its loggers, so this one sees them all.

    It drops the warning that our client wins over SLACK_BOT_TOKEN (bolt reads the variable
    itself: true, and expected), and cuts the request body out of bolt's "invalid signature"
    line: a replayed request's body holds a live response_url and the verification token.
    While Slack is down, slack-sdk's Socket Mode retries log a traceback each time: they become
    one warning line (our own start loop logs `slack.unreachable`, with its backoff).
    """

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if message == warning_client_prioritized_and_token_skipped():
            return False
        if message.startswith("Invalid request signature") and ", body:" in message:
            record.msg, record.args = message.split(", body:", 1)[0] + ", body: (not logged))", None
        if message.startswith(_URL_REFUSED):  # said again by `slack.unreachable` or ConfigError
            return False
        if message.startswith(_RECONNECTING):  # an outage, not a bug: one line, no traceback
            record.msg, record.args = f"slack.reconnecting detail={message!r}", None
            record.levelno, record.levelname = logging.WARNING, "WARNING"
            record.exc_info = record.exc_text = None
        return True


# slack-sdk's Socket Mode client logs these with a traceback on every retry while Slack is down.
_RECONNECTING = ("Failed to connect (error:", "Failed to check the current session")
_URL_REFUSED = "Failed to retrieve WSS URL"


_BOLT_LOGS = _BoltLogFilter()  # one instance: adding it again on each start is then a no-op


def build_client(slack: SlackSettings, rate_limit_retries: int = 1) -> AsyncWebClient:
    """slack-sdk reads no variable for the API base: the client carries SLACK_API_URL.

    The SDK retries a 429 at most `rate_limit_retries` times (Slack stored nothing, so a retry
    cannot duplicate) and never a lost connection: Slack may have stored the post whose reply
    was lost. Deliveries use `rate_limit_retries=0`: the outbox is their one retry policy.
    """
    if slack.bot_token is None:
        raise ConfigError("Slack is not configured:", ["SLACK_BOT_TOKEN is not set"])
    handlers: list[AsyncRetryHandler] = [
        AsyncRateLimitErrorRetryHandler(max_retry_count=rate_limit_retries)
    ]
    return AsyncWebClient(
        token=slack.bot_token.value,
        base_url=slack.api_url,
        retry_handlers=handlers if rate_limit_retries > 0 else [],
    )


def build_bolt_app(client: AsyncWebClient, signing_secret: str) -> AsyncApp:
    logger = logging.getLogger("bot.chat.slack.bolt")
    logger.addFilter(_BOLT_LOGS)
    return AsyncApp(client=client, signing_secret=signing_secret, name="stancebot", logger=logger)


def events_handler(bolt: AsyncApp) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    """HTTP mode's one handler: Slack's requests, to bolt (which checks their signature)."""

    async def handle(request: web.Request) -> web.StreamResponse:
        return await to_aiohttp_response(await bolt.async_dispatch(await to_bolt_request(request)))

    return handle


def web_routes(bolt: AsyncApp) -> list[web.RouteDef]:
    """HTTP mode's one route, for this module's own server."""
    return [web.post(EVENTS_PATH, events_handler(bolt))]


async def check_token(client: AsyncWebClient) -> str:
    """auth.test, for the workspace id: a rejected token stops the start with a clear message;
    any other failure only warns, as bolt asks again on the first request."""
    try:
        found = await client.auth_test()
    except SlackApiError as exc:
        error = str(exc.response.get("error", "")) if exc.response is not None else ""
        if error in BAD_TOKEN:
            raise ConfigError(
                "Slack rejected the bot token:", [f"SLACK_BOT_TOKEN: {error}"]
            ) from exc
        event(log, "slack.auth_test_failed", logging.WARNING, error=error or exc)
        return "?"
    except (aiohttp.ClientError, TimeoutError) as exc:
        event(log, "slack.auth_test_failed", logging.WARNING, error=exc)
        return "?"
    return str(found.get("team_id", "?"))


@dataclass(frozen=True)
class Waits:
    """Seconds the Slack adapter waits: for work in flight on stop, before asking an unreachable
    Slack again (doubling each time), and for the socket before `start` returns."""

    drain: float = DRAIN_SECONDS
    first_reconnect: float = FIRST_RECONNECT_WAIT
    connect: float = CONNECT_WAIT


@dataclass(frozen=True)
class SlackClients:
    """The Web API clients: one for the app's own requests (a 429 retried once), one for the
    outbox's deliveries (never retried by the client), and the admins' bell over the latter."""

    requests: AsyncWebClient
    sender: SlackSender
    bell: SlackAdminBell


def slack_clients(
    slack: SlackSettings, operators: Sequence[str], rate_limit_retries: int = 1
) -> SlackClients:
    sender = SlackSender(build_client(slack, rate_limit_retries=0))
    return SlackClients(
        build_client(slack, rate_limit_retries),
        sender,
        SlackAdminBell(sender, admins(slack, operators)),
    )


class SlackBot:
    """What `stancebot run` starts: `await bot.start()`, and `await bot.stop()` on the way out.

    `on_failure` is called if Socket Mode's connecting task ends with an error (slack-sdk
    retries a lost connection by itself, so this is rare); `run` may stop the whole bot on it.
    With a `listener` (what `stancebot run` passes), HTTP mode mounts its route on the bot's
    one HTTP listener; without, it serves its own at `http` (host, port).
    """

    name = "slack"

    def __init__(
        self,
        clients: SlackClients,
        settings: SlackSettings,
        desk: SlackDesk,
        *,
        http: tuple[str, int] = ("127.0.0.1", 0),
        waits: Waits = Waits(),
        on_failure: Callable[[BaseException], None] | None = None,
        listener: HttpListener | None = None,
    ) -> None:
        self._settings = settings
        self._desk = desk
        self._http = http
        self._listener = listener
        self._reconnect_wait = waits.first_reconnect
        self._connect_wait = waits.connect
        self._on_failure = on_failure
        self._drain_seconds = waits.drain
        self._in_flight = InFlight()
        self._runner: web.AppRunner | None = None
        self._socket: AsyncSocketModeHandler | None = None
        self._connecting: asyncio.Task[None] | None = None
        self._client = clients.requests
        self.sender = clients.sender
        self.mode = ""
        self._serving = False

    async def start(self) -> None:
        """Serve /huawei, the buttons and the Home tab. Raises ConfigError when a token is
        refused or HTTP mode has no signing secret."""
        slack = self._settings
        secret = slack.signing_secret.value if slack.signing_secret else ""
        if slack.app_token is None and not secret:
            raise ConfigError(
                "Slack HTTP mode needs a signing secret:",
                ["set SLACK_SIGNING_SECRET, or SLACK_APP_TOKEN for Socket Mode"],
            )
        team = await check_token(self._client)
        bolt = build_bolt_app(self._client, secret)
        roles = RoleBook(
            self._client, operators=self._desk.operators, admin_users=slack.admin_users
        )
        Listeners(self._desk, roles, SlackSender(self._client), self._in_flight).register(bolt)
        if slack.app_token is not None:
            await self._start_socket(bolt, slack.app_token.value)
        else:
            await self._start_http(bolt, *self._http)
        self._serving = True
        event(log, "slack.started", mode=self.mode, team=team)

    async def _start_http(self, bolt: AsyncApp, host: str, port: int) -> None:
        if self._listener is not None:
            self._listener.mount(EVENTS_PATH, events_handler(bolt))
            self.mode = "http"
            return
        if port == 0:
            raise ConfigError(
                "Slack HTTP mode needs the HTTP listener:",
                ["STANCEBOT_HTTP_PORT is 0 (off); set a port, or SLACK_APP_TOKEN for Socket Mode"],
            )
        server = web.Application()
        server.add_routes(web_routes(bolt))
        runner = web.AppRunner(server, access_log=None, handle_signals=False)
        await runner.setup()
        try:
            await web.TCPSite(runner, host, port).start()
        except OSError as exc:
            await runner.cleanup()
            raise StanceBotError(f"Slack HTTP mode cannot listen on {host}:{port}: {exc}") from exc
        self._runner, self.mode = runner, "http"

    async def _start_socket(self, bolt: AsyncApp, app_token: str) -> None:
        handler = AsyncSocketModeHandler(bolt, app_token)
        try:  # the first URL by hand: a rejected app token must stop the start, not loop
            await _issue_url(handler, attempt=1, retry_in=self._reconnect_wait)
        except SlackApiError as exc:
            await _close(handler)
            error = exc.response.get("error", "") if exc.response is not None else exc
            raise ConfigError(
                "Slack rejected the app token:", [f"SLACK_APP_TOKEN: {error}"]
            ) from exc
        self._socket, self.mode = handler, "socket"
        self._connecting = asyncio.create_task(
            _connect(handler, self._reconnect_wait), name="slack-socket-connect"
        )
        self._connecting.add_done_callback(self._connect_ended)
        await asyncio.wait({self._connecting}, timeout=self._connect_wait)

    def _connect_ended(self, task: asyncio.Task[None]) -> None:
        """The connecting task's edge: its failure is logged and handed to the owner."""
        failure = None if task.cancelled() else task.exception()
        if failure is None:
            return
        error = f"{type(failure).__name__}: {failure}"
        event(log, "slack.socket_failed", logging.ERROR, error=error)
        if self._on_failure is not None:
            self._on_failure(failure)

    async def connected(self) -> bool:
        """Socket Mode: the socket is open; HTTP mode: the route is served (for /readyz)."""
        if self._socket is not None:
            return bool(await self._socket.client.is_connected())
        return self.mode == "http" and self._serving

    async def stop(self) -> None:
        """Stop taking requests, then give work in flight a few seconds to finish. (Deliveries
        stopped before.)"""
        self._serving = False
        if self._listener is not None:
            self._listener.unmount(EVENTS_PATH)
        if self._connecting is not None and not self._connecting.done():
            self._connecting.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._connecting
        if self._socket is not None:
            await _close(self._socket)
        if self._runner is not None:
            await self._runner.cleanup()
        left = await self._in_flight.drain(self._drain_seconds)
        self._socket = self._runner = self._connecting = None
        event(log, "slack.stopped", mode=self.mode, unfinished=left)


def admins(slack: SlackSettings, operators: Sequence[str]) -> list[str]:
    """Who hears in private that a channel was lost: the configured admins and operators."""
    slack_operators = [o.removeprefix("slack:") for o in operators if o.startswith("slack:")]
    return [*slack.admin_users, *slack_operators]


async def _connect(handler: AsyncSocketModeHandler, first_wait: float) -> None:
    """Until Slack answers, ask for a websocket URL with a doubling wait, one log line a try;
    then slack-sdk connects (and reconnects later by itself)."""
    wait, attempt = first_wait, 1
    while handler.client.wss_uri is None:
        await asyncio.sleep(wait)
        wait, attempt = min(wait * 2, MAX_RECONNECT_WAIT), attempt + 1
        await _issue_url(handler, attempt=attempt, retry_in=wait)
    await _connect_socket(handler)


async def _issue_url(handler: AsyncSocketModeHandler, *, attempt: int, retry_in: float) -> None:
    """A websocket URL into `handler.client.wss_uri`; Slack unreachable or failing leaves it
    None with a line in the log. A refused app token raises SlackApiError."""
    try:
        handler.client.wss_uri = await handler.client.issue_new_wss_url()
    except SlackApiError as exc:
        if not transient(exc):  # a refused app token: no use asking again
            raise
        _unreachable(attempt, retry_in, classify(exc))
    except (aiohttp.ClientError, TimeoutError, OSError) as exc:
        _unreachable(attempt, retry_in, exc)


def _unreachable(attempt: int, retry_in: float, error: BaseException) -> None:
    event(
        log,
        "slack.unreachable",
        logging.WARNING,
        attempt=attempt,
        retry_in=f"{retry_in:g}s",
        error=f"{type(error).__name__}: {error}",
    )


# bolt's Socket Mode handler is not annotated; these two typed doors keep mypy strict elsewhere.
async def _connect_socket(handler: AsyncSocketModeHandler) -> None:
    await handler.connect_async()  # type: ignore[no-untyped-call]


async def _close(handler: AsyncSocketModeHandler) -> None:
    await handler.close_async()  # type: ignore[no-untyped-call]
