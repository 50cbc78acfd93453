"""English: the admin and operator commands' replies, and the rarer errors."""

from __future__ import annotations

from bot.core.catalogue.kinds import Messages

ENGLISH_ADMIN: Messages = {
    "time.never": "never",
    # keywords
    "keywords.title": "Watched keywords ({count})",
    "keywords.own": "This workspace's own list.",
    "keywords.defaults": "The defaults: not changed here yet.",
    "keywords.recent": "Recent changes",
    "keywords.footer": "/huawei keywords add|remove <term…> · /huawei keywords test <text>",
    "keywords.added": "Added {terms}.",
    "keywords.already": "Already watched: {terms}.",
    "keywords.now_own": "This workspace used the defaults: they are now its own list, plus these.",
    "keywords.removed": "Removed {terms}.",
    "keywords.missing": "Not in the list: {terms}.",
    "keywords.defaults_again": "No keyword is left, so the defaults apply again.",
    "keywords.updated": "Keywords updated",
    "keywords.unchanged": "Keywords unchanged",
    "keywords.watched": "Watched now ({count})",
    "keywords.only_exclusions": (
        "With no keyword, only the exclusions filter: every other relevant item passes."
    ),
    "keywords.none": "none",
    "keywords.log.add": "{at} · added `{term}` by {who}",
    "keywords.log.remove": "{at} · removed `{term}` by {who}",
    "keywords.test.excluded": (
        "An exclusion matches: items like this would not reach this workspace."
    ),
    "keywords.test.passes": (
        "Items like this reach channels whose subscription wants the country and kind."
    ),
    "keywords.test.unmatched": (
        "No keyword matches: items like this would not reach this workspace."
    ),
    "keywords.test.kept_out": (
        "The workspace's keywords match, but this channel's filter keeps it out."
    ),
    "keywords.test.matched": "Keywords matched",
    "keywords.test.exclusions": "Exclusions matched",
    "keywords.test.channel": "This channel's filter",
    "keywords.test.pass": "Passes",
    "keywords.test.fail": "Filtered out",
    "keywords.test.own": "Tested against this workspace’s own list.",
    "keywords.test.defaults": "Tested against the default keywords.",
    "keywords.channel.matched": "matched {terms}",
    "keywords.channel.excluded": "excluded by {terms}",
    "keywords.channel.nothing": "none of its terms matched",
    "keywords.channel.passes": "passes: {found}",
    "keywords.channel.out": "filtered out: {found}",
    # feeds
    "feed.cannot_add": "Cannot add {url}: {reason}.",
    "feed.cannot_fetch": "Cannot fetch {url}: {reason}.",
    "feed.already": "{url} is already watched here.",
    "feed.gone": "Feed {id} was removed meanwhile.",
    "feed.unknown": "No feed “{ref}” here: see `/huawei feeds list` for ids.",
    "feed.global": (
        "Feed {ref} is a global feed, polled for every workspace and server: only a bot "
        "operator may change it, with `/huawei feeds remove {ref} global:true` (or `enable`). "
        "Your own feeds are the ones `/huawei feeds list` shows without “(global)”."
    ),
    "feed.reason.blocked_address": (
        "it points at a private or local address, which stancebot never fetches"
    ),
    "feed.reason.blocked_scheme": "only http:// and https:// feeds can be added from chat",
    "feed.reason.timeout": "the server did not answer in time",
    "feed.reason.too_large": "the document is larger than the size limit",
    "feed.reason.not_a_feed": "the page is not an RSS or Atom feed",
    "feed.reason.empty": "the server sent an empty document",
    "feed.reason.malformed": "the document is not well-formed XML",
    "feed.reason.unsafe_xml": "the document declares XML entities, which stancebot refuses",
    "feed.reason.redirect_loop": "its redirects go round in a loop",
    "feed.reason.too_many_redirects": "it redirects too many times",
    "feed.reason.dns": "its host name does not resolve",
    "feed.reason.connect_failed": "the server refused the connection",
    "feed.reason.http": "the server answered HTTP {status}",
    "feed.reason.other": "{error}",
    "feeds.added": "Now watching {name}",
    "feeds.added.text": {
        "one": "{count} item found. Its current items are stored as seen without alerting; new "
        "ones will be analysed.",
        "other": "{count} items found. Its current items are stored as seen without alerting; "
        "new ones will be analysed.",
    },
    "feeds.every": "Polled every {every}.",
    "feeds.every.default": "Polled at the default interval.",
    "feeds.id": "Feed id",
    "feeds.removed": "Stopped watching {name}",
    "feeds.enabled": "Polling {name} again",
    "feeds.next": "Next poll {at}.",
    "feeds.none": "No feeds",
    "feeds.none.text": "Add one with `/huawei feeds add <url>`.",
    "feeds.title": "Feeds: {count}",
    "feeds.global": " (global)",
    "feeds.status": "Feed status",
    "feeds.status.none": "No feeds.",
    "feeds.last_success": "last success {at}",
    "feeds.next_poll": "next poll {at}",
    "feeds.failures": {"one": "{count} failure in a row", "other": "{count} failures in a row"},
    "feeds.last_error": "last error: {error}",
    "health.ok": {"one": "{count} ok", "other": "{count} ok"},
    "health.new": {"one": "{count} new", "other": "{count} new"},
    "health.failing": {"one": "{count} failing", "other": "{count} failing"},
    "health.disabled": {"one": "{count} disabled", "other": "{count} disabled"},
    "health.ok.state": "ok",
    "health.new.state": "new",
    "health.failing.state": "failing",
    "health.disabled.state": "disabled",
    # feeds export, feeds import
    "export.global": "the global feeds",
    "export.tenant": "this workspace's feeds",
    "export.global.text": (
        "The global feeds as OPML, attached: feed readers import it, and so does "
        "`/huawei feeds import`."
    ),
    "export.tenant.text": (
        "This workspace's feeds as OPML, attached: feed readers import it, and so does "
        "`/huawei feeds import`."
    ),
    "export.title": {"one": "Feeds export: {count} feed", "other": "Feeds export: {count} feeds"},
    "export.description": {"one": "{count} feed as OPML", "other": "{count} feeds as OPML"},
    "import.added": "Added ({count})",
    "import.already": "Already watched ({count})",
    "import.title": {"one": "Imported {count} feed", "other": "Imported {count} feeds"},
    "import.text": (
        "Each is checked on its first poll, and its current items are stored without "
        "alerting. `/huawei feeds status` shows how they fare."
    ),
    # stance pending, confirm, reject, set
    "stance.pending.none": "No stance changes await a decision",
    "stance.pending.title": "Awaiting a decision: {count}",
    "stance.pending.footer": "/huawei stance confirm <event> · /huawei stance reject <event>",
    "stance.confidence": "confidence {confidence}",
    "stance.confirmed": "Confirmed: {event}",
    "stance.rejected": "Rejected: {event}",
    "stance.rejected.text": "The record is unchanged.",
    "stance.outcome.current": "The record now says {stance} since {since}.",
    "stance.outcome.says": "{stance} since {since}",
    "stance.outcome.unchanged": "unchanged",
    "stance.outcome.history": (
        "Added to the history on {on}, in its place: the record is newer and still says {says}."
    ),
    "stance.queued": {
        "one": "Alerts queued for {count} channel.",
        "other": "Alerts queued for {count} channels.",
    },
    "stance.not_a_stance": "“{word}” is not a stance: {stances}.",
    "stance.not_a_url": "“{url}” is not a source URL. Usage: {usage}",
    "stance.date": "“date:{given}” is not a date like date:2020-07-14.",
    "stance.future": "{on} is in the future: a stance takes effect when decided.",
    "stance.no_event": "No event #{id}. See `/huawei stance pending`.",
    "stance.decided": "Event #{id} is not awaiting a decision (it is {status}).",
    "event.mention": "mention",
    "event.status.info": "for information",
    "event.status.pending": "pending",
    "event.status.applied": "applied",
    "event.status.confirmed": "confirmed",
    "event.status.rejected": "rejected",
    "error.id": "“{word}” is not {what}: {hint}",
    "error.id.range": "“{word}” is out of range for {what}: {hint}",
    "id.event": "an event number",
    "id.event.hint": "see `/huawei stance pending`.",
    "id.mute": "a mute id",
    "id.mute.hint": "use `unmute <id>` or `unmute all`.",
    # status
    "status.feeds": "Feeds",
    "status.last_poll": "Last poll",
    "status.next_poll": "Next poll",
    "status.deliveries": "Deliveries",
    "status.awaiting": "Awaiting confirmation",
    "status.uptime": "Uptime",
    "status.healthy": "All feeds healthy.",
    "status.attention": {
        "one": "{count} feed needs attention: see `/huawei feeds status`.",
        "other": "{count} feeds need attention: see `/huawei feeds status`.",
    },
    "delivery.pending": {"one": "{count} pending", "other": "{count} pending"},
    "delivery.held": {"one": "{count} held", "other": "{count} held"},
    "delivery.digest": {"one": "{count} digest", "other": "{count} digest"},
    "delivery.failed": {"one": "{count} failed", "other": "{count} failed"},
    "delivery.dead": {"one": "{count} dead", "other": "{count} dead"},
    # why
    "why.not_a_link": (
        "`why` wants the link of a news item, such as `/huawei why https://…`; “{text}” is not "
        "a link."
    ),
    "why.unseen": "Not seen",
    "why.unseen.text": (
        "No feed has carried {url}. Operators can test any page's text with "
        "`stancebot analyze --explain <file or url>`."
    ),
    "why.title": "Why: {title}",
    "why.seen": "Seen",
    "why.item": "Item #{id}: {status}.",
    "why.item.new": "waiting to be analysed",
    "why.item.primed": "seen on its feed's first poll: stored without alerting (no flood)",
    "why.item.old": "older than the alert age limit: stored without alerting",
    "why.item.analysed": "analysed",
    "why.published": "Published {at}{estimated} by {outlet}.",
    "why.estimated": " (date missing: the fetch time stands in)",
    "why.unknown_outlet": "an unknown outlet",
    "why.analysis": "Analysis",
    "why.keywords": "This workspace's keywords",
    "why.nothing": "nothing",
    "why.matched": "matched {terms}",
    "why.excluded": "; excluded by {terms}",
    "why.passes": "It passes: {detail}.",
    "why.fails": "It does not pass: {detail}.",
    "why.comparison": "Compared with the record",
    "why.comparison.none": "No country to compare.",
    "why.compared": "{country}: signals {signal}, the record said {then} → {kind}",
    "why.no_stance": "no stance",
    "why.events": "Events",
    "why.events.none": "It joined no event.",
    "why.event": "Event #{id} ({country})",
    "why.unrouted": (
        "No subscription here wants {country} {kind} alerts (or this workspace's keywords did "
        "not match)."
    ),
    "why.delivery.pending": "waiting to be sent",
    "why.delivery.sent": "sent",
    "why.delivery.failed": "failed after every retry",
    "why.delivery.dead": "not sent: the channel is gone",
    "why.delivery.held": "held",
    "why.delivery.digest": "moved to the next digest",
    "why.edited": ", then edited to say {status}",
    # Rarer errors
    "error.no_record": "No record is stored for {place} yet.",
    "reply.test.mentions": "It mentions {who}, as alerts here do.",
    "error.pause.none": "This channel has no subscription to pause.",
    "error.resume.none": "This channel has no subscription to resume.",
    "error.threads": "Usage: `/huawei threads on` or `/huawei threads off`.",
    "error.style": "“{text}” is not a style: use `/huawei {usage}`.",
    "error.language": "“{text}” is not a language the bot speaks: use `/huawei {usage}`.",
    "example.mute": "mute <countries|all> <duration> [reason], e.g. `mute de,fr 2h elections`",
    "example.quiet": (
        "quiet <HH:MM-HH:MM|off> [tz:Area/City], e.g. `quiet 22:00-07:00 tz:Europe/Berlin` "
        "(the channel's time zone; UTC until set)"
    ),
    "error.mute.order": (
        "Name the countries before the duration, e.g. `mute {place} {duration}`, or "
        "`mute all {duration}` for every country."
    ),
    "error.mute.reason": "Keep the reason under {limit} characters.",
    "error.mute.forever": (
        "A mute always ends: give a duration from {minimum} to {maximum}, e.g. 2h or 7d. To stop "
        "alerts, use `/huawei unsubscribe`."
    ),
    "error.zone.no_subscription": (
        "A time zone belongs to the channel's subscription: `/huawei subscribe` first (quiet "
        "hours matter only to a subscribed channel)."
    ),
    "error.map.country": (
        "“{name}” is a country, not a group: try `history {name} chart:true` for its timeline. "
        "Groups: {groups}."
    ),
    "error.map.group": "No group matches “{name}”. Groups: {groups}.",
    "error.map.empty": "The group {group} has no members to show.",
    "error.all_and_names": (
        "“{word}” means every country and cannot be combined with named ones: name the "
        "countries, or use “{word}” alone."
    ),
    "error.levels": "Choose one level: change, reaffirm or mention.",
    "error.post.terminal": (
        "Alerts cannot be posted from here: the terminal prints them only while `stancebot run` "
        "is running."
    ),
    "error.post.refused": (
        "stancebot may not post in this channel, so alerts would not arrive either ({error}). "
        "Invite the bot, or give it View Channel, Send Messages and Embed Links here."
    ),
    "error.post.failed": "The sample alert could not be posted: {error}. Try again.",
    "error.keyword.syntax": (
        'Invalid keyword {term}: use a word, a "quoted phrase", or -exclusion.'
    ),
    "error.keyword.empty": "Invalid keyword {term}: it needs at least one letter or digit.",
    "error.keyword.long": "Invalid keyword {term}: at most {limit} characters.",
    # An adapter's own words around a long reply: its pages, a field continued
    "render.continued": "{name} (continued)",
    "render.page": "page {number} of {total}",
    "render.sources": "Sources",
    "render.more": "…and {count} more",
    "render.hidden": "… and {count} more not shown here.",
    "render.previous": "Previous",
    "render.next": "Next",
    # map and history charts, subscriptions all:true
    "map.title": "Huawei 5G stances{where} · {day}",
    "map.text": "{places}{where}, counted by stance.",
    "map.footer": "Try: map eu · map asean · list banned · history <country> chart:true",
    "map.unavailable": "{error} Here it is as text.",
    "subscriptions.start": (
        "A channel manager can start one, e.g. `/huawei subscribe eu` or `/huawei subscribe "
        "de,fr reaffirm`."
    ),
    "subscriptions.none": "No channel in this workspace is subscribed",
    "subscriptions.first": " (the first {count} shown)",
    "subscriptions.title": "Subscriptions in this workspace: {count}",
    "subscriptions.text": "{active} active, {disabled} disabled{shown}.",
    "subscriptions.here": " (this channel)",
    "subscriptions.no_reason": "no reason recorded",
    "subscriptions.disabled": "⛔ disabled: {reason}",
    "subscriptions.line": "{wants}, digest {digest}",
    # The pictures: the map's and the timeline's words and their alt text
    "picture.map.title": "Huawei 5G stances",
    "picture.map.group": {"one": "{group} · {count} member", "other": "{group} · {count} members"},
    "picture.map.world": {
        "one": "World · {count} country or bloc",
        "other": "World · {count} countries and blocs",
    },
    "picture.map.all_drawn": "Every country counted above is drawn.",
    "picture.map.not_drawn": "Counted above but not drawn on this map: {codes}.",
    "picture.map.many_not_drawn": (
        "Counts include all {total}; {count} are not drawn on this map (mostly small islands, "
        "and blocs such as the EU)."
    ),
    "picture.map.all_known": "Every country has a researched, sourced stance.",
    "picture.map.unknown": (
        "Unknown (grey), {count}: no public position found, or the evidence conflicts; most are "
        "small territories."
    ),
    "picture.map.the_world": "the world",
    "picture.map.alt_missing": "; {count} not drawn",
    "picture.map.alt": "Map of Huawei 5G stances in {where} on {day}: {counts}{missing}.",
    "picture.timeline.title": "{place}: Huawei 5G stance over time",
    "picture.timeline.now_since": "Now {stance} since {since}",
    "picture.timeline.now": "Now {stance}",
    "picture.timeline.changes": {
        "one": "{count} change on record",
        "other": "{count} changes on record",
    },
    "picture.timeline.as_of": "as of {day}",
    "picture.timeline.none": "No changes on record.",
    "picture.timeline.none.inline": "no changes on record",
    "picture.timeline.earlier": {
        "one": "{count} earlier change not listed here.",
        "other": "{count} earlier changes not listed here.",
    },
    "picture.timeline.no_source": "No source recorded.",
    "picture.timeline.sources": "Sources: {sources}",
    "picture.timeline.step": "{stance} from {day}",
    "picture.timeline.alt_now": "{stance} as of {day}",
    "picture.timeline.alt": "Timeline of {place}'s Huawei 5G stance: {told}; {now}.",
    "picture.timeline.then": "; ",
}
