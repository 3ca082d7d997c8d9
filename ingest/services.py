"""Ingestion as plain functions: sources in, articles stored, candidates resolved into pledges with evidence.

The pipeline has three steps, each a function taking an id, each safe to run
twice (it checks the article's status under a row lock and relies on unique
constraints), so Celery tasks and management commands are thin wrappers:

    discover_feed(feed_id)        a feed or folder -> new Article rows (status queued)
    fetch_article(article_id)     queued -> fetched | duplicate | failed   (download or read, parse, dedupe)
    extract_article(article_id)   fetched -> extracted                     (candidates -> pledges + evidence)

`process_articles(ids)` runs fetch and extract in this process, one article
after the other; the default path dispatches Celery tasks (ingest.tasks).

Resolving candidates into pledges across articles is ingest.resolution.
"""

import logging
import threading
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from django.db import IntegrityError, InterfaceError, OperationalError, connection, transaction
from django.db.models import Count, Q
from django.utils import timezone

from ingest import dedup, parsing
from ingest.choices import ArticleStatus, FeedKind, RunKind, RunStatus
from ingest.feeds import FeedError, FeedItem, article_files, read_feed
from ingest.fetch import FetchError, decode, fetch, looks_binary
from ingest.models import Article, Feed, IngestRun
from ingest.parsing import ParseError
from ingest.resolution import save_candidates, send_orphans_to_review
from ingest.urls import canonical_url
from pledges.models import Country, Evidence, Organization, Sector

logger = logging.getLogger(__name__)

# An article shorter than this has no body worth extracting from (a paywall stub, a video page, an index).
MIN_ARTICLE_WORDS = 30
# Files bigger than this are not news articles; reading them would only waste memory.
MAX_FILE_BYTES = 5 * 1024 * 1024
# Articles left queued or fetched this long (a worker died, a message was lost) are dispatched again.
STALLED_AFTER = timedelta(minutes=10)

TERMINAL_STATUSES = (ArticleStatus.EXTRACTED, ArticleStatus.DUPLICATE, ArticleStatus.FAILED, ArticleStatus.NOT_RELEVANT)


@dataclass
class Summary:
    """What a step or a run did, in the counts the commands print and IngestRun stores."""

    articles_new: int = 0
    articles_duplicate: int = 0
    articles_failed: int = 0
    pledges_new: int = 0
    pledges_updated: int = 0
    errors: list[str] = field(default_factory=list)
    article_ids: list[int] = field(default_factory=list)  # articles this step created or handled

    def add(self, other: "Summary") -> "Summary":
        for name in ("articles_new", "articles_duplicate", "articles_failed", "pledges_new", "pledges_updated"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors)
        self.article_ids.extend(other.article_ids)
        return self

    def __str__(self):
        return (
            f"articles: {self.articles_new} new, {self.articles_duplicate} duplicate, {self.articles_failed} failed; "
            f"pledges: {self.pledges_new} new, {self.pledges_updated} updated"
        )


# Runs ---------------------------------------------------------------------------------------------------------------


def start_run(kind: str, *, feed=None, article=None, task_id: str = "") -> IngestRun:
    return IngestRun.objects.create(kind=kind, feed=feed, article=article, task_id=task_id or "")


def finish_run(run: IngestRun, summary: Summary, *, failed: bool = False) -> IngestRun:
    run.status = RunStatus.FAILED if failed else RunStatus.SUCCEEDED
    run.finished_at = timezone.now()
    run.articles_new = summary.articles_new
    run.articles_duplicate = summary.articles_duplicate
    run.articles_failed = summary.articles_failed
    run.pledges_new = summary.pledges_new
    run.pledges_updated = summary.pledges_updated
    run.errors = "\n".join(summary.errors)[:20000]
    run.save()
    return run


# Registering articles -----------------------------------------------------------------------------------------------


def register_url(url: str, *, feed=None, title: str = "", published: date | None = None) -> tuple[Article, bool]:
    """The Article for `url`, created queued if its canonical URL is new; returns (article, created)."""
    canonical = canonical_url(url)
    if not canonical:
        raise ValueError(f"not an http(s) URL: {url!r}")
    existing = Article.objects.filter(canonical_url=canonical).first()
    if existing is not None:
        return existing, False
    try:
        with transaction.atomic():
            article = Article.objects.create(
                feed=feed, url=url[:2000], canonical_url=canonical, title=title[:500], published_on=published
            )
    except IntegrityError:  # registered meanwhile by another process
        return Article.objects.get(canonical_url=canonical), False
    return article, True


def register_file(path: str | Path, *, feed=None) -> tuple[Article, bool]:
    """The Article for a local file, created queued the first time the file is seen; returns (article, created)."""
    resolved = str(Path(path).resolve())
    existing = Article.objects.filter(file_path=resolved).first()
    if existing is not None:
        return existing, False
    try:
        with transaction.atomic():
            article = Article.objects.create(feed=feed, file_path=resolved)
    except IntegrityError:
        return Article.objects.get(file_path=resolved), False
    return article, True


def _register_item(item: FeedItem, feed) -> tuple[Article, bool]:
    if item.file_path:
        return register_file(item.file_path, feed=feed)
    return register_url(item.url, feed=feed, title=item.title, published=item.published)


def _known_sources(items) -> tuple[set[str], set[str]]:
    """Canonical URLs and file paths among `items` that are already stored (two queries, not one per item)."""
    urls = {canonical_url(item.url) for item in items if item.url} - {""}
    files = {str(Path(item.file_path).resolve()) for item in items if item.file_path}
    known_urls = set(Article.objects.filter(canonical_url__in=urls).values_list("canonical_url", flat=True))
    known_files = set(Article.objects.filter(file_path__in=files).values_list("file_path", flat=True))
    return known_urls, known_files


def discover_feed(feed_id: int) -> Summary:
    """Read a feed or folder and register the articles it lists; records the outcome on the Feed.

    Raises FeedError after recording it when the feed could not be read, so a task can decide to retry.
    """
    feed = Feed.objects.get(pk=feed_id)
    summary = Summary()
    try:
        result = read_feed(feed)
    except FeedError as error:
        Feed.objects.filter(pk=feed.pk).update(
            last_polled_at=timezone.now(), last_status=f"error: {error.reason}"[:300], error_count=feed.error_count + 1
        )
        raise
    known_urls, known_files = _known_sources(result.items)
    for item in result.items:
        if (item.file_path and str(Path(item.file_path).resolve()) in known_files) or (
            item.url and canonical_url(item.url) in known_urls
        ):
            summary.articles_duplicate += 1
            continue
        try:
            article, created = _register_item(item, feed)
        except ValueError as error:
            summary.errors.append(str(error))
            continue
        if created:
            summary.articles_new += 1
            summary.article_ids.append(article.pk)
        else:
            summary.articles_duplicate += 1
    if result.not_modified:
        status = "not modified"
    else:
        status = f"ok: {len(result.items)} items, {summary.articles_new} new"
        if result.warning:
            status += f" (warning: {result.warning})"
    Feed.objects.filter(pk=feed.pk).update(
        last_polled_at=timezone.now(),
        last_status=status[:300],
        error_count=0,
        etag=(result.etag or "")[:500],
        last_modified=(result.last_modified or "")[:100],
    )
    return summary


# Fetching and parsing -----------------------------------------------------------------------------------------------


@dataclass
class Document:
    title: str = ""
    text: str = ""
    published: date | None = None
    author: str = ""


def parse_document(raw: str, *, is_html: bool, source: str = "") -> Document:
    """Title, main text, date and author of a page or a text file (ingest.parsing does the work)."""
    parsed = parsing.parse_html(raw) if is_html else parsing.parse_text(raw)
    return Document(
        title=(parsed.title or "").strip(),
        text=(parsed.text or "").strip(),
        published=parsed.published,
        author=(parsed.author or "").strip(),
    )


def _looks_like_html(raw: str, content_type: str = "", name: str = "") -> bool:
    if content_type in ("text/html", "application/xhtml+xml") or name.lower().endswith((".html", ".htm")):
        return True
    if content_type == "text/plain" or name.lower().endswith(".txt"):
        return False
    head = raw[:2000].lower()
    return "<html" in head or "<body" in head or "<!doctype html" in head


@dataclass
class FetchOutcome:
    status: str  # the article's status afterwards, or "skipped" when there was nothing to do
    reason: str = ""


def fetch_article(article_id: int, *, raise_transient: bool = False) -> FetchOutcome:
    """Download (or read) a queued article, extract its text and decide: fetched, duplicate or failed.

    With `raise_transient`, a timeout or 5xx is raised as FetchError instead of recorded,
    so the Celery task can retry later; the last attempt records it.
    """
    article = Article.objects.filter(pk=article_id).first()
    if article is None or article.status != ArticleStatus.QUEUED:
        return FetchOutcome("skipped")
    # The network is slow, so nothing is locked while reading; the result is written under a lock below.
    values: dict = {}
    try:
        if article.file_path:
            document = _read_file(article, values)
        else:
            document = _download(article, values)
    except FetchError as error:
        if error.transient and raise_transient:
            raise
        values["http_status"] = error.status_code
        return _record_failure(article_id, error.reason, values)
    except ParseError as error:
        return _record_failure(article_id, f"not an article: {error}", values)
    except (OSError, UnicodeError, ValueError) as error:
        return _record_failure(article_id, f"{type(error).__name__}: {error}", values)
    words = len(dedup.words(document.text))
    if words < MIN_ARTICLE_WORDS:
        return _record_failure(article_id, f"not an article: no body text ({words} words)", values)
    return _record_fetched(article_id, document, values)


def _read_file(article: Article, values: dict) -> Document:
    path = Path(article.file_path)
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise FetchError(f"too large: {size} bytes (limit {MAX_FILE_BYTES})")
    content = path.read_bytes()
    if looks_binary(content):
        raise FetchError("not an article: binary content")
    raw = decode(content)
    is_html = _looks_like_html(raw, name=path.name)
    values["content_type"] = "text/html" if is_html else "text/plain"
    return parse_document(raw, is_html=is_html, source=path.as_uri())


def _download(article: Article, values: dict) -> Document:
    result = fetch(article.url)
    values.update(http_status=result.status_code, content_type=result.content_type[:200], final_url=result.url)
    raw = result.text()
    return parse_document(raw, is_html=_looks_like_html(raw, result.content_type), source=result.url)


def _record_failure(article_id: int, reason: str, values: dict) -> FetchOutcome:
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article_id)
        if article.status != ArticleStatus.QUEUED:
            return FetchOutcome("skipped")
        article.status = ArticleStatus.FAILED
        article.failure_reason = reason
        article.http_status = values.get("http_status")
        article.content_type = values.get("content_type", "")
        article.fetched_at = timezone.now()
        article.save()
    return FetchOutcome(ArticleStatus.FAILED, reason)


def _record_fetched(article_id: int, document: Document, values: dict) -> FetchOutcome:
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article_id)
        if article.status != ArticleStatus.QUEUED:
            return FetchOutcome("skipped")
        article.title = (document.title or article.title)[:500]
        article.author = document.author[:300]
        article.published_on = document.published or article.published_on
        article.text = document.text
        article.content_hash = dedup.content_hash(document.text)
        article.http_status = values.get("http_status")
        article.content_type = values.get("content_type", "")
        article.fetched_at = timezone.now()
        article.failure_reason = ""
        # A redirect can land on a page already stored under its own URL: that is the same article.
        final = canonical_url(values.get("final_url", ""))
        if final and final != article.canonical_url:
            other = Article.objects.filter(canonical_url=final).exclude(pk=article.pk).first()
            if other is not None:
                return _save_duplicate(article, other.duplicate_of or other, f"redirects to {final}")
            article.canonical_url = final
        original = dedup.find_original(article)
        if original is not None:
            return _save_duplicate(article, original, "same story as an earlier article")
        article.status = ArticleStatus.FETCHED
        try:
            with transaction.atomic():
                article.save()
        except IntegrityError:
            # Another worker stored the same text a moment ago: link to it.
            original = dedup.find_original(article)
            if original is None:
                raise
            return _save_duplicate(article, original, "same story as an earlier article")
    return FetchOutcome(ArticleStatus.FETCHED)


def _save_duplicate(article: Article, original: Article, why: str) -> FetchOutcome:
    article.status = ArticleStatus.DUPLICATE
    article.duplicate_of = original
    article.failure_reason = f"duplicate of article {original.pk}: {why}"
    article.save()
    return FetchOutcome(ArticleStatus.DUPLICATE, article.failure_reason)


# The gazetteer built from the database --------------------------------------------------------------------------------

_gazetteer_cache: dict = {}
_gazetteer_lock = threading.Lock()


def _reference_version() -> str:
    """A cheap fingerprint of the reference tables: it changes whenever a row the gazetteer uses changes."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT
              (SELECT md5(coalesce(string_agg(code || name || array_to_string(aliases, '|'), ';' ORDER BY code), ''))
                 FROM pledges_country),
              (SELECT md5(coalesce(string_agg(slug || name || "group" || array_to_string(keywords, '|'), ';'
                 ORDER BY slug), '')) FROM pledges_sector),
              (SELECT count(*)::text || coalesce(max(updated_at)::text, '') FROM pledges_organization),
              (SELECT count(*)::text FROM pledges_organization_sectors)
            """
        )
        return "/".join(str(part) for part in cursor.fetchone())


def database_gazetteer():
    """The extraction gazetteer built from Country, Organization and Sector rows, so editors' corrections count.

    Built once per process and rebuilt only when the reference tables change (see `_reference_version`).
    Places (states, cities) have no table; they come from the bundled reference data.
    """
    version = _reference_version()
    with _gazetteer_lock:
        cached = _gazetteer_cache.get("gazetteer")
        if cached is not None and cached[0] == version:
            return cached[1]
    gazetteer = _build_gazetteer()
    with _gazetteer_lock:
        _gazetteer_cache["gazetteer"] = (version, gazetteer)
    return gazetteer


def gazetteer_records():
    """Country, sector and organization rows as pledges.reference.records types."""
    from pledges.reference.records import CountryRecord, OrganizationRecord, SectorRecord

    countries = [
        CountryRecord(alpha2=c.code, alpha3=c.alpha3, name=c.name, region=c.region, aliases=tuple(c.aliases))
        for c in Country.objects.order_by("code")
    ]
    sectors = [
        SectorRecord(slug=s.slug, name=s.name, group=s.group, keywords=tuple(s.keywords))
        for s in Sector.objects.order_by("display_order", "slug")
    ]
    organizations = [
        OrganizationRecord(
            name=o.name,
            country=o.country_id or "",
            kind=o.kind,
            aliases=tuple(o.aliases),
            parent=o.parent.name if o.parent_id else None,
            sectors=tuple(sorted(s.slug for s in o.sectors.all())),
        )
        # Names the extractor met outside the gazetteer are stored without a home country; they join the
        # gazetteer once an editor gives them one (a countryless entry would hide the country from extraction).
        for o in Organization.objects.filter(country__isnull=False)
        .select_related("parent")
        .prefetch_related("sectors")
        .order_by("name")
    ]
    return countries, sectors, organizations


def _build_gazetteer():
    from ingest.extraction.gazetteer import Gazetteer
    from pledges.reference.places import place_records

    countries, sectors, organizations = gazetteer_records()
    return Gazetteer.from_records(countries, place_records(), sectors, organizations)


def run_extractor(article: Article) -> list:
    from ingest.extraction import extract_pledges

    return extract_pledges(
        article.text, title=article.title, published=article.published_on, gazetteer=database_gazetteer()
    )


# Extraction and resolution ------------------------------------------------------------------------------------------


def extract_article(article_id: int, *, force: bool = False) -> Summary:
    """Run the extractor on a fetched article and save its candidates; idempotent.

    `force` re-extracts an article already extracted (see reextract_articles).
    """
    summary = Summary(article_ids=[article_id])
    allowed = {ArticleStatus.FETCHED} | ({ArticleStatus.EXTRACTED} if force else set())
    try:
        with transaction.atomic():
            article = Article.objects.select_for_update().filter(pk=article_id).first()
            if article is None or article.status not in allowed:
                return summary
            candidates = run_extractor(article)
            resolution = save_candidates(article, candidates)
            summary.pledges_new += resolution.pledges_new
            summary.pledges_updated += resolution.pledges_updated
            summary.errors.extend(resolution.errors)
            article.status = ArticleStatus.EXTRACTED
            article.extracted_at = timezone.now()
            article.failure_reason = ""
            article.save(update_fields=["status", "extracted_at", "failure_reason", "updated_at"])
    except (OperationalError, InterfaceError):
        raise  # the database went away or a deadlock was broken: transient, the task retries
    except Exception as error:
        # The transaction rolled back: nothing of this article's pledges was written. Record why, keep the text.
        logger.exception("Extraction failed for article %s", article_id)
        reason = f"extraction failed: {type(error).__name__}: {error}"
        Article.objects.filter(pk=article_id, status__in=allowed).update(
            status=ArticleStatus.FAILED, failure_reason=reason[:5000], updated_at=timezone.now()
        )
        summary.articles_failed += 1
        summary.errors.append(reason)
    return summary


def reextract_articles(article_ids) -> Summary:
    """Run the current extractor again over stored articles; locked fields stay as editors left them."""
    summary = Summary()
    ids = list(
        Article.objects.filter(pk__in=list(article_ids), status__in=[ArticleStatus.EXTRACTED, ArticleStatus.FETCHED])
        .order_by("published_on", "pk")
        .values_list("pk", flat=True)
    )
    for article_id in ids:
        summary.add(extract_article(article_id, force=True))
    return summary


@transaction.atomic
def mark_not_relevant(article: Article) -> int:
    """An editor says this article reports no pledge: its evidence goes; returns how many pledges went to review."""
    article = Article.objects.select_for_update().get(pk=article.pk)
    evidence = Evidence.objects.filter(article=article)
    pledge_ids = set(evidence.values_list("pledge", flat=True))
    evidence.delete()
    article.status = ArticleStatus.NOT_RELEVANT
    article.save(update_fields=["status", "updated_at"])
    return len(send_orphans_to_review(pledge_ids))


# Running the pipeline in this process ---------------------------------------------------------------------------------


def process_articles(article_ids, progress=None) -> Summary:
    """Fetch and extract each queued article here, one after another (no broker); returns the combined counts."""
    summary = Summary()
    ids = list(article_ids)
    for done, article_id in enumerate(ids, start=1):
        fetched = fetch_article(article_id)
        if fetched.status == ArticleStatus.FAILED:
            summary.articles_failed += 1
            summary.errors.append(f"article {article_id}: {fetched.reason}")
        elif fetched.status == ArticleStatus.DUPLICATE:
            summary.articles_duplicate += 1
        else:
            extracted = extract_article(article_id)
            summary.add(extracted)
            if not extracted.articles_failed:
                summary.articles_new += 1
        if progress:
            progress(done, len(ids), article_id)
    return summary


def summarize_articles(article_ids, since=None) -> Summary:
    """Counts for a set of articles from the database: their statuses and their extraction runs since `since`."""
    summary = Summary(article_ids=list(article_ids))
    for status, count in _status_counts(summary.article_ids):
        if status in (ArticleStatus.EXTRACTED, ArticleStatus.FETCHED):
            summary.articles_new += count
        elif status == ArticleStatus.DUPLICATE:
            summary.articles_duplicate += count
        elif status == ArticleStatus.FAILED:
            summary.articles_failed += count
    runs = IngestRun.objects.filter(article_id__in=summary.article_ids, kind=RunKind.EXTRACT_ARTICLE)
    if since is not None:
        runs = runs.filter(started_at__gte=since)
    for run in runs:
        summary.pledges_new += run.pledges_new
        summary.pledges_updated += run.pledges_updated
        if run.errors:
            summary.errors.append(f"article {run.article_id}: {run.errors}")
    for article_id, reason in Article.objects.filter(
        pk__in=summary.article_ids, status=ArticleStatus.FAILED
    ).values_list("pk", "failure_reason"):
        summary.errors.append(f"article {article_id}: {reason}")
    return summary


def _status_counts(article_ids) -> list[tuple[str, int]]:
    return list(
        Article.objects.filter(pk__in=article_ids).values_list("status").annotate(n=Count("pk")).order_by("status")
    )


def pending_count(article_ids) -> int:
    return Article.objects.filter(pk__in=list(article_ids)).exclude(status__in=TERMINAL_STATUSES).count()


def ingest_url(url: str) -> Summary:
    """Register and process one URL in this process."""
    article, created = register_url(url)
    if not created:
        return Summary(articles_duplicate=1, article_ids=[article.pk])
    return process_articles([article.pk])


def register_paths(paths) -> Summary:
    """Register files and the article files inside folders; new ones are in `article_ids`."""
    summary = Summary()
    for path in paths:
        path = Path(path)
        files = article_files(path) if path.is_dir() else [path]
        for file in files:
            if not file.is_file():
                summary.articles_failed += 1
                summary.errors.append(f"file not found: {file}")
                continue
            article, created = register_file(file)
            if created:
                summary.article_ids.append(article.pk)
            else:
                summary.articles_duplicate += 1
    return summary


def ingest_paths(paths, progress=None) -> Summary:
    """Register and process files and folders in this process."""
    registered = register_paths(paths)
    summary = process_articles(registered.article_ids, progress=progress)
    summary.articles_duplicate += registered.articles_duplicate
    summary.articles_failed += registered.articles_failed
    summary.errors.extend(registered.errors)
    summary.article_ids = registered.article_ids
    return summary


def ingest_feed(feed_id: int, progress=None) -> Summary:
    """Poll one feed and process its new articles in this process."""
    discovered = discover_feed(feed_id)
    summary = process_articles(discovered.article_ids, progress=progress)
    summary.articles_duplicate += discovered.articles_duplicate
    summary.errors.extend(discovered.errors)
    summary.article_ids = discovered.article_ids
    return summary


# Scheduling and recovery --------------------------------------------------------------------------------------------


def claim_due_feeds(now=None) -> list[int]:
    """Enabled feeds whose interval has passed (or that were never polled), claimed so no one else polls them.

    Claiming moves last_polled_at to now under a row lock, so two beats or a retried task never poll a feed twice.
    """
    now = now or timezone.now()
    claimed = []
    with transaction.atomic():
        feeds = Feed.objects.select_for_update(skip_locked=True).filter(enabled=True)
        for feed in feeds:
            due = (
                feed.last_polled_at is None
                or feed.last_polled_at + timedelta(minutes=feed.poll_interval_minutes) <= now
            )
            if due:
                feed.last_polled_at = now
                feed.save(update_fields=["last_polled_at"])
                claimed.append(feed.pk)
    return claimed


def stalled_articles(older_than: timedelta = STALLED_AFTER) -> dict[str, list[int]]:
    """Articles stuck before a terminal status for longer than `older_than`, by the step they wait for."""
    cutoff = timezone.now() - older_than
    stuck = Article.objects.filter(updated_at__lte=cutoff)
    return {
        "fetch": list(stuck.filter(status=ArticleStatus.QUEUED).values_list("pk", flat=True)),
        "extract": list(stuck.filter(status=ArticleStatus.FETCHED).values_list("pk", flat=True)),
    }


def close_abandoned_runs(older_than: timedelta = STALLED_AFTER) -> int:
    """Runs still "running" long after any task could (a worker was killed): recorded as failed, not left open."""
    cutoff = timezone.now() - older_than
    return IngestRun.objects.filter(status=RunStatus.RUNNING, started_at__lte=cutoff).update(
        status=RunStatus.FAILED, finished_at=timezone.now(), errors="abandoned: the worker stopped before finishing"
    )


def ensure_folder_feed(name: str, folder: str | Path, *, poll_interval_minutes: int = 60) -> tuple[Feed, bool]:
    """A folder feed for `folder`, created or re-enabled; returns (feed, created). Idempotent."""
    folder = str(Path(folder).resolve())
    feed = Feed.objects.filter(Q(name=name) | Q(kind=FeedKind.FOLDER, folder=folder)).order_by("pk").first()
    if feed is None:
        feed = Feed.objects.create(
            name=name, kind=FeedKind.FOLDER, folder=folder, poll_interval_minutes=poll_interval_minutes
        )
        return feed, True
    values = {"kind": FeedKind.FOLDER, "folder": folder, "enabled": True, "url": ""}
    changed = [key for key, value in values.items() if getattr(feed, key) != value]
    if changed:
        for key in changed:
            setattr(feed, key, values[key])
        feed.save(update_fields=changed)
    return feed, False


# Following work done by workers ---------------------------------------------------------------------------------------


def follow_articles(article_ids, *, since, timeout: float, progress=None, poll_seconds: float = 0.5) -> Summary:
    """Wait until every article reaches a final status (workers do the work), then count what happened.

    Reads Article and IngestRun rows only; it never runs a step itself. On timeout the summary says how
    many articles are still waiting, which usually means no worker is consuming the queues.
    """
    import time

    ids = list(article_ids)
    deadline = time.monotonic() + timeout
    last = None
    while True:
        pending = pending_count(ids)
        if progress and pending != last:
            progress(len(ids) - pending, len(ids))
            last = pending
        if pending == 0 or time.monotonic() >= deadline:
            break
        time.sleep(poll_seconds)
    summary = summarize_articles(ids, since=since)
    if pending:
        summary.errors.append(
            f"timed out after {timeout:.0f}s with {pending} of {len(ids)} articles still in progress; is a worker "
            "consuming the fetch and extract queues (celery -A config worker -Q default,fetch,extract)?"
        )
    return summary


def follow_runs(
    kind: str, *, since, expected: int, timeout: float, feed_ids=None, article_ids=None, progress=None, poll_seconds=0.5
):
    """Wait until `expected` runs of `kind` started since `since` have finished; returns them."""
    import time

    deadline = time.monotonic() + timeout
    runs = IngestRun.objects.filter(kind=kind, started_at__gte=since, finished_at__isnull=False)
    if feed_ids is not None:
        runs = runs.filter(feed_id__in=list(feed_ids))
    if article_ids is not None:
        runs = runs.filter(article_id__in=list(article_ids))
    last = None
    while True:
        done = runs.count()
        if progress and done != last:
            progress(min(done, expected), expected)
            last = done
        if done >= expected or time.monotonic() >= deadline:
            return list(runs)
        time.sleep(poll_seconds)
