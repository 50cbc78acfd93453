"""JSON shaped as Discord sends it, for the emulator: users, the guild, members, messages."""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import discord
from aiohttp import web

JSON = dict[str, Any]
Files = list[tuple[str, bytes]]
# What the emulator's middleware read from a request, for the route handlers.
BODY: web.RequestKey[Any] = web.RequestKey("body")
FILES: web.RequestKey[Files] = web.RequestKey("files")
_ids = itertools.count(1_300_000_000_000_000_000)

EVERYONE = discord.Permissions(
    view_channel=True, send_messages=True, read_message_history=True, use_application_commands=True
)
MANAGER = discord.Permissions(EVERYONE.value | discord.Permissions(manage_channels=True).value)
# Discord sends an Administrator's permissions expanded: every bit, not only `administrator`.
ADMINISTRATOR = discord.Permissions.all()


def reply(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    """JSON with Content-Type exactly `application/json`: discord.py parses no other."""
    extra = {"Content-Type": "application/json", **(headers or {})}
    return web.Response(status=status, body=json.dumps(data).encode(), headers=extra)


def error(status: int, code: int, message: str) -> web.Response:
    return reply({"message": message, "code": code}, status)


def snowflake() -> int:
    return next(_ids)


def now() -> str:
    return datetime.now(UTC).isoformat()


@dataclass(frozen=True)
class Member:
    id: int
    name: str
    permissions: discord.Permissions = EVERYONE

    def user(self, bot: bool = False) -> JSON:
        return {
            "id": str(self.id),
            "username": self.name,
            "discriminator": "0",
            "global_name": self.name,
            "avatar": None,
            "bot": bot,
            "flags": 0,
        }

    def member(self, bot: bool = False) -> JSON:
        return {
            "user": self.user(bot),
            "roles": [],
            "nick": None,
            "avatar": None,
            "joined_at": now(),
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
            "communication_disabled_until": None,
        }


def thread(thread_id: int, parent_id: int, guild_id: int, body: JSON) -> JSON:
    """A public thread (type 11) started from a message, as Discord answers its creation."""
    return {
        **channel(thread_id, guild_id, str(body.get("name", "")), kind=11),
        "parent_id": str(parent_id),
        "owner_id": None,
        "message_count": 0,
        "member_count": 1,
        "thread_metadata": {
            "archived": False,
            "auto_archive_duration": body.get("auto_archive_duration", 1440),
            "archive_timestamp": now(),
            "locked": False,
        },
    }


def channel(channel_id: int, guild_id: int, name: str, kind: int = 0) -> JSON:
    return {
        "id": str(channel_id),
        "guild_id": str(guild_id),
        "type": kind,
        "name": name,
        "position": 0,
        "permission_overwrites": [],
        "nsfw": False,
        "topic": None,
        "parent_id": None,
        "rate_limit_per_user": 0,
        "last_message_id": None,
    }


_GUILD_DEFAULTS: JSON = {
    "name": "Emulated server",
    "icon": None,
    "emojis": [],
    "stickers": [],
    "features": [],
    "threads": [],
    "large": False,
    "unavailable": False,
    "voice_states": [],
    "presences": [],
    "stage_instances": [],
    "guild_scheduled_events": [],
    "premium_tier": 0,
    "verification_level": 0,
    "default_message_notifications": 0,
    "explicit_content_filter": 0,
    "mfa_level": 0,
    "nsfw_level": 0,
    "system_channel_flags": 0,
    "preferred_locale": "en-US",
    "afk_timeout": 300,
}


def guild(guild_id: int, owner: Member, channels: list[JSON], members: list[JSON]) -> JSON:
    everyone = {
        "id": str(guild_id),
        "name": "@everyone",
        "permissions": str(EVERYONE.value),
        "position": 0,
        "color": 0,
        "hoist": False,
        "managed": False,
        "mentionable": False,
        "flags": 0,
    }
    return _GUILD_DEFAULTS | {
        "id": str(guild_id),
        "owner_id": str(owner.id),
        "roles": [everyone],
        "channels": channels,
        "members": members,
        "member_count": len(members),
        "joined_at": now(),
    }


@dataclass(frozen=True)
class Where:
    app_id: int
    guild_id: int
    channel_id: int


def interaction(
    where: Where, interaction_id: int, token: str, *, kind: int, data: JSON, member: Member
) -> JSON:
    """INTERACTION_CREATE's payload; the member's permissions come expanded, as Discord sends."""
    channel_json = channel(where.channel_id, where.guild_id, "general")
    permissions = {"permissions": str(member.permissions.value)}
    return _INTERACTION_DEFAULTS | {
        "id": str(interaction_id),
        "application_id": str(where.app_id),
        "type": kind,
        "data": data,
        "guild_id": str(where.guild_id),
        "guild": {"id": str(where.guild_id), "locale": "en-US", "features": []},
        "channel_id": str(where.channel_id),
        "channel": channel_json | permissions,
        "member": member.member() | permissions,
        "token": token,
        "authorizing_integration_owners": {"0": str(where.guild_id)},
    }


_INTERACTION_DEFAULTS: JSON = {
    "version": 1,
    "app_permissions": str(EVERYONE.value),
    "locale": "en-GB",
    "guild_locale": "en-US",
    "entitlements": [],
    "context": 0,
    "attachment_size_limit": 10 * 1024 * 1024,
}


def application(app_id: int, owner: Member) -> JSON:
    return {
        "id": str(app_id),
        "name": "stancebot",
        "description": "",
        "icon": None,
        "bot_public": False,
        "bot_require_code_grant": False,
        "owner": owner.user(),
        "verify_key": "0" * 64,
        "flags": 0,
        "team": None,
        "summary": "",
        "rpc_origins": [],
        "interactions_endpoint_url": None,
    }


def message(
    message_id: int, channel_id: int, guild_id: int, *, author: JSON, body: JSON, flags: int = 0
) -> JSON:
    return {
        "id": str(message_id),
        "channel_id": str(channel_id),
        "guild_id": str(guild_id),
        "author": author,
        "content": body.get("content") or "",
        "timestamp": now(),
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": [],
        "mention_roles": [],
        "attachments": body.get("attachments", []),
        "embeds": body.get("embeds", []),
        "components": body.get("components", []),
        "pinned": False,
        "type": 0,
        "flags": flags,
        "nonce": body.get("nonce"),
    }


def attachments(body: JSON, files: list[tuple[str, bytes]], base: str) -> list[JSON]:
    """What Discord makes of uploaded files: an id, a size and a CDN URL each."""
    described = {str(a.get("id")): a for a in body.get("attachments", [])}
    made = []
    for index, (filename, data) in enumerate(files):
        attachment_id = snowflake()
        made.append(
            {
                "id": str(attachment_id),
                "filename": filename,
                "description": described.get(str(index), {}).get("description"),
                "size": len(data),
                "url": f"{base}/attachments/{attachment_id}/{filename}",
                "proxy_url": f"{base}/attachments/{attachment_id}/{filename}",
                "content_type": "image/png" if filename.endswith(".png") else None,
            }
        )
    return made


def size(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def embed_problems(body: JSON) -> list[str]:
    """Discord's message limits: what a 400 Invalid Form Body would complain about."""
    problems = [] if size(body.get("content") or "") <= 2000 else ["content over 2000"]
    for number, embed in enumerate(body.get("embeds") or []):
        fields = embed.get("fields", [])
        parts = [embed.get("title", ""), embed.get("description", "")]
        parts += [embed.get("footer", {}).get("text", ""), embed.get("author", {}).get("name", "")]
        parts += [f.get("name", "") + f.get("value", "") for f in fields]
        checks = {
            "title over 256": size(embed.get("title", "")) > 256,
            "description over 4096": size(embed.get("description", "")) > 4096,
            "more than 25 fields": len(fields) > 25,
            "a field name over 256": any(size(f.get("name", "")) > 256 for f in fields),
            "a field value over 1024": any(size(f.get("value", "")) > 1024 for f in fields),
            "an empty field": any(not f.get("name") or not f.get("value") for f in fields),
            "footer over 2048": size(embed.get("footer", {}).get("text", "")) > 2048,
            "embed total over 6000": sum(size(p or "") for p in parts) > 6000,
        }
        problems += [f"embed {number}: {name}" for name, failed in checks.items() if failed]
    return problems
