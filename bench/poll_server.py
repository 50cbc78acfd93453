"""The poll benchmark's feed server: N realistic RSS 2.0 feeds on loopback, in its own process.

    python -m bench.poll_server --feeds 500 --items 30 --hosts 50 [--about-huawei 100]

prints `READY <port>` once every address listens, then serves until terminated.

- Feed i is `http://127.0.0.<2 + i % hosts>:<port>/feeds/<i>.xml`: the feeds are spread over
  several loopback addresses (all of 127.0.0.0/8 is loopback on Linux) so that per-host
  concurrency caps behave as they do with real publishers. Control endpoints live on
  127.0.0.1 only. Nothing listens beyond loopback.
- Every feed has `items` entries (titles and summaries about countries and Huawei, a little
  HTML in the descriptions, guids and links unique to the feed), an ETag and a Last-Modified;
  conditional requests that match are answered 304. Bodies are rendered (and gzipped) at start,
  so serving costs the server next to nothing and both contenders see identical bytes.
  `--about-huawei P`: only P items in a hundred are Huawei news, the rest other telecom news,
  as in most real feeds (default: every item).
- `POST /_round/2` switches to round 2: every even-numbered feed gets `changed` new items that
  replace its oldest ones (new ETag, later Last-Modified); odd-numbered feeds stay unchanged.
- `GET /_urls` lists the feed URLs; `GET /_stats` counts, per round, the answers by status and
  the items carried in 200 answers (what a client had to parse).
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import random
import signal
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from xml.sax.saxutils import escape

from aiohttp import web

CONTROL_HOST = "127.0.0.1"
FIRST_FEED_HOST = 2  # feed hosts are 127.0.0.2, 127.0.0.3, ...
MAX_HOSTS = 250
ROUND_2_AFTER = timedelta(hours=5)  # round 2's Last-Modified, after the round 1 one

COUNTRIES = (
    ("Germany", "German"),
    ("France", "French"),
    ("the United Kingdom", "British"),
    ("Italy", "Italian"),
    ("Spain", "Spanish"),
    ("Portugal", "Portuguese"),
    ("Sweden", "Swedish"),
    ("Poland", "Polish"),
    ("Canada", "Canadian"),
    ("Australia", "Australian"),
    ("New Zealand", "New Zealand"),
    ("Japan", "Japanese"),
    ("India", "Indian"),
    ("Brazil", "Brazilian"),
    ("Mexico", "Mexican"),
    ("South Africa", "South African"),
    ("Kenya", "Kenyan"),
    ("Nigeria", "Nigerian"),
    ("Saudi Arabia", "Saudi"),
    ("the United Arab Emirates", "Emirati"),
    ("Thailand", "Thai"),
    ("Malaysia", "Malaysian"),
    ("Indonesia", "Indonesian"),
    ("the Philippines", "Philippine"),
    ("Turkey", "Turkish"),
    ("Hungary", "Hungarian"),
    ("Greece", "Greek"),
    ("Romania", "Romanian"),
    ("Denmark", "Danish"),
    ("Finland", "Finnish"),
)
HEADLINES = (
    "{country} moves to ban Huawei from its 5G networks",
    "{adj} regulator orders operators to strip Huawei gear from the 5G core",
    "{country} opens a security review of Huawei 5G equipment",
    "{adj} operators sign new 5G contracts with Huawei",
    "{country} caps Huawei's share of radio access networks at 35%",
    "Lawmakers in {country} debate high-risk vendor rules aimed at Huawei and ZTE",
    "{country} says it has no plans to restrict Huawei in 5G rollout",
    "US presses {country} to exclude Huawei from next-generation networks",
    "{adj} government delays decision on Huawei 5G participation",
    "Huawei opens 5G innovation centre in {country} amid scrutiny",
    "{country} adopts EU 5G toolbox, sets deadline to replace Huawei kit",
    "Court upholds {adj} restrictions on Huawei 5G equipment",
)
SENTENCES = (
    "Officials said the measure follows months of consultation with network operators.",
    "The ministry cited <b>national security</b> concerns and the EU's 5G security toolbox.",
    "Huawei said it was &quot;disappointed&quot; and would keep serving its customers.",
    "Operators warned that replacing equipment could cost billions &amp; delay coverage.",
    "Analysts expect the decision to shape procurement across the region.",
    "The <i>telecoms watchdog</i> will publish detailed guidance later this year.",
    "Opposition MPs called for a full ban on <em>high-risk vendors</em> in the core network.",
    "ZTE and Huawei together supply a large share of the country's radio access network.",
    "Washington has lobbied allies for years to keep Chinese vendors out of 5G.",
    "Industry groups asked for a transition period of at least five years.",
)
# Telecom news that does not name Huawei: what most items of a real feed look like.
OTHER_HEADLINES = (
    "{adj} operators report record mobile data traffic over the holidays",
    "{country} auctions 3.5 GHz spectrum for mobile broadband",
    "Fibre rollout in {country} reaches two million homes",
    "{adj} regulator fines operator over misleading broadband speeds",
    "Satellite internet service launches in rural {country}",
    "{country} sets 2030 target for gigabit coverage",
    "{adj} mobile operator names new chief executive",
    "Prices of mobile plans in {country} fall for a third year",
)
OTHER_SENTENCES = (
    "The operator said <b>demand</b> rose faster than expected in the second quarter.",
    "Consumer groups welcomed the decision but asked for clearer contracts.",
    "The regulator will publish the results of its consultation in the spring.",
    "Analysts said &quot;competition&quot; had pushed prices down across the market.",
    "The network now covers most towns with more than 10,000 people.",
    "Shareholders approved the plan at the annual meeting.",
)
CATEGORIES = {
    True: "<category>5G</category><category>Huawei</category>",
    False: "<category>Telecoms</category>",
}
OUTLETS = ("Telecom Policy Wire", "5G Monitor", "Network Security Daily", "Spectrum Times")


@dataclass(frozen=True)
class Rendered:
    body: bytes
    gzipped: bytes
    etag: str
    last_modified: datetime
    items: int


def about_huawei(feed: int, seq: int, percent: int) -> bool:
    """Whether an item is Huawei news: `percent` in every hundred, spread evenly, the same on
    every round."""
    return (feed * 7 + seq * 13) % 100 < percent


def headline(rng: random.Random, huawei: bool = True) -> str:
    country, adj = rng.choice(COUNTRIES)
    title = rng.choice(HEADLINES if huawei else OTHER_HEADLINES).format(country=country, adj=adj)
    return title[0].upper() + title[1:]


def description(rng: random.Random, link: str, huawei: bool = True) -> str:
    """A little HTML, as publishers send it (escaped into the XML by the caller)."""
    first, second, third = rng.sample(SENTENCES if huawei else OTHER_SENTENCES, 3)
    return (
        f"<p>{first} {second}</p><p>{third} "
        f'<a href="{link}" rel="noopener">Read the full story</a></p>'
    )


def item_xml(feed: int, seq: int, host: str, start: datetime, percent: int = 100) -> str:
    rng = random.Random(feed * 100_003 + seq)
    huawei = about_huawei(feed, seq, percent)
    title = headline(rng, huawei)
    slug = "-".join(title.lower().split()[:6]).replace("'", "").replace(",", "")
    link = f"https://{host}/news/{feed}/{seq}-{slug}?utm_source=rss&utm_medium=feed"
    published = start - timedelta(hours=1) + timedelta(minutes=10 * seq)
    guid = (
        f'<guid isPermaLink="true">{escape(link)}</guid>'
        if feed % 2
        else f'<guid isPermaLink="false">urn:bench:feed-{feed}:item-{seq}</guid>'
    )
    return (
        "<item>"
        f"<title>{escape(title)}</title>"
        f"<link>{escape(link)}</link>"
        f"{guid}"
        f"<pubDate>{format_datetime(published, usegmt=True)}</pubDate>"
        f"{CATEGORIES[huawei]}"
        f"<description>{escape(description(rng, link, huawei))}</description>"
        "</item>"
    )


def feed_xml(feed: int, seqs: range, start: datetime, built: datetime, percent: int) -> bytes:
    host = f"www.outlet-{feed % 97}.example"
    outlet = OUTLETS[feed % len(OUTLETS)]
    items = "\n".join(item_xml(feed, seq, host, start, percent) for seq in reversed(seqs))
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
        f"<title>{outlet}: Huawei and 5G policy (feed {feed})</title>\n"
        f"<link>https://{host}/topics/huawei-5g</link>\n"
        "<description>News on governments' decisions about Huawei 5G equipment</description>\n"
        "<language>en</language>\n"
        f"<lastBuildDate>{format_datetime(built, usegmt=True)}</lastBuildDate>\n"
        f'<atom:link href="https://{host}/feeds/{feed}.xml" rel="self" '
        'type="application/rss+xml"/>\n'
        f"{items}\n</channel>\n</rss>\n"
    ).encode()


def render(
    feed: int, first: int, count: int, version: int, start: datetime, *, percent: int
) -> Rendered:
    built = start + (ROUND_2_AFTER if version > 1 else timedelta(0))
    body = feed_xml(feed, range(first, first + count), start, built, percent)
    return Rendered(
        body=body,
        gzipped=gzip.compress(body, compresslevel=6, mtime=0),
        etag=f'"feed-{feed}-v{version}"',
        last_modified=built,
        items=count,
    )


class FeedServer:
    def __init__(self, feeds: int, items: int, changed: int, hosts: int, percent: int) -> None:
        # Items are hours old (recent enough to alert on), so a client takes its normal path.
        start = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=6)
        self.hosts = hosts
        self.round = 1
        first = [render(i, 0, items, 1, start, percent=percent) for i in range(feeds)]
        self.rounds = {
            1: first,
            2: [
                render(i, changed, items, 2, start, percent=percent) if i % 2 == 0 else first[i]
                for i in range(feeds)
            ],
        }
        self.stats: dict[int, Counter[str]] = {1: Counter(), 2: Counter()}
        self.port = 0

    def host_of(self, feed: int) -> str:
        return f"127.0.0.{FIRST_FEED_HOST + feed % self.hosts}"

    def urls(self) -> list[str]:
        return [
            f"http://{self.host_of(i)}:{self.port}/feeds/{i}.xml"
            for i in range(len(self.rounds[1]))
        ]

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/feeds/{feed:\\d+}.xml", self.serve_feed)
        app.router.add_get("/_urls", self.list_urls)
        app.router.add_get("/_stats", self.show_stats)
        app.router.add_post("/_round/{round:[12]}", self.switch_round)
        return app

    async def serve_feed(self, request: web.Request) -> web.StreamResponse:
        index = int(request.match_info["feed"])
        feeds = self.rounds[self.round]
        if index >= len(feeds) or request.host.split(":")[0] != self.host_of(index):
            raise web.HTTPNotFound()
        feed = feeds[index]
        stats = self.stats[self.round]
        headers = {
            "ETag": feed.etag,
            "Last-Modified": format_datetime(feed.last_modified, usegmt=True),
            "Cache-Control": "max-age=300",
        }
        if not_modified(request, feed):
            stats["304"] += 1
            return web.Response(status=304, headers=headers)
        body = feed.body
        if "gzip" in request.headers.get("Accept-Encoding", ""):
            body, headers["Content-Encoding"] = feed.gzipped, "gzip"
        stats["200"] += 1
        stats["items"] += feed.items
        stats["bytes"] += len(body)
        headers["Content-Type"] = "application/rss+xml; charset=utf-8"
        return web.Response(body=body, headers=headers)

    def _control_only(self, request: web.Request) -> None:
        if request.host.split(":")[0] != CONTROL_HOST:
            raise web.HTTPNotFound()

    async def list_urls(self, request: web.Request) -> web.Response:
        self._control_only(request)
        return web.json_response(self.urls())

    async def show_stats(self, request: web.Request) -> web.Response:
        self._control_only(request)
        return web.json_response({str(k): dict(v) for k, v in self.stats.items()})

    async def switch_round(self, request: web.Request) -> web.Response:
        self._control_only(request)
        self.round = int(request.match_info["round"])
        return web.json_response({"round": self.round})


def not_modified(request: web.Request, feed: Rendered) -> bool:
    """RFC 9110: If-None-Match decides when present, else If-Modified-Since."""
    if_none_match = request.headers.get("If-None-Match")
    if if_none_match is not None:
        tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        return "*" in tags or feed.etag in tags
    since = request.headers.get("If-Modified-Since")
    if since is None:
        return False
    try:
        when = parsedate_to_datetime(since)
    except (TypeError, ValueError):
        return False
    return when.tzinfo is not None and feed.last_modified <= when


async def listen(server: FeedServer, runner: web.AppRunner, attempts: int = 5) -> int:
    """Bind 127.0.0.1 on a free port, then every feed host on that same port (another try on
    another port if one of them is taken)."""
    hosts = sorted({server.host_of(i) for i in range(server.hosts)})
    for attempt in range(attempts):
        sites = [web.TCPSite(runner, CONTROL_HOST, 0, backlog=1024)]
        try:
            await sites[0].start()
            port: int = runner.addresses[-1][1]
            for host in hosts:
                sites.append(web.TCPSite(runner, host, port, backlog=1024))
                await sites[-1].start()
        except OSError:
            for site in sites:
                await site.stop()
            if attempt == attempts - 1:
                raise
            continue
        return port
    raise AssertionError("unreachable")


async def serve(feeds: int, items: int, changed: int, hosts: int, percent: int) -> None:
    server = FeedServer(feeds, items, changed, hosts, percent)
    runner = web.AppRunner(server.app(), access_log=None, shutdown_timeout=0.5)
    await runner.setup()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    try:
        server.port = await listen(server, runner)
        print(f"READY {server.port}", flush=True)
        await stop.wait()
    finally:
        await runner.cleanup()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--feeds", type=int, default=500)
    parser.add_argument("--items", type=int, default=30)
    parser.add_argument("--changed", type=int, default=5, help="new items per changed feed")
    parser.add_argument("--hosts", type=int, default=50, help=f"loopback hosts (≤ {MAX_HOSTS})")
    parser.add_argument(
        "--about-huawei", type=int, default=100, help="percent of items that are Huawei news"
    )
    args = parser.parse_args()
    if not 1 <= args.hosts <= MAX_HOSTS or not 0 < args.changed <= args.items:
        parser.error("need 1 ≤ hosts ≤ 250 and 0 < changed ≤ items")
    if not 0 <= args.about_huawei <= 100:
        parser.error("--about-huawei is a percent: 0 to 100")
    asyncio.run(serve(args.feeds, args.items, args.changed, args.hosts, args.about_huawei))
    sys.exit(0)


if __name__ == "__main__":
    main()
