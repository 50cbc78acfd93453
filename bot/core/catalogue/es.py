"""Español."""

from __future__ import annotations

from bot.core.catalogue.es_admin import SPANISH_ADMIN
from bot.core.catalogue.es_help import SPANISH_HELP
from bot.core.catalogue.kinds import Messages

SPANISH: Messages = {
    "stance.banned": "Prohibido",
    "stance.banned.inline": "prohibido",
    "stance.restricted": "Restringido",
    "stance.restricted.inline": "restringido",
    "stance.under_review": "En revisión",
    "stance.under_review.inline": "en revisión",
    "stance.allowed": "Permitido",
    "stance.allowed.inline": "permitido",
    "stance.partnered": "Socio",
    "stance.partnered.inline": "socio",
    "stance.unknown": "Desconocido",
    "stance.unknown.inline": "desconocido",
    "stance.banned.meaning": "excluido del 5G por ley o regulación, o retirada ordenada",
    "stance.restricted.meaning": (
        "excluido en parte: del núcleo o de sitios sensibles, con tope o vetado tras revisión"
    ),
    "stance.under_review.meaning": "una decisión está públicamente pendiente",
    "stance.allowed.meaning": "ninguna restricción decidida; los operadores pueden comprar Huawei",
    "stance.partnered.meaning": (
        "el gobierno o los principales operadores construyen activamente el 5G con Huawei"
    ),
    "stance.unknown.meaning": "ninguna postura pública en el registro",
    "card.since": "Desde",
    "card.set_by": "Fijado por",
    "card.reviewed": "Revisado",
    "card.reviewed_by": "{date} por {who}",
    "card.an_operator": "un operador",
    "card.last_changes": "Últimos cambios",
    "origin.seed": "el registro incluido",
    "origin.news": "las noticias",
    "origin.operator": "un operador",
    "card.showing": "Se muestra {place}: ningún país se llama «{query}».",
    "change.was": " (antes {stance})",
    "history.title": "{place}: historial",
    "history.none": "Sin cambios en el registro: la postura es {stance}.",
    "recent.title": "Cambios de postura recientes",
    "recent.record": "Cambios en el registro",
    "recent.none": "Ninguno todavía.",
    "alert.title.change": "{place}: {old} → {new}",
    "alert.title.reaffirm": "{place}: sigue {stance}",
    "alert.title.mention": "{place} en las noticias de Huawei",
    "alert.kind.change": "Cambio de postura",
    "alert.kind.reaffirm": "Postura reafirmada",
    "alert.kind.mention": "En las noticias",
    "alert.note.pending": "Sin confirmar: un operador puede confirmarlo o rechazarlo.",
    "alert.note.applied": "Aplicado al registro (varias fuentes coinciden).",
    "alert.note.confirmed": "Confirmado por un operador.",
    "alert.note.rejected": "Rechazado por un operador.",
    "alert.state.info": "Para información",
    "alert.state.pending": "Sin confirmar",
    "alert.state.applied": "Aplicado (varias fuentes fiables)",
    "alert.state.confirmed": "Confirmado por un operador",
    "alert.state.rejected": "Rechazado por un operador",
    "alert.operators": (
        "Sin confirmar. Operadores: /huawei stance confirm {event} o /huawei stance reject {event}"
    ),
    "alert.decision": (
        "Sin confirmar: los operadores pueden confirmarlo o rechazarlo; los gestores del canal "
        "pueden silenciar {place} aquí durante 24 horas."
    ),
    "alert.field.kind": "Tipo",
    "alert.field.stance": "Postura",
    "alert.field.confidence": "Confianza",
    "alert.field.outlets": "Medios",
    "alert.field.reported_by": "Publicado por",
    "alert.field.status": "Estado",
    "alert.field.also": "También publicado",
    "alert.also_by": "También publicado por",
    "alert.outlets": {"one": "{count} medio", "other": "{count} medios"},
    "alert.sources": {"one": "{count} fuente", "other": "{count} fuentes"},
    "alert.event": "Evento n.º {event}",
    "alert.event.inline": "evento n.º {event}",
    "alert.read": "Leer: {outlet}",
    "alert.evidence": "Cita: {text}",
    "alert.confidence": "Confianza {confidence}",
    "alert.compact.confidence": "confianza {percent} %",
    "alert.button.confirm": "Confirmar",
    "alert.button.reject": "Rechazar",
    "alert.button.mute": "Silenciar 24 h",
    "alert.reject.title": "¿Rechazar este cambio?",
    "alert.reject.text": "El registro queda como está y el evento se cierra.",
    "alert.reject.keep": "Dejarlo abierto",
    "sample.headline": (
        "Alerta de ejemplo de /huawei test: {place} sigue {stance} según el registro. "
        "Nada ha cambiado."
    ),
    "digest.daily": "Resumen diario",
    "digest.weekly": "Resumen semanal",
    "digest.catch_up": "Puesta al día",
    "digest.title": {
        "one": "{label}: {count} cambio de postura",
        "other": "{label}: {count} cambios de postura",
    },
    "digest.others": {
        "one": "{count} evento más (reafirmaciones y menciones) en este periodo.",
        "other": "{count} eventos más (reafirmaciones y menciones) en este periodo.",
    },
    "digest.decided": "Cambios de postura",
    "digest.reported": "Publicados, pendientes de confirmación",
    "digest.capped": "Retenidos por el límite de alertas por hora",
    "digest.more": "… y {count} más",
    "digest.line.change": "{place} {old} → {new}{headline}",
    "digest.line.reaffirm": "{place} sigue {stance}{headline}",
    "digest.line.mention": "{place} en las noticias{headline}",
    "date.months": "ene. feb. mar. abr. may. jun. jul. ago. sept. oct. nov. dic.",
    "notice.title": "Problema con un feed",
    "notice.disabled": {
        "one": "El feed «{name}» se desactivó tras {count} fallo seguido (último error: "
        "{error}). Revíselo y luego `/huawei feeds enable {feed}`.",
        "other": "El feed «{name}» se desactivó tras {count} fallos seguidos (último error: "
        "{error}). Revíselo y luego `/huawei feeds enable {feed}`.",
    },
    "notice.failing": "El feed «{name}» lleva más de un día fallando (último error: {error}).",
    "setting.countries": "Países",
    "setting.alerts": "Alertas",
    "setting.digest": "Resumen",
    "setting.tz": "Zona horaria",
    "setting.filter": "Filtro",
    "setting.paused": "En pausa",
    "setting.paused_since": "desde {since}: `/huawei resume`",
    "setting.disabled": "⛔ Desactivada",
    "setting.style": "Estilo",
    "setting.language": "Idioma",
    "setting.mention": "Mención",
    "setting.threads": "Hilos",
    "setting.threads.on": (
        "activados: las nuevas fuentes de un evento también van al hilo de su alerta"
    ),
    "mention.role": "el rol {id}",
    "mention.group": "el grupo de usuarios {id}",
    "mention.user": "el usuario {id}",
    "mention.none": "nadie",
    "setting.every_country": "todos los países",
    "setting.more": "y {count} más",
    "setting.changed": "Cambiado",
    "setting.unchanged": "Nada: ya era así.",
    "setting.change_line": "{setting}: {before} → {after}",
    "reply.subscribed.again": " Estaba desactivada ({reason}); vuelve a estar activa.",
    "reply.subscribed.footer": (
        "Cambiarla: /huawei subscribe … · detenerla: /huawei unsubscribe · silenciar: /huawei mute"
    ),
    "setting.silences": "Silencios",
    "setting.mutes": {
        "one": "{count} silencio activo (`/huawei mutes`)",
        "other": "{count} silencios activos (`/huawei mutes`)",
    },
    "setting.quiet": "horas de silencio {window} {zone}",
    "level.change": "cambios de postura",
    "level.reaffirm": "cambios de postura y reafirmaciones",
    "level.mention": "cambios de postura, reafirmaciones y menciones",
    "digest.off": "desactivado",
    "digest.every_day": "diario",
    "digest.every_week": "semanal",
    "style.full": "completas",
    "style.compact": "compactas",
    "style.full.about": "la noticia entera: titular, cita, postura, confianza y fuentes",
    "style.compact.about": (
        "una línea: bandera y país, postura anterior → nueva, titular, confianza"
    ),
    "reply.sorry": "Lo sentimos",
    "reply.no_subscription": ("Este canal aún no tiene suscripción: `/huawei subscribe` crea una."),
    "reply.style.title": "Las alertas aquí ahora son {style}",
    "reply.style.same": "Las alertas aquí ya son {style}",
    "reply.style.text": "{about}. `/huawei test` muestra una.",
    "reply.language.title": "Este canal ahora lee en {language}",
    "reply.language.same": "Este canal ya lee en {language}",
    "reply.language.text": (
        "Las alertas, resúmenes, avisos de feeds y respuestas aquí se escriben en este idioma, "
        "también los nombres de países."
    ),
    "reply.subscription.title": "La suscripción de este canal",
    "reply.wants": "{level} sobre {countries}",
    "reply.subscription.text": "Alertas: {wants}.",
    "reply.subscribed.title": "Suscrito",
    "reply.subscribed.updated": "Suscripción de este canal actualizada",
    "reply.subscribed.text": "Este canal recibirá ahora alertas: {wants}.",
    "reply.subscription.none": "Este canal no tiene suscripción.",
    "reply.test.title": "Alerta de ejemplo publicada",
    "reply.test.text": (
        "Hay una alerta de ejemplo sobre {place} en este canal, tal como se verán las alertas "
        "reales. {state}"
    ),
    "reply.test.active": "Su suscripción está activa.",
    "reply.test.paused": (
        "Su suscripción está en pausa: `/huawei resume` vuelve a activar las alertas."
    ),
    "reply.pause.title": "Alertas de este canal en pausa",
    "reply.pause.text": (
        "No llegan alertas aquí hasta `/huawei resume`; las alertas de mientras no se guardan "
        "(un silencio las guarda: `/huawei mute`). Los ajustes de la suscripción no cambian."
    ),
    "reply.pause.since": "En pausa desde",
    "reply.pause.already": "Ya está en pausa",
    "reply.pause.already_text": "En pausa desde {since}. `/huawei resume` la reactiva.",
    "reply.resume.title": "Alertas de este canal reanudadas",
    "reply.resume.text": "Las alertas vuelven a llegar aquí; estaba en pausa desde {since}.",
    "reply.resume.not_paused": "No está en pausa",
    "reply.resume.on": "Las alertas de este canal están activas.",
    "reply.list.title": "{stance}{where}: {count}",
    "reply.list.where": " en {groups}",
    "reply.list.none": "Ningún país{where} está {stance}.",
    "reply.list.since": "desde el {date}",
    "reply.list.overview": "Posturas sobre el 5G de Huawei{where}",
    "reply.list.unknown": {
        "one": "{places}; {count} sin postura pública en el registro.",
        "other": "{places}; {count} sin postura pública en el registro.",
    },
    "places.countries": {"one": "{count} país", "other": "{count} países"},
    "places.eu": "la UE",
    "places.aq": "la Antártida",
    "places.and": "{first} y {second}",
    "places.list": "{first}, {second}",
    # unsubscribe, mute, mutes, unmute, quiet, filter, threads
    "reply.unsubscribe.none": "Este canal no tiene suscripción",
    "reply.unsubscribed.title": "Suscripción cancelada",
    "reply.unsubscribed.text": (
        "Este canal no recibirá más alertas; las que aún no se entregaron se descartan."
    ),
    "reply.removed.title": "Quitado: {countries}",
    "reply.removed.last": (
        "Era el último país, así que la suscripción se elimina: no llegarán más alertas aquí."
    ),
    "reply.removed.text": "Este canal recibe ahora alertas: {wants}.",
    "error.unsubscribe.every": (
        "Este canal recibe alertas de todos los países, así que no hay lista de la que quitar "
        "{countries}. Suscríbase a los países que quiera (p. ej. `/huawei subscribe de,fr`), o "
        "use `/huawei unsubscribe` para detenerlo todo."
    ),
    "error.unsubscribe.absent": "{countries}: no está en la suscripción de este canal ({current}).",
    "reply.mute.title": "{countries} silenciado durante {length}",
    "reply.mute.text": (
        "Hasta el {until}. Las alertas afectadas se retienen, no se pierden: llegan cuando "
        "termina. Para terminarlo antes: `/huawei unmute {id}`."
    ),
    "reply.mute.field": "Silencio",
    "reply.mute.reason": "Motivo",
    "reply.mutes.none": "No hay silencios activos en este canal",
    "reply.mutes.title": "Silencios activos: {count}",
    "reply.mutes.line": "`#{id}` {countries} hasta el {until} (quedan {left}) · por {who}{why}",
    "reply.mutes.quiet": "Horas de silencio",
    "reply.mutes.daily": "{window} cada día",
    "reply.mutes.held": "Alertas retenidas ({count})",
    "reply.unmute.nothing": "Nada que reactivar: este canal no tiene silencios activos",
    "reply.unmute.all": {
        "one": "Reactivado: {count} silencio terminado",
        "other": "Reactivado: {count} silencios terminados",
    },
    "reply.unmute.one": "Silencio #{id} terminado ({countries})",
    "reply.unmute.text": "Las alertas que retenía se liberan.",
    "error.unmute.absent": (
        "Este canal no tiene un silencio activo #{id}: `/huawei mutes` los enumera."
    ),
    "reply.quiet.off": "Horas de silencio desactivadas",
    "reply.quiet.none": "Este canal no tenía horas de silencio",
    "reply.quiet.title": "Horas de silencio: {window}",
    "reply.quiet.text": (
        "Las alertas de esta franja esperan y llegan a las {end}, cada día. Ahora son las {now}. "
        "`/huawei quiet off` las desactiva."
    ),
    "reply.filter.title": "Filtro de este canal ({count})",
    "reply.filter.added": "Añadido: {terms}.",
    "reply.filter.removed": "Quitado: {terms}.",
    "reply.filter.missing": "No está en el filtro de este canal: {terms}.",
    "reply.filter.cleared": "El filtro está vacío.",
    "reply.filter.empty": (
        "Sin filtro propio: llega aquí toda noticia que pase las palabras clave del espacio de "
        "trabajo."
    ),
    "reply.filter.terms": "{terms}: además de las palabras clave del espacio de trabajo.",
    "reply.filter.updated": "Filtro actualizado",
    "reply.filter.unchanged": "Filtro sin cambios",
    "reply.filter.nothing": "Nada que cambiar.",
    "error.filter.no_subscription": (
        "Este canal no tiene suscripción que filtrar: cree una con `/huawei subscribe`."
    ),
    "reply.threads.same.on": "Los hilos ya están activados",
    "reply.threads.same.off": "Los hilos ya están desactivados",
    "reply.threads.on": "Hilos activados",
    "reply.threads.on.text": (
        "Cuando más medios informan de un evento ya alertado aquí, la alerta se actualiza y "
        "cada fuente nueva se publica también en el hilo de la alerta."
    ),
    "reply.threads.off": "Hilos desactivados",
    "reply.threads.off.text": "Las fuentes nuevas de un evento solo actualizan su alerta aquí.",
    # Refused mentions
    "error.mention.everyone": (
        "stancebot nunca avisa a un canal entero (@everyone, @here, @channel): indique en su "
        "lugar a las personas que quieren alertas, con un rol en Discord o un grupo de usuarios "
        "en Slack."
    ),
    "error.mention.terminal": (
        "Las menciones son para canales de Slack y Discord: el terminal no avisa a nadie."
    ),
    "error.mention.person": (
        "En Discord, las alertas mencionan un rol, no a una persona: cree un rol para quienes "
        "las quieran e indique `mention:@ese-rol`."
    ),
    "error.mention.role": (
        "«{value}» no es un rol: elija uno de la lista que aparece al escribir @ en `mention:`, "
        "o indique su ID (Ajustes del servidor → Roles → Copiar ID del rol), o `mention:none`."
    ),
    "error.mention.slack": (
        "«{value}» no es un grupo de usuarios ni un usuario que stancebot pueda encontrar: Slack "
        "envía sus nombres, no sus ID. Indique el ID del grupo (su menú ⋯ → Copiar ID del grupo, "
        "p. ej. `mention:S0123ABCD`) o el de un miembro (`mention:U0123ABCD`), o `mention:none`."
    ),
    # Errors a channel member meets
    "error.unknown_country.title": "País desconocido",
    "error.unknown_country": "Ningún país coincide con «{query}».",
    "error.did_you_mean": " ¿Quiso decir {suggestions}?",
    "error.not_allowed": "Solo el rol «{needed}» puede hacer esto; usted tiene el rol «{have}».",
    "role.member": "miembro del canal",
    "role.manager": "gestor del canal",
    "role.admin": "admin del espacio de trabajo o del servidor",
    "role.operator": "operador del bot",
    "error.duration": "«{text}» no es una duración: indique p. ej. 30m, 2h, 1d o 1w.",
    "error.duration.range": "«{text}» está fuera de rango: elija entre {minimum} y {maximum}.",
    "error.window": "«{text}» no es una franja horaria. Uso: {usage}",
    "error.window.same": "Las horas de silencio deben empezar y terminar a horas distintas.",
    "error.window.impossible": ("«{text}» tiene una hora imposible: horas 00–23, minutos 00–59."),
    "error.zone": (
        "«{text}» no es una zona horaria: use un nombre como `tz:Europe/Madrid`, "
        "`tz:America/New_York` o `tz:UTC`."
    ),
    "error.level": "«{value}» no es un nivel: elija change, reaffirm o mention.",
    "error.digest": "«{value}» no es un resumen: elija digest:daily, digest:weekly u off.",
    "error.list_word": "«{word}» no es ni una postura ({stances}) ni un grupo ({groups}).",
    "error.list_word.meant": (
        "«{word}» no es ni una postura ({stances}) ni un grupo ({groups}). "
        "¿Quiso decir `list {meant}`?"
    ),
    # The Decision field a Discord alert gets after a Confirm / Reject click
    "alert.field.decision": "Decisión",
    "alert.decided.confirm": "Confirmado",
    "alert.decided.reject": "Rechazado",
    "alert.decided.by": "{decision} por {who}",
    # The help, each command's usage, and the replies to unknown commands
    **SPANISH_HELP,
    # The admin and operator commands' replies, and the rarer errors
    **SPANISH_ADMIN,
}
