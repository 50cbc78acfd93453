"""French: the admin and operator commands' replies, and the rarer errors."""

from __future__ import annotations

from bot.core.catalogue.kinds import Messages

FRENCH_ADMIN: Messages = {
    "time.never": "jamais",
    # keywords
    "keywords.title": "Mots-clés surveillés ({count})",
    "keywords.own": "La liste propre à cet espace de travail.",
    "keywords.defaults": "Les mots-clés par défaut : pas encore modifiés ici.",
    "keywords.recent": "Derniers changements",
    "keywords.footer": "/huawei keywords add|remove <terme…> · /huawei keywords test <texte>",
    "keywords.added": "Ajouté : {terms}.",
    "keywords.already": "Déjà surveillé : {terms}.",
    "keywords.now_own": (
        "Cet espace de travail utilisait les mots-clés par défaut : ils forment désormais sa "
        "propre liste, avec ceux-ci."
    ),
    "keywords.removed": "Retiré : {terms}.",
    "keywords.missing": "Absent de la liste : {terms}.",
    "keywords.defaults_again": (
        "Il ne reste aucun mot-clé : les mots-clés par défaut s'appliquent de nouveau."
    ),
    "keywords.updated": "Mots-clés modifiés",
    "keywords.unchanged": "Mots-clés inchangés",
    "keywords.watched": "Surveillés désormais ({count})",
    "keywords.only_exclusions": (
        "Sans mot-clé, seules les exclusions filtrent : tout autre article pertinent passe."
    ),
    "keywords.none": "néant",
    "keywords.log.add": "{at} · `{term}` ajouté par {who}",
    "keywords.log.remove": "{at} · `{term}` retiré par {who}",
    "keywords.test.excluded": (
        "Une exclusion correspond : de tels articles n'atteindraient pas cet espace de travail."
    ),
    "keywords.test.passes": (
        "De tels articles atteignent les salons dont l'abonnement veut ce pays et ce type."
    ),
    "keywords.test.unmatched": (
        "Aucun mot-clé ne correspond : de tels articles n'atteindraient pas cet espace de travail."
    ),
    "keywords.test.kept_out": (
        "Les mots-clés de l'espace de travail correspondent, mais le filtre de ce salon l'écarte."
    ),
    "keywords.test.matched": "Mots-clés trouvés",
    "keywords.test.exclusions": "Exclusions trouvées",
    "keywords.test.channel": "Filtre de ce salon",
    "keywords.test.pass": "Passe",
    "keywords.test.fail": "Filtré",
    "keywords.test.own": "Testé avec la liste propre à cet espace de travail.",
    "keywords.test.defaults": "Testé avec les mots-clés par défaut.",
    "keywords.channel.matched": "correspond à {terms}",
    "keywords.channel.excluded": "exclu par {terms}",
    "keywords.channel.nothing": "aucun de ses termes ne correspond",
    "keywords.channel.passes": "passe : {found}",
    "keywords.channel.out": "filtré : {found}",
    # feeds
    "feed.cannot_add": "Impossible d'ajouter {url} : {reason}.",
    "feed.cannot_fetch": "Impossible de récupérer {url} : {reason}.",
    "feed.already": "{url} est déjà surveillé ici.",
    "feed.gone": "Le flux {id} a été supprimé entre-temps.",
    "feed.unknown": "Aucun flux « {ref} » ici : `/huawei feeds list` donne les identifiants.",
    "feed.global": (
        "Le flux {ref} est un flux global, interrogé pour chaque espace de travail et serveur : "
        "seul un opérateur du bot peut le modifier, avec `/huawei feeds remove {ref} "
        "global:true` (ou `enable`). Vos propres flux sont ceux que `/huawei feeds list` "
        "affiche sans « (global) »."
    ),
    "feed.reason.blocked_address": (
        "il pointe vers une adresse privée ou locale, que stancebot ne récupère jamais"
    ),
    "feed.reason.blocked_scheme": (
        "seuls les flux http:// et https:// peuvent être ajoutés depuis le chat"
    ),
    "feed.reason.timeout": "le serveur n'a pas répondu à temps",
    "feed.reason.too_large": "le document dépasse la taille maximale",
    "feed.reason.not_a_feed": "la page n'est pas un flux RSS ou Atom",
    "feed.reason.empty": "le serveur a envoyé un document vide",
    "feed.reason.malformed": "le document n'est pas du XML bien formé",
    "feed.reason.unsafe_xml": "le document déclare des entités XML, que stancebot refuse",
    "feed.reason.redirect_loop": "ses redirections tournent en boucle",
    "feed.reason.too_many_redirects": "il redirige trop de fois",
    "feed.reason.dns": "son nom d'hôte ne se résout pas",
    "feed.reason.connect_failed": "le serveur a refusé la connexion",
    "feed.reason.http": "le serveur a répondu HTTP {status}",
    "feed.reason.other": "{error}",
    "feeds.added": "Désormais surveillé : {name}",
    "feeds.added.text": {
        "one": "{count} article trouvé. Ses articles actuels sont enregistrés comme vus sans "
        "alerte ; les nouveaux seront analysés.",
        "other": "{count} articles trouvés. Ses articles actuels sont enregistrés comme vus "
        "sans alerte ; les nouveaux seront analysés.",
    },
    "feeds.every": "Interrogé toutes les {every}.",
    "feeds.every.default": "Interrogé à l'intervalle par défaut.",
    "feeds.id": "Identifiant du flux",
    "feeds.removed": "Plus surveillé : {name}",
    "feeds.enabled": "{name} est de nouveau interrogé",
    "feeds.next": "Prochaine interrogation {at}.",
    "feeds.none": "Aucun flux",
    "feeds.none.text": "Ajoutez-en un avec `/huawei feeds add <url>`.",
    "feeds.title": "Flux : {count}",
    "feeds.global": " (global)",
    "feeds.status": "État des flux",
    "feeds.status.none": "Aucun flux.",
    "feeds.last_success": "dernier succès {at}",
    "feeds.next_poll": "prochaine interrogation {at}",
    "feeds.failures": {
        "one": "{count} échec d'affilée",
        "other": "{count} échecs d'affilée",
    },
    "feeds.last_error": "dernière erreur : {error}",
    "health.ok": {"one": "{count} en ordre", "other": "{count} en ordre"},
    "health.new": {"one": "{count} nouveau", "other": "{count} nouveaux"},
    "health.failing": {"one": "{count} en échec", "other": "{count} en échec"},
    "health.disabled": {"one": "{count} désactivé", "other": "{count} désactivés"},
    "health.ok.state": "en ordre",
    "health.new.state": "nouveau",
    "health.failing.state": "en échec",
    "health.disabled.state": "désactivé",
    # feeds export, feeds import
    "export.global": "les flux globaux",
    "export.tenant": "les flux de cet espace de travail",
    "export.global.text": (
        "Les flux globaux en OPML, en pièce jointe : les lecteurs de flux l'importent, tout "
        "comme `/huawei feeds import`."
    ),
    "export.tenant.text": (
        "Les flux de cet espace de travail en OPML, en pièce jointe : les lecteurs de flux "
        "l'importent, tout comme `/huawei feeds import`."
    ),
    "export.title": {
        "one": "Export des flux : {count} flux",
        "other": "Export des flux : {count} flux",
    },
    "export.description": {"one": "{count} flux en OPML", "other": "{count} flux en OPML"},
    "import.added": "Ajoutés ({count})",
    "import.already": "Déjà surveillés ({count})",
    "import.title": {"one": "{count} flux importé", "other": "{count} flux importés"},
    "import.text": (
        "Chacun est vérifié à sa première interrogation, et ses articles actuels sont "
        "enregistrés sans alerte. `/huawei feeds status` montre comment ils se portent."
    ),
    # stance pending, confirm, reject, set
    "stance.pending.none": "Aucun changement de position n'attend de décision",
    "stance.pending.title": "En attente de décision : {count}",
    "stance.pending.footer": (
        "/huawei stance confirm <événement> · /huawei stance reject <événement>"
    ),
    "stance.confidence": "confiance {confidence}",
    "stance.confirmed": "Confirmé : {event}",
    "stance.rejected": "Rejeté : {event}",
    "stance.rejected.text": "Le registre reste inchangé.",
    "stance.outcome.current": "Le registre indique désormais : {stance} depuis le {since}.",
    "stance.outcome.says": "{stance} depuis le {since}",
    "stance.outcome.unchanged": "inchangé",
    "stance.outcome.history": (
        "Ajouté à l'historique au {on}, à sa place : le registre est plus récent et indique "
        "toujours : {says}."
    ),
    "stance.queued": {
        "one": "Alertes en file pour {count} salon.",
        "other": "Alertes en file pour {count} salons.",
    },
    "stance.not_a_stance": "« {word} » n'est pas une position : {stances}.",
    "stance.not_a_url": "« {url} » n'est pas une URL de source. Usage : {usage}",
    "stance.date": "« date:{given} » n'est pas une date comme date:2020-07-14.",
    "stance.future": (
        "Le {on} est dans le futur : une position prend effet quand elle est décidée."
    ),
    "stance.no_event": "Aucun événement n°{id}. Voir `/huawei stance pending`.",
    "stance.decided": "L'événement n°{id} n'attend pas de décision (il est {status}).",
    "event.mention": "mention",
    "event.status.info": "pour information",
    "event.status.pending": "en attente",
    "event.status.applied": "appliqué",
    "event.status.confirmed": "confirmé",
    "event.status.rejected": "rejeté",
    "error.id": "« {word} » n'est pas {what} : {hint}",
    "error.id.range": "« {word} » est hors limites pour {what} : {hint}",
    "id.event": "un numéro d'événement",
    "id.event.hint": "voir `/huawei stance pending`.",
    "id.mute": "un numéro de mise en sourdine",
    "id.mute.hint": "indiquez `unmute <numéro>` ou `unmute all`.",
    # status
    "status.feeds": "Flux",
    "status.last_poll": "Dernière interrogation",
    "status.next_poll": "Prochaine interrogation",
    "status.deliveries": "Livraisons",
    "status.awaiting": "En attente de confirmation",
    "status.uptime": "En service depuis",
    "status.healthy": "Tous les flux sont en ordre.",
    "status.attention": {
        "one": "{count} flux demande de l'attention : voir `/huawei feeds status`.",
        "other": "{count} flux demandent de l'attention : voir `/huawei feeds status`.",
    },
    "delivery.pending": {"one": "{count} en attente", "other": "{count} en attente"},
    "delivery.held": {"one": "{count} retenue", "other": "{count} retenues"},
    "delivery.digest": {"one": "{count} au résumé", "other": "{count} au résumé"},
    "delivery.failed": {"one": "{count} en échec", "other": "{count} en échec"},
    "delivery.dead": {"one": "{count} impossible", "other": "{count} impossibles"},
    # why
    "why.not_a_link": (
        "`why` attend le lien d'un article, comme `/huawei why https://…` ; « {text} » n'est "
        "pas un lien."
    ),
    "why.unseen": "Jamais vu",
    "why.unseen.text": (
        "Aucun flux n'a publié {url}. Les opérateurs peuvent tester le texte de n'importe "
        "quelle page avec `stancebot analyze --explain <fichier ou url>`."
    ),
    "why.title": "Pourquoi : {title}",
    "why.seen": "Vu",
    "why.item": "Article n°{id} : {status}.",
    "why.item.new": "en attente d'analyse",
    "why.item.primed": (
        "vu à la première interrogation de son flux : enregistré sans alerte (pas de déluge)"
    ),
    "why.item.old": "plus ancien que la limite d'âge des alertes : enregistré sans alerte",
    "why.item.analysed": "analysé",
    "why.published": "Publié le {at}{estimated} par {outlet}.",
    "why.estimated": " (date manquante : l'heure de récupération la remplace)",
    "why.unknown_outlet": "un média inconnu",
    "why.analysis": "Analyse",
    "why.keywords": "Mots-clés de cet espace de travail",
    "why.nothing": "rien",
    "why.matched": "correspond à {terms}",
    "why.excluded": " ; exclu par {terms}",
    "why.passes": "Il passe : {detail}.",
    "why.fails": "Il ne passe pas : {detail}.",
    "why.comparison": "Comparé au registre",
    "why.comparison.none": "Aucun pays à comparer.",
    "why.compared": "{country} : signale {signal}, le registre indiquait {then} → {kind}",
    "why.no_stance": "aucune position",
    "why.events": "Événements",
    "why.events.none": "Il n'a rejoint aucun événement.",
    "why.event": "Événement n°{id} ({country})",
    "why.unrouted": (
        "Aucun abonnement ici ne veut d'alertes {kind} pour {country} (ou les mots-clés de cet "
        "espace de travail ne correspondaient pas)."
    ),
    "why.delivery.pending": "en attente d'envoi",
    "why.delivery.sent": "envoyée",
    "why.delivery.failed": "échouée après toutes les tentatives",
    "why.delivery.dead": "non envoyée : le salon n'existe plus",
    "why.delivery.held": "retenue",
    "why.delivery.digest": "reportée au prochain résumé",
    "why.edited": ", puis modifiée pour indiquer « {status} »",
    # Rarer errors
    "error.no_record": "Aucun registre n'est encore enregistré pour {place}.",
    "reply.test.mentions": "Elle mentionne {who}, comme les alertes d'ici.",
    "error.pause.none": "Ce salon n'a pas d'abonnement à mettre en pause.",
    "error.resume.none": "Ce salon n'a pas d'abonnement à réactiver.",
    "error.threads": "Usage : `/huawei threads on` ou `/huawei threads off`.",
    "error.style": "« {text} » n'est pas un style : utilisez `/huawei {usage}`.",
    "error.language": (
        "« {text} » n'est pas une langue que parle le bot : utilisez `/huawei {usage}`."
    ),
    "example.mute": "mute <pays|all> <durée> [raison], par ex. `mute de,fr 2h élections`",
    "example.quiet": (
        "quiet <HH:MM-HH:MM|off> [tz:Zone/Ville], par ex. `quiet 22:00-07:00 tz:Europe/Paris` "
        "(le fuseau du salon ; UTC tant qu'il n'est pas défini)"
    ),
    "error.mute.order": (
        "Indiquez les pays avant la durée, par ex. `mute {place} {duration}`, ou "
        "`mute all {duration}` pour tous les pays."
    ),
    "error.mute.reason": "La raison doit faire au plus {limit} caractères.",
    "error.mute.forever": (
        "Une mise en sourdine finit toujours : indiquez une durée de {minimum} à {maximum}, par "
        "ex. 2h ou 7d. Pour arrêter les alertes, utilisez `/huawei unsubscribe`."
    ),
    "error.zone.no_subscription": (
        "Un fuseau horaire appartient à l'abonnement du salon : d'abord `/huawei subscribe` "
        "(les heures calmes ne comptent que pour un salon abonné)."
    ),
    "error.map.country": (
        "« {name} » est un pays, pas un groupe : essayez `history {name} chart:true` pour sa "
        "chronologie. Groupes : {groups}."
    ),
    "error.map.group": "Aucun groupe ne correspond à « {name} ». Groupes : {groups}.",
    "error.map.empty": "Le groupe {group} n'a aucun membre à montrer.",
    "error.all_and_names": (
        "« {word} » veut dire tous les pays et ne se combine pas avec des pays nommés : nommez "
        "les pays, ou utilisez « {word} » seul."
    ),
    "error.levels": "Choisissez un seul niveau : change, reaffirm ou mention.",
    "error.post.terminal": (
        "Impossible de publier des alertes d'ici : le terminal ne les affiche que pendant que "
        "`stancebot run` tourne."
    ),
    "error.post.refused": (
        "stancebot ne peut pas publier dans ce salon, les alertes n'y arriveraient donc pas "
        "non plus ({error}). Invitez le bot, ou donnez-lui ici les permissions Voir le salon, "
        "Envoyer des messages et Intégrer des liens."
    ),
    "error.post.failed": ("L'alerte d'exemple n'a pas pu être publiée : {error}. Réessayez."),
    "error.keyword.syntax": (
        'Mot-clé invalide {term} : utilisez un mot, une "expression entre guillemets" ou une '
        "-exclusion."
    ),
    "error.keyword.empty": ("Mot-clé invalide {term} : il faut au moins une lettre ou un chiffre."),
    "error.keyword.long": "Mot-clé invalide {term} : au plus {limit} caractères.",
    # An adapter's own words around a long reply: its pages, a field continued
    "render.continued": "{name} (suite)",
    "render.page": "page {number} sur {total}",
    "render.sources": "Sources",
    "render.more": "…et {count} de plus",
    "render.hidden": "… et {count} de plus, non affichés ici.",
    "render.previous": "Précédent",
    "render.next": "Suivant",
    # map and history charts, subscriptions all:true
    "map.title": "Positions sur Huawei 5G{where} · {day}",
    "map.text": "{places}{where}, comptés par position.",
    "map.footer": "Essayez : map eu · map asean · list banned · history <pays> chart:true",
    "map.unavailable": "{error} La voici en texte.",
    "subscriptions.start": (
        "Un gestionnaire du salon peut en créer un, par ex. `/huawei subscribe eu` ou `/huawei "
        "subscribe de,fr reaffirm`."
    ),
    "subscriptions.none": "Aucun salon de cet espace de travail n'est abonné",
    "subscriptions.first": " (les {count} premiers affichés)",
    "subscriptions.title": "Abonnements de cet espace de travail : {count}",
    "subscriptions.text": "actifs : {active}, désactivés : {disabled}{shown}.",
    "subscriptions.here": " (ce salon)",
    "subscriptions.no_reason": "aucune raison enregistrée",
    "subscriptions.disabled": "⛔ désactivé : {reason}",
    "subscriptions.line": "{wants}, résumé {digest}",
    # The pictures: the map's and the timeline's words and their alt text
    "picture.map.title": "Positions sur Huawei 5G",
    "picture.map.group": {"one": "{group} · {count} membre", "other": "{group} · {count} membres"},
    "picture.map.world": {
        "one": "Monde · {count} pays ou bloc",
        "other": "Monde · {count} pays et blocs",
    },
    "picture.map.all_drawn": "Chaque pays compté ci-dessus est dessiné.",
    "picture.map.not_drawn": "Comptés ci-dessus mais non dessinés sur cette carte : {codes}.",
    "picture.map.many_not_drawn": (
        "Les comptes incluent les {total} ; {count} ne sont pas dessinés sur cette carte "
        "(surtout de petites îles, et des blocs comme l'UE)."
    ),
    "picture.map.all_known": "Chaque pays a une position étudiée et sourcée.",
    "picture.map.unknown": (
        "Inconnu (gris), {count} : aucune position publique trouvée, ou des sources "
        "contradictoires ; surtout de petits territoires."
    ),
    "picture.map.the_world": "le monde",
    "picture.map.alt_missing": " ; {count} non dessinés",
    "picture.map.alt": (
        "Carte des positions sur Huawei 5G dans {where} au {day} : {counts}{missing}."
    ),
    "picture.timeline.title": "{place} : position sur Huawei 5G dans le temps",
    "picture.timeline.now_since": "Aujourd'hui {stance} depuis le {since}",
    "picture.timeline.now": "Aujourd'hui {stance}",
    "picture.timeline.changes": {
        "one": "{count} changement au registre",
        "other": "{count} changements au registre",
    },
    "picture.timeline.as_of": "au {day}",
    "picture.timeline.none": "Aucun changement au registre.",
    "picture.timeline.none.inline": "aucun changement au registre",
    "picture.timeline.earlier": {
        "one": "{count} changement antérieur non listé ici.",
        "other": "{count} changements antérieurs non listés ici.",
    },
    "picture.timeline.no_source": "Aucune source enregistrée.",
    "picture.timeline.sources": "Sources : {sources}",
    "picture.timeline.step": "{stance} à partir du {day}",
    "picture.timeline.alt_now": "{stance} au {day}",
    "picture.timeline.alt": "Chronologie de la position de {place} sur Huawei 5G : {told} ; {now}.",
    "picture.timeline.then": " ; ",
}
