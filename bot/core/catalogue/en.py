"""English: every key, and the fallback of every other language."""

from __future__ import annotations

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
}
