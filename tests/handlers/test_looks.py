"""A channel's `style` and `language`, through the dispatcher, the real pipeline, the real
outbox worker and the terminal's alert sender."""

from __future__ import annotations

from bot.app import CONSOLE_CHANNEL, App
from bot.core.access import Role
from bot.core.catalogue import Look, Style
from bot.core.replies import Tone
from bot.core.wording import name_key
from tests.conftest import ask
from tests.handlers.conftest import Printing
from tests.handlers.test_decisions import report


async def test_style_and_language_are_kept_on_the_subscription_and_shown_in_its_settings(
    app: App,
) -> None:
    await ask(app, "/huawei subscribe de,fr", Role.MANAGER)
    styled = await ask(app, "/huawei style compact", Role.ADMIN)
    spoken = await ask(app, "/huawei language Deutsch", Role.ADMIN)
    listed = await ask(app, "/huawei subscriptions all:false", Role.MEMBER)
    subscription = await app.subscriptions.for_channel(CONSOLE_CHANNEL)
    fields = {f.name: f.value for f in listed.fields}
    assert subscription is not None
    assert Look(Style.COMPACT, "de") == subscription.look
    assert ("Alerts here are now compact", Tone.SUCCESS) == (styled.title, styled.tone)
    assert ("Dieser Kanal liest jetzt Deutsch", Tone.SUCCESS) == (spoken.title, spoken.tone)
    assert "Das Abonnement dieses Kanals" == listed.title
    assert ("kompakt", "Deutsch", "🇩🇪 Deutschland, 🇫🇷 Frankreich") == (
        fields["Stil"],
        fields["Sprache"],
        fields["Länder"],
    )


async def test_setting_the_same_style_again_says_so_and_changes_nothing(app: App) -> None:
    await ask(app, "/huawei subscribe", Role.MANAGER)
    again = await ask(app, "/huawei style full", Role.ADMIN)
    assert ("Alerts here are already full", Tone.INFO) == (again.title, again.tone)


async def test_only_admins_choose_and_bad_words_are_refused_with_the_choices(app: App) -> None:
    await ask(app, "/huawei subscribe", Role.MANAGER)
    manager = await ask(app, "/huawei style compact", Role.MANAGER)
    unknown = await ask(app, "/huawei language klingon", Role.ADMIN)
    wrong = await ask(app, "/huawei style tiny", Role.ADMIN)
    subscription = await app.subscriptions.for_channel(CONSOLE_CHANNEL)
    assert Tone.ERROR == manager.tone
    assert "`/huawei language en|de|fr|es`" in unknown.text
    assert "`/huawei style full|compact`" in wrong.text
    assert subscription is not None
    assert Look() == subscription.look


async def test_a_channel_without_a_subscription_has_nothing_to_set_them_on(app: App) -> None:
    reply = await ask(app, "/huawei language fr", Role.ADMIN)
    assert (Tone.ERROR, True) == (
        reply.tone,
        reply.text.endswith("`/huawei subscribe` starts one."),
    )


async def test_a_compact_german_alert_is_one_line_in_german(printing: Printing) -> None:
    app, shown = printing.app, printing.shown
    await ask(app, "/huawei subscribe at", Role.MANAGER)
    await ask(app, "/huawei style compact", Role.ADMIN)
    await ask(app, "/huawei language de", Role.ADMIN)
    await report(app, "Austria bans Huawei from its 5G networks", "https://a.example/at")
    await app.delivery.run_once()
    [alert] = shown
    first, hint = alert.strip().split("\n")
    assert first.startswith("🇦🇹 Österreich: ")
    assert (
        " → Verboten · “Austria bans Huawei from its 5G networks” <https://a.example/at>" in first
    )
    assert first.endswith(" %")
    assert "Konfidenz" in first
    assert hint.startswith("Unbestätigt. Operatoren: /huawei stance confirm ")


async def test_a_full_french_alert_says_its_fixed_text_in_french(printing: Printing) -> None:
    app, shown = printing.app, printing.shown
    await ask(app, "/huawei subscribe de", Role.MANAGER)
    await ask(app, "/huawei language fr", Role.ADMIN)
    await report(app, "Germany bans Huawei from its 5G networks", "https://a.example/de")
    await app.delivery.run_once()
    [alert] = shown
    lines = alert.split("\n")
    assert lines[1].startswith("🇩🇪 Allemagne : ")
    assert lines[1].endswith(" → Interdit")
    assert any(line.startswith("Confiance ") and "1 source" in line for line in lines)


async def test_replies_speak_the_channels_language(app: App) -> None:
    await ask(app, "/huawei subscribe", Role.MANAGER)
    await ask(app, "/huawei language es", Role.ADMIN)
    paused = await ask(app, "/huawei pause", Role.MANAGER)
    refused = await ask(app, "/huawei style", Role.ADMIN)
    updated = await ask(app, "/huawei subscribe fr", Role.MANAGER)
    assert "Alertas de este canal en pausa" == paused.title
    assert ("Suscripción de este canal actualizada", True) == (
        updated.title,
        updated.text.endswith("cambios de postura sobre 🇫🇷 Francia."),
    )
    assert ("Lo sentimos", "Uso: style full|compact") == (refused.title, refused.text)


async def test_lists_follow_the_names_in_the_channels_language(app: App) -> None:
    await ask(app, "/huawei subscribe", Role.MANAGER)
    await ask(app, "/huawei language de", Role.ADMIN)
    german = await ask(app, "/huawei list", Role.MEMBER)
    await ask(app, "/huawei language fr", Role.ADMIN)
    french = await ask(app, "/huawei list", Role.MEMBER)
    german_names = [n for f in german.fields for n in f.value.split(", ")]
    french_names = [n for f in french.fields for n in f.value.split(", ")]
    assert "Österreich" in german_names
    assert "Émirats arabes unis" in french_names
    for field in (*german.fields, *french.fields):
        names = field.value.split(", ")
        assert sorted(names, key=name_key) == names
    assert german.title.startswith("Haltungen zu Huawei 5G")


async def test_a_stance_list_is_sorted_with_o_umlaut_among_the_os(app: App) -> None:
    await ask(app, "/huawei subscribe", Role.MANAGER)
    await ask(app, "/huawei language de", Role.ADMIN)
    reply = await ask(app, "/huawei list allowed", Role.MEMBER)
    names = [line.split(" · ")[0].split(" ", 1)[1] for line in reply.text.split("\n")]
    after = {name[0] for name in names[names.index("Österreich") + 1 :]}
    assert sorted(names, key=name_key) == names
    assert "P" in after
    assert "Ö" not in after
    assert reply.title.startswith("Erlaubt: ")


async def test_a_country_card_in_german_names_the_stance_and_a_corrected_name(app: App) -> None:
    await ask(app, "/huawei subscribe", Role.MANAGER)
    await ask(app, "/huawei language de", Role.ADMIN)
    card = await ask(app, "/huawei country Austrai", Role.MEMBER)
    fields = {f.name: f.value for f in card.fields}
    assert "🇦🇹 Österreich: Erlaubt" == card.title
    assert card.text.startswith("Angezeigt: Österreich. Kein Land heißt „Austrai“.")
    assert ("Erlaubt", "dem mitgelieferten Datensatz") == (fields["Haltung"], fields["Gesetzt von"])
    assert card.footer.startswith("AT · erlaubt: keine Beschränkung beschlossen")
    assert "20 Jan. 2020" == fields["Seit"]


async def test_subscribing_again_in_german_says_what_changed_in_german(app: App) -> None:
    await ask(app, "/huawei subscribe five-eyes", Role.MANAGER)
    await ask(app, "/huawei language de", Role.ADMIN)
    again = await ask(app, "/huawei subscribe digest:daily", Role.MANAGER)
    fields = {f.name: f.value for f in again.fields}
    assert "Zusammenfassung: aus → täglich" == fields["Geändert"]
    assert (
        "0 aktive Stummschaltungen (`/huawei mutes`)"
        == {f.name: f.value for f in (await ask(app, "/huawei subscriptions all:false")).fields}[
            "Stummschaltungen"
        ]
    )
