"""The commands of `/huawei`, declared once for the parser, the help and every platform."""

from bot.core.commands.spec import PREFIX, Choice, CommandSpec, Form, Kind, Option, Value
from bot.core.commands.table import COMMAND_TABLE, GROUPS, HELP, table_problems

__all__ = [
    "COMMAND_TABLE",
    "GROUPS",
    "HELP",
    "PREFIX",
    "Choice",
    "CommandSpec",
    "Form",
    "Kind",
    "Option",
    "Value",
    "table_problems",
]
