"""A sample alert for `/huawei test`: built like a real one, so it renders like a real one."""

from __future__ import annotations

from datetime import datetime

from bot.core.alerts import Alert, AlertSource
from bot.core.catalogue import DEFAULT_LOOK, Look, say, stance_name
from bot.core.events import AlertKind, EventStatus
from bot.core.models import Country, Record

SAMPLE_EVENT_ID = 0  # no event has id 0: buttons and edits can never act on a real one
SAMPLE_OUTLET = "stancebot test"


def sample_alert(
    country: Country, record: Record, now: datetime, look: Look = DEFAULT_LOOK
) -> Alert:
    """A reaffirmation of the country's current stance, its source the record's first one.

    A reaffirmation because it claims nothing new: whoever reads it in the channel is told
    the record, not a change that did not happen.
    """
    link = record.sources[0] if record.sources else ""
    language = look.language
    headline = say(
        language,
        "sample.headline",
        place=country.name_in(language),
        stance=stance_name(language, record.stance, inline=True),
    )
    return Alert(
        event_id=SAMPLE_EVENT_ID,
        kind=AlertKind.REAFFIRM,
        country=country,
        previous=record.stance,
        stance=record.stance,
        headline=headline,
        link=link,
        outlet=SAMPLE_OUTLET,
        published=now,
        confidence=1.0,
        evidence=record.summary,
        source_count=1,
        sources=(AlertSource(headline, link, SAMPLE_OUTLET, now),),
        status=EventStatus.INFO,
        look=look,
    )
