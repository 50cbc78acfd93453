"""The replies of `unsubscribe`, `mute`, `mutes`, `unmute`, `quiet`, `filter` and `threads`,
and the errors a channel member meets, in the channel's language: through the dispatcher and a
real SQLite store, in German and French."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.core.access import Role
from bot.core.replies import Reply
from tests.conftest import ask

GERMAN, FRENCH = "de", "fr"


async def reading(app: App, language: str, countries: str = "de,fr") -> None:
    """A channel subscribed to `countries` that reads `language`."""
    await ask(app, f"/huawei subscribe {countries}", Role.MANAGER)
    await ask(app, f"/huawei language {language}", Role.ADMIN)


def said(reply: Reply) -> tuple[str, str]:
    return reply.title, reply.text


def fields(reply: Reply) -> dict[str, str]:
    return {field.name: field.value for field in reply.fields}


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            GERMAN,
            (
                "Abgemeldet",
                "Dieser Kanal bekommt keine Meldungen mehr; noch nicht zugestellte werden "
                "verworfen.",
            ),
        ),
        (
            FRENCH,
            (
                "Désabonné",
                "Ce salon ne recevra plus d'alertes ; celles pas encore livrées sont abandonnées.",
            ),
        ),
    ],
)
async def test_unsubscribe(app: App, language: str, expected: tuple[str, str]) -> None:
    await reading(app, language)
    assert expected == said(await ask(app, "/huawei unsubscribe", Role.MANAGER))


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (GERMAN, ("Entfernt: 🇫🇷 Frankreich", "Dieser Kanal bekommt jetzt Meldungen: ")),
        (FRENCH, ("Retiré : 🇫🇷 France", "Ce salon reçoit désormais des alertes : ")),
    ],
)
async def test_unsubscribe_from_one_country(
    app: App, language: str, expected: tuple[str, str]
) -> None:
    await reading(app, language)
    reply = await ask(app, "/huawei unsubscribe fr", Role.MANAGER)
    assert expected == (reply.title, reply.text[: len(expected[1])])


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            GERMAN,
            (
                "🇩🇪 Deutschland für 2h stummgeschaltet",
                "Bis 2026-11-01 14:00 UTC. Betroffene Meldungen werden zurückgehalten, nicht "
                "verworfen: sie kommen an, wenn die Stummschaltung endet. Vorzeitig beenden mit "
                "`/huawei unmute 1`.",
                {"Stummschaltung": "#1", "Grund": "Wahlen"},
            ),
        ),
        (
            FRENCH,
            (
                "Sourdine sur 🇩🇪 Allemagne pendant 2h",
                "Jusqu'au 2026-11-01 14:00 UTC. Les alertes concernées sont retenues, pas "
                "perdues : elles arrivent à la fin de la sourdine. Pour y mettre fin plus tôt : "
                "`/huawei unmute 1`.",
                {"Sourdine": "#1", "Motif": "Wahlen"},
            ),
        ),
    ],
)
async def test_mute(app: App, language: str, expected: tuple[str, str, dict[str, str]]) -> None:
    await reading(app, language)
    reply = await ask(app, "/huawei mute de 2h Wahlen", Role.MANAGER)
    assert expected == (reply.title, reply.text, fields(reply))


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            GERMAN,
            (
                "Aktive Stummschaltungen: 1",
                "`#1` 🇩🇪 Deutschland bis 2026-11-01 14:00 UTC (noch 2h) · von manager · Wahlen",
                {"Ruhezeit": "täglich 22:00–07:00 UTC"},
            ),
        ),
        (
            FRENCH,
            (
                "Sourdines actives : 1",
                "`#1` 🇩🇪 Allemagne jusqu'au 2026-11-01 14:00 UTC (encore 2h) · par manager · "
                "Wahlen",
                {"Heures calmes": "22:00–07:00 UTC chaque jour"},
            ),
        ),
    ],
)
async def test_mutes(app: App, language: str, expected: tuple[str, str, dict[str, str]]) -> None:
    await reading(app, language)
    await ask(app, "/huawei mute de 2h Wahlen", Role.MANAGER)
    await ask(app, "/huawei quiet 22:00-07:00", Role.MANAGER)
    reply = await ask(app, "/huawei mutes", Role.MEMBER)
    assert expected == (reply.title, reply.text, fields(reply))


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            GERMAN,
            [
                "Keine aktiven Stummschaltungen in diesem Kanal",
                "Stummschaltung #1 aufgehoben (🇩🇪 Deutschland)",
                "Aufgehoben: 2 Stummschaltungen beendet",
                "Nichts aufzuheben: dieser Kanal hat keine aktive Stummschaltung",
            ],
        ),
        (
            FRENCH,
            [
                "Aucune sourdine active dans ce salon",
                "Sourdine #1 levée (🇩🇪 Allemagne)",
                "Sourdines levées : 2 sourdines terminées",
                "Rien à lever : ce salon n'a aucune sourdine active",
            ],
        ),
    ],
)
async def test_unmute(app: App, language: str, expected: list[str]) -> None:
    await reading(app, language)
    none = await ask(app, "/huawei mutes", Role.MEMBER)
    for country in ("de", "fr", "at"):
        await ask(app, f"/huawei mute {country} 1h", Role.MANAGER)
    one = await ask(app, "/huawei unmute 1", Role.MANAGER)
    rest = await ask(app, "/huawei unmute all", Role.MANAGER)
    nothing = await ask(app, "/huawei unmute", Role.MANAGER)
    assert expected == [reply.title for reply in (none, one, rest, nothing)]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            GERMAN,
            [
                ("Ruhezeit: 22:00–07:00 Europe/Berlin", "Meldungen in diesem Zeitraum warten "),
                ("Ruhezeit aus", ""),
                ("Dieser Kanal hatte keine Ruhezeit", ""),
            ],
        ),
        (
            FRENCH,
            [
                ("Heures calmes : 22:00–07:00 Europe/Berlin", "Les alertes de cette plage "),
                ("Heures calmes désactivées", ""),
                ("Ce salon n'avait pas d'heures calmes", ""),
            ],
        ),
    ],
)
async def test_quiet(app: App, language: str, expected: list[tuple[str, str]]) -> None:
    await reading(app, language)
    replies = [
        await ask(app, text, Role.MANAGER)
        for text in (
            "/huawei quiet 22:00-07:00 tz:Europe/Berlin",
            "/huawei quiet off",
            "/huawei quiet off",
        )
    ]
    assert expected == [
        (reply.title, reply.text[: len(text)])
        for reply, (_, text) in zip(replies, expected, strict=True)
    ]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            GERMAN,
            [
                (
                    "Filter dieses Kanals (0)",
                    "Kein eigener Filter: jede Meldung, die die "
                    "Stichwörter des Workspace passiert, kommt hier an.",
                ),
                ("Filter geändert", "Hinzugefügt: `5g`."),
                ("Filter geändert", "Entfernt: `5g`. Nicht im Filter dieses Kanals: `core`."),
                ("Filter geändert", "Der Filter ist geleert."),
            ],
        ),
        (
            FRENCH,
            [
                (
                    "Filtre de ce salon (0)",
                    "Pas de filtre propre : tout article qui passe les "
                    "mots-clés de l'espace de travail arrive ici.",
                ),
                ("Filtre mis à jour", "Ajouté : `5g`."),
                ("Filtre mis à jour", "Retiré : `5g`. Absent du filtre de ce salon : `core`."),
                ("Filtre mis à jour", "Le filtre est vidé."),
            ],
        ),
    ],
)
async def test_filter(app: App, language: str, expected: list[tuple[str, str]]) -> None:
    await reading(app, language)
    listed = await ask(app, "/huawei filter list", Role.MEMBER)
    added = await ask(app, "/huawei filter add 5g", Role.MANAGER)
    removed = await ask(app, "/huawei filter remove 5g core", Role.MANAGER)
    cleared = await ask(app, "/huawei filter clear", Role.MANAGER)
    assert expected == [said(reply) for reply in (listed, added, removed, cleared)]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            GERMAN,
            [
                "Threads an",
                "Threads sind schon an",
                "Threads aus",
                "Neue Quellen eines Ereignisses aktualisieren hier nur seine Meldung.",
            ],
        ),
        (
            FRENCH,
            [
                "Fils activés",
                "Les fils sont déjà activés",
                "Fils désactivés",
                "Les nouvelles sources d'un événement mettent seulement à jour son alerte ici.",
            ],
        ),
    ],
)
async def test_threads(app: App, language: str, expected: list[str]) -> None:
    await reading(app, language)
    on = await ask(app, "/huawei threads on", Role.ADMIN)
    again = await ask(app, "/huawei threads on", Role.ADMIN)
    off = await ask(app, "/huawei threads off", Role.ADMIN)
    assert expected == [on.title, again.title, off.title, off.text]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            GERMAN,
            "Erwähnungen gibt es in Slack- und Discord-Kanälen: das Terminal erwähnt niemanden.",
        ),
        (
            FRENCH,
            "Les mentions sont pour les salons Slack et Discord : le terminal ne notifie personne.",
        ),
    ],
)
async def test_a_refused_mention(app: App, language: str, expected: str) -> None:
    await reading(app, language)
    reply = await ask(app, "/huawei subscribe de mention:@policy", Role.MANAGER)
    assert expected == reply.text


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            GERMAN,
            [
                (
                    "Unbekanntes Land",
                    "Kein Land passt zu „United“. Meinten Sie Vereinigte Arabische Emirate, "
                    "Vereinigtes Königreich, Vereinigte Staaten?",
                ),
                (
                    "Leider nicht",
                    "„2x“ ist keine Dauer: geben Sie z. B. 30m, 2h, 1d oder 1w an.",
                ),
                (
                    "Leider nicht",
                    "„40d“ liegt außerhalb des Bereichs: wählen Sie zwischen 1m und 30d.",
                ),
                (
                    "Leider nicht",
                    "„25:00-07:00“ enthält eine unmögliche Uhrzeit: Stunden 00–23, Minuten 00–59.",
                ),
                (
                    "Leider nicht",
                    "„loud“ ist keine Stufe: wählen Sie change, reaffirm oder mention.",
                ),
                (
                    "Leider nicht",
                    "Nur die Rolle „Kanalverwaltung“ darf das; Sie haben die Rolle "
                    "„Kanalmitglied“.",
                ),
            ],
        ),
        (
            FRENCH,
            [
                (
                    "Pays inconnu",
                    "Aucun pays ne correspond à « United ». Vouliez-vous dire Émirats arabes "
                    "unis, Royaume-Uni, États-Unis ?",
                ),
                ("Désolé", "« 2x » n'est pas une durée : indiquez par ex. 30m, 2h, 1d ou 1w."),
                ("Désolé", "« 40d » est hors limites : choisissez entre 1m et 30d."),
                (
                    "Désolé",
                    "« 25:00-07:00 » contient une heure impossible : heures 00–23, minutes 00–59.",
                ),
                (
                    "Désolé",
                    "« loud » n'est pas un niveau : choisissez change, reaffirm ou mention.",
                ),
                (
                    "Désolé",
                    "Seul le rôle « gestionnaire du salon » peut faire cela ; vous avez le rôle "
                    "« membre du salon ».",
                ),
            ],
        ),
    ],
)
async def test_the_errors_a_member_meets(
    app: App, language: str, expected: list[tuple[str, str]]
) -> None:
    await reading(app, language)
    replies = [
        await ask(app, "/huawei subscribe United", Role.MANAGER),
        await ask(app, "/huawei mute de 2x", Role.MANAGER),
        await ask(app, "/huawei mute de 40d", Role.MANAGER),
        await ask(app, "/huawei quiet 25:00-07:00", Role.MANAGER),
        await ask(app, "/huawei subscribe de level:loud", Role.MANAGER),
        await ask(app, "/huawei mute de 2h", Role.MEMBER),
    ]
    assert expected == [said(reply) for reply in replies]


async def test_a_list_word_that_names_nothing_is_refused_in_german(app: App) -> None:
    await reading(app, GERMAN)
    reply = await ask(app, "/huawei list banend", Role.MEMBER)
    assert reply.text.startswith("„banend“ ist weder eine Haltung (banned, ")
    assert reply.text.endswith(" Meinten Sie `list banned`?")


async def test_english_channels_read_the_english_they_always_did(app: App) -> None:
    await ask(app, "/huawei subscribe de", Role.MANAGER)
    refused = await ask(app, "/huawei mute de 2h", Role.MEMBER)
    unknown = await ask(app, "/huawei subscribe United", Role.MANAGER)
    assert [
        "Only a channel manager may do that; you are a channel member.",
        "No country matches “United”. Did you mean United Arab Emirates, United Kingdom, "
        "United States?",
    ] == [refused.text, unknown.text]
