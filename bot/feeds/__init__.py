"""The feed edge: `guard` (which addresses may be fetched), `fetch` (aiohttp, conditional GET,
bounded in time and size), `parse` (feedparser on bytes → `Item`s), `errors` (`FeedError`)."""
