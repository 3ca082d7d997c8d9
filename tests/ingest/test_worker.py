"""End to end through a real `celery worker` process, on the real broker, against the test database.

The worker is a subprocess started with DATABASE_URL pointing at pytest-django's test database and
CELERY_BROKER_URL at either the default broker (kombu's SQLAlchemy transport in that same PostgreSQL)
or Redis (CELERY_BROKER_URL from the environment when set, else Redis on 127.0.0.1:6379 when it answers).
Work is dispatched the way production dispatches it: `celery call` and the management commands.
"""

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection
from werkzeug import Response

from ingest import services
from ingest.choices import ArticleStatus, FeedKind, RunKind, RunStatus
from ingest.feeds import article_files
from ingest.models import Article, Feed, IngestRun
from pledges.models import Evidence, Pledge

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

BASE_DIR = Path(__file__).resolve().parents[2]
CELERY = str(Path(sys.executable).with_name("celery"))
DEMO = BASE_DIR / "ingest" / "demo_corpus"


def database_url() -> str:
    db = connection.settings_dict
    host = db.get("HOST") or db.get("OPTIONS", {}).get("host") or ""  # the embedded server's socket is in OPTIONS
    if host.startswith("/"):
        return f"postgresql://{db['USER']}:{db.get('PASSWORD') or ''}@/{db['NAME']}?host={host}"
    return f"postgresql://{db['USER']}:{db.get('PASSWORD') or ''}@{host}:{db.get('PORT') or 5432}/{db['NAME']}"


def postgres_broker_url() -> str:
    return "sqla+" + database_url().replace("postgresql://", "postgresql+psycopg://", 1)


def redis_broker_url() -> str | None:
    if os.environ.get("CELERY_BROKER_URL"):
        return os.environ["CELERY_BROKER_URL"]
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return None
    return "redis://127.0.0.1:6379/15"


class Worker:
    """A `celery -A config worker` subprocess in its own process group, with its log in a file."""

    def __init__(self, broker_url: str, log_dir: Path):
        self.broker_url = broker_url
        self.log_dir = log_dir
        self.process = None
        self.starts = 0
        self.env = {
            **os.environ,
            "DATABASE_URL": database_url(),
            "CELERY_BROKER_URL": broker_url,
            "FETCH_HOST_DELAY_SECONDS": "0",
            "CONN_MAX_AGE": "0",
        }

    def start(self, *, purge=False, timeout=60):
        self.starts += 1
        self.log = self.log_dir / f"worker-{self.starts}.log"
        command = [CELERY, "-A", "config", "worker", "-Q", "default,fetch,extract", "--concurrency", "2",
                   "--loglevel", "INFO", "--without-gossip", "--without-mingle", "--without-heartbeat",
                   "-n", f"test-{os.getpid()}-{self.starts}@%h"]  # fmt: skip
        if purge:
            command.append("--purge")
        with self.log.open("w") as log:
            self.process = subprocess.Popen(
                command, cwd=BASE_DIR, env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
        deadline = time.monotonic() + timeout
        while " ready." not in self.log.read_text():
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"worker did not start:\n{self.log.read_text()[-3000:]}")
            time.sleep(0.2)

    def kill(self):
        """SIGKILL the worker and its pool processes at once, as a crash or the OOM killer would."""
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self):
        # Shown by pytest when the test failed: what the worker said.
        print(f"--- {self.log.name} ---\n{self.log.read_text()[-6000:]}")
        if self.process is None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            pass
        except ProcessLookupError:
            return
        # Whatever is left of the group (a pool process slow to exit) would hold the test database open.
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.wait(timeout=10)

    def call(self, task: str, *args: str):
        """Dispatch a task the way an operator would, with `celery call`."""
        result = subprocess.run(
            [CELERY, "-A", "config", "call", task, *args],
            cwd=BASE_DIR, env=self.env, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr

    def manage(self, *args: str, timeout=180):
        return subprocess.run(
            [sys.executable, "manage.py", *args], cwd=BASE_DIR, env=self.env, capture_output=True, text=True,
            timeout=timeout,
        )  # fmt: skip


BROKERS = ["postgres", "redis"]


@pytest.fixture(params=BROKERS)
def worker(request, tmp_path, reference_data):
    if request.param == "postgres":
        url = postgres_broker_url()
    else:
        url = redis_broker_url()
        if url is None:
            pytest.skip("no Redis on 127.0.0.1:6379 and no CELERY_BROKER_URL")
    process = Worker(url, tmp_path)
    process.start(purge=True)
    yield process
    process.stop()


@pytest.fixture
def postgres_worker(tmp_path, reference_data):
    process = Worker(postgres_broker_url(), tmp_path)
    process.start(purge=True)
    yield process
    process.stop()


def wait_until(condition, timeout=120, message="condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.25)
    raise AssertionError(f"timed out waiting for {message}")


def all_done(expected: int):
    return lambda: (
        Article.objects.count() >= expected
        and not Article.objects.exclude(
            status__in=[ArticleStatus.EXTRACTED, ArticleStatus.DUPLICATE, ArticleStatus.FAILED]
        ).exists()
    )


def test_the_demo_feed_is_ingested_by_the_worker_and_a_second_poll_adds_nothing(worker):
    files = article_files(DEMO)
    feed, _ = services.ensure_folder_feed("Demo corpus", DEMO)

    worker.call("ingest.tasks.poll_due_feeds")
    wait_until(all_done(len(files)), timeout=40, message="the demo corpus to be ingested")

    assert Article.objects.count() == len(files)
    assert Article.objects.filter(status=ArticleStatus.EXTRACTED).count() >= len(files) * 0.9
    assert not Article.objects.filter(status=ArticleStatus.FAILED, failure_reason="").exists()
    pledges, evidence = Pledge.objects.count(), Evidence.objects.count()
    assert pledges >= len(files)
    assert not Pledge.objects.filter(evidence__isnull=True).exists()
    korea_us = Pledge.objects.filter(investor_country="KR", recipient_country="US", amount_usd=150_000_000_000)
    assert korea_us.exists()
    kinds = set(IngestRun.objects.filter(status=RunStatus.SUCCEEDED).values_list("kind", flat=True))
    assert {RunKind.POLL_FEED, RunKind.FETCH_ARTICLE, RunKind.EXTRACT_ARTICLE} <= kinds

    worker.call("ingest.tasks.poll_feed", "--args", f"[{feed.pk}]")
    wait_until(lambda: IngestRun.objects.filter(kind=RunKind.POLL_FEED, finished_at__isnull=False).count() == 2,
               message="the second poll")  # fmt: skip
    second = IngestRun.objects.filter(kind=RunKind.POLL_FEED).order_by("-pk").first()
    assert (second.articles_new, second.articles_duplicate) == (0, len(files))
    time.sleep(1)  # anything wrongly dispatched by the second poll would show by now
    assert (Article.objects.count(), Pledge.objects.count(), Evidence.objects.count()) == (
        len(files),
        pledges,
        evidence,
    )


def test_the_commands_dispatch_to_the_worker_follow_it_and_print_a_summary(postgres_worker, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in article_files(DEMO)[:3]:
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "empty.html").write_text("")

    result = postgres_worker.manage("ingest_dir", str(folder), "--timeout", "120")

    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 new files queued, 0 already known." in result.stdout
    assert "Articles done: 4/4" in result.stdout
    pledges = Pledge.objects.count()
    assert pledges > 0
    assert f"Articles: 3 new, 0 duplicate, 1 failed. Pledges: {pledges} new, 0 updated." in result.stdout
    assert IngestRun.objects.filter(kind=RunKind.INGEST_DIR, status=RunStatus.SUCCEEDED).exists()

    # The same folder as a feed: the poll runs in the worker and finds every file already known.
    services.ensure_folder_feed("Same folder", folder)
    polled = postgres_worker.manage("ingest_feed", "Same folder", "--timeout", "60")
    assert polled.returncode == 0, polled.stdout + polled.stderr
    assert "Articles: 0 new, 4 duplicate, 0 failed. Pledges: 0 new, 0 updated." in polled.stdout

    # Re-extraction through the worker's reextract_article tasks changes nothing when the rules have not.
    again = postgres_worker.manage("reextract", "--timeout", "60")
    assert again.returncode == 0, again.stdout + again.stderr
    assert "Re-extracting 3 articles." in again.stdout
    assert "Pledges: 0 new, 0 updated." in again.stdout
    assert IngestRun.objects.filter(kind=RunKind.REEXTRACT, article__isnull=False).count() == 3
    assert Pledge.objects.count() == pledges


def test_a_worker_killed_mid_task_leaves_nothing_half_written_and_the_work_completes_after_restart(
    postgres_worker, httpserver
):
    files = article_files(DEMO)[:30]

    def page(request):
        time.sleep(0.25)  # slow pages keep tasks in flight when the worker dies
        path = files[int(request.path.rsplit("/", 1)[-1])]
        title, _, body = path.read_text().partition("\n")
        paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n") if p.strip())
        return Response(f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{paragraphs}"
                        "</article></body></html>", content_type="text/html")  # fmt: skip

    httpserver.expect_request("/feed").respond_with_data(
        "<rss version='2.0'><channel><title>Slow wire</title>"
        + "".join(f"<item><link>{httpserver.url_for(f'/a/{i}')}</link></item>" for i in range(len(files)))
        + "</channel></rss>",
        content_type="application/rss+xml",
    )
    for i in range(len(files)):
        httpserver.expect_request(f"/a/{i}").respond_with_handler(page)
    Feed.objects.create(name="Slow wire", kind=FeedKind.WEB, url=httpserver.url_for("/feed"))

    postgres_worker.call("ingest.tasks.poll_due_feeds")
    wait_until(lambda: Article.objects.filter(status=ArticleStatus.EXTRACTED).count() >= 5, message="some progress")
    postgres_worker.kill()

    # Nothing half-written: every article is either untouched or completely processed.
    waiting = Article.objects.filter(status__in=[ArticleStatus.QUEUED, ArticleStatus.FETCHED]).count()
    assert waiting > 0, "the worker finished before it was killed; the test proves nothing"
    assert not Article.objects.filter(status=ArticleStatus.QUEUED).exclude(text="").exists()
    assert not Article.objects.filter(status=ArticleStatus.FETCHED, text="").exists()
    assert not Article.objects.filter(status=ArticleStatus.EXTRACTED, extracted_at__isnull=True).exists()
    assert not Pledge.objects.filter(evidence__isnull=True).exists()
    unfinished_articles = Article.objects.exclude(status=ArticleStatus.EXTRACTED)
    assert not Evidence.objects.filter(article__in=unfinished_articles).exists()

    # The broker lost the messages in flight; the recovery sweep (run by beat every minute) re-queues them.
    postgres_worker.start()
    postgres_worker.call("ingest.tasks.poll_due_feeds", "--kwargs", '{"stalled_after_seconds": 0}')
    wait_until(all_done(len(files)), message="the work to complete after the restart")

    assert Article.objects.count() == len(files)
    assert not Pledge.objects.filter(evidence__isnull=True).exists()
    assert not IngestRun.objects.filter(status=RunStatus.RUNNING).exists()
    # Complete and without duplicates: extracting every article again finds nothing missing.
    again = services.reextract_articles(
        Article.objects.filter(status=ArticleStatus.EXTRACTED).values_list("pk", flat=True)
    )
    assert again.pledges_new == 0


def test_beat_polls_a_never_polled_feed_as_soon_as_it_starts(postgres_worker, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in article_files(DEMO)[:2]:
        (folder / path.name).write_bytes(path.read_bytes())
    services.ensure_folder_feed("Fresh install", folder)
    with (tmp_path / "beat.log").open("w") as log:
        beat = subprocess.Popen(
            [CELERY, "-A", "config", "beat", "--loglevel", "INFO", "-s", str(tmp_path / "beat-schedule")],
            cwd=BASE_DIR, env=postgres_worker.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
    try:
        started = time.monotonic()
        # The schedule's first tick is 60 s after start; the feed must be polled well before that.
        wait_until(all_done(2), timeout=30, message="beat's first poll")
        assert time.monotonic() - started < 30
        assert Feed.objects.get().last_polled_at is not None
    finally:
        os.killpg(beat.pid, signal.SIGTERM)
        beat.wait(timeout=10)
