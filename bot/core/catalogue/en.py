"""English: every key, and the fallback of every other language."""

from __future__ import annotations

from bot.core.catalogue.en_admin import ENGLISH_ADMIN
from bot.core.catalogue.en_help import ENGLISH_HELP
from bot.core.catalogue.kinds import Messages

ENGLISH: Messages = {
    # Stances: as a label, and inside a sentence ("still restricted").
    "stance.banned": "Banned",
    "stance.banned.inline": "banned",
    "stance.restricted": "Restricted",
    "stance.restricted.inline": "restricted",
    "stance.under_review": "Under review",
    "stance.under_review.inline": "under review",
    "stance.allowed": "Allowed",
    "stance.allowed.inline": "allowed",
    "stance.partnered": "Partnered",
    "stance.partnered.inline": "partnered",
    "stance.unknown": "Unknown",
    "stance.unknown.inline": "unknown",
    "stance.banned.meaning": "excluded from 5G by law or regulation, or removal ordered",
    "stance.restricted.meaning": (
        "partly excluded: from the core or sensitive sites, capped, or vetted out"
    ),
    "stance.under_review.meaning": "a decision is publicly pending",
    "stance.allowed.meaning": "no restriction decided; operators may buy Huawei",
    "stance.partnered.meaning": "the government or main operators actively build 5G with Huawei",
    "stance.unknown.meaning": "no public position on record",
    "card.since": "Since",
    "card.set_by": "Set by",
    "card.reviewed": "Reviewed",
    "card.reviewed_by": "{date} by {who}",
    "card.an_operator": "an operator",
    "card.last_changes": "Last changes",
    "origin.seed": "the bundled record",
    "origin.news": "the news",
    "origin.operator": "an operator",
    "card.showing": "Showing {place}: no country is called “{query}”.",
    "change.was": " (was {stance})",
    "history.title": "{place}: history",
    "history.none": "No changes on record: the stance is {stance}.",
    "recent.title": "Recent stance changes",
    "recent.record": "Record changes",
    "recent.none": "None yet.",
    # Alerts
    "alert.title.change": "{place}: {old} → {new}",
    "alert.title.reaffirm": "{place}: still {stance}",
    "alert.title.mention": "{place} in the Huawei news",
    "alert.kind.change": "Stance change",
    "alert.kind.reaffirm": "Stance reaffirmed",
    "alert.kind.mention": "In the news",
    "alert.note.pending": "Unconfirmed: an operator may confirm or reject it.",
    "alert.note.applied": "Applied to the record (several sources agree).",
    "alert.note.confirmed": "Confirmed by an operator.",
    "alert.note.rejected": "Rejected by an operator.",
    "alert.state.info": "For information",
    "alert.state.pending": "Unconfirmed",
    "alert.state.applied": "Applied (several confident sources)",
    "alert.state.confirmed": "Confirmed by an operator",
    "alert.state.rejected": "Rejected by an operator",
    "alert.operators": (
        "Unconfirmed. Operators: /huawei stance confirm {event} or /huawei stance reject {event}"
    ),
    "alert.decision": (
        "Unconfirmed: operators may confirm or reject it; channel managers may mute {place} "
        "here for 24 hours."
    ),
    "alert.field.kind": "Kind",
    "alert.field.stance": "Stance",
    "alert.field.confidence": "Confidence",
    "alert.field.outlets": "Outlets",
    "alert.field.reported_by": "Reported by",
    "alert.field.status": "Status",
    "alert.field.also": "Also reported",
    "alert.also_by": "Also reported by",
    "alert.outlets": {"one": "{count} outlet", "other": "{count} outlets"},
    "alert.sources": {"one": "{count} source", "other": "{count} sources"},
    "alert.event": "Event #{event}",
    "alert.event.inline": "event #{event}",
    "alert.read": "Read: {outlet}",
    "alert.evidence": "Evidence: {text}",
    "alert.confidence": "Confidence {confidence}",
    "alert.compact.confidence": "confidence {percent}%",
    "alert.button.confirm": "Confirm",
    "alert.button.reject": "Reject",
    "alert.button.mute": "Mute 24 h",
    "alert.reject.title": "Reject this change?",
    "alert.reject.text": "The record stays as it is and the event is closed.",
    "alert.reject.keep": "Keep it open",
    "sample.headline": (
        "Sample alert from /huawei test: {place} is still {stance} on the record. "
        "Nothing has changed."
    ),
    # Digests
    "digest.daily": "Daily digest",
    "digest.weekly": "Weekly digest",
    "digest.catch_up": "Catch-up",
    "digest.title": {
        "one": "{label}: {count} stance change",
        "other": "{label}: {count} stance changes",
    },
    "digest.others": {
        "one": "{count} other event (reaffirmations and mentions) in this period.",
        "other": "{count} other events (reaffirmations and mentions) in this period.",
    },
    "digest.decided": "Stance changes",
    "digest.reported": "Reported, awaiting confirmation",
    "digest.capped": "Held back by the hourly alert limit",
    "digest.more": "… and {count} more",
    "digest.line.change": "{place} {old} → {new}{headline}",
    "digest.line.reaffirm": "{place} still {stance}{headline}",
    "digest.line.mention": "{place} in the news{headline}",
    "date.months": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    # Feed notices
    "notice.title": "Feed problem",
    "notice.disabled": {
        "one": "Feed “{name}” was disabled after {count} failure in a row (last error: "
        "{error}). Check it, then `/huawei feeds enable {feed}`.",
        "other": "Feed “{name}” was disabled after {count} failures in a row (last error: "
        "{error}). Check it, then `/huawei feeds enable {feed}`.",
    },
    "notice.failing": "Feed “{name}” has been failing for over a day (last error: {error}).",
    # A channel's settings, as `subscriptions`, `subscribe`, `style` and `language` show them
    "setting.countries": "Countries",
    "setting.alerts": "Alerts",
    "setting.digest": "Digest",
    "setting.tz": "Time zone",
    "setting.filter": "Filter",
    "setting.paused": "Paused",
    "setting.paused_since": "since {since}: `/huawei resume`",
    "setting.disabled": "⛔ Disabled",
    "setting.style": "Style",
    "setting.language": "Language",
    "setting.mention": "Mention",
    "setting.threads": "Threads",
    "setting.threads.on": "on: new sources of an event also go to its alert's thread",
    "mention.role": "the role {id}",
    "mention.group": "the user group {id}",
    "mention.user": "the user {id}",
    "mention.none": "nobody",
    "setting.every_country": "every country",
    "setting.more": "and {count} more",
    "setting.changed": "Changed",
    "setting.unchanged": "Nothing: it was already so.",
    "setting.change_line": "{setting}: {before} → {after}",
    "reply.subscribed.again": " It had been disabled ({reason}); it is active again.",
    "reply.subscribed.footer": (
        "Change it: /huawei subscribe … · stop: /huawei unsubscribe · silence: /huawei mute"
    ),
    "setting.silences": "Silences",
    "setting.mutes": {
        "one": "{count} active mute (`/huawei mutes`)",
        "other": "{count} active mutes (`/huawei mutes`)",
    },
    "setting.quiet": "quiet hours {window} {zone}",
    "level.change": "stance changes",
    "level.reaffirm": "stance changes and reaffirmations",
    "level.mention": "stance changes, reaffirmations and mentions",
    "digest.off": "off",
    "digest.every_day": "daily",
    "digest.every_week": "weekly",
    "style.full": "full",
    "style.compact": "compact",
    "style.full.about": "the whole story: headline, quote, stance, confidence and sources",
    "style.compact.about": "one line: flag and country, old → new stance, headline, confidence",
    # Replies
    "reply.sorry": "Sorry",
    "reply.no_subscription": (
        "This channel has no subscription yet: `/huawei subscribe` starts one."
    ),
    "reply.style.title": "Alerts here are now {style}",
    "reply.style.same": "Alerts here are already {style}",
    "reply.style.text": "{about}. `/huawei test` shows one.",
    "reply.language.title": "This channel now reads {language}",
    "reply.language.same": "This channel already reads {language}",
    "reply.language.text": (
        "Alerts, digests, feed notices and replies here are written in it; country names too."
    ),
    "reply.subscription.title": "This channel's subscription",
    "reply.wants": "{level} about {countries}",
    "reply.subscription.text": "Alerts for {wants}.",
    "reply.subscribed.title": "Subscribed",
    "reply.subscribed.updated": "Updated this channel's subscription",
    "reply.subscribed.text": "This channel will now get alerts for {wants}.",
    "reply.subscription.none": "This channel has no subscription.",
    "reply.test.title": "Sample alert posted",
    "reply.test.text": (
        "A sample alert about {place} is in this channel, as real alerts will look. {state}"
    ),
    "reply.test.active": "Its subscription is active.",
    "reply.test.paused": "Its subscription is paused: `/huawei resume` turns alerts back on.",
    "reply.pause.title": "Paused this channel's alerts",
    "reply.pause.text": (
        "No alerts come here until `/huawei resume`; alerts in between are not kept "
        "(a mute keeps them: `/huawei mute`). The subscription's settings stay as they are."
    ),
    "reply.pause.since": "Paused since",
    "reply.pause.already": "Already paused",
    "reply.pause.already_text": "Paused since {since}. `/huawei resume` turns it on.",
    "reply.resume.title": "Resumed this channel's alerts",
    "reply.resume.text": "Alerts come here again; it was paused since {since}.",
    "reply.resume.not_paused": "Not paused",
    "reply.resume.on": "This channel's alerts are on.",
    "reply.list.title": "{stance}{where}: {count}",
    "reply.list.where": " in {groups}",
    "reply.list.none": "No country{where} is {stance}.",
    "reply.list.since": "since {date}",
    "reply.list.overview": "Huawei 5G stances{where}",
    "reply.list.unknown": {
        "one": "{places}; {count} with no public position on record.",
        "other": "{places}; {count} with no public position on record.",
    },
    "places.countries": {"one": "{count} country", "other": "{count} countries"},
    "places.eu": "the EU",
    "places.aq": "Antarctica",
    "places.and": "{first} and {second}",
    "places.list": "{first}, {second}",
    # unsubscribe, mute, mutes, unmute, quiet, filter, threads
    "reply.unsubscribe.none": "This channel has no subscription",
    "reply.unsubscribed.title": "Unsubscribed",
    "reply.unsubscribed.text": (
        "This channel will get no more alerts; those not yet delivered are dropped."
    ),
    "reply.removed.title": "Removed {countries}",
    "reply.removed.last": (
        "That was the last country, so the subscription is removed: no more alerts here."
    ),
    "reply.removed.text": "This channel now gets alerts for {wants}.",
    "error.unsubscribe.every": (
        "This channel gets alerts about every country, so there is no list to take {countries} "
        "from. Subscribe to the countries you want instead (e.g. `/huawei subscribe de,fr`), or "
        "`/huawei unsubscribe` to stop all."
    ),
    "error.unsubscribe.absent": "{countries}: not in this channel's subscription ({current}).",
    "reply.mute.title": "Muted {countries} for {length}",
    "reply.mute.text": (
        "Until {until}. Alerts it covers are held, not lost: they arrive when it ends. End it "
        "early with `/huawei unmute {id}`."
    ),
    "reply.mute.field": "Mute",
    "reply.mute.reason": "Reason",
    "reply.mutes.none": "No active mutes in this channel",
    "reply.mutes.title": "Active mutes: {count}",
    "reply.mutes.line": "`#{id}` {countries} until {until} ({left} left) · by {who}{why}",
    "reply.mutes.quiet": "Quiet hours",
    "reply.mutes.daily": "{window} daily",
    "reply.mutes.held": "Held alerts ({count})",
    "reply.unmute.nothing": "Nothing to unmute: this channel has no active mute",
    "reply.unmute.all": {
        "one": "Unmuted: {count} mute ended",
        "other": "Unmuted: {count} mutes ended",
    },
    "reply.unmute.one": "Unmuted #{id} ({countries})",
    "reply.unmute.text": "Alerts held by it are released.",
    "error.unmute.absent": "This channel has no active mute #{id}: `/huawei mutes` lists them.",
    "reply.quiet.off": "Quiet hours off",
    "reply.quiet.none": "This channel had no quiet hours",
    "reply.quiet.title": "Quiet hours: {window}",
    "reply.quiet.text": (
        "Alerts in this window wait and arrive at {end}, every day. It is {now} now. "
        "`/huawei quiet off` ends them."
    ),
    "reply.filter.title": "This channel's filter ({count})",
    "reply.filter.added": "Added {terms}.",
    "reply.filter.removed": "Removed {terms}.",
    "reply.filter.missing": "Not in this channel's filter: {terms}.",
    "reply.filter.cleared": "The filter is cleared.",
    "reply.filter.empty": (
        "No filter of its own: every item that passes the workspace's keywords comes here."
    ),
    "reply.filter.terms": "{terms}: on top of the workspace's keywords.",
    "reply.filter.updated": "Filter updated",
    "reply.filter.unchanged": "Filter unchanged",
    "reply.filter.nothing": "Nothing to change.",
    "error.filter.no_subscription": (
        "This channel has no subscription to filter: start one with `/huawei subscribe`."
    ),
    "reply.threads.same.on": "Threads are already on",
    "reply.threads.same.off": "Threads are already off",
    "reply.threads.on": "Threads on",
    "reply.threads.on.text": (
        "When more outlets report an event already alerted here, the alert is updated and each "
        "new source is also posted in the alert's thread."
    ),
    "reply.threads.off": "Threads off",
    "reply.threads.off.text": "New sources of an event only update its alert here.",
    # Refused mentions
    "error.mention.everyone": (
        "stancebot never pings a whole channel (@everyone, @here, @channel): name the people who "
        "want alerts instead, as a role on Discord or a user group on Slack."
    ),
    "error.mention.terminal": (
        "Mentions are for Slack and Discord channels: the terminal pings nobody."
    ),
    "error.mention.person": (
        "On Discord, alerts mention a role, not one person: make a role for the people who want "
        "them and give `mention:@that-role`."
    ),
    "error.mention.role": (
        "“{value}” is not a role: pick one from the list after typing @ in `mention:`, or give "
        "its id (Server Settings → Roles → Copy Role ID), or `mention:none`."
    ),
    "error.mention.slack": (
        "“{value}” is not a user group or a user stancebot can find: Slack sends their names, "
        "not their ids. Give the group's id (its ⋯ menu → Copy group ID, e.g. "
        "`mention:S0123ABCD`) or a member's id (`mention:U0123ABCD`), or `mention:none`."
    ),
    # Errors a channel member meets
    "error.unknown_country.title": "Unknown country",
    "error.unknown_country": "No country matches “{query}”.",
    "error.did_you_mean": " Did you mean {suggestions}?",
    "error.not_allowed": "Only a {needed} may do that; you are a {have}.",
    "role.member": "channel member",
    "role.manager": "channel manager",
    "role.admin": "workspace or server admin",
    "role.operator": "bot operator",
    "error.duration": "“{text}” is not a duration: use e.g. 30m, 2h, 1d or 1w.",
    "error.duration.range": "“{text}” is out of range: choose between {minimum} and {maximum}.",
    "error.window": "“{text}” is not a time window. Usage: {usage}",
    "error.window.same": "Quiet hours must start and end at different times.",
    "error.window.impossible": ("“{text}” has an impossible time: hours go 00–23, minutes 00–59."),
    "error.zone": (
        "“{text}” is not a time zone: use a name such as `tz:Europe/Berlin`, "
        "`tz:America/New_York` or `tz:UTC`."
    ),
    "error.level": "“{value}” is not a level: use change, reaffirm or mention.",
    "error.digest": "“{value}” is not a digest: use digest:daily, digest:weekly or off.",
    "error.list_word": "“{word}” is neither a stance ({stances}) nor a group ({groups}).",
    "error.list_word.meant": (
        "“{word}” is neither a stance ({stances}) nor a group ({groups}). "
        "Did you mean `list {meant}`?"
    ),
    # The Decision field a Discord alert gets after a Confirm / Reject click
    "alert.field.decision": "Decision",
    "alert.decided.confirm": "Confirmed",
    "alert.decided.reject": "Rejected",
    "alert.decided.by": "{decision} by {who}",
    # The help, each command's usage, and the replies to unknown commands
    **ENGLISH_HELP,
    # The admin and operator commands' replies, and the rarer errors
    **ENGLISH_ADMIN,
}
