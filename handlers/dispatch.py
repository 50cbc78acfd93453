"""Turns `/huawei <subcommand> <args>` text into a handler call and its Reply."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace

from bot.core.access import Caller
from bot.core.catalogue import ENGLISH_CODE, Phrase, refusal
from bot.core.commands import COMMAND_TABLE
from bot.core.commands.parse import arguments, tokens, words
from bot.core.errors import CommandError, PermissionDeniedError, UnknownCountryError
from bot.core.replies import Reply, error_reply
from bot.core.subscriptions import Channel
from bot.logs import event
from handlers.base import Command, Request, Services, usage_key
from handlers.guidance import closest, not_found
from handlers.registry import all_handlers, bind

log = logging.getLogger(__name__)


class Dispatcher:
    def __init__(self, services: Services, commands: Sequence[Command]) -> None:
        self.services = services
        self.commands = tuple(commands)
        self._by_path = {command.path: command for command in self.commands}

    def find(self, words: Sequence[str]) -> Command | None:
        for length in (2, 1):
            command = self._by_path.get(tuple(w.casefold() for w in words[:length]))
            if command is not None:
                return command
        return None

    async def handle(self, text: str, caller: Caller) -> Reply:
        """The reply, in the language of the caller's channel (its adapter's words too)."""
        language = await self._language(caller)
        return replace(await self._answer(text, caller, language), language=language)

    async def _answer(self, text: str, caller: Caller, language: str) -> Reply:
        found = tokens(text)
        command = self.find(words(found))
        if command is None:
            return not_found(self.commands, words(found), caller.role, language)
        given = arguments(command.spec, found)
        request = Request(caller, self.services, given.args, given.options, language, command.path)
        try:
            caller.require(command.role)
            if given.unknown:
                raise unknown_option(command, given.unknown[0])
            return await command.handler(request)
        except UnknownCountryError as exc:
            title = request.say("error.unknown_country.title")
            return error_reply(self._unknown_country(request, exc), title=title)
        except CommandError as exc:
            event(log, "command.refused", command=command.name, user=caller.user, reason=exc)
            return error_reply(refused(request, exc), title=request.say("reply.sorry"))

    def _unknown_country(self, request: Request, exc: UnknownCountryError) -> str:
        """ "No country matches …", and the close names in the channel's language."""
        names = [self.services.countries.get(code).name_in(request.language) for code in exc.codes]
        text = request.say("error.unknown_country", query=exc.query)
        if names:
            text += request.say("error.did_you_mean", suggestions=", ".join(names))
        return text

    async def _language(self, caller: Caller) -> str:
        """The language the caller's channel chose (English where it chose none)."""
        channel = Channel(caller.platform, caller.tenant, caller.channel)
        subscription = await self.services.subscriptions.for_channel(channel)
        return subscription.look.language if subscription else ENGLISH_CODE


def unknown_option(command: Command, name: str) -> CommandError:
    """`publc:true` on `/huawei country`: the option meant, or the command's usage."""
    usage = Phrase(usage_key(command.path))
    meant = closest(name, sorted(command.spec.option_names))
    if meant is not None:
        return refusal(
            "error.unknown_option.meant",
            command=command.name,
            option=name,
            meant=meant,
            usage=usage,
        )
    return refusal("error.unknown_option", command=command.name, option=name, usage=usage)


def refused(request: Request, exc: CommandError) -> str:
    """Why a command was refused, in the channel's language where the catalogue has it."""
    if isinstance(exc, PermissionDeniedError):
        needed, have = (request.say(f"role.{role}") for role in (exc.needed, exc.have))
        return request.say("error.not_allowed", needed=needed, have=have)
    if exc.key is not None:
        return request.say(exc.key, **exc.values)
    return str(exc)


def all_commands() -> tuple[Command, ...]:
    """The command table's commands, each with its handler."""
    return bind(COMMAND_TABLE, all_handlers())
