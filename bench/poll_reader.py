"""The poll benchmark's reader contender (lemon24/reader 3.x), in its own process.

    python -m bench.poll_reader --port PORT --workdir DIR --workers W [--trace]

`make_reader` on a fresh SQLite file, `add_feed` for every feed, and a cycle is one
`update_feeds(workers=W, scheduled=False)`. reader ≥ 3.21 only updates feeds whose scheduled
update time has come (an hour after the last one, by default); `scheduled=False` makes it poll
every feed, as a full cycle must. reader sends conditional requests (ETag, Last-Modified) like
stancebot; its worker threads retrieve in parallel, parsing and storing stay on one thread.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from reader import make_reader

from bench.poll_common import Measurement, contender_arguments, feed_urls, measure, report


def run(port: int, workdir: Path, workers: int, trace: bool) -> Measurement:
    logging.basicConfig(level=logging.INFO, stream=sys.stderr)  # as the bot logs, for fairness
    urls = feed_urls(port)
    reader = make_reader(str(workdir / "reader.sqlite"))
    try:
        for url in urls:
            reader.add_feed(url)

        def cycle() -> dict[str, int]:
            reader.update_feeds(workers=workers, scheduled=False)
            return {"broken_feeds": reader.get_feed_counts().broken or 0}  # one SQL count

        def count() -> int:
            return reader.get_entry_counts().total or 0

        setup = {"workers": workers}
        name = f"reader workers={workers}"
        return measure(name, setup=setup, port=port, trace=trace, cycle=cycle, count=count)
    finally:
        reader.close()


def main() -> None:
    parser = contender_arguments(__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    report(run(args.port, Path(args.workdir), args.workers, args.trace))


if __name__ == "__main__":
    main()
