"""The admin's queued re-extraction, run by a real Celery worker: the editor's amount stays."""

from decimal import Decimal

import pytest
from django.urls import reverse

from config.celery import app
from ingest import services
from ingest.choices import ArticleStatus, RunKind, RunStatus
from ingest.models import IngestRun
from pledges.models import Pledge
from tests.factories import ArticleFactory
from tests.ingest.test_worker import Worker, postgres_broker_url, wait_until
from tests.pledges.test_admin import form_data

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

HYUNDAI = (
    "Hyundai Motor Group will invest $26 billion in the United States over the next four years, "
    "the company said on Monday. The investment includes a new steel plant in Louisiana."
)


@pytest.fixture
def broker(monkeypatch):
    """Publish from this process to the broker the test worker reads (the test database, not the dev one)."""
    url = postgres_broker_url()
    monkeypatch.setattr(app.conf, "broker_url", url)
    monkeypatch.setattr(app.conf, "broker_write_url", url)
    app._pool = None
    yield url
    if app._pool is not None:
        app._pool.force_close_all()
    app._pool = None


def test_queued_re_extraction_on_a_worker_keeps_the_amount_an_editor_corrected(
    admin_client, reference_data, broker, tmp_path
):
    article = ArticleFactory(title="Hyundai to invest $26 billion in US", text=HYUNDAI, status=ArticleStatus.FETCHED)
    services.extract_article(article.pk)
    pledge = Pledge.objects.filter(evidence__article=article).distinct().get()
    url = reverse("admin:pledges_pledge_change", args=[pledge.pk])
    data = form_data(admin_client.get(url))
    data["amount"] = "21000000000.00"
    assert admin_client.post(url, data).status_code == 302
    # The next extraction reads another figure, so only the lock keeps the editor's amount.
    article.title = "Hyundai to invest $30 billion in US"
    article.text = HYUNDAI.replace("$26 billion", "$30 billion")
    article.save(update_fields=["title", "text"])

    worker = Worker(broker, tmp_path)
    worker.start(purge=True)
    try:
        action = {"action": "queue_reextraction", "_selected_action": [article.pk]}
        response = admin_client.post(reverse("admin:ingest_article_changelist"), action, follow=True)
        assert any("Queued re-extraction of 1 article(s)." in str(m) for m in response.context["messages"])
        wait_until(
            lambda: IngestRun.objects.filter(kind=RunKind.REEXTRACT, status=RunStatus.SUCCEEDED).exists(),
            timeout=90,
            message="the worker's re-extraction run",
        )
    finally:
        worker.stop()

    pledge.refresh_from_db()
    assert pledge.amount == Decimal("21000000000")
    assert Pledge.objects.count() == 1
