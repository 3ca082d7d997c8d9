"""Celery tasks: thin wrappers that take ids, call ingest.services, and record each run in IngestRun.

    poll_due_feeds()  (beat, every minute; also once when beat starts)
      -> poll_feed(feed_id)              queue "fetch"
           -> fetch_article(article_id)  queue "fetch"
                -> extract_article(article_id)  queue "extract"

Each step is idempotent: it acts only on an article in the status it expects,
under a row lock, and unique constraints stop a second run from creating
anything twice. Follow-up tasks are queued with delay_on_commit, so a task
never starts on rows its parent has not committed. Tasks are acknowledged late
(a worker that dies mid-task leaves the message to run again where the broker
supports it), and `poll_due_feeds` also re-dispatches articles stalled for
STALLED_AFTER, which covers brokers that lose unacknowledged messages when a
worker is killed (the SQLAlchemy transport does). Retries, with exponential
backoff, are for transient errors only: timeouts, 5xx, lost database connections.
"""

import logging
from datetime import timedelta

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from celery.signals import beat_init, worker_init, worker_process_init
from django.db import OperationalError, transaction

from ingest import services
from ingest.choices import ArticleStatus, RunKind
from ingest.extraction import load_reference_tables
from ingest.feeds import FeedError
from ingest.fetch import FetchError
from ingest.models import Article, Feed

logger = logging.getLogger(__name__)

TASK_OPTIONS = {
    "bind": True,
    "acks_late": True,
    "reject_on_worker_lost": True,
    "max_retries": 4,
    "soft_time_limit": 120,
    "time_limit": 180,
}
RETRY_BACKOFF_SECONDS = 30  # first retry after 30 s, then 60, 120, 240


def _countdown(task) -> int:
    return RETRY_BACKOFF_SECONDS * (2**task.request.retries)


@shared_task(**TASK_OPTIONS)
def poll_feed(self, feed_id: int) -> dict:
    """Read one feed, register its new articles and queue a fetch for each."""
    feed = Feed.objects.filter(pk=feed_id).first()
    if feed is None:
        return {"skipped": "no such feed"}
    run = services.start_run(RunKind.POLL_FEED, feed=feed, task_id=self.request.id or "")
    try:
        summary = services.discover_feed(feed_id)
    except FeedError as error:
        services.finish_run(run, services.Summary(errors=[error.reason]), failed=True)
        if error.transient and self.request.retries < self.max_retries:
            raise self.retry(countdown=_countdown(self), exc=error) from error
        return {"error": error.reason}
    except (OperationalError, SoftTimeLimitExceeded) as error:
        services.finish_run(run, services.Summary(errors=[repr(error)]), failed=True)
        raise self.retry(countdown=_countdown(self), exc=error) from error
    with transaction.atomic():
        services.finish_run(run, summary)
        for article_id in summary.article_ids:
            fetch_article.delay_on_commit(article_id)
    return {"new": summary.articles_new, "known": summary.articles_duplicate}


@shared_task(**TASK_OPTIONS)
def fetch_article(self, article_id: int) -> str:
    """Download or read one queued article; queue its extraction when it is a new story."""
    if not Article.objects.filter(pk=article_id, status=ArticleStatus.QUEUED).exists():
        return "skipped"
    run = services.start_run(RunKind.FETCH_ARTICLE, article=Article(pk=article_id), task_id=self.request.id or "")
    last_try = self.request.retries >= self.max_retries
    try:
        outcome = services.fetch_article(article_id, raise_transient=not last_try)
    except FetchError as error:
        services.finish_run(run, services.Summary(errors=[f"will retry: {error.reason}"]), failed=True)
        raise self.retry(countdown=_countdown(self), exc=error) from error
    except (OperationalError, SoftTimeLimitExceeded) as error:
        services.finish_run(run, services.Summary(errors=[repr(error)]), failed=True)
        if last_try:
            raise
        raise self.retry(countdown=_countdown(self), exc=error) from error
    summary = services.Summary(
        articles_new=int(outcome.status == ArticleStatus.FETCHED),
        articles_duplicate=int(outcome.status == ArticleStatus.DUPLICATE),
        articles_failed=int(outcome.status == ArticleStatus.FAILED),
        errors=[outcome.reason] if outcome.status == ArticleStatus.FAILED else [],
    )
    with transaction.atomic():
        services.finish_run(run, summary)
        if outcome.status == ArticleStatus.FETCHED:
            extract_article.delay_on_commit(article_id)
    return outcome.status


@shared_task(**TASK_OPTIONS)
def extract_article(self, article_id: int) -> dict:
    """Extract pledges from one fetched article and save them with their evidence."""
    if not Article.objects.filter(pk=article_id, status=ArticleStatus.FETCHED).exists():
        return {"skipped": True}
    run = services.start_run(RunKind.EXTRACT_ARTICLE, article=Article(pk=article_id), task_id=self.request.id or "")
    try:
        summary = services.extract_article(article_id)
    except (OperationalError, SoftTimeLimitExceeded) as error:
        services.finish_run(run, services.Summary(errors=[repr(error)]), failed=True)
        raise self.retry(countdown=_countdown(self), exc=error) from error
    services.finish_run(run, summary, failed=bool(summary.articles_failed))
    return {"pledges_new": summary.pledges_new, "pledges_updated": summary.pledges_updated}


@shared_task(**TASK_OPTIONS, queue="extract")
def reextract_article(self, article_id: int) -> dict:
    """Run the current extraction rules again over one stored article (see services.reextract_articles)."""
    run = services.start_run(RunKind.REEXTRACT, article=Article(pk=article_id), task_id=self.request.id or "")
    try:
        summary = services.reextract_articles([article_id])
    except (OperationalError, SoftTimeLimitExceeded) as error:
        services.finish_run(run, services.Summary(errors=[repr(error)]), failed=True)
        raise self.retry(countdown=_countdown(self), exc=error) from error
    services.finish_run(run, summary, failed=bool(summary.articles_failed))
    return {"pledges_new": summary.pledges_new, "pledges_updated": summary.pledges_updated}


@shared_task(bind=True, acks_late=True, soft_time_limit=60, time_limit=90)
def poll_due_feeds(self, stalled_after_seconds: float | None = None) -> dict:
    """Queue a poll for every enabled feed whose interval has passed, and re-queue stalled articles."""
    feed_ids = services.claim_due_feeds()
    for feed_id in feed_ids:
        poll_feed.delay(feed_id)
    if stalled_after_seconds is None:
        stalled = requeue_stalled_articles()
    else:
        stalled = requeue_stalled_articles(timedelta(seconds=stalled_after_seconds))
    return {"feeds": feed_ids, **stalled}


def requeue_stalled_articles(older_than=None) -> dict:
    """Dispatch again the articles a lost message or a killed worker left behind (the tasks skip finished ones)."""
    older_than = services.STALLED_AFTER if older_than is None else older_than
    services.close_abandoned_runs(older_than)
    stalled = services.stalled_articles(older_than)
    for article_id in stalled["fetch"]:
        fetch_article.delay(article_id)
    for article_id in stalled["extract"]:
        extract_article.delay(article_id)
    return {"refetch": len(stalled["fetch"]), "reextract": len(stalled["extract"])}


# kombu polls a database queue once a second by default, which holds a worker near one task a second.
# (It cannot be set through broker_transport_options: the SQLAlchemy transport hands those to create_engine.)
DATABASE_QUEUE_POLLING_SECONDS = 0.1


@worker_init.connect
def poll_database_queues_often(**kwargs):
    try:
        from kombu.transport.sqlalchemy import Transport
    except ImportError:
        return
    Transport.polling_interval = DATABASE_QUEUE_POLLING_SECONDS


@worker_init.connect
def load_extraction_tables(**kwargs):
    # Loaded in the parent before the pool forks, so no child spends its first article building them.
    load_reference_tables()


@worker_process_init.connect
def forget_inherited_broker_connections(**kwargs):
    # kombu's SQLAlchemy transport caches its engine on a class, so a prefork child inherits the parent's
    # pooled connections; two processes on one connection collide ("prepared statement already exists").
    # Each child drops the inherited pool (without closing the parent's sockets) and opens its own.
    try:
        from kombu.transport.sqlalchemy import Channel
    except ImportError:  # SQLAlchemy not installed: another broker is in use
        return
    for engine, _ in list(Channel._engines.values()):
        engine.dispose(close=False)


@beat_init.connect
def poll_feeds_when_beat_starts(sender=None, **kwargs):
    # Beat's first tick comes one interval after start; polling at once fills a fresh install within seconds.
    try:
        poll_due_feeds.delay()
    except Exception:  # a broker that is not up yet: the first scheduled tick will poll
        logger.exception("Could not queue poll_due_feeds at beat start")
