"""German: the admin and operator commands' replies, and the rarer errors."""

from __future__ import annotations

from bot.core.catalogue.kinds import Messages

GERMAN_ADMIN: Messages = {
    "time.never": "nie",
    # keywords
    "keywords.title": "Beobachtete Stichwörter ({count})",
    "keywords.own": "Die eigene Liste dieses Workspace.",
    "keywords.defaults": "Die Voreinstellung: hier noch nicht geändert.",
    "keywords.recent": "Letzte Änderungen",
    "keywords.footer": "/huawei keywords add|remove <Begriff…> · /huawei keywords test <Text>",
    "keywords.added": "Hinzugefügt: {terms}.",
    "keywords.already": "Schon beobachtet: {terms}.",
    "keywords.now_own": (
        "Dieser Workspace nutzte die Voreinstellung: sie ist jetzt seine eigene Liste, dazu "
        "diese Begriffe."
    ),
    "keywords.removed": "Entfernt: {terms}.",
    "keywords.missing": "Nicht in der Liste: {terms}.",
    "keywords.defaults_again": "Kein Stichwort ist übrig, also gilt wieder die Voreinstellung.",
    "keywords.updated": "Stichwörter geändert",
    "keywords.unchanged": "Stichwörter unverändert",
    "keywords.watched": "Jetzt beobachtet ({count})",
    "keywords.only_exclusions": (
        "Ohne Stichwort filtern nur die Ausschlüsse: jede andere relevante Meldung kommt durch."
    ),
    "keywords.none": "keine",
    "keywords.log.add": "{at} · `{term}` hinzugefügt von {who}",
    "keywords.log.remove": "{at} · `{term}` entfernt von {who}",
    "keywords.test.excluded": (
        "Ein Ausschluss passt: solche Meldungen kämen in diesem Workspace nicht an."
    ),
    "keywords.test.passes": (
        "Solche Meldungen erreichen die Kanäle, deren Abonnement das Land und die Art wünscht."
    ),
    "keywords.test.unmatched": (
        "Kein Stichwort passt: solche Meldungen kämen in diesem Workspace nicht an."
    ),
    "keywords.test.kept_out": (
        "Die Stichwörter des Workspace passen, aber der Filter dieses Kanals hält sie fern."
    ),
    "keywords.test.matched": "Passende Stichwörter",
    "keywords.test.exclusions": "Passende Ausschlüsse",
    "keywords.test.channel": "Filter dieses Kanals",
    "keywords.test.pass": "Kommt durch",
    "keywords.test.fail": "Herausgefiltert",
    "keywords.test.own": "Geprüft mit der eigenen Liste dieses Workspace.",
    "keywords.test.defaults": "Geprüft mit den voreingestellten Stichwörtern.",
    "keywords.channel.matched": "passend: {terms}",
    "keywords.channel.excluded": "ausgeschlossen durch {terms}",
    "keywords.channel.nothing": "keiner seiner Begriffe passt",
    "keywords.channel.passes": "kommt durch: {found}",
    "keywords.channel.out": "herausgefiltert: {found}",
    # feeds
    "feed.cannot_add": "{url} lässt sich nicht hinzufügen: {reason}.",
    "feed.cannot_fetch": "{url} lässt sich nicht abrufen: {reason}.",
    "feed.already": "{url} wird hier schon beobachtet.",
    "feed.gone": "Feed {id} wurde inzwischen entfernt.",
    "feed.unknown": "Hier gibt es keinen Feed „{ref}“: `/huawei feeds list` zeigt die IDs.",
    "feed.global": (
        "Feed {ref} ist ein globaler Feed, der für jeden Workspace und Server abgerufen wird: "
        "nur der Bot-Betrieb darf ihn ändern, mit `/huawei feeds remove {ref} global:true` "
        "(oder `enable`). Ihre eigenen Feeds sind die, die `/huawei feeds list` ohne "
        "„(global)“ zeigt."
    ),
    "feed.reason.blocked_address": (
        "sie zeigt auf eine private oder lokale Adresse, die stancebot nie abruft"
    ),
    "feed.reason.blocked_scheme": "im Chat lassen sich nur http://- und https://-Feeds hinzufügen",
    "feed.reason.timeout": "der Server hat nicht rechtzeitig geantwortet",
    "feed.reason.too_large": "das Dokument ist größer als erlaubt",
    "feed.reason.not_a_feed": "die Seite ist kein RSS- oder Atom-Feed",
    "feed.reason.empty": "der Server hat ein leeres Dokument gesendet",
    "feed.reason.malformed": "das Dokument ist kein wohlgeformtes XML",
    "feed.reason.unsafe_xml": "das Dokument deklariert XML-Entitäten, die stancebot ablehnt",
    "feed.reason.redirect_loop": "ihre Weiterleitungen drehen sich im Kreis",
    "feed.reason.too_many_redirects": "sie leitet zu oft weiter",
    "feed.reason.dns": "ihr Hostname lässt sich nicht auflösen",
    "feed.reason.connect_failed": "der Server hat die Verbindung abgelehnt",
    "feed.reason.http": "der Server hat mit HTTP {status} geantwortet",
    "feed.reason.other": "{error}",
    "feeds.added": "Jetzt beobachtet: {name}",
    "feeds.added.text": {
        "one": "{count} Eintrag gefunden. Die aktuellen Einträge werden ohne Meldung als gesehen "
        "gespeichert; neue werden analysiert.",
        "other": "{count} Einträge gefunden. Die aktuellen Einträge werden ohne Meldung als "
        "gesehen gespeichert; neue werden analysiert.",
    },
    "feeds.every": "Abruf alle {every}.",
    "feeds.every.default": "Abruf im voreingestellten Intervall.",
    "feeds.id": "Feed-ID",
    "feeds.removed": "Nicht mehr beobachtet: {name}",
    "feeds.enabled": "{name} wird wieder abgerufen",
    "feeds.next": "Nächster Abruf {at}.",
    "feeds.none": "Keine Feeds",
    "feeds.none.text": "Fügen Sie einen mit `/huawei feeds add <URL>` hinzu.",
    "feeds.title": "Feeds: {count}",
    "feeds.global": " (global)",
    "feeds.status": "Feed-Status",
    "feeds.status.none": "Keine Feeds.",
    "feeds.last_success": "letzter Erfolg {at}",
    "feeds.next_poll": "nächster Abruf {at}",
    "feeds.failures": {
        "one": "{count} Fehler in Folge",
        "other": "{count} Fehler in Folge",
    },
    "feeds.last_error": "letzter Fehler: {error}",
    "health.ok": {"one": "{count} in Ordnung", "other": "{count} in Ordnung"},
    "health.new": {"one": "{count} neu", "other": "{count} neu"},
    "health.failing": {"one": "{count} fehlerhaft", "other": "{count} fehlerhaft"},
    "health.disabled": {"one": "{count} abgeschaltet", "other": "{count} abgeschaltet"},
    "health.ok.state": "in Ordnung",
    "health.new.state": "neu",
    "health.failing.state": "fehlerhaft",
    "health.disabled.state": "abgeschaltet",
    # feeds export, feeds import
    "export.global": "die globalen Feeds",
    "export.tenant": "die Feeds dieses Workspace",
    "export.global.text": (
        "Die globalen Feeds als OPML im Anhang: Feedreader importieren sie, ebenso "
        "`/huawei feeds import`."
    ),
    "export.tenant.text": (
        "Die Feeds dieses Workspace als OPML im Anhang: Feedreader importieren sie, ebenso "
        "`/huawei feeds import`."
    ),
    "export.title": {"one": "Feed-Export: {count} Feed", "other": "Feed-Export: {count} Feeds"},
    "export.description": {"one": "{count} Feed als OPML", "other": "{count} Feeds als OPML"},
    "import.added": "Hinzugefügt ({count})",
    "import.already": "Schon beobachtet ({count})",
    "import.title": {"one": "{count} Feed importiert", "other": "{count} Feeds importiert"},
    "import.text": (
        "Jeder wird bei seinem ersten Abruf geprüft, und seine aktuellen Einträge werden ohne "
        "Meldung gespeichert. `/huawei feeds status` zeigt, wie es ihnen geht."
    ),
    # stance pending, confirm, reject, set
    "stance.pending.none": "Keine Haltungsänderung wartet auf eine Entscheidung",
    "stance.pending.title": "Warten auf eine Entscheidung: {count}",
    "stance.pending.footer": (
        "/huawei stance confirm <Ereignis> · /huawei stance reject <Ereignis>"
    ),
    "stance.confidence": "Konfidenz {confidence}",
    "stance.confirmed": "Bestätigt: {event}",
    "stance.rejected": "Abgelehnt: {event}",
    "stance.rejected.text": "Der Datensatz bleibt unverändert.",
    "stance.outcome.current": "Der Datensatz sagt jetzt: {stance} seit {since}.",
    "stance.outcome.says": "{stance} seit {since}",
    "stance.outcome.unchanged": "unverändert",
    "stance.outcome.history": (
        "Am {on} an ihrer Stelle in den Verlauf eingefügt: der Datensatz ist neuer und sagt "
        "weiterhin: {says}."
    ),
    "stance.queued": {
        "one": "Meldungen für {count} Kanal eingereiht.",
        "other": "Meldungen für {count} Kanäle eingereiht.",
    },
    "stance.not_a_stance": "„{word}“ ist keine Haltung: {stances}.",
    "stance.not_a_url": "„{url}“ ist keine Quellen-URL. Aufruf: {usage}",
    "stance.date": "„date:{given}“ ist kein Datum wie date:2020-07-14.",
    "stance.future": (
        "{on} liegt in der Zukunft: eine Haltung gilt ab dem Tag, an dem sie beschlossen wird."
    ),
    "stance.no_event": "Kein Ereignis #{id}. Siehe `/huawei stance pending`.",
    "stance.decided": "Ereignis #{id} wartet auf keine Entscheidung (es ist {status}).",
    "event.mention": "Erwähnung",
    "event.status.info": "zur Information",
    "event.status.pending": "offen",
    "event.status.applied": "übernommen",
    "event.status.confirmed": "bestätigt",
    "event.status.rejected": "abgelehnt",
    "error.id": "„{word}“ ist keine {what}: {hint}",
    "error.id.range": "„{word}“ liegt außerhalb des Bereichs für eine {what}: {hint}",
    "id.event": "Ereignisnummer",
    "id.event.hint": "siehe `/huawei stance pending`.",
    "id.mute": "Stummschaltungsnummer",
    "id.mute.hint": "geben Sie `unmute <Nummer>` oder `unmute all` an.",
    # status
    "status.feeds": "Feeds",
    "status.last_poll": "Letzter Abruf",
    "status.next_poll": "Nächster Abruf",
    "status.deliveries": "Zustellungen",
    "status.awaiting": "Warten auf Bestätigung",
    "status.uptime": "Laufzeit",
    "status.healthy": "Alle Feeds in Ordnung.",
    "status.attention": {
        "one": "{count} Feed braucht Aufmerksamkeit: siehe `/huawei feeds status`.",
        "other": "{count} Feeds brauchen Aufmerksamkeit: siehe `/huawei feeds status`.",
    },
    "delivery.pending": {"one": "{count} ausstehend", "other": "{count} ausstehend"},
    "delivery.held": {"one": "{count} zurückgehalten", "other": "{count} zurückgehalten"},
    "delivery.digest": {
        "one": "{count} in der Zusammenfassung",
        "other": "{count} in der Zusammenfassung",
    },
    "delivery.failed": {"one": "{count} gescheitert", "other": "{count} gescheitert"},
    "delivery.dead": {"one": "{count} unzustellbar", "other": "{count} unzustellbar"},
    # why
    "why.not_a_link": (
        "`why` erwartet den Link einer Nachricht, etwa `/huawei why https://…`; „{text}“ ist "
        "kein Link."
    ),
    "why.unseen": "Nicht gesehen",
    "why.unseen.text": (
        "Kein Feed hat {url} geführt. Der Bot-Betrieb kann den Text jeder Seite mit "
        "`stancebot analyze --explain <Datei oder URL>` prüfen."
    ),
    "why.title": "Warum: {title}",
    "why.seen": "Gesehen",
    "why.item": "Eintrag #{id}: {status}.",
    "why.item.new": "wartet auf die Analyse",
    "why.item.primed": (
        "beim ersten Abruf seines Feeds gesehen: ohne Meldung gespeichert (keine Flut)"
    ),
    "why.item.old": "älter als die Altersgrenze für Meldungen: ohne Meldung gespeichert",
    "why.item.analysed": "analysiert",
    "why.published": "Veröffentlicht {at}{estimated} von {outlet}.",
    "why.estimated": " (Datum fehlt: der Abrufzeitpunkt steht dafür)",
    "why.unknown_outlet": "einem unbekannten Medium",
    "why.analysis": "Analyse",
    "why.keywords": "Stichwörter dieses Workspace",
    "why.nothing": "nichts",
    "why.matched": "passend: {terms}",
    "why.excluded": "; ausgeschlossen durch {terms}",
    "why.passes": "Sie kommt durch: {detail}.",
    "why.fails": "Sie kommt nicht durch: {detail}.",
    "why.comparison": "Verglichen mit dem Datensatz",
    "why.comparison.none": "Kein Land zum Vergleichen.",
    "why.compared": "{country}: deutet auf {signal}, der Datensatz sagte {then} → {kind}",
    "why.no_stance": "keine Haltung",
    "why.events": "Ereignisse",
    "why.events.none": "Sie gehört zu keinem Ereignis.",
    "why.event": "Ereignis #{id} ({country})",
    "why.unrouted": (
        "Kein Abonnement hier will {kind}-Meldungen zu {country} (oder die Stichwörter dieses "
        "Workspace passten nicht)."
    ),
    "why.delivery.pending": "wartet auf den Versand",
    "why.delivery.sent": "gesendet",
    "why.delivery.failed": "nach allen Versuchen gescheitert",
    "why.delivery.dead": "nicht gesendet: den Kanal gibt es nicht mehr",
    "why.delivery.held": "zurückgehalten",
    "why.delivery.digest": "in die nächste Zusammenfassung verschoben",
    "why.edited": ", danach geändert auf „{status}“",
    # Rarer errors
    "error.no_record": "Zu {place} ist noch kein Datensatz gespeichert.",
    "reply.test.mentions": "Sie erwähnt {who}, wie es Meldungen hier tun.",
    "error.pause.none": "Dieser Kanal hat kein Abonnement, das sich pausieren ließe.",
    "error.resume.none": "Dieser Kanal hat kein Abonnement, das sich fortsetzen ließe.",
    "error.threads": "Aufruf: `/huawei threads on` oder `/huawei threads off`.",
    "error.style": "„{text}“ ist kein Stil: nehmen Sie `/huawei {usage}`.",
    "error.language": (
        "„{text}“ ist keine Sprache, die der Bot spricht: nehmen Sie `/huawei {usage}`."
    ),
    "example.mute": ("mute <Länder|all> <Dauer> [Grund], z. B. `mute de,fr 2h Wahlen`"),
    "example.quiet": (
        "quiet <HH:MM-HH:MM|off> [tz:Gebiet/Stadt], z. B. `quiet 22:00-07:00 tz:Europe/Berlin` "
        "(die Zeitzone des Kanals; UTC, bis sie gesetzt ist)"
    ),
    "error.mute.order": (
        "Nennen Sie die Länder vor der Dauer, z. B. `mute {place} {duration}`, oder "
        "`mute all {duration}` für alle Länder."
    ),
    "error.mute.reason": "Der Grund darf höchstens {limit} Zeichen lang sein.",
    "error.mute.forever": (
        "Eine Stummschaltung endet immer: geben Sie eine Dauer von {minimum} bis {maximum} an, "
        "z. B. 2h oder 7d. Um Meldungen zu beenden, nehmen Sie `/huawei unsubscribe`."
    ),
    "error.zone.no_subscription": (
        "Eine Zeitzone gehört zum Abonnement des Kanals: zuerst `/huawei subscribe` (Ruhezeiten "
        "zählen nur in einem abonnierten Kanal)."
    ),
    "error.map.country": (
        "„{name}“ ist ein Land, keine Gruppe: `history {name} chart:true` zeigt seinen Verlauf. "
        "Gruppen: {groups}."
    ),
    "error.map.group": "Keine Gruppe passt zu „{name}“. Gruppen: {groups}.",
    "error.map.empty": "Die Gruppe {group} hat keine Mitglieder, die sich zeigen ließen.",
    "error.all_and_names": (
        "„{word}“ heißt alle Länder und lässt sich nicht mit einzelnen kombinieren: nennen Sie "
        "die Länder, oder nur „{word}“."
    ),
    "error.levels": "Wählen Sie eine Stufe: change, reaffirm oder mention.",
    "error.post.terminal": (
        "Von hier lassen sich keine Meldungen posten: das Terminal gibt sie nur aus, während "
        "`stancebot run` läuft."
    ),
    "error.post.refused": (
        "stancebot darf in diesem Kanal nicht posten, also kämen auch Meldungen nicht an "
        "({error}). Laden Sie den Bot ein oder geben Sie ihm hier die Rechte „Kanal ansehen“, "
        "„Nachrichten senden“ und „Links einbetten“."
    ),
    "error.post.failed": (
        "Die Beispielmeldung ließ sich nicht posten: {error}. Versuchen Sie es noch einmal."
    ),
    "error.keyword.syntax": (
        'Ungültiges Stichwort {term}: nehmen Sie ein Wort, eine "Wortgruppe in Anführungszeichen" '
        "oder einen -Ausschluss."
    ),
    "error.keyword.empty": (
        "Ungültiges Stichwort {term}: es braucht mindestens einen Buchstaben oder eine Ziffer."
    ),
    "error.keyword.long": "Ungültiges Stichwort {term}: höchstens {limit} Zeichen.",
    # An adapter's own words around a long reply: its pages, a field continued
    "render.continued": "{name} (Fortsetzung)",
    "render.page": "Seite {number} von {total}",
    "render.sources": "Quellen",
    "render.more": "…und {count} weitere",
    "render.hidden": "… und {count} weitere, hier nicht gezeigt.",
    "render.previous": "Zurück",
    "render.next": "Weiter",
    # map and history charts, subscriptions all:true
    "map.title": "Haltungen zu Huawei 5G{where} · {day}",
    "map.text": "{places}{where}, nach Haltung gezählt.",
    "map.footer": "Probieren Sie: map eu · map asean · list banned · history <Land> chart:true",
    "map.unavailable": "{error} Hier als Text.",
    "subscriptions.start": (
        "Die Kanalverwaltung kann eines anlegen, z. B. `/huawei subscribe eu` oder `/huawei "
        "subscribe de,fr reaffirm`."
    ),
    "subscriptions.none": "Kein Kanal in diesem Workspace hat ein Abonnement",
    "subscriptions.first": " (die ersten {count} gezeigt)",
    "subscriptions.title": "Abonnements in diesem Workspace: {count}",
    "subscriptions.text": "{active} aktiv, {disabled} abgeschaltet{shown}.",
    "subscriptions.here": " (dieser Kanal)",
    "subscriptions.no_reason": "kein Grund vermerkt",
    "subscriptions.disabled": "⛔ abgeschaltet: {reason}",
    "subscriptions.line": "{wants}, Zusammenfassung {digest}",
    # The pictures: the map's and the timeline's words and their alt text
    "picture.map.title": "Haltungen zu Huawei 5G",
    "picture.map.group": {
        "one": "{group} · {count} Mitglied",
        "other": "{group} · {count} Mitglieder",
    },
    "picture.map.world": {
        "one": "Welt · {count} Land oder Staatenbund",
        "other": "Welt · {count} Länder und Staatenbünde",
    },
    "picture.map.all_drawn": "Jedes oben gezählte Land ist eingezeichnet.",
    "picture.map.not_drawn": "Oben gezählt, aber auf dieser Karte nicht eingezeichnet: {codes}.",
    "picture.map.many_not_drawn": (
        "Gezählt sind alle {total}; {count} sind auf dieser Karte nicht eingezeichnet (meist "
        "kleine Inseln und Staatenbünde wie die EU)."
    ),
    "picture.map.all_known": "Jedes Land hat eine recherchierte, belegte Haltung.",
    "picture.map.unknown": (
        "Unbekannt (grau), {count}: keine öffentliche Position gefunden, oder die Belege "
        "widersprechen sich; meist kleine Gebiete."
    ),
    "picture.map.the_world": "der Welt",
    "picture.map.alt_missing": "; {count} nicht eingezeichnet",
    "picture.map.alt": "Karte der Haltungen zu Huawei 5G in {where} am {day}: {counts}{missing}.",
    "picture.timeline.title": "{place}: Haltung zu Huawei 5G im Verlauf",
    "picture.timeline.now_since": "Jetzt {stance} seit {since}",
    "picture.timeline.now": "Jetzt {stance}",
    "picture.timeline.changes": {
        "one": "{count} Änderung im Datensatz",
        "other": "{count} Änderungen im Datensatz",
    },
    "picture.timeline.as_of": "Stand {day}",
    "picture.timeline.none": "Keine Änderungen im Datensatz.",
    "picture.timeline.none.inline": "keine Änderungen im Datensatz",
    "picture.timeline.earlier": {
        "one": "{count} frühere Änderung hier nicht aufgeführt.",
        "other": "{count} frühere Änderungen hier nicht aufgeführt.",
    },
    "picture.timeline.no_source": "Keine Quelle vermerkt.",
    "picture.timeline.sources": "Quellen: {sources}",
    "picture.timeline.step": "{stance} ab {day}",
    "picture.timeline.alt_now": "{stance}, Stand {day}",
    "picture.timeline.alt": "Verlauf der Haltung von {place} zu Huawei 5G: {told}; {now}.",
    "picture.timeline.then": "; ",
}
