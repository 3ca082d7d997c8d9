"""Reading sources: RSS and Atom feeds over HTTP (feedparser), and local folders of article files.

`read_feed(feed)` returns the items a feed lists now, or raises FeedError with
a reason that ends up in Feed.last_status. It writes nothing: ingest.services
decides what is new.
"""

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

import feedparser

from ingest.choices import FeedKind
from ingest.fetch import FEED_TYPES, FetchError, fetch

ARTICLE_SUFFIXES = frozenset({".html", ".htm", ".txt"})


class FeedError(Exception):
    """A feed that could not be read: unreachable, malformed, or a folder that is missing."""

    def __init__(self, reason: str, *, transient: bool = False):
        super().__init__(reason)
        self.reason = reason
        self.transient = transient


@dataclass
class FeedItem:
    """One entry of a feed: a link to fetch, or a file to read."""

    url: str = ""
    file_path: str = ""
    title: str = ""
    published: date | None = None
    guid: str = ""


@dataclass
class FeedRead:
    items: list[FeedItem] = field(default_factory=list)
    etag: str = ""
    last_modified: str = ""
    not_modified: bool = False
    warning: str = ""  # a feed that parsed with complaints (e.g. a wrong encoding label)


def read_feed(feed) -> FeedRead:
    if feed.kind == FeedKind.FOLDER:
        return FeedRead(items=[FeedItem(file_path=str(path)) for path in article_files(feed.folder)])
    try:
        result = fetch(feed.url, accept=FEED_TYPES, etag=feed.etag, last_modified=feed.last_modified)
    except FetchError as error:
        raise FeedError(f"could not fetch the feed: {error.reason}", transient=error.transient) from error
    if result.not_modified:
        return FeedRead(etag=result.etag or feed.etag, last_modified=result.last_modified or feed.last_modified,
                        not_modified=True)  # fmt: skip
    items, warning = parse_feed(result.content, base_url=result.url)
    return FeedRead(items=items, etag=result.etag, last_modified=result.last_modified, warning=warning)


def parse_feed(content: bytes, base_url: str = "") -> tuple[list[FeedItem], str]:
    """The items of an RSS or Atom document; raises FeedError when it is not a readable feed."""
    parsed = feedparser.parse(content, response_headers={"content-location": base_url} if base_url else None)
    problem = ""
    if parsed.bozo:
        problem = f"{type(parsed.bozo_exception).__name__}: {parsed.bozo_exception}"
    if not parsed.entries and not parsed.version:
        raise FeedError(f"malformed feed: {problem}" if problem else "not an RSS or Atom feed")
    items = []
    seen = set()
    for entry in parsed.entries:
        link = entry.get("link") or ""
        if not link:
            for candidate in entry.get("links", []):
                if candidate.get("href"):
                    link = candidate["href"]
                    break
        if not link or link in seen:
            continue
        seen.add(link)
        items.append(FeedItem(url=link, title=(entry.get("title") or "").strip(), published=_entry_date(entry),
                              guid=entry.get("id") or ""))  # fmt: skip
    if problem and not items:
        raise FeedError(f"malformed feed: {problem}")
    # feedparser recovers what it can from a broken document; the items it found are kept, the problem reported.
    return items, problem


def _entry_date(entry) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return datetime(*value[:6], tzinfo=UTC).date()
            except (TypeError, ValueError):
                continue
    return None


def article_files(folder: str | Path) -> list[Path]:
    """The article files in a folder and its subfolders (.html, .htm, .txt), in name order."""
    path = Path(folder)
    if not path.is_dir():
        raise FeedError(f"folder not found: {path}")
    return sorted(
        p.resolve()
        for p in path.rglob("*")
        if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith(".")
    )
