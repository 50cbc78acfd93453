"""Spanish: the help, each command's usage and summary, and what an unknown command gets."""

from __future__ import annotations

from bot.core.catalogue.kinds import Messages

SPANISH_HELP: Messages = {
    "help.title": "Ayuda de stancebot",
    "help.intro": "stancebot sigue la postura de cada país sobre Huawei en las redes 5G.",
    "help.footer": ("Posturas: banned · restricted · under_review · allowed · partnered · unknown"),
    "help.line": "`/huawei {usage}`: {summary}",
    "help.heading.member": "Todos",
    "help.heading.manager": "Gestores del canal",
    "help.heading.admin": "Admins del espacio de trabajo o del servidor",
    "help.heading.operator": "Operadores del bot",
    "help.usage": "Uso",
    "help.who": "Quién",
    "help.who.text": "{heading} (usted tiene el rol «{role}»).",
    "help.unknown.title": "Comando desconocido",
    "help.unknown.meant": "Comando desconocido «{word}». ¿Quiso decir `{suggestion}`?",
    "help.unknown.commands": (
        "Comando desconocido «{word}». Comandos: {commands}. `/huawei help` explica qué hace "
        "cada uno."
    ),
    "help.unknown.showing": "Comando desconocido «{word}»: se muestra `{group}`.",
    "help.unknown.in_group": "Comando de `{group}` desconocido: «{word}».",
    "help.unknown.in_group.meant": (
        "Comando de `{group}` desconocido: «{word}». ¿Quiso decir `{suggestion}`?"
    ),
    "error.usage": "Uso: {usage}",
    "error.unknown_option": "`/huawei {command}` no tiene la opción «{option}». Uso: {usage}",
    "error.unknown_option.meant": (
        "`/huawei {command}` no tiene la opción «{option}»: ¿quería decir «{meant}»? Uso: {usage}"
    ),
    "usage.country": "country <nombre> [public:true]",
    "summary.country": "la postura de un país sobre Huawei",
    "usage.list": "list [postura] [grupo] [public:true]",
    "summary.list": "países por postura, p. ej. `list banned`, `list restricted eu`",
    "usage.history": "history <nombre> [chart:true] [public:true]",
    "summary.history": ("cada cambio de postura de un país; `chart:true` dibuja su cronología"),
    "usage.recent": "recent [public:true]",
    "summary.recent": "los últimos cambios de postura, confirmados y notificados",
    "usage.map": "map [grupo] [public:true]",
    "summary.map": ("un mapa del mundo coloreado por postura, p. ej. `map`, `map eu`, `map asean`"),
    "usage.subscribe": (
        "subscribe [países|grupos|all] [change|reaffirm|mention] [digest:daily|weekly|off] "
        "[tz:Europe/Madrid] [mention:@rol|none]"
    ),
    "summary.subscribe": (
        "alertas para este canal, p. ej. `subscribe eu`, `subscribe de,fr reaffirm`, "
        "`subscribe de mention:@policy` (sus alertas mencionan ese rol o grupo de usuarios); "
        "de nuevo: solo cambia lo que indique"
    ),
    "usage.unsubscribe": "unsubscribe [países]",
    "summary.unsubscribe": "detener las alertas de este canal, o solo las de algunos países",
    "usage.subscriptions": "subscriptions [all:true]",
    "summary.subscriptions": (
        "la suscripción de este canal (admins: las de todo el espacio de trabajo)"
    ),
    "usage.test": "test",
    "summary.test": (
        "publicar aquí una alerta de ejemplo, como se verán las reales: comprueba permisos y "
        "formato"
    ),
    "usage.pause": "pause",
    "summary.pause": ("pausar las alertas de este canal hasta `resume`, conservando sus ajustes"),
    "usage.resume": "resume",
    "summary.resume": "reactivar las alertas de un canal en pausa",
    "usage.threads": "threads on|off",
    "summary.threads": (
        "publicar también cada fuente nueva de un evento alertado en el hilo de su alerta "
        "(desactivado por defecto)"
    ),
    "usage.style": "style full|compact",
    "summary.style": (
        "las alertas de este canal: la historia completa (full) o una línea cada una (compact)"
    ),
    "usage.language": "language en|de|fr|es",
    "summary.language": (
        "el idioma de los textos fijos del bot aquí: alertas, resúmenes, avisos, respuestas y ayuda"
    ),
    "usage.filter.list": "filter list",
    "summary.filter.list": "las palabras clave y exclusiones propias de este canal",
    "usage.filter.add": 'filter add <palabra | "frase" | -exclusión>…',
    "summary.filter.add": (
        "solo llegan aquí las noticias que además coincidan con estos (-palabra: nunca esas)"
    ),
    "usage.filter.remove": "filter remove <término>…",
    "summary.filter.remove": "quitar términos del filtro de este canal",
    "usage.filter.clear": "filter clear",
    "summary.filter.clear": ("sin filtro propio: solo las palabras clave del espacio de trabajo"),
    "usage.mute": "mute <países|all> <duración> [motivo]",
    "summary.mute": (
        "retener las alertas de este canal un tiempo (de 1m a 30d); no se pierde nada"
    ),
    "usage.mutes": "mutes",
    "summary.mutes": "los silencios activos y las horas de silencio de este canal",
    "usage.unmute": "unmute [número|all]",
    "summary.unmute": "terminar un silencio antes de tiempo",
    "usage.quiet": "quiet <HH:MM-HH:MM|off> [tz:Europe/Madrid]",
    "summary.quiet": (
        "horas de silencio diarias, en la zona horaria del canal, en las que las alertas esperan"
    ),
    "usage.keywords.list": "keywords list",
    "summary.keywords.list": "las palabras clave vigiladas y sus últimos cambios",
    "usage.keywords.add": 'keywords add <palabra | "frase" | -exclusión>…',
    "summary.keywords.add": "vigilar más términos, o excluir algunos",
    "usage.keywords.remove": "keywords remove <término>…",
    "summary.keywords.remove": "dejar de vigilar términos",
    "usage.keywords.test": "keywords test <texto>",
    "summary.keywords.test": ("qué palabras clave y exclusiones coinciden con un texto de ejemplo"),
    "usage.feeds.add": "feeds add <url> [intervalo] [global:true]",
    "summary.feeds.add": "vigilar un feed (se comprueba descargándolo una vez)",
    "usage.feeds.remove": "feeds remove <id o url> [global:true]",
    "summary.feeds.remove": "dejar de vigilar un feed",
    "usage.feeds.enable": "feeds enable <id o url> [global:true]",
    "summary.feeds.enable": "volver a consultar un feed desactivado",
    "usage.feeds.list": "feeds list",
    "summary.feeds.list": "los feeds que vigila este espacio de trabajo",
    "usage.feeds.status": "feeds status",
    "summary.feeds.status": (
        "correcto / con fallos / desactivado, último éxito, último error, próxima consulta"
    ),
    "usage.feeds.export": "feeds export [global:true]",
    "summary.feeds.export": "los feeds de este espacio de trabajo como archivo OPML",
    "usage.feeds.import": "feeds import <enlace a un archivo OPML> [global:true]",
    "summary.feeds.import": (
        "vigilar cada feed de un archivo OPML (Discord: adjúntelo); todo o nada"
    ),
    "usage.stance.pending": "stance pending",
    "summary.stance.pending": "los cambios de postura que esperan una decisión",
    "usage.stance.confirm": "stance confirm <evento>",
    "summary.stance.confirm": "aplicar al registro un cambio notificado",
    "usage.stance.reject": "stance reject <evento> [motivo]",
    "summary.stance.reject": "descartar un cambio notificado",
    "usage.stance.set": ("stance set <país> <postura> <url-fuente> [date:AAAA-MM-DD] [motivo]"),
    "summary.stance.set": ("fijar un registro a mano, vigente desde una fecha (sin ella: hoy)"),
    "usage.status": "status",
    "summary.status": (
        "feeds, consultas, entregas pendientes, eventos por confirmar, tiempo en marcha, versión"
    ),
    "usage.why": "why <url>",
    "summary.why": "cómo se leyó, comparó, agrupó y encaminó una noticia",
}
