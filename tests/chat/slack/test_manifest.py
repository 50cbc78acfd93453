"""The app manifest asks for what the adapter uses (read as text: PyYAML is no dependency)."""

from __future__ import annotations

from bot.chat.slack.listeners import COMMAND
from bot.settings import PROJECT_CONFIG

MANIFEST = (PROJECT_CONFIG.parent / "slack-manifest.yaml").read_text("utf-8")


def test_the_manifest_declares_the_command_socket_mode_and_home_tab() -> None:
    lines = {line.split("#")[0].strip() for line in MANIFEST.splitlines()}

    wanted = {
        f"- command: {COMMAND}",
        "should_escape: false",
        "socket_mode_enabled: true",
        "home_tab_enabled: true",
        "- app_home_opened",
        "is_enabled: true",
    }
    assert set() == wanted - lines


def test_the_manifest_grants_every_scope_the_adapter_calls_for() -> None:
    scopes = {
        "commands",
        "chat:write",
        "chat:write.public",
        "users:read",
        "channels:read",
        "groups:read",
        "im:read",
        "im:write",
        "files:write",
        "channels:history",
        "groups:history",
    }
    listed = {line.split("#")[0].strip().removeprefix("- ") for line in MANIFEST.splitlines()}
    assert set() == scopes - listed
