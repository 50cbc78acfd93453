"""Block Kit rendering: escaping and Slack's limits, on plain values."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from bot.chat.slack.alerts import alert_message
from bot.chat.slack.replies import reply_message
from bot.chat.slack.text import chunks, clip, escape, link
from bot.core.alerts import Alert, AlertSource
from bot.core.countries import CountryIndex
from bot.core.events import AlertKind, EventStatus
from bot.core.models import Stance
from bot.core.replies import Field, Link, Reply

WHEN = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


def sources(headline: str, count: int) -> tuple[AlertSource, ...]:
    """The lead (n = 0) carries the headline; the others tell it in their own words."""
    return tuple(
        AlertSource(
            f"{headline} ({n})" if n else headline,
            f"https://news{n}.example/a",
            f"news{n}.example",
            WHEN,
        )
        for n in range(count)
    )


def alert(
    countries: CountryIndex,
    status: EventStatus,
    headline: str = "Germany bans Huawei",
    count: int = 1,
) -> Alert:
    return Alert(
        event_id=7,
        kind=AlertKind.CHANGE,
        country=countries.get("DE"),
        previous=Stance.RESTRICTED,
        stance=Stance.BANNED,
        headline=headline,
        link="https://news0.example/a",
        outlet="news0.example",
        published=WHEN,
        confidence=0.7,
        evidence="The cabinet decided.",
        source_count=count,
        sources=sources(headline, count),
        status=status,
    )


def texts(blocks: object) -> list[str]:
    """Every text string in a block tree."""
    if isinstance(blocks, dict):
        return [v for k, v in blocks.items() if k == "text" and isinstance(v, str)] + [
            t for v in blocks.values() for t in texts(v)
        ]
    if isinstance(blocks, list | tuple):
        return [t for item in blocks for t in texts(item)]
    return []


def test_escaping_turns_control_sequences_into_text() -> None:
    assert "&lt;!here&gt; &amp;lt; &lt;@U1&gt;" == escape("<!here> &lt; <@U1>")


def test_clipping_never_leaves_half_an_entity() -> None:
    assert "a…" == clip("a &amp;&amp;", 5)


def test_long_text_is_split_at_line_breaks() -> None:
    assert ["aaaa\nbb", "cccc"] == chunks("aaaa\nbb\ncccc", 7)


def test_a_link_to_anything_but_http_is_shown_as_its_label() -> None:
    assert ("<https://a.example/?x=1&amp;y=2|A &amp; B>", "evil") == (
        link("https://a.example/?x=1&y=2", "A & B"),
        link("javascript:alert(1)", "evil"),
    )


def test_a_reply_with_too_many_parts_stays_within_slacks_limits() -> None:
    fields = tuple(Field(f"Field {n}", "v" * 2500, inline=n % 2 == 0) for n in range(80))
    links = tuple(Link(f"site {n}", f"https://s{n}.example/") for n in range(9))
    reply = Reply(title="T" * 400, text="x" * 10_000, fields=fields, links=links, footer="end")

    blocks = reply_message(reply).blocks

    sections = [b for b in blocks if b["type"] == "section"]
    assert 50 == len(blocks)
    assert (150, "header", "context") == (
        len(blocks[0]["text"]["text"]),
        blocks[0]["type"],
        blocks[-1]["type"],
    )
    assert all(len(b["text"]["text"]) <= 3000 for b in sections if "text" in b)
    assert all(
        len(f["text"]) <= 2000 and len(b["fields"]) <= 10
        for b in sections
        if "fields" in b
        for f in b["fields"]
    )


def test_a_reply_has_a_plain_fallback_and_link_buttons(countries: CountryIndex) -> None:
    reply = Reply(
        title="Germany", text="<!channel> ok", links=(Link("bbc.co.uk", "https://bbc.co.uk/x"),)
    )

    message = reply_message(reply)

    buttons = [e for b in message.blocks if b["type"] == "actions" for e in b["elements"]]
    assert "Germany\n&lt;!channel&gt; ok" == message.text
    assert [("bbc.co.uk", "https://bbc.co.uk/x")] == [
        (b["text"]["text"], b["url"]) for b in buttons
    ]


def test_a_confirmed_change_has_no_decision_buttons(countries: CountryIndex) -> None:
    message = alert_message(alert(countries, EventStatus.CONFIRMED))

    assert "stancebot_confirm" not in json.dumps(message.blocks)
    assert "Confirmed by an operator" in json.dumps(message.blocks)


def test_an_alert_lists_its_other_sources_and_the_time(countries: CountryIndex) -> None:
    message = alert_message(alert(countries, EventStatus.PENDING, count=3))

    shown = "\n".join(texts(message.blocks))
    assert "*Also reported by*\n• <https://news1.example/a|news1.example: Germany bans" in shown
    assert f"<!date^{int(WHEN.timestamp())}^" in shown
    assert "Restricted → Banned" in shown


def test_no_feed_text_reaches_an_alert_unescaped(countries: CountryIndex) -> None:
    hostile = "<!here> <@U1> <#C1> <https://x.example|y>"

    message = alert_message(alert(countries, EventStatus.PENDING, headline=hostile, count=2))

    everything = json.dumps([message.text, message.blocks])
    assert ["<!date^"] == sorted(
        {t[t.index("<!") :][:7] for t in texts(message.blocks) if "<!" in t}
    )
    assert [] == [s for s in ("<@U1>", "<#C1>", "<!here>") if s in everything]
