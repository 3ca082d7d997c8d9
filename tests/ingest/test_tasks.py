"""The Celery tasks as wrappers: options, idempotence, retries only on transient errors, runs recorded.

Here the task bodies run in the test process through `Task.apply()` and follow-up tasks are captured
instead of sent; tests/ingest/test_worker.py runs the same chain in a real worker.
"""

from datetime import timedelta

import pytest
from celery.signals import beat_init
from django.conf import settings

from ingest import services, tasks
from ingest.choices import ArticleStatus, RunKind, RunStatus
from ingest.fetch import host_clock
from ingest.models import Article, IngestRun
from pledges.models import Evidence, Pledge
from tests.factories import FeedFactory
from tests.ingest.test_services import PAGE


@pytest.fixture(autouse=True)
def fast_fetch(settings):
    settings.FETCH_TIMEOUT_SECONDS = 0.5
    settings.FETCH_HOST_DELAY_SECONDS = 0
    settings.FETCH_BACKOFF_SECONDS = 0.01
    settings.FETCH_RETRIES = 0
    host_clock.reset()


@pytest.fixture
def sent(monkeypatch):
    """Follow-up tasks, captured (task name, id) instead of going to a broker."""
    calls = []
    for task in (tasks.poll_feed, tasks.fetch_article, tasks.extract_article):
        monkeypatch.setattr(task, "delay", lambda pk, name=task.name: calls.append((name, pk)))
        monkeypatch.setattr(task, "delay_on_commit", lambda pk, name=task.name: calls.append((name, pk)))
    return calls


@pytest.mark.parametrize("task", [tasks.poll_feed, tasks.fetch_article, tasks.extract_article, tasks.reextract_article])
def test_pipeline_tasks_ack_late_retry_a_bounded_number_of_times_and_have_time_limits(task):
    assert task.acks_late
    assert task.reject_on_worker_lost
    assert 0 < task.max_retries <= 5
    assert 0 < task.soft_time_limit < task.time_limit


def test_fetching_and_extraction_go_to_their_own_queues():
    assert settings.CELERY_TASK_ROUTES["ingest.tasks.poll_feed"]["queue"] == "fetch"
    assert settings.CELERY_TASK_ROUTES["ingest.tasks.fetch_article"]["queue"] == "fetch"
    assert settings.CELERY_TASK_ROUTES["ingest.tasks.extract_article"]["queue"] == "extract"
    assert tasks.reextract_article.queue == "extract"


def test_beat_polls_due_feeds_every_minute_and_once_at_start():
    schedule = settings.CELERY_BEAT_SCHEDULE["poll-due-feeds"]
    assert schedule["task"] == "ingest.tasks.poll_due_feeds"
    assert schedule["schedule"] <= 60
    assert any(receiver() is tasks.poll_feeds_when_beat_starts for _, receiver in beat_init.receivers)


def test_the_chain_runs_poll_then_fetch_then_extract_and_records_each_run(reference_data, httpserver, sent):
    rss = f"""<rss version="2.0"><channel><title>W</title>
    <item><title>Hyundai</title><link>{httpserver.url_for("/hyundai")}</link></item></channel></rss>"""
    httpserver.expect_request("/feed").respond_with_data(rss, content_type="application/rss+xml")
    httpserver.expect_request("/hyundai").respond_with_data(PAGE, content_type="text/html")
    feed = FeedFactory(url=httpserver.url_for("/feed"))

    tasks.poll_feed.apply(args=[feed.pk])
    article = Article.objects.get()
    assert sent == [("ingest.tasks.fetch_article", article.pk)]
    tasks.fetch_article.apply(args=[article.pk])
    assert sent[-1] == ("ingest.tasks.extract_article", article.pk)
    tasks.extract_article.apply(args=[article.pk])

    article.refresh_from_db()
    assert article.status == ArticleStatus.EXTRACTED
    runs = {run.kind: run for run in IngestRun.objects.all()}
    assert set(runs) == {RunKind.POLL_FEED, RunKind.FETCH_ARTICLE, RunKind.EXTRACT_ARTICLE}
    assert all(run.status == RunStatus.SUCCEEDED and run.finished_at for run in runs.values())
    assert runs[RunKind.POLL_FEED].articles_new == 1
    assert runs[RunKind.EXTRACT_ARTICLE].pledges_new == Pledge.objects.count() > 0


def test_running_each_task_twice_creates_nothing_twice(reference_data, httpserver, sent):
    httpserver.expect_request("/hyundai").respond_with_data(PAGE, content_type="text/html")
    article, _ = services.register_url(httpserver.url_for("/hyundai"))
    for _ in range(2):
        tasks.fetch_article.apply(args=[article.pk])
    for _ in range(2):
        tasks.extract_article.apply(args=[article.pk])
    assert [name for name, _ in sent] == ["ingest.tasks.extract_article"]
    pledges, evidence = Pledge.objects.count(), Evidence.objects.count()
    assert pledges > 0
    tasks.extract_article.apply(args=[article.pk])
    assert (Pledge.objects.count(), Evidence.objects.count()) == (pledges, evidence)
    assert IngestRun.objects.filter(kind=RunKind.EXTRACT_ARTICLE).count() == 1  # the repeats found nothing to do


def test_a_server_error_is_retried_a_bounded_number_of_times_and_a_404_is_not(db, httpserver, sent):
    httpserver.expect_request("/busy").respond_with_data("busy", status=503)
    httpserver.expect_request("/gone").respond_with_data("gone", status=404)
    busy, _ = services.register_url(httpserver.url_for("/busy"))
    gone, _ = services.register_url(httpserver.url_for("/gone"))

    # apply() runs each retry at once instead of after its countdown; a worker waits 30, 60, 120, 240 s.
    tasks.fetch_article.apply(args=[busy.pk])
    busy.refresh_from_db()
    assert busy.status == ArticleStatus.FAILED
    runs = list(IngestRun.objects.filter(article=busy).order_by("pk").values_list("errors", flat=True))
    assert len(runs) == tasks.fetch_article.max_retries + 1
    assert all(errors == "will retry: server error: HTTP 503" for errors in runs[:-1])
    assert runs[-1] == "server error: HTTP 503"

    tasks.fetch_article.apply(args=[gone.pk])
    gone.refresh_from_db()
    assert gone.status == ArticleStatus.FAILED
    assert gone.failure_reason == "HTTP 404 NOT FOUND"
    assert IngestRun.objects.filter(article=gone).count() == 1
    assert len([entry for entry in httpserver.log if entry[0].path == "/gone"]) == 1


def test_retries_wait_longer_each_time():
    class Request:
        retries = 0

    class FakeTask:
        request = Request()

    waits = []
    for retries in range(4):
        FakeTask.request.retries = retries
        waits.append(tasks._countdown(FakeTask))
    assert waits == [30, 60, 120, 240]


def test_the_last_retry_records_the_failure_instead_of_retrying_again(db, httpserver, sent):
    httpserver.expect_request("/busy").respond_with_data("busy", status=503)
    article, _ = services.register_url(httpserver.url_for("/busy"))
    result = tasks.fetch_article.apply(args=[article.pk], retries=tasks.fetch_article.max_retries)
    assert result.state == "SUCCESS"
    article.refresh_from_db()
    assert article.status == ArticleStatus.FAILED
    assert article.failure_reason == "server error: HTTP 503"


def test_a_malformed_feed_is_recorded_as_a_failed_run_without_retry(db, httpserver, sent):
    httpserver.expect_request("/bad").respond_with_data("<rss><channel><item><link>x</lin", content_type="text/xml")
    feed = FeedFactory(url=httpserver.url_for("/bad"))
    result = tasks.poll_feed.apply(args=[feed.pk])
    assert result.state == "SUCCESS"
    run = IngestRun.objects.get()
    assert run.status == RunStatus.FAILED
    assert run.errors.startswith("malformed feed")
    assert sent == []


def test_poll_due_feeds_dispatches_due_feeds_and_stalled_articles(db, sent, monkeypatch):
    feed = FeedFactory()
    stuck = Article.objects.create(url="https://x.example/a", canonical_url="https://x.example/a")
    monkeypatch.setattr(services, "STALLED_AFTER", timedelta(0))
    result = tasks.poll_due_feeds.apply(kwargs={}).get()
    assert result["feeds"] == [feed.pk]
    assert ("ingest.tasks.poll_feed", feed.pk) in sent
    assert tasks.requeue_stalled_articles(older_than=timedelta(0)) == {"refetch": 1, "reextract": 0}
    assert ("ingest.tasks.fetch_article", stuck.pk) in sent
