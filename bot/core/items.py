"""News items: normalised once at the edge, identified so the same story is stored once."""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that only track the reader; dropping them makes links comparable.
TRACKING_PARAMETERS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "mc_cid",
        "mc_eid",
        "igshid",
        "ref",
        "ref_src",
        "cmpid",
        "ocid",
        "mkt_tok",
        "_hsenc",
        "_hsmi",
        "yclid",
        "spm",
        "smid",
        "guccounter",
    }
)


# Clocks disagree a little; beyond this, a date in the future is an error in the feed.
FUTURE_SLACK = timedelta(days=1)


@dataclass(frozen=True)
class Item:
    """One news entry: plain-text title and summary, canonical link, aware published time."""

    title: str
    summary: str
    link: str
    published: datetime
    guid: str = ""
    published_estimated: bool = False  # the feed gave no date: the fetch time stands in
    outlet: str = ""

    @property
    def text(self) -> str:
        return f"{self.title}\n{self.summary}"


_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{1,2}))?")


# Bidirectional overrides and isolates reorder what follows them on screen ("moc.live" shown as
# "evil.com"); zero-width characters hide inside words and links. Feed text never needs them.
_INVISIBLE = re.compile("[\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def visible_text(text: str) -> str:
    """Text without direction overrides and zero-width characters."""
    return _INVISIBLE.sub("", text)


def parse_date(text: str) -> datetime:
    """A timestamp, a day, a month ("2018-07") or a year ("2019"), as an aware UTC datetime;
    ValueError when it is none of them. A partial date stands for its first day."""
    text = text.strip()
    if partial := _PARTIAL_DATE.fullmatch(text):
        year, month = int(partial.group(1)), int(partial.group(2) or 1)
        return datetime(year, month, 1, tzinfo=UTC)
    when = datetime.fromisoformat(text)
    return (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone(UTC)


def not_after(when: datetime, now: datetime) -> datetime:
    """A date from the future (a feed's typo, a year 9999) is taken as `now`: news cannot be
    from tomorrow, and a far date would break date arithmetic downstream."""
    return now if when > now + FUTURE_SLACK else when


def canonical_link(url: str) -> str:
    """Lower-case scheme and host, no fragment, no tracking parameters, no trailing slash."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return ""
    host = parts.hostname.lower()
    netloc = f"{host}:{parts.port}" if parts.port and parts.port not in (80, 443) else host
    query = urlencode(
        sorted(
            (key, value)
            for key, value in parse_qsl(parts.query, keep_blank_values=True)
            if not key.lower().startswith("utm_") and key.lower() not in TRACKING_PARAMETERS
        )
    )
    path = parts.path.rstrip("/")
    return urlunsplit((parts.scheme.lower(), netloc, path, query, ""))


def identity(item: Item, feed_key: str) -> str:
    """The dedupe key: the guid (scoped to its feed unless it is a URL), else the link, else
    a hash of title and published time; with no date of its own, of its feed, title and
    summary (an estimated date is the time it was read, new at every reading)."""
    guid = item.guid.strip()
    if guid:
        link = canonical_link(guid)
        return f"link:{link}" if link else f"guid:{feed_key}:{guid}"
    if item.link:
        return f"link:{item.link}"
    if item.published_estimated:
        return f"hash:{_digest(feed_key, item.title, item.summary)}"
    return f"hash:{_digest(item.title, item.published.isoformat())}"


def _digest(*parts: str) -> str:
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32]


@functools.lru_cache(maxsize=2048)  # grouping asks again for the links of every open event
def outlet_of(link: str) -> str:
    """The site a link points at, for "independent sources": www.bbc.co.uk → bbc.co.uk."""
    host = urlsplit(link).hostname or ""
    return host.removeprefix("www.").removeprefix("amp.").removeprefix("m.")
