"""English: the help, each command's usage and summary, and what an unknown command gets."""

from __future__ import annotations

from bot.core.catalogue.kinds import Messages

ENGLISH_HELP: Messages = {
    "help.title": "stancebot help",
    "help.intro": "stancebot tracks every country's stance on Huawei in 5G networks.",
    "help.footer": "Stances: banned · restricted · under_review · allowed · partnered · unknown",
    "help.line": "`/huawei {usage}`: {summary}",
    "help.heading.member": "Everyone",
    "help.heading.manager": "Channel managers",
    "help.heading.admin": "Workspace / server admins",
    "help.heading.operator": "Operators",
    "help.usage": "Usage",
    "help.who": "Who",
    "help.who.text": "{heading} (you are a {role}).",
    "help.unknown.title": "Unknown command",
    "help.unknown.meant": "Unknown command “{word}”. Did you mean `{suggestion}`?",
    "help.unknown.commands": (
        "Unknown command “{word}”. Commands: {commands}. `/huawei help` says what each does."
    ),
    "help.unknown.showing": "Unknown command “{word}”: showing `{group}`.",
    "help.unknown.in_group": "Unknown `{group}` command “{word}”.",
    "help.unknown.in_group.meant": (
        "Unknown `{group}` command “{word}”. Did you mean `{suggestion}`?"
    ),
    "error.usage": "Usage: {usage}",
    "error.unknown_option": "`/huawei {command}` has no option “{option}”. Usage: {usage}",
    "error.unknown_option.meant": (
        "`/huawei {command}` has no option “{option}”: did you mean “{meant}”? Usage: {usage}"
    ),
    # Each command's usage (its words stay as typed) and what it does
    "usage.country": "country <name> [public:true]",
    "summary.country": "a country's Huawei stance",
    "usage.list": "list [stance] [group] [public:true]",
    "summary.list": "countries by stance, e.g. `list banned`, `list restricted eu`",
    "usage.history": "history <name> [chart:true] [public:true]",
    "summary.history": "every change of a country's stance; `chart:true` draws its timeline",
    "usage.recent": "recent [public:true]",
    "summary.recent": "the latest stance changes, confirmed and reported",
    "usage.map": "map [group] [public:true]",
    "summary.map": "a world map coloured by stance, e.g. `map`, `map eu`, `map asean`",
    "usage.subscribe": (
        "subscribe [countries|groups|all] [change|reaffirm|mention] [digest:daily|weekly|off] "
        "[tz:Europe/Berlin] [mention:@role|none]"
    ),
    "summary.subscribe": (
        "alert this channel, e.g. `subscribe eu`, `subscribe de,fr reaffirm`, `subscribe de "
        "mention:@policy` (its alerts ping that role or user group); again: changes only what "
        "you name"
    ),
    "usage.unsubscribe": "unsubscribe [countries]",
    "summary.unsubscribe": "stop this channel's alerts, or only some countries'",
    "usage.subscriptions": "subscriptions [all:true]",
    "summary.subscriptions": "this channel's subscription (admins: the whole workspace's)",
    "usage.test": "test",
    "summary.test": (
        "post a sample alert here, as real alerts look: checks permissions and formatting"
    ),
    "usage.pause": "pause",
    "summary.pause": "stop this channel's alerts until `resume`, keeping its settings",
    "usage.resume": "resume",
    "summary.resume": "turn a paused channel's alerts back on",
    "usage.threads": "threads on|off",
    "summary.threads": (
        "post each new source of an alerted event in the alert's thread too (off by default)"
    ),
    "usage.style": "style full|compact",
    "summary.style": "this channel's alerts: the whole story (full) or one line each (compact)",
    "usage.language": "language en|de|fr|es",
    "summary.language": (
        "the language of the bot's fixed text here: alerts, digests, notices, replies and help"
    ),
    "usage.filter.list": "filter list",
    "summary.filter.list": "this channel's own keywords and exclusions",
    "usage.filter.add": 'filter add <word | "phrase" | -exclusion>…',
    "summary.filter.add": "only items that also match these come here (-word: never those)",
    "usage.filter.remove": "filter remove <term>…",
    "summary.filter.remove": "take terms off this channel's filter",
    "usage.filter.clear": "filter clear",
    "summary.filter.clear": "no filter of its own: the workspace's keywords alone",
    "usage.mute": "mute <countries|all> <duration> [reason]",
    "summary.mute": "hold this channel's alerts for a while (1m to 30d); nothing is lost",
    "usage.mutes": "mutes",
    "summary.mutes": "this channel's active mutes and quiet hours",
    "usage.unmute": "unmute [id|all]",
    "summary.unmute": "end a mute early",
    "usage.quiet": "quiet <HH:MM-HH:MM|off> [tz:Europe/Berlin]",
    "summary.quiet": "daily quiet hours, in the channel's time zone, in which alerts wait",
    "usage.keywords.list": "keywords list",
    "summary.keywords.list": "the watched keywords and their latest changes",
    "usage.keywords.add": 'keywords add <word | "phrase" | -exclusion>…',
    "summary.keywords.add": "watch more terms, or exclude some",
    "usage.keywords.remove": "keywords remove <term>…",
    "summary.keywords.remove": "stop watching terms",
    "usage.keywords.test": "keywords test <text>",
    "summary.keywords.test": "which keywords and exclusions match a sample text",
    "usage.feeds.add": "feeds add <url> [interval] [global:true]",
    "summary.feeds.add": "watch a feed (checked by fetching it once)",
    "usage.feeds.remove": "feeds remove <id or url> [global:true]",
    "summary.feeds.remove": "stop watching a feed",
    "usage.feeds.enable": "feeds enable <id or url> [global:true]",
    "summary.feeds.enable": "poll a disabled feed again",
    "usage.feeds.list": "feeds list",
    "summary.feeds.list": "the feeds this workspace watches",
    "usage.feeds.status": "feeds status",
    "summary.feeds.status": "ok / failing / disabled, last success, last error, next poll",
    "usage.feeds.export": "feeds export [global:true]",
    "summary.feeds.export": "this workspace's feeds as an OPML file",
    "usage.feeds.import": "feeds import <link to an OPML file> [global:true]",
    "summary.feeds.import": "watch every feed of an OPML file (Discord: attach it); all or nothing",
    "usage.stance.pending": "stance pending",
    "summary.stance.pending": "stance changes awaiting a decision",
    "usage.stance.confirm": "stance confirm <event>",
    "summary.stance.confirm": "apply a reported change to the record",
    "usage.stance.reject": "stance reject <event> [reason]",
    "summary.stance.reject": "dismiss a reported change",
    "usage.stance.set": "stance set <country> <stance> <source-url> [date:YYYY-MM-DD] [reason]",
    "summary.stance.set": "set a record by hand, effective on a date (today without one)",
    "usage.status": "status",
    "summary.status": (
        "feeds, polls, pending deliveries, events awaiting confirmation, uptime, version"
    ),
    "usage.why": "why <url>",
    "summary.why": "how one news item was read, compared, grouped and routed",
}
