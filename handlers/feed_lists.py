"""Feed lists in and out as OPML: `feeds export` (a file) and `feeds import <link to a file>`.

On Discord the import takes the file itself as an attachment; the adapter passes its link.
An import is all or nothing: a document with any bad entry adds no feed, and says why.
"""

from __future__ import annotations

from bot.core.access import Role
from bot.core.errors import ImportDataError, UsageError
from bot.core.opml import OpmlFeed, dump_opml, parse_opml
from bot.core.replies import Attachment, Field, Reply, Tone
from bot.core.wording import plural
from handlers.base import Command, Request
from handlers.feeds import GLOBAL, scope_of

MAX_LISTED = 10


async def export(request: Request) -> Reply:
    tenant = scope_of(request)
    feeds = [f for f in await request.services.feeds.listed(tenant) if f.tenant == tenant]
    now = request.services.clock()
    whose = "the global feeds" if tenant == GLOBAL else "this workspace's feeds"
    document = dump_opml([OpmlFeed(f.url, f.title) for f in feeds], f"stancebot: {whose}", now)
    return Reply(
        title=f"Feeds export: {plural(len(feeds), 'feed')}",
        text=f"{whose.capitalize()} as OPML, attached: feed readers import it, and so does "
        "`/huawei feeds import`.",
        attachment=Attachment(
            document, f"stancebot-feeds-{now:%Y%m%d}.opml", f"{len(feeds)} feeds as OPML"
        ),
        tone=Tone.SUCCESS,
    )


async def import_feeds(request: Request) -> Reply:
    link = request.require_text("feeds import <link to an OPML file>").split()[0]
    document = await request.services.feeds.fetch_document(link)
    try:
        feeds = parse_opml(document)
    except ImportDataError as exc:
        raise UsageError("\n".join([exc.headline, *(f"• {p}" for p in exc.problems)])) from exc
    added, already = await request.services.feeds.import_feeds(
        tenant=scope_of(request), feeds=feeds, added_by=request.caller.user
    )
    fields = [Field(f"Added ({len(added)})", _names([f.title or f.url for f in added]))]
    if already:
        fields.append(Field(f"Already watched ({len(already)})", _names(already)))
    return Reply(
        title=f"Imported {plural(len(added), 'feed')}",
        text="Each is checked on its first poll, and its current items are stored without "
        "alerting. `/huawei feeds status` shows how they fare.",
        fields=tuple(fields),
        tone=Tone.SUCCESS if added else Tone.WARNING,
    )


def _names(names: list[str]) -> str:
    shown = "\n".join(names[:MAX_LISTED]) or "none"
    return shown + (f"\n… and {len(names) - MAX_LISTED} more" if len(names) > MAX_LISTED else "")


COMMANDS = (
    Command(
        ("feeds", "export"),
        export,
        "feeds export [global:true]",
        "this workspace's feeds as an OPML file",
        Role.ADMIN,
    ),
    Command(
        ("feeds", "import"),
        import_feeds,
        "feeds import <link to an OPML file> [global:true]",
        "watch every feed of an OPML file (Discord: attach it); all or nothing",
        Role.ADMIN,
    ),
)
