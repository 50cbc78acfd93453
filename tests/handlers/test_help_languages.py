"""The help, a group's usage, the admin and operator commands' replies and the unknown-command
suggestions in the channel's language: through the dispatcher and a real SQLite store, in
German, French and Spanish."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.core.access import Role
from bot.core.catalogue import ENGLISH_CODE, LANGUAGES
from bot.core.replies import Reply, Tone
from tests.conftest import ask

OTHERS = [code for code in LANGUAGES if code != ENGLISH_CODE]


async def reading(app: App, language: str) -> None:
    """A channel subscribed to Germany and France that reads `language`."""
    await ask(app, "/huawei subscribe de,fr", Role.MANAGER)
    await ask(app, f"/huawei language {language}", Role.ADMIN)


def fields(reply: Reply) -> dict[str, str]:
    return {field.name: field.value for field in reply.fields}


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "de",
            (
                "stancebot-Hilfe",
                ["Alle", "Kanalverwaltung", "Workspace- und Server-Admins", "Bot-Betrieb"],
                "`/huawei country <Name> [public:true]`: die Haltung eines Landes zu Huawei",
                "Haltungen: banned · restricted · under_review · allowed · partnered · unknown",
            ),
        ),
        (
            "fr",
            (
                "Aide de stancebot",
                [
                    "Tout le monde",
                    "Gestionnaires du salon",
                    "Admins de l'espace de travail ou du serveur",
                    "Opérateurs du bot",
                ],
                "`/huawei country <nom> [public:true]` : la position d'un pays sur Huawei",
                "Positions : banned · restricted · under_review · allowed · partnered · unknown",
            ),
        ),
        (
            "es",
            (
                "Ayuda de stancebot",
                [
                    "Todos",
                    "Gestores del canal",
                    "Admins del espacio de trabajo o del servidor",
                    "Operadores del bot",
                ],
                "`/huawei country <nombre> [public:true]`: la postura de un país sobre Huawei",
                "Posturas: banned · restricted · under_review · allowed · partnered · unknown",
            ),
        ),
    ],
)
async def test_help(app: App, language: str, expected: tuple[str, list[str], str, str]) -> None:
    await reading(app, language)

    reply = await ask(app, "/huawei help", Role.OPERATOR)

    first_line = reply.fields[0].value.splitlines()[0]
    assert expected == (reply.title, list(fields(reply)), first_line, reply.footer)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "de",
            (
                "Aufruf",
                "`/huawei feeds remove <ID oder URL> [global:true]`: "
                "einen Feed nicht mehr beobachten",
                "Workspace- und Server-Admins (Sie haben die Rolle „Kanalmitglied“).",
            ),
        ),
        (
            "fr",
            (
                "Usage",
                "`/huawei feeds remove <id ou url> [global:true]` : ne plus surveiller un flux",
                "Admins de l'espace de travail ou du serveur (vous avez le rôle « membre du "
                "salon »).",
            ),
        ),
        (
            "es",
            (
                "Uso",
                "`/huawei feeds remove <id o url> [global:true]`: dejar de vigilar un feed",
                "Admins del espacio de trabajo o del servidor (usted tiene el rol «miembro del "
                "canal»).",
            ),
        ),
    ],
)
async def test_a_groups_usage(app: App, language: str, expected: tuple[str, str, str]) -> None:
    await reading(app, language)

    reply = await ask(app, "/huawei feeds", Role.MEMBER)

    usage, who = reply.fields
    assert ("/huawei feeds", Tone.INFO) == (reply.title, reply.tone)
    assert expected == (usage.name, usage.value.splitlines()[1], who.value)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "de",
            (
                "Unbekannter Befehl",
                "Unbekannter Befehl „contry“. Meinten Sie `/huawei country uk`?",
                "Unbekannter `keywords`-Befehl „lsit“. Meinten Sie `/huawei keywords list`?",
            ),
        ),
        (
            "fr",
            (
                "Commande inconnue",
                "Commande inconnue « contry ». Vouliez-vous dire `/huawei country uk` ?",
                "Commande `keywords` inconnue : « lsit ». Vouliez-vous dire "
                "`/huawei keywords list` ?",
            ),
        ),
        (
            "es",
            (
                "Comando desconocido",
                "Comando desconocido «contry». ¿Quiso decir `/huawei country uk`?",
                "Comando de `keywords` desconocido: «lsit». ¿Quiso decir `/huawei keywords list`?",
            ),
        ),
    ],
)
async def test_an_unknown_command_gets_a_suggestion(
    app: App, language: str, expected: tuple[str, str, str]
) -> None:
    await reading(app, language)

    command = await ask(app, "/huawei contry uk")
    in_group = await ask(app, "/huawei keywords lsit", Role.ADMIN)

    assert expected == (command.title, command.text, in_group.text)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "de",
            (
                "Kommt durch",
                "Solche Meldungen erreichen die Kanäle, deren Abonnement das Land und die Art "
                "wünscht.",
                ["Passende Stichwörter", "Passende Ausschlüsse"],
                "Geprüft mit den voreingestellten Stichwörtern.",
            ),
        ),
        (
            "fr",
            (
                "Passe",
                "De tels articles atteignent les salons dont l'abonnement veut ce pays et ce type.",
                ["Mots-clés trouvés", "Exclusions trouvées"],
                "Testé avec les mots-clés par défaut.",
            ),
        ),
        (
            "es",
            (
                "Pasa",
                "Noticias así llegan a los canales cuya suscripción quiere ese país y ese tipo.",
                ["Palabras clave que coinciden", "Exclusiones que coinciden"],
                "Probado con las palabras clave predeterminadas.",
            ),
        ),
    ],
)
async def test_an_admin_reply(
    app: App, language: str, expected: tuple[str, str, list[str], str]
) -> None:
    await reading(app, language)

    reply = await ask(app, "/huawei keywords test Huawei 5G ban", Role.ADMIN)

    assert expected == (reply.title, reply.text, list(fields(reply)), reply.footer)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "de",
            (
                "Keine Haltungsänderung wartet auf eine Entscheidung",
                "Kein Ereignis #999. Siehe `/huawei stance pending`.",
                "Aufruf: stance set <Land> <Haltung> <Quellen-URL> [date:JJJJ-MM-TT] [Grund]",
            ),
        ),
        (
            "fr",
            (
                "Aucun changement de position n'attend de décision",
                "Aucun événement n°999. Voir `/huawei stance pending`.",
                "Usage : stance set <pays> <position> <url-source> [date:AAAA-MM-JJ] [raison]",
            ),
        ),
        (
            "es",
            (
                "Ningún cambio de postura espera una decisión",
                "No existe el evento n.º 999. Vea `/huawei stance pending`.",
                "Uso: stance set <país> <postura> <url-fuente> [date:AAAA-MM-DD] [motivo]",
            ),
        ),
    ],
)
async def test_an_operator_reply_and_its_errors(
    app: App, language: str, expected: tuple[str, str, str]
) -> None:
    await reading(app, language)

    pending = await ask(app, "/huawei stance pending", Role.OPERATOR)
    unknown = await ask(app, "/huawei stance confirm 999", Role.OPERATOR)
    usage = await ask(app, "/huawei stance set de", Role.OPERATOR)

    assert expected == (pending.title, unknown.text, usage.text)


async def test_an_operator_decision_is_said_in_the_channels_language(app: App) -> None:
    await reading(app, "de")

    reply = await ask(
        app, "/huawei stance set de banned https://example.org/ban Verbot", Role.OPERATOR
    )

    assert ("🇩🇪 Deutschland: Verboten", True) == (
        reply.title,
        "Der Datensatz sagt jetzt: verboten seit " in reply.text,
    )


@pytest.mark.parametrize("language", OTHERS)
async def test_every_command_has_a_usage_and_summary_of_its_own(app: App, language: str) -> None:
    """No command's help line falls back to English."""
    english = {c.name: (c.usage(), c.summary()) for c in app.dispatcher.commands}
    said = {c.name: (c.usage(language), c.summary(language)) for c in app.dispatcher.commands}
    same = [name for name in said if said[name][1] == english[name][1]]
    assert [] == same


async def test_the_map_and_the_workspaces_subscriptions_in_french(app: App) -> None:
    await reading(app, "fr")

    world = await ask(app, "/huawei map eu")
    workspace = await ask(app, "/huawei subscriptions all:true", Role.ADMIN)

    assert (
        "Positions sur Huawei 5G dans l'UE",
        "Interdit",
        "Essayez : map eu · map asean · list banned · history <pays> chart:true",
        "Abonnements de cet espace de travail : 1",
        "actifs : 1, désactivés : 0.",
    ) == (
        world.title.split(" · ")[0],
        world.fields[0].name,
        world.footer,
        workspace.title,
        workspace.text,
    )
