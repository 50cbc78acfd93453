"""Who may do what: settings first, then Slack's answers, remembered for a few minutes."""

from __future__ import annotations

from pathlib import Path

from bot.chat.slack.roles import RoleBook, Who
from bot.chat.slack.service import build_client
from bot.core.access import Role
from tests.chat.slack.emulator import TEAM, SlackEmulator
from tests.chat.slack.support import ADMIN, CHANNEL, CREATOR, MEMBER, slack_settings


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def book(tmp_path: Path, slack: SlackEmulator, clock: Clock, **lists: tuple[str, ...]) -> RoleBook:
    client = build_client(slack_settings(tmp_path, slack).slack)
    return RoleBook(
        client,
        operators=lists.get("operators", ()),
        admin_users=lists.get("admin_users", ()),
        seconds=300,
        clock=clock,
    )


async def test_each_source_of_a_role(tmp_path: Path, slack: SlackEmulator) -> None:
    slack.add_user("UOWNER", owner=True)
    roles = book(tmp_path, slack, Clock(), operators=("slack:UOP",), admin_users=("ULISTED",))

    found = {
        user: await roles.role(Who(TEAM, CHANNEL, user))
        for user in ("UOP", "ULISTED", ADMIN, "UOWNER", CREATOR, MEMBER)
    }

    assert {
        "UOP": Role.OPERATOR,
        "ULISTED": Role.ADMIN,
        ADMIN: Role.ADMIN,
        "UOWNER": Role.ADMIN,
        CREATOR: Role.MANAGER,
        MEMBER: Role.MEMBER,
    } == found


async def test_an_answer_is_remembered_until_it_expires(
    tmp_path: Path, slack: SlackEmulator
) -> None:
    clock = Clock()
    roles = book(tmp_path, slack, clock)
    await roles.role(Who(TEAM, CHANNEL, MEMBER))
    slack.add_user(MEMBER, admin=True)  # promoted in Slack meanwhile

    remembered = await roles.role(Who(TEAM, CHANNEL, MEMBER))
    clock.now += 301
    refreshed = await roles.role(Who(TEAM, CHANNEL, MEMBER))

    assert (Role.MEMBER, Role.ADMIN) == (remembered, refreshed)
    assert 2 == len(slack.calls_to("users.info"))


async def test_the_person_in_a_direct_message_manages_it(
    tmp_path: Path, slack: SlackEmulator
) -> None:
    slack.channels["DCHAT"] = {"id": "DCHAT", "is_im": True, "user": MEMBER}

    assert Role.MANAGER == await book(tmp_path, slack, Clock()).role(Who(TEAM, "DCHAT", MEMBER))


async def test_a_failed_lookup_grants_nothing_and_is_not_remembered(
    tmp_path: Path, slack: SlackEmulator
) -> None:
    roles = book(tmp_path, slack, Clock())
    slack.fail("users.info", "missing_scope")
    slack.fail(CHANNEL, "channel_not_found")

    first = await roles.role(Who(TEAM, CHANNEL, ADMIN))
    second = await roles.role(Who(TEAM, CHANNEL, ADMIN))

    assert (Role.MEMBER, Role.ADMIN) == (first, second)
