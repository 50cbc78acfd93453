"""Spanish: the admin and operator commands' replies, and the rarer errors."""

from __future__ import annotations

from bot.core.catalogue.kinds import Messages

SPANISH_ADMIN: Messages = {
    "time.never": "nunca",
    # keywords
    "keywords.title": "Palabras clave vigiladas ({count})",
    "keywords.own": "La lista propia de este espacio de trabajo.",
    "keywords.defaults": "Las predeterminadas: aún no se han cambiado aquí.",
    "keywords.recent": "Cambios recientes",
    "keywords.footer": "/huawei keywords add|remove <término…> · /huawei keywords test <texto>",
    "keywords.added": "Añadido: {terms}.",
    "keywords.already": "Ya vigilado: {terms}.",
    "keywords.now_own": (
        "Este espacio de trabajo usaba las predeterminadas: ahora son su propia lista, más "
        "estos términos."
    ),
    "keywords.removed": "Quitado: {terms}.",
    "keywords.missing": "No está en la lista: {terms}.",
    "keywords.defaults_again": (
        "No queda ninguna palabra clave, así que vuelven a aplicarse las predeterminadas."
    ),
    "keywords.updated": "Palabras clave actualizadas",
    "keywords.unchanged": "Palabras clave sin cambios",
    "keywords.watched": "Vigiladas ahora ({count})",
    "keywords.only_exclusions": (
        "Sin palabras clave, solo filtran las exclusiones: pasa cualquier otra noticia relevante."
    ),
    "keywords.none": "nada",
    "keywords.log.add": "{at} · `{term}` añadido por {who}",
    "keywords.log.remove": "{at} · `{term}` quitado por {who}",
    "keywords.test.excluded": (
        "Coincide una exclusión: noticias así no llegarían a este espacio de trabajo."
    ),
    "keywords.test.passes": (
        "Noticias así llegan a los canales cuya suscripción quiere ese país y ese tipo."
    ),
    "keywords.test.unmatched": (
        "No coincide ninguna palabra clave: noticias así no llegarían a este espacio de trabajo."
    ),
    "keywords.test.kept_out": (
        "Las palabras clave del espacio de trabajo coinciden, pero el filtro de este canal la "
        "deja fuera."
    ),
    "keywords.test.matched": "Palabras clave que coinciden",
    "keywords.test.exclusions": "Exclusiones que coinciden",
    "keywords.test.channel": "Filtro de este canal",
    "keywords.test.pass": "Pasa",
    "keywords.test.fail": "Filtrada",
    "keywords.test.own": "Probado con la lista propia de este espacio de trabajo.",
    "keywords.test.defaults": "Probado con las palabras clave predeterminadas.",
    "keywords.channel.matched": "coincide con {terms}",
    "keywords.channel.excluded": "excluida por {terms}",
    "keywords.channel.nothing": "no coincide ninguno de sus términos",
    "keywords.channel.passes": "pasa: {found}",
    "keywords.channel.out": "filtrada: {found}",
    # feeds
    "feed.cannot_add": "No se puede añadir {url}: {reason}.",
    "feed.cannot_fetch": "No se puede descargar {url}: {reason}.",
    "feed.already": "{url} ya se vigila aquí.",
    "feed.gone": "El feed {id} se eliminó mientras tanto.",
    "feed.unknown": "No hay ningún feed «{ref}» aquí: `/huawei feeds list` muestra los ID.",
    "feed.global": (
        "El feed {ref} es un feed global, consultado para cada espacio de trabajo y servidor: "
        "solo un operador del bot puede cambiarlo, con `/huawei feeds remove {ref} global:true` "
        "(o `enable`). Sus propios feeds son los que `/huawei feeds list` muestra sin "
        "«(global)»."
    ),
    "feed.reason.blocked_address": (
        "apunta a una dirección privada o local, que stancebot nunca descarga"
    ),
    "feed.reason.blocked_scheme": "desde el chat solo se pueden añadir feeds http:// y https://",
    "feed.reason.timeout": "el servidor no respondió a tiempo",
    "feed.reason.too_large": "el documento supera el tamaño máximo",
    "feed.reason.not_a_feed": "la página no es un feed RSS ni Atom",
    "feed.reason.empty": "el servidor envió un documento vacío",
    "feed.reason.malformed": "el documento no es XML bien formado",
    "feed.reason.unsafe_xml": "el documento declara entidades XML, que stancebot rechaza",
    "feed.reason.redirect_loop": "sus redirecciones dan vueltas en círculo",
    "feed.reason.too_many_redirects": "redirige demasiadas veces",
    "feed.reason.dns": "su nombre de host no se resuelve",
    "feed.reason.connect_failed": "el servidor rechazó la conexión",
    "feed.reason.http": "el servidor respondió HTTP {status}",
    "feed.reason.other": "{error}",
    "feeds.added": "Ahora se vigila {name}",
    "feeds.added.text": {
        "one": "{count} noticia encontrada. Sus noticias actuales se guardan como vistas sin "
        "alertar; las nuevas se analizarán.",
        "other": "{count} noticias encontradas. Sus noticias actuales se guardan como vistas "
        "sin alertar; las nuevas se analizarán.",
    },
    "feeds.every": "Se consulta cada {every}.",
    "feeds.every.default": "Se consulta con el intervalo predeterminado.",
    "feeds.id": "ID del feed",
    "feeds.removed": "Ya no se vigila {name}",
    "feeds.enabled": "Se vuelve a consultar {name}",
    "feeds.next": "Próxima consulta {at}.",
    "feeds.none": "Ningún feed",
    "feeds.none.text": "Añada uno con `/huawei feeds add <url>`.",
    "feeds.title": "Feeds: {count}",
    "feeds.global": " (global)",
    "feeds.status": "Estado de los feeds",
    "feeds.status.none": "Ningún feed.",
    "feeds.last_success": "último éxito {at}",
    "feeds.next_poll": "próxima consulta {at}",
    "feeds.failures": {
        "one": "{count} fallo seguido",
        "other": "{count} fallos seguidos",
    },
    "feeds.last_error": "último error: {error}",
    "health.ok": {"one": "{count} correcto", "other": "{count} correctos"},
    "health.new": {"one": "{count} nuevo", "other": "{count} nuevos"},
    "health.failing": {"one": "{count} con fallos", "other": "{count} con fallos"},
    "health.disabled": {"one": "{count} desactivado", "other": "{count} desactivados"},
    "health.ok.state": "correcto",
    "health.new.state": "nuevo",
    "health.failing.state": "con fallos",
    "health.disabled.state": "desactivado",
    # feeds export, feeds import
    "export.global": "los feeds globales",
    "export.tenant": "los feeds de este espacio de trabajo",
    "export.global.text": (
        "Los feeds globales en OPML, adjuntos: los lectores de feeds lo importan, igual que "
        "`/huawei feeds import`."
    ),
    "export.tenant.text": (
        "Los feeds de este espacio de trabajo en OPML, adjuntos: los lectores de feeds lo "
        "importan, igual que `/huawei feeds import`."
    ),
    "export.title": {
        "one": "Exportación de feeds: {count} feed",
        "other": "Exportación de feeds: {count} feeds",
    },
    "export.description": {"one": "{count} feed en OPML", "other": "{count} feeds en OPML"},
    "import.added": "Añadidos ({count})",
    "import.already": "Ya vigilados ({count})",
    "import.title": {"one": "{count} feed importado", "other": "{count} feeds importados"},
    "import.text": (
        "Cada uno se comprueba en su primera consulta, y sus noticias actuales se guardan sin "
        "alertar. `/huawei feeds status` muestra cómo van."
    ),
    # stance pending, confirm, reject, set
    "stance.pending.none": "Ningún cambio de postura espera una decisión",
    "stance.pending.title": "Esperan una decisión: {count}",
    "stance.pending.footer": "/huawei stance confirm <evento> · /huawei stance reject <evento>",
    "stance.confidence": "confianza {confidence}",
    "stance.confirmed": "Confirmado: {event}",
    "stance.rejected": "Rechazado: {event}",
    "stance.rejected.text": "El registro no cambia.",
    "stance.outcome.current": "El registro dice ahora: {stance} desde el {since}.",
    "stance.outcome.says": "{stance} desde el {since}",
    "stance.outcome.unchanged": "sin cambios",
    "stance.outcome.history": (
        "Añadido al historial el {on}, en su lugar: el registro es más reciente y sigue "
        "diciendo: {says}."
    ),
    "stance.queued": {
        "one": "Alertas en cola para {count} canal.",
        "other": "Alertas en cola para {count} canales.",
    },
    "stance.not_a_stance": "«{word}» no es una postura: {stances}.",
    "stance.not_a_url": "«{url}» no es una URL de fuente. Uso: {usage}",
    "stance.date": "«date:{given}» no es una fecha como date:2020-07-14.",
    "stance.future": "{on} está en el futuro: una postura entra en vigor cuando se decide.",
    "stance.no_event": "No existe el evento n.º {id}. Vea `/huawei stance pending`.",
    "stance.decided": "El evento n.º {id} no espera una decisión (está {status}).",
    "event.mention": "mención",
    "event.status.info": "a título informativo",
    "event.status.pending": "pendiente",
    "event.status.applied": "aplicado",
    "event.status.confirmed": "confirmado",
    "event.status.rejected": "rechazado",
    "error.id": "«{word}» no es {what}: {hint}",
    "error.id.range": "«{word}» está fuera de rango para {what}: {hint}",
    "id.event": "un número de evento",
    "id.event.hint": "vea `/huawei stance pending`.",
    "id.mute": "un número de silencio",
    "id.mute.hint": "use `unmute <número>` o `unmute all`.",
    # status
    "status.feeds": "Feeds",
    "status.last_poll": "Última consulta",
    "status.next_poll": "Próxima consulta",
    "status.deliveries": "Entregas",
    "status.awaiting": "Esperan confirmación",
    "status.uptime": "Tiempo en marcha",
    "status.healthy": "Todos los feeds funcionan.",
    "status.attention": {
        "one": "{count} feed necesita atención: vea `/huawei feeds status`.",
        "other": "{count} feeds necesitan atención: vea `/huawei feeds status`.",
    },
    "delivery.pending": {"one": "{count} pendiente", "other": "{count} pendientes"},
    "delivery.held": {"one": "{count} retenida", "other": "{count} retenidas"},
    "delivery.digest": {"one": "{count} al resumen", "other": "{count} al resumen"},
    "delivery.failed": {"one": "{count} fallida", "other": "{count} fallidas"},
    "delivery.dead": {"one": "{count} imposible", "other": "{count} imposibles"},
    # why
    "why.not_a_link": (
        "`why` espera el enlace de una noticia, como `/huawei why https://…`; «{text}» no es un "
        "enlace."
    ),
    "why.unseen": "No vista",
    "why.unseen.text": (
        "Ningún feed ha publicado {url}. Los operadores pueden probar el texto de cualquier "
        "página con `stancebot analyze --explain <archivo o url>`."
    ),
    "why.title": "Por qué: {title}",
    "why.seen": "Vista",
    "why.item": "Noticia n.º {id}: {status}.",
    "why.item.new": "esperando el análisis",
    "why.item.primed": (
        "vista en la primera consulta de su feed: guardada sin alertar (sin avalancha)"
    ),
    "why.item.old": "más antigua que el límite de edad de las alertas: guardada sin alertar",
    "why.item.analysed": "analizada",
    "why.published": "Publicada el {at}{estimated} por {outlet}.",
    "why.estimated": " (falta la fecha: se usa la hora de descarga)",
    "why.unknown_outlet": "un medio desconocido",
    "why.analysis": "Análisis",
    "why.keywords": "Palabras clave de este espacio de trabajo",
    "why.nothing": "nada",
    "why.matched": "coincide con {terms}",
    "why.excluded": "; excluida por {terms}",
    "why.passes": "Pasa: {detail}.",
    "why.fails": "No pasa: {detail}.",
    "why.comparison": "Comparada con el registro",
    "why.comparison.none": "Ningún país que comparar.",
    "why.compared": "{country}: indica {signal}, el registro decía {then} → {kind}",
    "why.no_stance": "ninguna postura",
    "why.events": "Eventos",
    "why.events.none": "No se unió a ningún evento.",
    "why.event": "Evento n.º {id} ({country})",
    "why.unrouted": (
        "Ninguna suscripción de aquí quiere alertas {kind} de {country} (o las palabras clave "
        "de este espacio de trabajo no coincidieron)."
    ),
    "why.delivery.pending": "esperando el envío",
    "why.delivery.sent": "enviada",
    "why.delivery.failed": "fallida tras todos los reintentos",
    "why.delivery.dead": "no enviada: el canal ya no existe",
    "why.delivery.held": "retenida",
    "why.delivery.digest": "pasada al próximo resumen",
    "why.edited": ", luego editada para decir «{status}»",
    # Rarer errors
    "error.no_record": "Aún no hay ningún registro guardado para {place}.",
    "reply.test.mentions": "Menciona a {who}, como las alertas de aquí.",
    "error.pause.none": "Este canal no tiene ninguna suscripción que pausar.",
    "error.resume.none": "Este canal no tiene ninguna suscripción que reanudar.",
    "error.threads": "Uso: `/huawei threads on` o `/huawei threads off`.",
    "error.style": "«{text}» no es un estilo: use `/huawei {usage}`.",
    "error.language": "«{text}» no es un idioma que hable el bot: use `/huawei {usage}`.",
    "example.mute": "mute <países|all> <duración> [motivo], p. ej. `mute de,fr 2h elecciones`",
    "example.quiet": (
        "quiet <HH:MM-HH:MM|off> [tz:Zona/Ciudad], p. ej. `quiet 22:00-07:00 tz:Europe/Madrid` "
        "(la zona horaria del canal; UTC mientras no se fije)"
    ),
    "error.mute.order": (
        "Indique los países antes de la duración, p. ej. `mute {place} {duration}`, o "
        "`mute all {duration}` para todos los países."
    ),
    "error.mute.reason": "El motivo debe tener como máximo {limit} caracteres.",
    "error.mute.forever": (
        "Un silencio siempre termina: indique una duración de {minimum} a {maximum}, p. ej. 2h "
        "o 7d. Para detener las alertas, use `/huawei unsubscribe`."
    ),
    "error.zone.no_subscription": (
        "Una zona horaria pertenece a la suscripción del canal: primero `/huawei subscribe` "
        "(las horas de silencio solo cuentan en un canal suscrito)."
    ),
    "error.map.country": (
        "«{name}» es un país, no un grupo: pruebe `history {name} chart:true` para ver su "
        "cronología. Grupos: {groups}."
    ),
    "error.map.group": "Ningún grupo coincide con «{name}». Grupos: {groups}.",
    "error.map.empty": "El grupo {group} no tiene miembros que mostrar.",
    "error.all_and_names": (
        "«{word}» significa todos los países y no se puede combinar con países concretos: "
        "nombre los países, o use «{word}» solo."
    ),
    "error.levels": "Elija un solo nivel: change, reaffirm o mention.",
    "error.post.terminal": (
        "Desde aquí no se pueden publicar alertas: el terminal solo las muestra mientras "
        "`stancebot run` está en marcha."
    ),
    "error.post.refused": (
        "stancebot no puede publicar en este canal, así que las alertas tampoco llegarían "
        "({error}). Invite al bot, o dele aquí los permisos Ver canal, Enviar mensajes e "
        "Insertar enlaces."
    ),
    "error.post.failed": ("No se pudo publicar la alerta de ejemplo: {error}. Inténtelo de nuevo."),
    "error.keyword.syntax": (
        'Palabra clave no válida {term}: use una palabra, una "frase entre comillas" o una '
        "-exclusión."
    ),
    "error.keyword.empty": (
        "Palabra clave no válida {term}: necesita al menos una letra o un dígito."
    ),
    "error.keyword.long": "Palabra clave no válida {term}: como máximo {limit} caracteres.",
    # An adapter's own words around a long reply: its pages, a field continued
    "render.continued": "{name} (continuación)",
    "render.page": "página {number} de {total}",
    "render.sources": "Fuentes",
    "render.more": "…y {count} más",
    "render.hidden": "… y {count} más que no se muestran aquí.",
    "render.previous": "Anterior",
    "render.next": "Siguiente",
    # map and history charts, subscriptions all:true
    "map.title": "Posturas sobre Huawei 5G{where} · {day}",
    "map.text": "{places}{where}, contados por postura.",
    "map.footer": "Pruebe: map eu · map asean · list banned · history <país> chart:true",
    "map.unavailable": "{error} Aquí está como texto.",
    "subscriptions.start": (
        "Un gestor del canal puede crear una, p. ej. `/huawei subscribe eu` o `/huawei "
        "subscribe de,fr reaffirm`."
    ),
    "subscriptions.none": "Ningún canal de este espacio de trabajo está suscrito",
    "subscriptions.first": " (se muestran los primeros {count})",
    "subscriptions.title": "Suscripciones de este espacio de trabajo: {count}",
    "subscriptions.text": "activas: {active}, desactivadas: {disabled}{shown}.",
    "subscriptions.here": " (este canal)",
    "subscriptions.no_reason": "sin motivo registrado",
    "subscriptions.disabled": "⛔ desactivada: {reason}",
    "subscriptions.line": "{wants}, resumen {digest}",
    # The pictures: the map's and the timeline's words and their alt text
    "picture.map.title": "Posturas sobre Huawei 5G",
    "picture.map.group": {
        "one": "{group} · {count} miembro",
        "other": "{group} · {count} miembros",
    },
    "picture.map.world": {
        "one": "Mundo · {count} país o bloque",
        "other": "Mundo · {count} países y bloques",
    },
    "picture.map.all_drawn": "Cada país contado arriba está dibujado.",
    "picture.map.not_drawn": "Contados arriba pero no dibujados en este mapa: {codes}.",
    "picture.map.many_not_drawn": (
        "Los recuentos incluyen los {total}; {count} no están dibujados en este mapa (sobre "
        "todo islas pequeñas, y bloques como la UE)."
    ),
    "picture.map.all_known": "Cada país tiene una postura investigada y con fuentes.",
    "picture.map.unknown": (
        "Desconocida (gris), {count}: no se encontró posición pública, o las pruebas se "
        "contradicen; sobre todo territorios pequeños."
    ),
    "picture.map.the_world": "el mundo",
    "picture.map.alt_missing": "; {count} sin dibujar",
    "picture.map.alt": (
        "Mapa de las posturas sobre Huawei 5G en {where} el {day}: {counts}{missing}."
    ),
    "picture.timeline.title": "{place}: postura sobre Huawei 5G en el tiempo",
    "picture.timeline.now_since": "Ahora {stance} desde el {since}",
    "picture.timeline.now": "Ahora {stance}",
    "picture.timeline.changes": {
        "one": "{count} cambio en el registro",
        "other": "{count} cambios en el registro",
    },
    "picture.timeline.as_of": "a {day}",
    "picture.timeline.none": "Ningún cambio en el registro.",
    "picture.timeline.none.inline": "ningún cambio en el registro",
    "picture.timeline.earlier": {
        "one": "{count} cambio anterior no listado aquí.",
        "other": "{count} cambios anteriores no listados aquí.",
    },
    "picture.timeline.no_source": "Ninguna fuente registrada.",
    "picture.timeline.sources": "Fuentes: {sources}",
    "picture.timeline.step": "{stance} desde el {day}",
    "picture.timeline.alt_now": "{stance} a {day}",
    "picture.timeline.alt": "Cronología de la postura de {place} sobre Huawei 5G: {told}; {now}.",
    "picture.timeline.then": "; ",
}
