"""Fetching pages and feeds over HTTP, politely and defensively.

`fetch(url)` returns the body of a page or raises `FetchError` with a reason a
person can read. What it guards against:

- slow servers: a timeout on connect and on each read (FETCH_TIMEOUT_SECONDS);
- huge pages: the body is streamed and abandoned past FETCH_MAX_BYTES;
- redirect loops: at most FETCH_MAX_REDIRECTS hops;
- things that are not articles: only the content types the caller accepts;
- flaky servers: timeouts, connection errors, 5xx and 429 are retried with
  exponential backoff (FETCH_RETRIES more attempts); 4xx are not, since asking
  again gets the same answer;
- hammering one site: requests to the same host are spaced by at least
  FETCH_HOST_DELAY_SECONDS (within one process; each worker process keeps its own clock);
- refetching what has not changed: conditional GET with ETag / Last-Modified.

Every request carries an honest User-Agent (FETCH_USER_AGENT).
"""

import codecs
import re
import threading
import time
from dataclasses import dataclass

import httpx
from django.conf import settings

from ingest.urls import host_of

HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
    "application/feed+json",
    # Many servers label feeds as plain text or HTML; feedparser decides whether it really is one.
    "text/plain",
    "text/html",
    "application/octet-stream",
)
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


class FetchError(Exception):
    """A fetch that failed; `transient` says whether trying again later may succeed."""

    def __init__(self, reason: str, *, transient: bool = False, status_code: int | None = None, url: str = ""):
        super().__init__(reason)
        self.reason = reason
        self.transient = transient
        self.status_code = status_code
        self.url = url


@dataclass
class FetchResult:
    url: str  # after redirects
    status_code: int
    content: bytes
    content_type: str  # media type only, lower case
    charset: str  # as declared by the server, "" when none
    etag: str = ""
    last_modified: str = ""
    not_modified: bool = False

    def text(self) -> str:
        return decode(self.content, self.charset)


def _setting(name: str, default):
    return getattr(settings, name, default)


class _HostClock:
    """Remembers when each host was last asked, so the next request to it can wait its turn."""

    def __init__(self):
        self._lock = threading.Lock()
        self._next_allowed: dict[str, float] = {}

    def wait_turn(self, host: str, delay: float) -> None:
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next_allowed.get(host, 0.0))
            self._next_allowed[host] = start + delay
        if start > now:
            time.sleep(start - now)

    def reset(self) -> None:
        with self._lock:
            self._next_allowed.clear()


host_clock = _HostClock()


def fetch(
    url: str,
    *,
    accept: tuple[str, ...] = HTML_TYPES,
    etag: str = "",
    last_modified: str = "",
    client: httpx.Client | None = None,
) -> FetchResult:
    """GET `url` with retries; raises FetchError when it cannot produce an acceptable body."""
    retries = _setting("FETCH_RETRIES", 3)
    backoff = _setting("FETCH_BACKOFF_SECONDS", 1.0)
    attempt = 0
    while True:
        try:
            return _fetch_once(url, accept=accept, etag=etag, last_modified=last_modified, client=client)
        except FetchError as error:
            if not error.transient or attempt >= retries:
                raise
            time.sleep(backoff * (2**attempt))
            attempt += 1


def _client() -> httpx.Client:
    timeout = _setting("FETCH_TIMEOUT_SECONDS", 15.0)
    return httpx.Client(
        timeout=httpx.Timeout(timeout),
        follow_redirects=True,
        max_redirects=_setting("FETCH_MAX_REDIRECTS", 5),
        headers={"User-Agent": _setting("FETCH_USER_AGENT", "PledgeTracker"), "Accept-Encoding": "gzip, deflate"},
    )


def _fetch_once(url, *, accept, etag, last_modified, client) -> FetchResult:
    host_clock.wait_turn(host_of(url), _setting("FETCH_HOST_DELAY_SECONDS", 1.0))
    headers = {"Accept": ", ".join(accept) + ", */*;q=0.1"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    owns_client = client is None
    client = client or _client()
    try:
        with client.stream("GET", url, headers=headers) as response:
            return _read(response, url, accept)
    except httpx.TooManyRedirects as error:
        raise FetchError(f"too many redirects (a redirect loop?): {error}", url=url) from error
    except httpx.TimeoutException as error:
        raise FetchError(
            f"timed out after {client.timeout.read}s: {type(error).__name__}", transient=True, url=url
        ) from error
    except httpx.UnsupportedProtocol as error:
        raise FetchError(f"not an http(s) URL: {url}", url=url) from error
    except httpx.InvalidURL as error:
        raise FetchError(f"invalid URL: {error}", url=url) from error
    except httpx.DecodingError as error:
        raise FetchError(f"the server sent a body that could not be decompressed: {error}", url=url) from error
    except httpx.TransportError as error:
        raise FetchError(f"connection failed: {type(error).__name__}: {error}", transient=True, url=url) from error
    finally:
        if owns_client:
            client.close()


def _read(response: httpx.Response, url: str, accept) -> FetchResult:
    final_url = str(response.url)
    status = response.status_code
    if status == 304:
        return FetchResult(
            final_url, status, b"", "", "", response.headers.get("etag", ""), response.headers.get("last-modified", ""),
            not_modified=True,
        )  # fmt: skip
    if status in RETRY_STATUSES or status >= 500:
        raise FetchError(f"server error: HTTP {status}", transient=True, status_code=status, url=final_url)
    if status >= 400:
        raise FetchError(f"HTTP {status} {response.reason_phrase}".strip(), status_code=status, url=final_url)
    if status != 200:
        raise FetchError(f"unexpected HTTP {status}", status_code=status, url=final_url)

    media_type, charset = parse_content_type(response.headers.get("content-type", ""))
    if media_type and media_type not in accept:
        raise FetchError(f"not an article: content type {media_type}", status_code=status, url=final_url)
    limit = _setting("FETCH_MAX_BYTES", 5 * 1024 * 1024)
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise FetchError(f"too large: {int(declared)} bytes (limit {limit})", status_code=status, url=final_url)
    body = bytearray()
    for chunk in response.iter_bytes():
        body.extend(chunk)
        if len(body) > limit:
            raise FetchError(f"too large: more than {limit} bytes", status_code=status, url=final_url)
    content = bytes(body)
    if not media_type and looks_binary(content):
        raise FetchError("not an article: binary content", status_code=status, url=final_url)
    return FetchResult(
        url=final_url,
        status_code=status,
        content=content,
        content_type=media_type,
        charset=charset,
        etag=response.headers.get("etag", ""),
        last_modified=response.headers.get("last-modified", ""),
    )


def parse_content_type(header: str) -> tuple[str, str]:
    """("text/html", "utf-8") from 'text/html; charset="UTF-8"'."""
    media_type, _, params = (header or "").partition(";")
    charset = ""
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'").lower()
    return media_type.strip().lower(), charset


def looks_binary(content: bytes) -> bool:
    """Whether a body is binary: NUL bytes or mostly control characters in its first 4 KB."""
    head = content[:4096]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13, 27))
    return controls / len(head) > 0.1


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w:.-]+)""", re.IGNORECASE)


def decode(content: bytes, declared: str = "") -> str:
    """Text from bytes, trusting valid UTF-8 over a label that says otherwise.

    Servers often label UTF-8 pages as ISO-8859-1 (or label nothing). Bytes that
    decode as UTF-8 and contain multi-byte sequences are almost never Latin-1 by
    accident, so UTF-8 wins; otherwise the declared or <meta> charset is used, and
    Windows-1252 is the last resort (it decodes any byte).
    """
    if content.startswith(codecs.BOM_UTF8):
        return content[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        pass
    labels = [declared]
    meta = _META_CHARSET.search(content[:4096])
    if meta:
        labels.append(meta.group(1).decode("ascii", errors="ignore"))
    for label in labels:
        if not label:
            continue
        try:
            codecs.lookup(label)
        except LookupError:
            continue
        if codecs.lookup(label).name == "utf-8":
            continue
        return content.decode(label, errors="replace")
    return content.decode("cp1252", errors="replace")
