"""Feed lists in and out as OPML: `feeds export` (a file) and `feeds import <link to a file>`.

On Discord the import takes the file itself as an attachment; the adapter passes its link.
An import is all or nothing: a document with any bad entry adds no feed, and says why.
"""

from __future__ import annotations

from bot.core.errors import ImportDataError, UsageError
from bot.core.opml import OpmlFeed, dump_opml, parse_opml
from bot.core.replies import Attachment, Field, Reply, Tone
from handlers.base import Handlers, Request
from handlers.feeds import GLOBAL, scope_of

MAX_LISTED = 10


async def export(request: Request) -> Reply:
    tenant = scope_of(request)
    feeds = [f for f in await request.services.feeds.listed(tenant) if f.tenant == tenant]
    now = request.services.clock()
    whose = "export.global" if tenant == GLOBAL else "export.tenant"
    title = f"stancebot: {request.say(whose)}"
    document = dump_opml([OpmlFeed(f.url, f.title) for f in feeds], title, now)
    return Reply(
        title=request.say("export.title", len(feeds)),
        text=request.say(f"{whose}.text"),
        attachment=Attachment(
            document,
            f"stancebot-feeds-{now:%Y%m%d}.opml",
            request.say("export.description", len(feeds)),
        ),
        tone=Tone.SUCCESS,
    )


async def import_feeds(request: Request) -> Reply:
    link = request.require_text().split()[0]
    document = await request.services.feeds.fetch_document(link)
    try:
        feeds = parse_opml(document)
    except ImportDataError as exc:
        raise UsageError("\n".join([exc.headline, *(f"• {p}" for p in exc.problems)])) from exc
    added, already = await request.services.feeds.import_feeds(
        tenant=scope_of(request), feeds=feeds, added_by=request.caller.user
    )
    added_names = _names(request, [f.title or f.url for f in added])
    fields = [Field(request.say("import.added", count=len(added)), added_names)]
    if already:
        already_names = _names(request, already)
        fields.append(Field(request.say("import.already", count=len(already)), already_names))
    return Reply(
        title=request.say("import.title", len(added)),
        text=request.say("import.text"),
        fields=tuple(fields),
        tone=Tone.SUCCESS if added else Tone.WARNING,
    )


def _names(request: Request, names: list[str]) -> str:
    shown = "\n".join(names[:MAX_LISTED]) or request.say("keywords.none")
    if len(names) <= MAX_LISTED:
        return shown
    return shown + "\n" + request.say("digest.more", count=len(names) - MAX_LISTED)


HANDLERS: Handlers = {
    ("feeds", "export"): export,
    ("feeds", "import"): import_feeds,
}
