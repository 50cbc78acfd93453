from __future__ import annotations

from collections import Counter
from dataclasses import replace
from types import ModuleType

from bot.app import App
from bot.core.access import Role
from bot.core.countries import CountryIndex
from bot.core.models import Group, Stance
from bot.core.ports import PictureMaker
from bot.core.replies import Reply, Tone
from bot.render import Renderer
from bot.render.backend import CairoRasteriser
from handlers import pictures
from handlers.base import Request, Services
from handlers.dispatch import Dispatcher, all_commands

SHARED = Renderer()  # one renderer for the module: its cache spares drawing the same map again


def no_cairo() -> ModuleType:
    raise OSError('no library called "cairo-2" was found')


def services(app: App, maker: PictureMaker, countries: CountryIndex | None = None) -> Services:
    real = app.dispatcher.services
    return replace(real, pictures=maker, countries=countries or real.countries)


async def ask(
    app: App, text: str, maker: PictureMaker = SHARED, countries: CountryIndex | None = None
) -> Reply:
    dispatcher = Dispatcher(services(app, maker, countries), all_commands())
    return await dispatcher.handle(text, app.console_caller(Role.MEMBER))


async def chart(app: App, code: str, maker: PictureMaker = SHARED) -> Reply:
    request = Request(app.console_caller(Role.MEMBER), services(app, maker), (code,))
    record = await app.records.get(code)
    assert record is not None
    history = await app.records.history(code)
    return await pictures.history_chart(request, app.countries.get(code), record, history)


async def test_map_replies_with_the_png_and_its_counts_in_the_alt_text(app: App) -> None:
    reply = await ask(app, "/huawei map")
    counts = Counter(r.stance for r in await app.records.all())
    assert reply.image is not None
    assert b"\x89PNG" == reply.image.data[:4]
    assert f"banned {counts[Stance.BANNED]}, restricted {counts[Stance.RESTRICTED]}" in (
        reply.image.alt
    )
    assert "Huawei 5G stances · 1 Nov 2026" == reply.title


async def test_each_map_request_gets_a_file_name_of_its_own(app: App) -> None:
    first, second = [await ask(app, text) for text in ("/huawei map", "/huawei map")]
    group = await ask(app, "/huawei map eu")
    names = [r.image.filename for r in (first, second, group) if r.image is not None]
    assert 3 == len(set(names))
    assert [True, True] == [n.startswith("stances-map-20261101-120000-") for n in names[:2]]
    assert names[2].startswith("stances-map-eu-20261101-120000-")


async def test_map_lists_the_legend_counts_as_text_too(app: App) -> None:
    reply = await ask(app, "/huawei map")
    counts = Counter(r.stance for r in await app.records.all())
    assert {s.label: str(counts[s]) for s in Stance} == {f.name: f.value for f in reply.fields}


async def test_map_is_private_unless_made_public(app: App) -> None:
    private = await ask(app, "/huawei map")
    public = await ask(app, "/huawei map public:true")
    assert (True, False) == (private.private, public.private)


async def test_map_of_a_group_counts_its_members_only(app: App) -> None:
    reply = await ask(app, "/huawei map eu")
    assert "Huawei 5G stances in EU members · 1 Nov 2026" == reply.title
    assert 27 == sum(int(field.value) for field in reply.fields)
    assert reply.image is not None


async def test_map_of_an_unknown_group_is_a_clear_error(app: App) -> None:
    reply = await ask(app, "/huawei map narnia")
    assert Tone.ERROR == reply.tone
    assert reply.text.startswith("No group matches “narnia”. Groups: eu, eea, five-eyes")


async def test_map_of_a_country_points_to_its_timeline(app: App) -> None:
    reply = await ask(app, "/huawei map uk")
    assert Tone.ERROR == reply.tone
    assert reply.text.startswith("“uk” is a country, not a group: try `history uk chart:true`")


async def test_map_of_a_group_without_members_is_a_clear_error(app: App) -> None:
    ghosts = Group("ghosts", "Ghost bloc", ("XX",))
    index = CountryIndex(app.countries.countries, [ghosts])
    reply = await ask(app, "/huawei map ghosts", countries=index)
    assert (Tone.ERROR, "The group Ghost bloc has no members to show.") == (reply.tone, reply.text)


async def test_a_missing_cairo_library_gives_the_counts_as_text(app: App) -> None:
    reply = await ask(app, "/huawei map", Renderer(CairoRasteriser(load=no_cairo)))
    assert (Tone.WARNING, None, 6) == (reply.tone, reply.image, len(reply.fields))
    assert reply.text.startswith("Pictures are unavailable on this bot: its drawing library")


async def test_the_uk_history_chart_is_a_timeline_with_the_changes_listed(app: App) -> None:
    reply = await chart(app, "GB")
    assert reply.image is not None
    assert "stance-history-gb.png" == reply.image.filename
    assert "restricted from 28 Jan 2020; banned from 14 Jul 2020" in reply.image.alt
    assert ["• 2020-01-28", "• 2020-07-14"] == [line[:12] for line in reply.text.splitlines()]
    assert ("🇬🇧 United Kingdom: history", Stance.BANNED) == (reply.title, reply.stance)
    assert {"gov.uk", "ncsc.gov.uk"} <= {link.label for link in reply.links}


async def test_a_country_without_history_still_gets_a_one_colour_strip(app: App) -> None:
    reply = await chart(app, "AQ")
    assert "No changes on record: the stance is unknown." == reply.text
    assert reply.image is not None
    assert "no changes on record; unknown as of 1 Nov 2026" in reply.image.alt


async def test_a_history_chart_without_cairo_is_the_text_history(app: App) -> None:
    reply = await chart(app, "GB", Renderer(CairoRasteriser(load=no_cairo)))
    assert (Tone.WARNING, None) == (reply.tone, reply.image)
    assert "• 2020-07-14 · Banned (was restricted)" in reply.text


async def test_history_chart_true_draws_the_timeline(app: App) -> None:
    reply = await ask(app, "/huawei history uk chart:true")
    assert reply.image is not None
    assert "stance-history-gb.png" == reply.image.filename
