"""RSS and Atom feeds: the items a feed lists, newest first and bounded.

feedparser reads every RSS version, RDF and Atom, and is lenient with the malformed feeds
common in the wild; kg hands it bytes it fetched or read itself (never a URL or a path,
which feedparser would open on its own, past kg's bounds and address checks).
"""

from __future__ import annotations

import html
import re
import time
from dataclasses import dataclass
from pathlib import Path
from xml.sax import SAXException

from kg.ingest.fetch import FEED_TYPES, Fetcher, FetchError, is_url
from kg.safe_io import read_capped_bytes

__all__ = ["FEED_MAX_BYTES", "Feed", "FeedItem", "parse_feed", "read_feed"]

#: A feed of a few thousand items with their summaries stays well under this.
FEED_MAX_BYTES = 10 * 1024 * 1024
_TAG = re.compile(r"<[^>]*>")


@dataclass(frozen=True)
class FeedItem:
    """One item of a feed: the page it links to, its title as plain text and its date
    (YYYY-MM-DD, from the item's published or updated time, when it has one)."""

    url: str
    title: str | None
    date: str | None


@dataclass(frozen=True)
class Feed:
    """A feed as kg reads it: where it came from (URL, or a file's absolute path), its
    items (at most the limit asked for, newest first) and how many it listed in all."""

    source: str
    items: list[FeedItem]
    total: int


def read_feed(source: str, fetcher: Fetcher, *, limit: int) -> Feed:
    """Fetch (a URL) or read (a file) the feed *source* and return its first *limit* items.

    Raises
    ------
    FetchError
        The feed URL cannot be fetched, or what was fetched or read is not a feed.
    IngestError
        The feed file is missing, not a regular file, unreadable or over
        :data:`FEED_MAX_BYTES` (worded by :func:`kg.safe_io.read_capped_bytes`).
    """
    if is_url(source):
        fetched = fetcher.fetch(source, FEED_TYPES, what="a feed", max_bytes=FEED_MAX_BYTES)
        return parse_feed(fetched.body, fetched.final_url, limit=limit, base=fetched.final_url)
    # A feed file is the user's own input, read as every command reads one (kg.safe_io):
    # its errors are kg's one wording, and stop the run (an IngestError, not a FetchError
    # that collect() would count as one failed feed among others).
    path = Path(source)
    raw = read_capped_bytes(path, FEED_MAX_BYTES, what="feed file")
    return parse_feed(raw, str(path.resolve()), limit=limit)


def parse_feed(raw: bytes, source: str, *, limit: int, base: str | None = None) -> Feed:
    """The items of the RSS or Atom document *raw*; relative links resolve against *base*.

    Items without a link are left out, and a link listed twice is taken once. Items are
    ordered newest first where the feed dates them (feeds usually list them so anyway).
    """
    import feedparser

    headers = {"content-location": base} if base else {}
    parsed = feedparser.parse(raw, response_headers=headers, sanitize_html=True)
    if parsed.bozo and not parsed.entries and not parsed.feed.get("title"):
        error = parsed.get("bozo_exception")
        # An XML error says where the feed breaks; feedparser's other complaints (about
        # content types it was not given) would only confuse.
        where = f" ({' '.join(str(error).split())})" if isinstance(error, SAXException) else ""
        raise FetchError(f"not an RSS or Atom feed{where}")
    # An empty document leaves feedparser's result without even a version key.
    if not parsed.get("version") and not parsed.entries:
        raise FetchError("not an RSS or Atom feed")
    items, seen = [], set()
    for entry in parsed.entries:
        link = (entry.get("link") or "").strip()
        if not link or link in seen:
            continue
        seen.add(link)
        items.append(FeedItem(url=link, title=_plain_title(entry), date=_entry_date(entry)))
    # sorted() is stable: undated items keep the feed's order, after the dated ones.
    ordered = sorted(items, key=lambda item: item.date or "", reverse=True)
    return Feed(source=source, items=ordered[:limit], total=len(items))


def _plain_title(entry) -> str | None:
    title = entry.get("title")
    if not title:
        return None
    detail = entry.get("title_detail") or {}
    if detail.get("type") in ("text/html", "application/xhtml+xml"):
        # An HTML title's markup is formatting: keep its words only.
        title = html.unescape(_TAG.sub("", title))
    return " ".join(title.split()) or None


def _entry_date(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            return time.strftime("%Y-%m-%d", value)
    return None
