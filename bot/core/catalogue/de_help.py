"""German: the help, each command's usage and summary, and what an unknown command gets."""

from __future__ import annotations

from bot.core.catalogue.kinds import Messages

GERMAN_HELP: Messages = {
    "help.title": "stancebot-Hilfe",
    "help.intro": "stancebot verfolgt die Haltung jedes Landes zu Huawei in 5G-Netzen.",
    "help.footer": (
        "Haltungen: banned · restricted · under_review · allowed · partnered · unknown"
    ),
    "help.line": "`/huawei {usage}`: {summary}",
    "help.heading.member": "Alle",
    "help.heading.manager": "Kanalverwaltung",
    "help.heading.admin": "Workspace- und Server-Admins",
    "help.heading.operator": "Bot-Betrieb",
    "help.usage": "Aufruf",
    "help.who": "Wer",
    "help.who.text": "{heading} (Sie haben die Rolle „{role}“).",
    "help.unknown.title": "Unbekannter Befehl",
    "help.unknown.meant": "Unbekannter Befehl „{word}“. Meinten Sie `{suggestion}`?",
    "help.unknown.commands": (
        "Unbekannter Befehl „{word}“. Befehle: {commands}. `/huawei help` erklärt, was jeder tut."
    ),
    "help.unknown.showing": "Unbekannter Befehl „{word}“: hier ist `{group}`.",
    "help.unknown.in_group": "Unbekannter `{group}`-Befehl „{word}“.",
    "help.unknown.in_group.meant": (
        "Unbekannter `{group}`-Befehl „{word}“. Meinten Sie `{suggestion}`?"
    ),
    "error.usage": "Aufruf: {usage}",
    "error.unknown_option": "`/huawei {command}` hat keine Option „{option}“. Aufruf: {usage}",
    "error.unknown_option.meant": (
        "`/huawei {command}` hat keine Option „{option}“: meinten Sie „{meant}“? Aufruf: {usage}"
    ),
    "usage.country": "country <Name> [public:true]",
    "summary.country": "die Haltung eines Landes zu Huawei",
    "usage.list": "list [Haltung] [Gruppe] [public:true]",
    "summary.list": "Länder nach Haltung, z. B. `list banned`, `list restricted eu`",
    "usage.history": "history <Name> [chart:true] [public:true]",
    "summary.history": (
        "jede Änderung der Haltung eines Landes; `chart:true` zeichnet ihren Verlauf"
    ),
    "usage.recent": "recent [public:true]",
    "summary.recent": "die jüngsten Haltungsänderungen, bestätigte und gemeldete",
    "usage.map": "map [Gruppe] [public:true]",
    "summary.map": "eine Weltkarte, nach Haltung eingefärbt, z. B. `map`, `map eu`, `map asean`",
    "usage.subscribe": (
        "subscribe [Länder|Gruppen|all] [change|reaffirm|mention] [digest:daily|weekly|off] "
        "[tz:Europe/Berlin] [mention:@Rolle|none]"
    ),
    "summary.subscribe": (
        "Meldungen für diesen Kanal, z. B. `subscribe eu`, `subscribe de,fr reaffirm`, "
        "`subscribe de mention:@policy` (seine Meldungen erwähnen diese Rolle oder "
        "Benutzergruppe); erneut aufgerufen ändert es nur, was Sie angeben"
    ),
    "usage.unsubscribe": "unsubscribe [Länder]",
    "summary.unsubscribe": "die Meldungen dieses Kanals beenden, oder nur die einiger Länder",
    "usage.subscriptions": "subscriptions [all:true]",
    "summary.subscriptions": "das Abonnement dieses Kanals (Admins: die des ganzen Workspace)",
    "usage.test": "test",
    "summary.test": (
        "eine Beispielmeldung hier posten, so wie echte Meldungen aussehen: prüft Berechtigungen "
        "und Formatierung"
    ),
    "usage.pause": "pause",
    "summary.pause": (
        "die Meldungen dieses Kanals bis `resume` anhalten; die Einstellungen bleiben"
    ),
    "usage.resume": "resume",
    "summary.resume": "die Meldungen eines pausierten Kanals wieder einschalten",
    "usage.threads": "threads on|off",
    "summary.threads": (
        "jede neue Quelle eines gemeldeten Ereignisses auch im Thread der Meldung posten "
        "(anfangs aus)"
    ),
    "usage.style": "style full|compact",
    "summary.style": (
        "die Meldungen dieses Kanals: die ganze Meldung (full) oder je eine Zeile (compact)"
    ),
    "usage.language": "language en|de|fr|es",
    "summary.language": (
        "die Sprache der festen Texte des Bots hier: Meldungen, Zusammenfassungen, Hinweise, "
        "Antworten und Hilfe"
    ),
    "usage.filter.list": "filter list",
    "summary.filter.list": "die eigenen Stichwörter und Ausschlüsse dieses Kanals",
    "usage.filter.add": 'filter add <Wort | "Wortgruppe" | -Ausschluss>…',
    "summary.filter.add": (
        "nur Meldungen, die auch hierzu passen, kommen hier an (-Wort: diese nie)"
    ),
    "usage.filter.remove": "filter remove <Begriff>…",
    "summary.filter.remove": "Begriffe aus dem Filter dieses Kanals nehmen",
    "usage.filter.clear": "filter clear",
    "summary.filter.clear": "kein eigener Filter: nur die Stichwörter des Workspace",
    "usage.mute": "mute <Länder|all> <Dauer> [Grund]",
    "summary.mute": (
        "die Meldungen dieses Kanals eine Weile zurückhalten (1m bis 30d); nichts geht verloren"
    ),
    "usage.mutes": "mutes",
    "summary.mutes": "die aktiven Stummschaltungen und die Ruhezeit dieses Kanals",
    "usage.unmute": "unmute [Nummer|all]",
    "summary.unmute": "eine Stummschaltung vorzeitig beenden",
    "usage.quiet": "quiet <HH:MM-HH:MM|off> [tz:Europe/Berlin]",
    "summary.quiet": ("tägliche Ruhezeit in der Zeitzone des Kanals, in der Meldungen warten"),
    "usage.keywords.list": "keywords list",
    "summary.keywords.list": "die beobachteten Stichwörter und ihre letzten Änderungen",
    "usage.keywords.add": 'keywords add <Wort | "Wortgruppe" | -Ausschluss>…',
    "summary.keywords.add": "weitere Begriffe beobachten oder einige ausschließen",
    "usage.keywords.remove": "keywords remove <Begriff>…",
    "summary.keywords.remove": "Begriffe nicht mehr beobachten",
    "usage.keywords.test": "keywords test <Text>",
    "summary.keywords.test": "welche Stichwörter und Ausschlüsse auf einen Beispieltext passen",
    "usage.feeds.add": "feeds add <URL> [Intervall] [global:true]",
    "summary.feeds.add": "einen Feed beobachten (einmal abgerufen, um ihn zu prüfen)",
    "usage.feeds.remove": "feeds remove <ID oder URL> [global:true]",
    "summary.feeds.remove": "einen Feed nicht mehr beobachten",
    "usage.feeds.enable": "feeds enable <ID oder URL> [global:true]",
    "summary.feeds.enable": "einen abgeschalteten Feed wieder abrufen",
    "usage.feeds.list": "feeds list",
    "summary.feeds.list": "die Feeds, die dieser Workspace beobachtet",
    "usage.feeds.status": "feeds status",
    "summary.feeds.status": (
        "in Ordnung / fehlerhaft / abgeschaltet, letzter Erfolg, letzter Fehler, nächster Abruf"
    ),
    "usage.feeds.export": "feeds export [global:true]",
    "summary.feeds.export": "die Feeds dieses Workspace als OPML-Datei",
    "usage.feeds.import": "feeds import <Link zu einer OPML-Datei> [global:true]",
    "summary.feeds.import": (
        "jeden Feed einer OPML-Datei beobachten (Discord: als Anhang); alle oder keiner"
    ),
    "usage.stance.pending": "stance pending",
    "summary.stance.pending": "Haltungsänderungen, die auf eine Entscheidung warten",
    "usage.stance.confirm": "stance confirm <Ereignis>",
    "summary.stance.confirm": "eine gemeldete Änderung in den Datensatz übernehmen",
    "usage.stance.reject": "stance reject <Ereignis> [Grund]",
    "summary.stance.reject": "eine gemeldete Änderung verwerfen",
    "usage.stance.set": ("stance set <Land> <Haltung> <Quellen-URL> [date:JJJJ-MM-TT] [Grund]"),
    "summary.stance.set": (
        "einen Datensatz von Hand setzen, gültig ab einem Datum (ohne Datum: heute)"
    ),
    "usage.status": "status",
    "summary.status": (
        "Feeds, Abrufe, ausstehende Zustellungen, unbestätigte Ereignisse, Laufzeit, Version"
    ),
    "usage.why": "why <URL>",
    "summary.why": ("wie eine Nachricht gelesen, verglichen, gruppiert und zugestellt wurde"),
}
