"""Deutsch."""

from __future__ import annotations

from bot.core.catalogue.de_admin import GERMAN_ADMIN
from bot.core.catalogue.de_help import GERMAN_HELP
from bot.core.catalogue.kinds import Messages

GERMAN: Messages = {
    "stance.banned": "Verboten",
    "stance.banned.inline": "verboten",
    "stance.restricted": "Eingeschränkt",
    "stance.restricted.inline": "eingeschränkt",
    "stance.under_review": "In Prüfung",
    "stance.under_review.inline": "in Prüfung",
    "stance.allowed": "Erlaubt",
    "stance.allowed.inline": "erlaubt",
    "stance.partnered": "Partner",
    "stance.partnered.inline": "Partner",
    "stance.unknown": "Unbekannt",
    "stance.unknown.inline": "unbekannt",
    "stance.banned.meaning": (
        "per Gesetz oder Verordnung von 5G ausgeschlossen, oder der Rückbau angeordnet"
    ),
    "stance.restricted.meaning": (
        "teilweise ausgeschlossen: vom Kernnetz oder sensiblen Standorten, gedeckelt oder"
        " durch Prüfung"
    ),
    "stance.under_review.meaning": "eine Entscheidung steht öffentlich aus",
    "stance.allowed.meaning": "keine Beschränkung beschlossen; Netzbetreiber dürfen Huawei kaufen",
    "stance.partnered.meaning": "Regierung oder große Netzbetreiber bauen 5G aktiv mit Huawei",
    "stance.unknown.meaning": "keine öffentliche Position im Datensatz",
    "card.since": "Seit",
    "card.set_by": "Gesetzt von",
    "card.reviewed": "Geprüft",
    "card.reviewed_by": "{date} von {who}",
    "card.an_operator": "einem Operator",
    "card.last_changes": "Letzte Änderungen",
    "origin.seed": "dem mitgelieferten Datensatz",
    "origin.news": "den Nachrichten",
    "origin.operator": "einem Operator",
    "card.showing": "Angezeigt: {place}. Kein Land heißt „{query}“.",
    "change.was": " (vorher {stance})",
    "history.title": "{place}: Verlauf",
    "history.none": "Keine Änderungen im Datensatz: die Haltung ist {stance}.",
    "recent.title": "Letzte Haltungsänderungen",
    "recent.record": "Änderungen im Datensatz",
    "recent.none": "Noch keine.",
    "alert.title.change": "{place}: {old} → {new}",
    "alert.title.reaffirm": "{place}: weiterhin {stance}",
    "alert.title.mention": "{place} in den Huawei-Nachrichten",
    "alert.kind.change": "Haltung geändert",
    "alert.kind.reaffirm": "Haltung bekräftigt",
    "alert.kind.mention": "In den Nachrichten",
    "alert.note.pending": "Unbestätigt: ein Operator kann bestätigen oder ablehnen.",
    "alert.note.applied": "In den Datensatz übernommen (mehrere Quellen stimmen überein).",
    "alert.note.confirmed": "Von einem Operator bestätigt.",
    "alert.note.rejected": "Von einem Operator abgelehnt.",
    "alert.state.info": "Zur Information",
    "alert.state.pending": "Unbestätigt",
    "alert.state.applied": "Übernommen (mehrere sichere Quellen)",
    "alert.state.confirmed": "Von einem Operator bestätigt",
    "alert.state.rejected": "Von einem Operator abgelehnt",
    "alert.operators": (
        "Unbestätigt. Operatoren: /huawei stance confirm {event} oder /huawei stance reject {event}"
    ),
    "alert.decision": (
        "Unbestätigt: Operatoren können bestätigen oder ablehnen; Kanalverwalter können "
        "{place} hier für 24 Stunden stummschalten."
    ),
    "alert.field.kind": "Art",
    "alert.field.stance": "Haltung",
    "alert.field.confidence": "Konfidenz",
    "alert.field.outlets": "Medien",
    "alert.field.reported_by": "Gemeldet von",
    "alert.field.status": "Status",
    "alert.field.also": "Ebenfalls berichtet",
    "alert.also_by": "Ebenfalls berichtet von",
    "alert.outlets": {"one": "{count} Medium", "other": "{count} Medien"},
    "alert.sources": {"one": "{count} Quelle", "other": "{count} Quellen"},
    "alert.event": "Ereignis #{event}",
    "alert.event.inline": "Ereignis #{event}",
    "alert.read": "Lesen: {outlet}",
    "alert.evidence": "Beleg: {text}",
    "alert.confidence": "Konfidenz {confidence}",
    "alert.compact.confidence": "Konfidenz {percent} %",
    "alert.button.confirm": "Bestätigen",
    "alert.button.reject": "Ablehnen",
    "alert.button.mute": "24 h stumm",
    "alert.reject.title": "Diese Änderung ablehnen?",
    "alert.reject.text": "Der Datensatz bleibt, wie er ist, und das Ereignis wird geschlossen.",
    "alert.reject.keep": "Offen lassen",
    "sample.headline": (
        "Beispielmeldung von /huawei test: {place} ist laut Datensatz weiterhin {stance}. "
        "Nichts hat sich geändert."
    ),
    "digest.daily": "Tägliche Zusammenfassung",
    "digest.weekly": "Wöchentliche Zusammenfassung",
    "digest.catch_up": "Nachtrag",
    "digest.title": {
        "one": "{label}: {count} Haltungsänderung",
        "other": "{label}: {count} Haltungsänderungen",
    },
    "digest.others": {
        "one": "{count} weiteres Ereignis (Bekräftigungen und Erwähnungen) in diesem Zeitraum.",
        "other": "{count} weitere Ereignisse (Bekräftigungen und Erwähnungen) in diesem Zeitraum.",
    },
    "digest.decided": "Haltungsänderungen",
    "digest.reported": "Gemeldet, wartet auf Bestätigung",
    "digest.capped": "Wegen des stündlichen Meldungslimits zurückgehalten",
    "digest.more": "… und {count} weitere",
    "digest.line.change": "{place} {old} → {new}{headline}",
    "digest.line.reaffirm": "{place} weiterhin {stance}{headline}",
    "digest.line.mention": "{place} in den Nachrichten{headline}",
    "date.months": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sep. Okt. Nov. Dez.",
    "notice.title": "Problem mit einem Feed",
    "notice.disabled": {
        "one": "Der Feed „{name}“ wurde nach {count} Fehler in Folge deaktiviert (letzter "
        "Fehler: {error}). Prüfen Sie ihn, dann `/huawei feeds enable {feed}`.",
        "other": "Der Feed „{name}“ wurde nach {count} Fehlern in Folge deaktiviert (letzter "
        "Fehler: {error}). Prüfen Sie ihn, dann `/huawei feeds enable {feed}`.",
    },
    "notice.failing": (
        "Der Feed „{name}“ schlägt seit über einem Tag fehl (letzter Fehler: {error})."
    ),
    "setting.countries": "Länder",
    "setting.alerts": "Meldungen",
    "setting.digest": "Zusammenfassung",
    "setting.tz": "Zeitzone",
    "setting.filter": "Filter",
    "setting.paused": "Pausiert",
    "setting.paused_since": "seit {since}: `/huawei resume`",
    "setting.disabled": "⛔ Deaktiviert",
    "setting.style": "Stil",
    "setting.language": "Sprache",
    "setting.mention": "Erwähnung",
    "setting.threads": "Threads",
    "setting.threads.on": (
        "an: neue Quellen eines Ereignisses kommen auch in den Thread seiner Meldung"
    ),
    "mention.role": "die Rolle {id}",
    "mention.group": "die Benutzergruppe {id}",
    "mention.user": "die Person {id}",
    "mention.none": "niemand",
    "setting.every_country": "alle Länder",
    "setting.more": "und {count} weitere",
    "setting.changed": "Geändert",
    "setting.unchanged": "Nichts: es war schon so.",
    "setting.change_line": "{setting}: {before} → {after}",
    "reply.subscribed.again": " Es war deaktiviert ({reason}); jetzt ist es wieder aktiv.",
    "reply.subscribed.footer": (
        "Ändern: /huawei subscribe … · beenden: /huawei unsubscribe · stummschalten: /huawei mute"
    ),
    "setting.silences": "Stummschaltungen",
    "setting.mutes": {
        "one": "{count} aktive Stummschaltung (`/huawei mutes`)",
        "other": "{count} aktive Stummschaltungen (`/huawei mutes`)",
    },
    "setting.quiet": "Ruhezeit {window} {zone}",
    "level.change": "Haltungsänderungen",
    "level.reaffirm": "Haltungsänderungen und Bekräftigungen",
    "level.mention": "Haltungsänderungen, Bekräftigungen und Erwähnungen",
    "digest.off": "aus",
    "digest.every_day": "täglich",
    "digest.every_week": "wöchentlich",
    "style.full": "ausführlich",
    "style.compact": "kompakt",
    "style.full.about": "die ganze Meldung: Schlagzeile, Zitat, Haltung, Konfidenz und Quellen",
    "style.compact.about": (
        "eine Zeile: Flagge und Land, alte → neue Haltung, Schlagzeile, Konfidenz"
    ),
    "reply.sorry": "Leider nicht",
    "reply.no_subscription": (
        "Dieser Kanal hat noch kein Abonnement: `/huawei subscribe` legt eines an."
    ),
    "reply.style.title": "Meldungen hier sind jetzt {style}",
    "reply.style.same": "Meldungen hier sind schon {style}",
    "reply.style.text": "{about}. `/huawei test` zeigt eine.",
    "reply.language.title": "Dieser Kanal liest jetzt {language}",
    "reply.language.same": "Dieser Kanal liest schon {language}",
    "reply.language.text": (
        "Meldungen, Zusammenfassungen, Feed-Hinweise und Antworten hier sind in dieser Sprache "
        "geschrieben, auch die Ländernamen."
    ),
    "reply.subscription.title": "Das Abonnement dieses Kanals",
    "reply.wants": "{level} zu {countries}",
    "reply.subscription.text": "Meldungen: {wants}.",
    "reply.subscribed.title": "Abonniert",
    "reply.subscribed.updated": "Abonnement dieses Kanals geändert",
    "reply.subscribed.text": "Dieser Kanal bekommt jetzt Meldungen: {wants}.",
    "reply.subscription.none": "Dieser Kanal hat kein Abonnement.",
    "reply.test.title": "Beispielmeldung gesendet",
    "reply.test.text": (
        "Eine Beispielmeldung zu {place} steht in diesem Kanal, so wie echte Meldungen "
        "aussehen werden. {state}"
    ),
    "reply.test.active": "Sein Abonnement ist aktiv.",
    "reply.test.paused": (
        "Sein Abonnement ist pausiert: `/huawei resume` schaltet die Meldungen wieder ein."
    ),
    "reply.pause.title": "Meldungen dieses Kanals pausiert",
    "reply.pause.text": (
        "Bis `/huawei resume` kommen hier keine Meldungen an; Meldungen dazwischen werden nicht "
        "aufbewahrt (eine Stummschaltung bewahrt sie: `/huawei mute`). Die Einstellungen des "
        "Abonnements bleiben, wie sie sind."
    ),
    "reply.pause.since": "Pausiert seit",
    "reply.pause.already": "Schon pausiert",
    "reply.pause.already_text": "Pausiert seit {since}. `/huawei resume` schaltet es ein.",
    "reply.resume.title": "Meldungen dieses Kanals fortgesetzt",
    "reply.resume.text": "Meldungen kommen wieder hier an; pausiert war seit {since}.",
    "reply.resume.not_paused": "Nicht pausiert",
    "reply.resume.on": "Die Meldungen dieses Kanals sind eingeschaltet.",
    "reply.list.title": "{stance}{where}: {count}",
    "reply.list.where": " in {groups}",
    "reply.list.none": "Kein Land{where} ist {stance}.",
    "reply.list.since": "seit {date}",
    "reply.list.overview": "Haltungen zu Huawei 5G{where}",
    "reply.list.unknown": {
        "one": "{places}; {count} ohne öffentliche Position im Datensatz.",
        "other": "{places}; {count} ohne öffentliche Position im Datensatz.",
    },
    "places.countries": {"one": "{count} Land", "other": "{count} Länder"},
    "places.eu": "die EU",
    "places.aq": "die Antarktis",
    "places.and": "{first} und {second}",
    "places.list": "{first}, {second}",
    # unsubscribe, mute, mutes, unmute, quiet, filter, threads
    "reply.unsubscribe.none": "Dieser Kanal hat kein Abonnement",
    "reply.unsubscribed.title": "Abgemeldet",
    "reply.unsubscribed.text": (
        "Dieser Kanal bekommt keine Meldungen mehr; noch nicht zugestellte werden verworfen."
    ),
    "reply.removed.title": "Entfernt: {countries}",
    "reply.removed.last": (
        "Das war das letzte Land, also ist das Abonnement entfernt: hier kommen keine Meldungen "
        "mehr an."
    ),
    "reply.removed.text": "Dieser Kanal bekommt jetzt Meldungen: {wants}.",
    "error.unsubscribe.every": (
        "Dieser Kanal bekommt Meldungen zu allen Ländern, es gibt also keine Liste, aus der "
        "{countries} entfernt werden könnte. Abonnieren Sie stattdessen die gewünschten Länder "
        "(z. B. `/huawei subscribe de,fr`) oder beenden Sie alles mit `/huawei unsubscribe`."
    ),
    "error.unsubscribe.absent": "{countries}: nicht im Abonnement dieses Kanals ({current}).",
    "reply.mute.title": "{countries} für {length} stummgeschaltet",
    "reply.mute.text": (
        "Bis {until}. Betroffene Meldungen werden zurückgehalten, nicht verworfen: sie kommen "
        "an, wenn die Stummschaltung endet. Vorzeitig beenden mit `/huawei unmute {id}`."
    ),
    "reply.mute.field": "Stummschaltung",
    "reply.mute.reason": "Grund",
    "reply.mutes.none": "Keine aktiven Stummschaltungen in diesem Kanal",
    "reply.mutes.title": "Aktive Stummschaltungen: {count}",
    "reply.mutes.line": "`#{id}` {countries} bis {until} (noch {left}) · von {who}{why}",
    "reply.mutes.quiet": "Ruhezeit",
    "reply.mutes.daily": "täglich {window}",
    "reply.mutes.held": "Zurückgehaltene Meldungen ({count})",
    "reply.unmute.nothing": ("Nichts aufzuheben: dieser Kanal hat keine aktive Stummschaltung"),
    "reply.unmute.all": {
        "one": "Aufgehoben: {count} Stummschaltung beendet",
        "other": "Aufgehoben: {count} Stummschaltungen beendet",
    },
    "reply.unmute.one": "Stummschaltung #{id} aufgehoben ({countries})",
    "reply.unmute.text": "Die von ihr zurückgehaltenen Meldungen werden jetzt zugestellt.",
    "error.unmute.absent": (
        "Dieser Kanal hat keine aktive Stummschaltung #{id}: `/huawei mutes` zeigt sie."
    ),
    "reply.quiet.off": "Ruhezeit aus",
    "reply.quiet.none": "Dieser Kanal hatte keine Ruhezeit",
    "reply.quiet.title": "Ruhezeit: {window}",
    "reply.quiet.text": (
        "Meldungen in diesem Zeitraum warten und kommen jeden Tag um {end} an. Jetzt ist es "
        "{now}. `/huawei quiet off` beendet die Ruhezeit."
    ),
    "reply.filter.title": "Filter dieses Kanals ({count})",
    "reply.filter.added": "Hinzugefügt: {terms}.",
    "reply.filter.removed": "Entfernt: {terms}.",
    "reply.filter.missing": "Nicht im Filter dieses Kanals: {terms}.",
    "reply.filter.cleared": "Der Filter ist geleert.",
    "reply.filter.empty": (
        "Kein eigener Filter: jede Meldung, die die Stichwörter des Workspace passiert, kommt hier "
        "an."
    ),
    "reply.filter.terms": "{terms}: zusätzlich zu den Stichwörtern des Workspace.",
    "reply.filter.updated": "Filter geändert",
    "reply.filter.unchanged": "Filter unverändert",
    "reply.filter.nothing": "Nichts zu ändern.",
    "error.filter.no_subscription": (
        "Dieser Kanal hat kein Abonnement, das sich filtern ließe: `/huawei subscribe` legt eines "
        "an."
    ),
    "reply.threads.same.on": "Threads sind schon an",
    "reply.threads.same.off": "Threads sind schon aus",
    "reply.threads.on": "Threads an",
    "reply.threads.on.text": (
        "Berichten weitere Medien über ein hier schon gemeldetes Ereignis, wird die Meldung "
        "aktualisiert und jede neue Quelle zusätzlich in ihrem Thread gepostet."
    ),
    "reply.threads.off": "Threads aus",
    "reply.threads.off.text": (
        "Neue Quellen eines Ereignisses aktualisieren hier nur seine Meldung."
    ),
    # Refused mentions
    "error.mention.everyone": (
        "stancebot erwähnt nie einen ganzen Kanal (@everyone, @here, @channel): nennen Sie "
        "stattdessen die Leute, die Meldungen wollen, als Rolle auf Discord oder als "
        "Benutzergruppe auf Slack."
    ),
    "error.mention.terminal": (
        "Erwähnungen gibt es in Slack- und Discord-Kanälen: das Terminal erwähnt niemanden."
    ),
    "error.mention.person": (
        "Auf Discord erwähnen Meldungen eine Rolle, nicht eine einzelne Person: legen Sie eine "
        "Rolle für die Interessierten an und geben Sie `mention:@diese-rolle` an."
    ),
    "error.mention.role": (
        "„{value}“ ist keine Rolle: wählen Sie eine aus der Liste, die nach @ in `mention:` "
        "erscheint, oder geben Sie ihre ID an (Servereinstellungen → Rollen → Rollen-ID "
        "kopieren), oder `mention:none`."
    ),
    "error.mention.slack": (
        "„{value}“ ist weder eine Benutzergruppe noch ein Benutzer, den stancebot finden kann: "
        "Slack sendet ihre Namen, nicht ihre IDs. Geben Sie die ID der Gruppe an (ihr ⋯-Menü → "
        "Gruppen-ID kopieren, z. B. `mention:S0123ABCD`) oder die eines Mitglieds "
        "(`mention:U0123ABCD`), oder `mention:none`."
    ),
    # Errors a channel member meets
    "error.unknown_country.title": "Unbekanntes Land",
    "error.unknown_country": "Kein Land passt zu „{query}“.",
    "error.did_you_mean": " Meinten Sie {suggestions}?",
    "error.not_allowed": "Nur die Rolle „{needed}“ darf das; Sie haben die Rolle „{have}“.",
    "role.member": "Kanalmitglied",
    "role.manager": "Kanalverwaltung",
    "role.admin": "Workspace- oder Server-Admin",
    "role.operator": "Bot-Betrieb",
    "error.duration": "„{text}“ ist keine Dauer: geben Sie z. B. 30m, 2h, 1d oder 1w an.",
    "error.duration.range": (
        "„{text}“ liegt außerhalb des Bereichs: wählen Sie zwischen {minimum} und {maximum}."
    ),
    "error.window": "„{text}“ ist kein Zeitraum. Aufruf: {usage}",
    "error.window.same": "Die Ruhezeit muss zu verschiedenen Zeiten beginnen und enden.",
    "error.window.impossible": (
        "„{text}“ enthält eine unmögliche Uhrzeit: Stunden 00–23, Minuten 00–59."
    ),
    "error.zone": (
        "„{text}“ ist keine Zeitzone: nehmen Sie einen Namen wie `tz:Europe/Berlin`, "
        "`tz:America/New_York` oder `tz:UTC`."
    ),
    "error.level": "„{value}“ ist keine Stufe: wählen Sie change, reaffirm oder mention.",
    "error.digest": (
        "„{value}“ ist keine Zusammenfassung: wählen Sie digest:daily, digest:weekly oder off."
    ),
    "error.list_word": "„{word}“ ist weder eine Haltung ({stances}) noch eine Gruppe ({groups}).",
    "error.list_word.meant": (
        "„{word}“ ist weder eine Haltung ({stances}) noch eine Gruppe ({groups}). "
        "Meinten Sie `list {meant}`?"
    ),
    # The Decision field a Discord alert gets after a Confirm / Reject click
    "alert.field.decision": "Entscheidung",
    "alert.decided.confirm": "Bestätigt",
    "alert.decided.reject": "Abgelehnt",
    "alert.decided.by": "{decision} von {who}",
    # The help, each command's usage, and the replies to unknown commands
    **GERMAN_HELP,
    # The admin and operator commands' replies, and the rarer errors
    **GERMAN_ADMIN,
}
