"""Articles, feeds and runs in the admin, and re-extraction that leaves editors' corrections alone."""

from decimal import Decimal
from unittest import mock

import pytest
from django.urls import reverse

from ingest import services
from ingest.choices import ArticleStatus, RunKind, RunStatus
from ingest.models import Feed, IngestRun
from pledges.choices import ReviewStatus
from pledges.models import Pledge
from tests.factories import ArticleFactory, EvidenceFactory, FeedFactory, PledgeFactory
from tests.pledges.test_admin import SCRIPT_TITLE, change_url, editor, editor_client, messages_of, post_change

pytestmark = pytest.mark.django_db
__all__ = ["editor", "editor_client"]  # fixtures used below

HYUNDAI = (
    "Hyundai Motor Group will invest $26 billion in the United States over the next four years, "
    "the company said on Monday. The investment includes a new steel plant in Louisiana."
)


@pytest.fixture
def extracted_pledge(reference_data):
    """A pledge the extractor found in a stored article, the way ingestion leaves it."""
    article = ArticleFactory(title="Hyundai to invest $26 billion in US", text=HYUNDAI, status=ArticleStatus.FETCHED)
    summary = services.extract_article(article.pk)
    assert summary.pledges_new == 1
    return Pledge.objects.filter(evidence__article=article).distinct().get()


def article_action(client, action, articles):
    data = {"action": action, "_selected_action": [a.pk for a in articles]}
    return client.post(reverse("admin:ingest_article_changelist"), data, follow=True)


def feed_action(client, action, feeds):
    data = {"action": action, "_selected_action": [f.pk for f in feeds]}
    return client.post(reverse("admin:ingest_feed_changelist"), data, follow=True)


def read_differently(article):
    """Make the next extraction read another figure in the article, as an improved extractor might."""
    article.title = article.title.replace("$26 billion", "$30 billion")
    article.text = article.text.replace("$26 billion", "$30 billion")
    article.save(update_fields=["title", "text"])


def test_rerunning_extraction_keeps_the_amount_an_editor_corrected(editor_client, extracted_pledge):
    assert extracted_pledge.amount == Decimal("26000000000")
    post_change(editor_client, extracted_pledge, amount="21000000000.00")
    article = extracted_pledge.evidence.first().article
    read_differently(article)

    response = article_action(editor_client, "rerun_extraction", [article])

    assert any(m.startswith("Re-extracted 1 article(s): 0 new pledge(s)") for m in messages_of(response))
    extracted_pledge.refresh_from_db()
    assert extracted_pledge.amount == Decimal("21000000000")
    assert extracted_pledge.amount_usd == Decimal("21000000000")
    assert Pledge.objects.count() == 1
    run = IngestRun.objects.get(kind=RunKind.REEXTRACT)
    assert run.status == RunStatus.SUCCEEDED


def test_an_unlocked_amount_is_updated_again_by_re_extraction(editor_client, extracted_pledge):
    post_change(editor_client, extracted_pledge, amount="21000000000.00")
    extracted_pledge.refresh_from_db()
    post_change(editor_client, extracted_pledge, unlock=list(extracted_pledge.locked_fields))
    extracted_pledge.refresh_from_db()
    assert extracted_pledge.locked_fields == []
    article = extracted_pledge.evidence.first().article
    read_differently(article)

    services.reextract_articles([article.pk])

    extracted_pledge.refresh_from_db()
    assert extracted_pledge.amount == Decimal("30000000000")
    assert Pledge.objects.count() == 1


def test_marking_an_article_not_relevant_sends_its_only_supported_pledges_to_review(editor_client):
    article, other = ArticleFactory(), ArticleFactory()
    orphan = PledgeFactory(review_status=ReviewStatus.VERIFIED)
    backed = PledgeFactory(review_status=ReviewStatus.VERIFIED)
    EvidenceFactory(pledge=orphan, article=article)
    EvidenceFactory(pledge=backed, article=article)
    EvidenceFactory(pledge=backed, article=other)

    response = article_action(editor_client, "mark_not_relevant", [article])

    assert messages_of(response) == [
        "Marked 1 article(s) as not relevant; 1 pledge(s) left without evidence went back to the review queue."
    ]
    article.refresh_from_db()
    orphan.refresh_from_db()
    backed.refresh_from_db()
    assert article.status == ArticleStatus.NOT_RELEVANT
    assert orphan.review_status == ReviewStatus.UNREVIEWED and not orphan.evidence.exists()
    assert backed.review_status == ReviewStatus.VERIFIED and backed.evidence.count() == 1


def test_the_article_page_shows_the_stored_text_escaped(editor_client):
    article = ArticleFactory(title=SCRIPT_TITLE, text="Line one.\n<script>alert(1)</script> Line two.")
    content = editor_client.get(change_url(article)).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Line two." in content
    assert "<script>alert(1)" not in content
    assert "<script>window.pwned" not in content


def test_feeds_can_be_disabled_and_enabled_with_counts(editor_client):
    on, off = FeedFactory(enabled=True), FeedFactory(enabled=False)
    response = feed_action(editor_client, "disable", [on, off])
    assert messages_of(response) == ["Disabled 1 feed(s)."]
    assert not Feed.objects.filter(enabled=True).exists()
    response = feed_action(editor_client, "enable", [on, off])
    assert messages_of(response) == ["Enabled 2 feed(s)."]


def test_polling_a_feed_now_queues_its_poll_task(editor_client):
    feed = FeedFactory()
    # The broker is not running in this test: check the admin hands the feed id to the task's .delay().
    with mock.patch("ingest.tasks.poll_feed.delay") as delay:
        response = feed_action(editor_client, "poll_now", [feed])
    delay.assert_called_once_with(feed.pk)
    assert messages_of(response) == ["Queued a poll of 1 feed(s)."]


def test_runs_show_their_counts_and_errors_and_cannot_be_edited(editor_client):
    run = IngestRun.objects.create(
        kind=RunKind.POLL_FEED, status=RunStatus.FAILED, articles_new=7, pledges_new=3, errors="HTTP 503 from feed"
    )
    content = editor_client.get(reverse("admin:ingest_ingestrun_changelist")).content.decode()
    assert ">7<" in content and ">3<" in content
    detail = editor_client.get(change_url(run)).content.decode()
    assert "HTTP 503 from feed" in detail
    assert 'name="_save"' not in detail


def test_editors_submit_article_urls_that_are_queued_for_the_worker(editor_client, django_capture_on_commit_callbacks):
    ArticleFactory(url="https://news.example.org/known", canonical_url="https://news.example.org/known")
    submit = reverse("admin:ingest_article_submit")
    assert "Submit articles by URL" in editor_client.get(reverse("admin:ingest_article_changelist")).content.decode()

    with django_capture_on_commit_callbacks() as callbacks:
        response = editor_client.post(
            submit,
            {"urls": "https://news.example.org/story?utm_source=x\n\nhttps://news.example.org/known\n"},
            follow=True,
        )

    queued = services.Article.objects.get(canonical_url="https://news.example.org/story")
    assert queued.status == ArticleStatus.QUEUED
    assert len(callbacks) == 1  # one fetch task, sent once the rows are committed
    assert "Queued 1 article(s) for fetching and extraction." in messages_of(response)
    assert "Already ingested: https://news.example.org/known" in messages_of(response)


def test_submitting_something_that_is_not_a_url_is_a_form_error(editor_client):
    response = editor_client.post(reverse("admin:ingest_article_submit"), {"urls": "not a link"})
    assert response.status_code == 200
    assert "Not a web address: not a link" in response.content.decode()
    assert not services.Article.objects.filter(url__contains="not a link").exists()
