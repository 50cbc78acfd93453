"""French: the help, each command's usage and summary, and what an unknown command gets."""

from __future__ import annotations

from bot.core.catalogue.kinds import Messages

FRENCH_HELP: Messages = {
    "help.title": "Aide de stancebot",
    "help.intro": ("stancebot suit la position de chaque pays sur Huawei dans les réseaux 5G."),
    "help.footer": (
        "Positions : banned · restricted · under_review · allowed · partnered · unknown"
    ),
    "help.line": "`/huawei {usage}` : {summary}",
    "help.heading.member": "Tout le monde",
    "help.heading.manager": "Gestionnaires du salon",
    "help.heading.admin": "Admins de l'espace de travail ou du serveur",
    "help.heading.operator": "Opérateurs du bot",
    "help.usage": "Usage",
    "help.who": "Qui",
    "help.who.text": "{heading} (vous avez le rôle « {role} »).",
    "help.unknown.title": "Commande inconnue",
    "help.unknown.meant": "Commande inconnue « {word} ». Vouliez-vous dire `{suggestion}` ?",
    "help.unknown.commands": (
        "Commande inconnue « {word} ». Commandes : {commands}. `/huawei help` dit ce que fait "
        "chacune."
    ),
    "help.unknown.showing": "Commande inconnue « {word} » : voici `{group}`.",
    "help.unknown.in_group": "Commande `{group}` inconnue : « {word} ».",
    "help.unknown.in_group.meant": (
        "Commande `{group}` inconnue : « {word} ». Vouliez-vous dire `{suggestion}` ?"
    ),
    "error.usage": "Usage : {usage}",
    "error.unknown_option": "`/huawei {command}` n’a pas d’option « {option} ». Usage : {usage}",
    "error.unknown_option.meant": (
        "`/huawei {command}` n’a pas d’option « {option} » : vouliez-vous dire « {meant} » ? "
        "Usage : {usage}"
    ),
    "usage.country": "country <nom> [public:true]",
    "summary.country": "la position d'un pays sur Huawei",
    "usage.list": "list [position] [groupe] [public:true]",
    "summary.list": "les pays par position, par ex. `list banned`, `list restricted eu`",
    "usage.history": "history <nom> [chart:true] [public:true]",
    "summary.history": (
        "chaque changement de position d'un pays ; `chart:true` en dessine la chronologie"
    ),
    "usage.recent": "recent [public:true]",
    "summary.recent": "les derniers changements de position, confirmés et signalés",
    "usage.map": "map [groupe] [public:true]",
    "summary.map": (
        "une carte du monde colorée par position, par ex. `map`, `map eu`, `map asean`"
    ),
    "usage.subscribe": (
        "subscribe [pays|groupes|all] [change|reaffirm|mention] [digest:daily|weekly|off] "
        "[tz:Europe/Paris] [mention:@rôle|none]"
    ),
    "summary.subscribe": (
        "des alertes pour ce salon, par ex. `subscribe eu`, `subscribe de,fr reaffirm`, "
        "`subscribe de mention:@policy` (ses alertes mentionnent ce rôle ou ce groupe "
        "d'utilisateurs) ; une nouvelle fois : ne change que ce que vous indiquez"
    ),
    "usage.unsubscribe": "unsubscribe [pays]",
    "summary.unsubscribe": "arrêter les alertes de ce salon, ou seulement celles de certains pays",
    "usage.subscriptions": "subscriptions [all:true]",
    "summary.subscriptions": (
        "l'abonnement de ce salon (admins : ceux de tout l'espace de travail)"
    ),
    "usage.test": "test",
    "summary.test": (
        "publier ici une alerte d'exemple, telle que seront les vraies : vérifie les "
        "permissions et la mise en forme"
    ),
    "usage.pause": "pause",
    "summary.pause": (
        "suspendre les alertes de ce salon jusqu'à `resume`, en gardant ses réglages"
    ),
    "usage.resume": "resume",
    "summary.resume": "réactiver les alertes d'un salon en pause",
    "usage.threads": "threads on|off",
    "summary.threads": (
        "publier aussi chaque nouvelle source d'un événement signalé dans le fil de son alerte "
        "(désactivé par défaut)"
    ),
    "usage.style": "style full|compact",
    "summary.style": (
        "les alertes de ce salon : toute l'histoire (full) ou une ligne chacune (compact)"
    ),
    "usage.language": "language en|de|fr|es",
    "summary.language": (
        "la langue des textes fixes du bot ici : alertes, résumés, avis, réponses et aide"
    ),
    "usage.filter.list": "filter list",
    "summary.filter.list": "les mots-clés et exclusions propres à ce salon",
    "usage.filter.add": 'filter add <mot | "expression" | -exclusion>…',
    "summary.filter.add": (
        "seuls les articles qui y correspondent aussi arrivent ici (-mot : jamais ceux-là)"
    ),
    "usage.filter.remove": "filter remove <terme>…",
    "summary.filter.remove": "retirer des termes du filtre de ce salon",
    "usage.filter.clear": "filter clear",
    "summary.filter.clear": "pas de filtre propre : les mots-clés de l'espace de travail seuls",
    "usage.mute": "mute <pays|all> <durée> [raison]",
    "summary.mute": ("retenir les alertes de ce salon un moment (1m à 30d) ; rien n'est perdu"),
    "usage.mutes": "mutes",
    "summary.mutes": "les mises en sourdine actives et les heures calmes de ce salon",
    "usage.unmute": "unmute [numéro|all]",
    "summary.unmute": "mettre fin à une mise en sourdine avant l'heure",
    "usage.quiet": "quiet <HH:MM-HH:MM|off> [tz:Europe/Paris]",
    "summary.quiet": (
        "des heures calmes chaque jour, dans le fuseau du salon, pendant lesquelles les "
        "alertes attendent"
    ),
    "usage.keywords.list": "keywords list",
    "summary.keywords.list": "les mots-clés surveillés et leurs derniers changements",
    "usage.keywords.add": 'keywords add <mot | "expression" | -exclusion>…',
    "summary.keywords.add": "surveiller d'autres termes, ou en exclure",
    "usage.keywords.remove": "keywords remove <terme>…",
    "summary.keywords.remove": "ne plus surveiller des termes",
    "usage.keywords.test": "keywords test <texte>",
    "summary.keywords.test": "quels mots-clés et exclusions correspondent à un texte d'exemple",
    "usage.feeds.add": "feeds add <url> [intervalle] [global:true]",
    "summary.feeds.add": "surveiller un flux (vérifié en le récupérant une fois)",
    "usage.feeds.remove": "feeds remove <id ou url> [global:true]",
    "summary.feeds.remove": "ne plus surveiller un flux",
    "usage.feeds.enable": "feeds enable <id ou url> [global:true]",
    "summary.feeds.enable": "interroger de nouveau un flux désactivé",
    "usage.feeds.list": "feeds list",
    "summary.feeds.list": "les flux que surveille cet espace de travail",
    "usage.feeds.status": "feeds status",
    "summary.feeds.status": (
        "en ordre / en échec / désactivé, dernier succès, dernière erreur, prochaine interrogation"
    ),
    "usage.feeds.export": "feeds export [global:true]",
    "summary.feeds.export": "les flux de cet espace de travail en fichier OPML",
    "usage.feeds.import": "feeds import <lien vers un fichier OPML> [global:true]",
    "summary.feeds.import": (
        "surveiller chaque flux d'un fichier OPML (Discord : joignez-le) ; tout ou rien"
    ),
    "usage.stance.pending": "stance pending",
    "summary.stance.pending": "les changements de position en attente de décision",
    "usage.stance.confirm": "stance confirm <événement>",
    "summary.stance.confirm": "appliquer au registre un changement signalé",
    "usage.stance.reject": "stance reject <événement> [raison]",
    "summary.stance.reject": "écarter un changement signalé",
    "usage.stance.set": ("stance set <pays> <position> <url-source> [date:AAAA-MM-JJ] [raison]"),
    "summary.stance.set": (
        "fixer un registre à la main, en vigueur à une date (sans date : aujourd'hui)"
    ),
    "usage.status": "status",
    "summary.status": (
        "flux, interrogations, livraisons en attente, événements à confirmer, temps de "
        "fonctionnement, version"
    ),
    "usage.why": "why <url>",
    "summary.why": "comment un article a été lu, comparé, regroupé et acheminé",
}
