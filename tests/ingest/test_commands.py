"""The ingestion commands in --in-process mode (the default, dispatching mode runs in test_worker.py)."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from ingest.choices import FeedKind, RunKind
from ingest.fetch import host_clock
from ingest.management.commands.ensure_demo_feed import DEMO_FOLDER
from ingest.models import Article, Feed, IngestRun
from pledges.choices import ReviewStatus
from pledges.corrections import lock_fields
from pledges.models import Pledge
from tests.ingest.test_services import BODY, HEADLINE, PAGE


def run(*args):
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


@pytest.fixture(autouse=True)
def fast_fetch(settings):
    settings.FETCH_HOST_DELAY_SECONDS = 0
    settings.FETCH_RETRIES = 0
    host_clock.reset()


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "a.txt").write_text(f"{HEADLINE}\n{BODY}")
    (tmp_path / "b.html").write_text("")
    return tmp_path


def test_ingest_dir_in_process_shows_progress_and_ends_with_a_summary(reference_data, folder):
    output = run("ingest_dir", str(folder), "--in-process")
    assert "Articles processed: 1/2" in output
    assert "Articles processed: 2/2" in output
    pledges = Pledge.objects.count()
    assert pledges > 0
    assert f"Articles: 1 new, 0 duplicate, 1 failed. Pledges: {pledges} new, 0 updated." in output
    assert "not an article" in output
    command_run = IngestRun.objects.get(kind=RunKind.INGEST_DIR)
    assert (command_run.articles_new, command_run.articles_failed, command_run.pledges_new) == (1, 1, pledges)


def test_ingest_dir_twice_reports_duplicates_and_creates_nothing(reference_data, folder):
    run("ingest_dir", str(folder), "--in-process")
    counts = (Article.objects.count(), Pledge.objects.count())
    output = run("ingest_dir", str(folder), "--in-process")
    assert "Articles: 0 new, 2 duplicate, 0 failed. Pledges: 0 new, 0 updated." in output
    assert (Article.objects.count(), Pledge.objects.count()) == counts


def test_ingest_dir_refuses_a_missing_path(db):
    with pytest.raises(CommandError, match="No such file or folder"):
        run("ingest_dir", "/nonexistent/articles", "--in-process")


def test_ingest_url_in_process(reference_data, httpserver):
    httpserver.expect_request("/story").respond_with_data(PAGE, content_type="text/html")
    output = run("ingest_url", httpserver.url_for("/story"), "--in-process")
    assert "Articles: 1 new, 0 duplicate, 0 failed." in output
    again = run("ingest_url", httpserver.url_for("/story") + "?utm_source=x", "--in-process")
    assert "Already ingested" in again
    assert "Articles: 0 new, 1 duplicate, 0 failed. Pledges: 0 new, 0 updated." in again


def test_ingest_url_refuses_something_that_is_not_a_url(db):
    with pytest.raises(CommandError, match="not an http"):
        run("ingest_url", "ftp://example.org/x", "--in-process")


def test_ingest_feed_in_process_polls_a_folder_feed(reference_data, folder):
    Feed.objects.create(name="Local", kind=FeedKind.FOLDER, folder=str(folder))
    output = run("ingest_feed", "Local", "--in-process")
    assert "Polling 1 feed(s): Local" in output
    assert "Articles: 1 new, 0 duplicate, 1 failed." in output
    assert IngestRun.objects.filter(kind=RunKind.POLL_FEED, feed__name="Local").exists()


def test_ingest_feed_names_an_unknown_feed(db):
    with pytest.raises(CommandError, match="No feed with id or name 'nope'"):
        run("ingest_feed", "nope", "--in-process")


def test_ensure_demo_feed_is_idempotent(db):
    first = run("ensure_demo_feed")
    Feed.objects.update(enabled=False)
    second = run("ensure_demo_feed")
    assert first.startswith("Created the demo feed")
    assert second.startswith("Found the demo feed")
    feed = Feed.objects.get()
    assert feed.enabled
    assert feed.folder == str(DEMO_FOLDER)
    assert feed.last_polled_at is None  # so beat's first poll_due_feeds picks it up


def test_reextract_keeps_locked_fields_and_reports_its_counts(reference_data, folder):
    run("ingest_dir", str(folder), "--in-process")
    pledge = Pledge.objects.order_by("pk").first()
    pledge.title = "Edited by a person"
    pledge.review_status = ReviewStatus.VERIFIED
    lock_fields(pledge, ["title"])
    pledge.save()
    output = run("reextract", "--in-process")
    assert "Re-extracting 1 articles." in output
    assert "Pledges: 0 new, 0 updated." in output
    pledge.refresh_from_db()
    assert pledge.title == "Edited by a person"
    assert IngestRun.objects.filter(kind=RunKind.REEXTRACT).exists()
