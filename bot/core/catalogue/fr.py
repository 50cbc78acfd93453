"""Français."""

from __future__ import annotations

from bot.core.catalogue.fr_admin import FRENCH_ADMIN
from bot.core.catalogue.fr_help import FRENCH_HELP
from bot.core.catalogue.kinds import Messages

FRENCH: Messages = {
    "stance.banned": "Interdit",
    "stance.banned.inline": "interdit",
    "stance.restricted": "Restreint",
    "stance.restricted.inline": "restreint",
    "stance.under_review": "À l'étude",
    "stance.under_review.inline": "à l'étude",
    "stance.allowed": "Autorisé",
    "stance.allowed.inline": "autorisé",
    "stance.partnered": "Partenaire",
    "stance.partnered.inline": "partenaire",
    "stance.unknown": "Inconnu",
    "stance.unknown.inline": "inconnu",
    "stance.banned.meaning": "exclu de la 5G par la loi ou la réglementation, ou retrait ordonné",
    "stance.restricted.meaning": (
        "exclu en partie : du cœur de réseau ou de sites sensibles, plafonné ou écarté après examen"
    ),
    "stance.under_review.meaning": "une décision est publiquement attendue",
    "stance.allowed.meaning": "aucune restriction décidée ; les opérateurs peuvent acheter Huawei",
    "stance.partnered.meaning": (
        "le gouvernement ou les principaux opérateurs construisent activement la 5G avec Huawei"
    ),
    "stance.unknown.meaning": "aucune position publique au registre",
    "card.since": "Depuis",
    "card.set_by": "Fixé par",
    "card.reviewed": "Vérifié",
    "card.reviewed_by": "{date} par {who}",
    "card.an_operator": "un opérateur",
    "card.last_changes": "Derniers changements",
    "origin.seed": "le registre fourni",
    "origin.news": "l'actualité",
    "origin.operator": "un opérateur",
    "card.showing": "Affiché : {place}. Aucun pays ne s'appelle « {query} ».",
    "change.was": " (avant : {stance})",
    "history.title": "{place} : historique",
    "history.none": "Aucun changement au registre : la position est {stance}.",
    "recent.title": "Changements de position récents",
    "recent.record": "Changements au registre",
    "recent.none": "Aucun pour l'instant.",
    "alert.title.change": "{place} : {old} → {new}",
    "alert.title.reaffirm": "{place} : toujours {stance}",
    "alert.title.mention": "{place} dans l'actualité de Huawei",
    "alert.kind.change": "Changement de position",
    "alert.kind.reaffirm": "Position réaffirmée",
    "alert.kind.mention": "Dans l'actualité",
    "alert.note.pending": "Non confirmé : un opérateur peut le confirmer ou le rejeter.",
    "alert.note.applied": "Appliqué au registre (plusieurs sources concordent).",
    "alert.note.confirmed": "Confirmé par un opérateur.",
    "alert.note.rejected": "Rejeté par un opérateur.",
    "alert.state.info": "Pour information",
    "alert.state.pending": "Non confirmé",
    "alert.state.applied": "Appliqué (plusieurs sources sûres)",
    "alert.state.confirmed": "Confirmé par un opérateur",
    "alert.state.rejected": "Rejeté par un opérateur",
    "alert.operators": (
        "Non confirmé. Opérateurs : /huawei stance confirm {event} ou /huawei stance reject {event}"
    ),
    "alert.decision": (
        "Non confirmé : les opérateurs peuvent le confirmer ou le rejeter ; les gestionnaires "
        "du salon peuvent mettre {place} en sourdine ici pendant 24 heures."
    ),
    "alert.field.kind": "Type",
    "alert.field.stance": "Position",
    "alert.field.confidence": "Confiance",
    "alert.field.outlets": "Médias",
    "alert.field.reported_by": "Rapporté par",
    "alert.field.status": "Statut",
    "alert.field.also": "Également rapporté",
    "alert.also_by": "Également rapporté par",
    "alert.outlets": {"one": "{count} média", "other": "{count} médias"},
    "alert.sources": {"one": "{count} source", "other": "{count} sources"},
    "alert.event": "Événement n° {event}",
    "alert.event.inline": "événement n° {event}",
    "alert.read": "Lire : {outlet}",
    "alert.evidence": "Extrait : {text}",
    "alert.confidence": "Confiance {confidence}",
    "alert.compact.confidence": "confiance {percent} %",
    "alert.button.confirm": "Confirmer",
    "alert.button.reject": "Rejeter",
    "alert.button.mute": "Sourdine 24 h",
    "alert.reject.title": "Rejeter ce changement ?",
    "alert.reject.text": "Le registre reste tel quel et l'événement est clos.",
    "alert.reject.keep": "Le garder ouvert",
    "sample.headline": (
        "Alerte d'exemple de /huawei test : {place} est toujours {stance} selon le registre. "
        "Rien n'a changé."
    ),
    "digest.daily": "Résumé quotidien",
    "digest.weekly": "Résumé hebdomadaire",
    "digest.catch_up": "Rattrapage",
    "digest.title": {
        "one": "{label} : {count} changement de position",
        "other": "{label} : {count} changements de position",
    },
    "digest.others": {
        "one": "{count} autre événement (réaffirmations et mentions) sur cette période.",
        "other": "{count} autres événements (réaffirmations et mentions) sur cette période.",
    },
    "digest.decided": "Changements de position",
    "digest.reported": "Signalés, en attente de confirmation",
    "digest.capped": "Retenus par la limite horaire d'alertes",
    "digest.more": "… et {count} de plus",
    "digest.line.change": "{place} {old} → {new}{headline}",
    "digest.line.reaffirm": "{place} toujours {stance}{headline}",
    "digest.line.mention": "{place} dans l'actualité{headline}",
    "date.months": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "notice.title": "Problème de flux",
    "notice.disabled": {
        "one": "Le flux « {name} » a été désactivé après {count} échec consécutif (dernière "
        "erreur : {error}). Vérifiez-le, puis `/huawei feeds enable {feed}`.",
        "other": "Le flux « {name} » a été désactivé après {count} échecs consécutifs "
        "(dernière erreur : {error}). Vérifiez-le, puis `/huawei feeds enable {feed}`.",
    },
    "notice.failing": (
        "Le flux « {name} » échoue depuis plus d'un jour (dernière erreur : {error})."
    ),
    "setting.countries": "Pays",
    "setting.alerts": "Alertes",
    "setting.digest": "Résumé",
    "setting.tz": "Fuseau horaire",
    "setting.filter": "Filtre",
    "setting.paused": "En pause",
    "setting.paused_since": "depuis {since} : `/huawei resume`",
    "setting.disabled": "⛔ Désactivé",
    "setting.style": "Style",
    "setting.language": "Langue",
    "setting.mention": "Mention",
    "setting.threads": "Fils",
    "setting.threads.on": (
        "activés : les nouvelles sources d'un événement vont aussi dans le fil de son alerte"
    ),
    "mention.role": "le rôle {id}",
    "mention.group": "le groupe d'utilisateurs {id}",
    "mention.user": "l'utilisateur {id}",
    "mention.none": "personne",
    "setting.every_country": "tous les pays",
    "setting.more": "et {count} de plus",
    "setting.changed": "Modifié",
    "setting.unchanged": "Rien : c'était déjà le cas.",
    "setting.change_line": "{setting} : {before} → {after}",
    "reply.subscribed.again": " Il avait été désactivé ({reason}) ; il est de nouveau actif.",
    "reply.subscribed.footer": (
        "Le modifier : /huawei subscribe … · arrêter : /huawei unsubscribe · sourdine"
        " : /huawei mute"
    ),
    "setting.silences": "Sourdines",
    "setting.mutes": {
        "one": "{count} sourdine active (`/huawei mutes`)",
        "other": "{count} sourdines actives (`/huawei mutes`)",
    },
    "setting.quiet": "heures calmes {window} {zone}",
    "level.change": "changements de position",
    "level.reaffirm": "changements de position et réaffirmations",
    "level.mention": "changements de position, réaffirmations et mentions",
    "digest.off": "désactivé",
    "digest.every_day": "quotidien",
    "digest.every_week": "hebdomadaire",
    "style.full": "complètes",
    "style.compact": "compactes",
    "style.full.about": ("toute l'histoire : titre, citation, position, confiance et sources"),
    "style.compact.about": (
        "une ligne : drapeau et pays, ancienne → nouvelle position, titre, confiance"
    ),
    "reply.sorry": "Désolé",
    "reply.no_subscription": (
        "Ce salon n'a pas encore d'abonnement : `/huawei subscribe` en crée un."
    ),
    "reply.style.title": "Les alertes ici sont désormais {style}",
    "reply.style.same": "Les alertes ici sont déjà {style}",
    "reply.style.text": "{about}. `/huawei test` en montre une.",
    "reply.language.title": "Ce salon lit désormais en {language}",
    "reply.language.same": "Ce salon lit déjà en {language}",
    "reply.language.text": (
        "Les alertes, résumés, avis sur les flux et réponses ici sont écrits dans cette langue, "
        "les noms de pays aussi."
    ),
    "reply.subscription.title": "L'abonnement de ce salon",
    "reply.wants": "{level} concernant {countries}",
    "reply.subscription.text": "Alertes : {wants}.",
    "reply.subscribed.title": "Abonné",
    "reply.subscribed.updated": "Abonnement de ce salon modifié",
    "reply.subscribed.text": "Ce salon recevra désormais des alertes : {wants}.",
    "reply.subscription.none": "Ce salon n'a pas d'abonnement.",
    "reply.test.title": "Alerte d'exemple publiée",
    "reply.test.text": (
        "Une alerte d'exemple sur {place} est dans ce salon, telle que les vraies alertes "
        "apparaîtront. {state}"
    ),
    "reply.test.active": "Son abonnement est actif.",
    "reply.test.paused": ("Son abonnement est en pause : `/huawei resume` rétablit les alertes."),
    "reply.pause.title": "Alertes de ce salon en pause",
    "reply.pause.text": (
        "Aucune alerte n'arrive ici jusqu'à `/huawei resume` ; les alertes entre-temps ne sont "
        "pas gardées (une sourdine les garde : `/huawei mute`). Les réglages de l'abonnement "
        "restent tels quels."
    ),
    "reply.pause.since": "En pause depuis",
    "reply.pause.already": "Déjà en pause",
    "reply.pause.already_text": "En pause depuis {since}. `/huawei resume` le rétablit.",
    "reply.resume.title": "Alertes de ce salon rétablies",
    "reply.resume.text": "Les alertes arrivent de nouveau ici ; en pause depuis {since}.",
    "reply.resume.not_paused": "Pas en pause",
    "reply.resume.on": "Les alertes de ce salon sont actives.",
    "reply.list.title": "{stance}{where} : {count}",
    "reply.list.where": " dans {groups}",
    "reply.list.none": "Aucun pays{where} n'est {stance}.",
    "reply.list.since": "depuis le {date}",
    "reply.list.overview": "Positions sur la 5G de Huawei{where}",
    "reply.list.unknown": {
        "one": "{places} ; {count} sans position publique au registre.",
        "other": "{places} ; {count} sans position publique au registre.",
    },
    "places.countries": {"one": "{count} pays", "other": "{count} pays"},
    "places.eu": "l'UE",
    "places.aq": "l'Antarctique",
    "places.and": "{first} et {second}",
    "places.list": "{first}, {second}",
    # unsubscribe, mute, mutes, unmute, quiet, filter, threads
    "reply.unsubscribe.none": "Ce salon n'a pas d'abonnement",
    "reply.unsubscribed.title": "Désabonné",
    "reply.unsubscribed.text": (
        "Ce salon ne recevra plus d'alertes ; celles pas encore livrées sont abandonnées."
    ),
    "reply.removed.title": "Retiré : {countries}",
    "reply.removed.last": (
        "C'était le dernier pays, l'abonnement est donc supprimé : plus d'alertes ici."
    ),
    "reply.removed.text": "Ce salon reçoit désormais des alertes : {wants}.",
    "error.unsubscribe.every": (
        "Ce salon reçoit des alertes sur tous les pays : il n'y a pas de liste d'où retirer "
        "{countries}. Abonnez-vous plutôt aux pays voulus (par ex. `/huawei subscribe de,fr`), "
        "ou `/huawei unsubscribe` pour tout arrêter."
    ),
    "error.unsubscribe.absent": ("{countries} : absent de l'abonnement de ce salon ({current})."),
    "reply.mute.title": "Sourdine sur {countries} pendant {length}",
    "reply.mute.text": (
        "Jusqu'au {until}. Les alertes concernées sont retenues, pas perdues : elles arrivent à "
        "la fin de la sourdine. Pour y mettre fin plus tôt : `/huawei unmute {id}`."
    ),
    "reply.mute.field": "Sourdine",
    "reply.mute.reason": "Motif",
    "reply.mutes.none": "Aucune sourdine active dans ce salon",
    "reply.mutes.title": "Sourdines actives : {count}",
    "reply.mutes.line": ("`#{id}` {countries} jusqu'au {until} (encore {left}) · par {who}{why}"),
    "reply.mutes.quiet": "Heures calmes",
    "reply.mutes.daily": "{window} chaque jour",
    "reply.mutes.held": "Alertes retenues ({count})",
    "reply.unmute.nothing": "Rien à lever : ce salon n'a aucune sourdine active",
    "reply.unmute.all": {
        "one": "Sourdine levée : {count} sourdine terminée",
        "other": "Sourdines levées : {count} sourdines terminées",
    },
    "reply.unmute.one": "Sourdine #{id} levée ({countries})",
    "reply.unmute.text": "Les alertes qu'elle retenait sont libérées.",
    "error.unmute.absent": (
        "Ce salon n'a pas de sourdine active #{id} : `/huawei mutes` les liste."
    ),
    "reply.quiet.off": "Heures calmes désactivées",
    "reply.quiet.none": "Ce salon n'avait pas d'heures calmes",
    "reply.quiet.title": "Heures calmes : {window}",
    "reply.quiet.text": (
        "Les alertes de cette plage attendent et arrivent à {end}, chaque jour. Il est "
        "actuellement {now}. `/huawei quiet off` les supprime."
    ),
    "reply.filter.title": "Filtre de ce salon ({count})",
    "reply.filter.added": "Ajouté : {terms}.",
    "reply.filter.removed": "Retiré : {terms}.",
    "reply.filter.missing": "Absent du filtre de ce salon : {terms}.",
    "reply.filter.cleared": "Le filtre est vidé.",
    "reply.filter.empty": (
        "Pas de filtre propre : tout article qui passe les mots-clés de l'espace de travail "
        "arrive ici."
    ),
    "reply.filter.terms": "{terms} : en plus des mots-clés de l'espace de travail.",
    "reply.filter.updated": "Filtre mis à jour",
    "reply.filter.unchanged": "Filtre inchangé",
    "reply.filter.nothing": "Rien à changer.",
    "error.filter.no_subscription": (
        "Ce salon n'a pas d'abonnement à filtrer : créez-en un avec `/huawei subscribe`."
    ),
    "reply.threads.same.on": "Les fils sont déjà activés",
    "reply.threads.same.off": "Les fils sont déjà désactivés",
    "reply.threads.on": "Fils activés",
    "reply.threads.on.text": (
        "Quand d'autres médias rapportent un événement déjà signalé ici, l'alerte est mise à "
        "jour et chaque nouvelle source est aussi publiée dans le fil de l'alerte."
    ),
    "reply.threads.off": "Fils désactivés",
    "reply.threads.off.text": (
        "Les nouvelles sources d'un événement mettent seulement à jour son alerte ici."
    ),
    # Refused mentions
    "error.mention.everyone": (
        "stancebot ne notifie jamais un salon entier (@everyone, @here, @channel) : désignez "
        "plutôt les personnes qui veulent les alertes, par un rôle sur Discord ou un groupe "
        "d'utilisateurs sur Slack."
    ),
    "error.mention.terminal": (
        "Les mentions sont pour les salons Slack et Discord : le terminal ne notifie personne."
    ),
    "error.mention.person": (
        "Sur Discord, les alertes mentionnent un rôle, pas une personne : créez un rôle pour "
        "ceux qui les veulent et indiquez `mention:@ce-role`."
    ),
    "error.mention.role": (
        "« {value} » n'est pas un rôle : choisissez-en un dans la liste qui s'ouvre en tapant @ "
        "dans `mention:`, ou donnez son identifiant (Paramètres du serveur → Rôles → Copier "
        "l'identifiant du rôle), ou `mention:none`."
    ),
    "error.mention.slack": (
        "« {value} » n'est ni un groupe d'utilisateurs ni un utilisateur que stancebot peut "
        "trouver : Slack envoie leurs noms, pas leurs identifiants. Donnez l'identifiant du "
        "groupe (son menu ⋯ → Copier l'identifiant du groupe, par ex. `mention:S0123ABCD`) ou "
        "celui d'un membre (`mention:U0123ABCD`), ou `mention:none`."
    ),
    # Errors a channel member meets
    "error.unknown_country.title": "Pays inconnu",
    "error.unknown_country": "Aucun pays ne correspond à « {query} ».",
    "error.did_you_mean": " Vouliez-vous dire {suggestions} ?",
    "error.not_allowed": (
        "Seul le rôle « {needed} » peut faire cela ; vous avez le rôle « {have} »."
    ),
    "role.member": "membre du salon",
    "role.manager": "gestionnaire du salon",
    "role.admin": "admin de l'espace de travail ou du serveur",
    "role.operator": "opérateur du bot",
    "error.duration": "« {text} » n'est pas une durée : indiquez par ex. 30m, 2h, 1d ou 1w.",
    "error.duration.range": (
        "« {text} » est hors limites : choisissez entre {minimum} et {maximum}."
    ),
    "error.window": "« {text} » n'est pas une plage horaire. Usage : {usage}",
    "error.window.same": "Les heures calmes doivent commencer et finir à des heures différentes.",
    "error.window.impossible": (
        "« {text} » contient une heure impossible : heures 00–23, minutes 00–59."
    ),
    "error.zone": (
        "« {text} » n'est pas un fuseau horaire : utilisez un nom comme `tz:Europe/Paris`, "
        "`tz:America/New_York` ou `tz:UTC`."
    ),
    "error.level": "« {value} » n'est pas un niveau : choisissez change, reaffirm ou mention.",
    "error.digest": (
        "« {value} » n'est pas un résumé : choisissez digest:daily, digest:weekly ou off."
    ),
    "error.list_word": ("« {word} » n'est ni une position ({stances}) ni un groupe ({groups})."),
    "error.list_word.meant": (
        "« {word} » n'est ni une position ({stances}) ni un groupe ({groups}). "
        "Vouliez-vous dire `list {meant}` ?"
    ),
    # The Decision field a Discord alert gets after a Confirm / Reject click
    "alert.field.decision": "Décision",
    "alert.decided.confirm": "Confirmé",
    "alert.decided.reject": "Rejeté",
    "alert.decided.by": "{decision} par {who}",
    # The help, each command's usage, and the replies to unknown commands
    **FRENCH_HELP,
    # The admin and operator commands' replies, and the rarer errors
    **FRENCH_ADMIN,
}
