"""The public "Report an error" link and form: no login, optional source link, rate-limited, seen by editors."""

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from pledges import reports
from pledges.models import ErrorReport
from tests.factories import PledgeFactory

pytestmark = pytest.mark.django_db


def report_url(pledge):
    return reverse("reports:report", args=[pledge.pk])


def test_every_public_pledge_page_links_to_the_report_form(client):
    pledge = PledgeFactory()
    content = client.get(pledge.get_absolute_url()).content.decode()
    assert f'href="{report_url(pledge)}"' in content
    assert "Report an error" in content


def test_a_visitor_without_an_account_can_send_a_report_with_a_source_link(client):
    pledge = PledgeFactory()
    assert client.get(report_url(pledge)).status_code == 200
    response = client.post(
        report_url(pledge),
        {"message": "The figure is $21 billion, not $26 billion.", "source_url": "https://news.example.org/a"},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("reports:sent", args=[pledge.pk])
    report = ErrorReport.objects.get()
    assert report.pledge == pledge
    assert report.source_url == "https://news.example.org/a"
    assert report.status == ErrorReport.Status.OPEN
    assert report.client_hash and "127.0.0.1" not in report.client_hash


def test_the_source_link_is_optional(client):
    pledge = PledgeFactory()
    client.post(report_url(pledge), {"message": "Wrong recipient country."})
    assert ErrorReport.objects.get().source_url == ""


@pytest.mark.parametrize("link", ["javascript:alert(1)", "ftp://example.org/file", "not a link at all"])
def test_only_web_links_are_accepted_as_sources(client, link):
    pledge = PledgeFactory()
    response = client.post(report_url(pledge), {"message": "See this", "source_url": link})
    assert response.status_code == 200
    assert not ErrorReport.objects.exists()


def test_an_empty_report_is_refused(client):
    response = client.post(report_url(PledgeFactory()), {"message": "   "})
    assert response.status_code == 200
    assert not ErrorReport.objects.exists()


def test_reports_are_rate_limited_per_client_address(client):
    pledge = PledgeFactory()
    for n in range(reports.REPORT_RATE_LIMIT):
        assert client.post(report_url(pledge), {"message": f"Report {n}"}).status_code == 302
    response = client.post(report_url(pledge), {"message": "One too many"})
    assert response.status_code == 429
    assert ErrorReport.objects.count() == reports.REPORT_RATE_LIMIT
    # Another address is not affected.
    other = Client(REMOTE_ADDR="203.0.113.9")
    assert other.post(report_url(pledge), {"message": "From elsewhere"}).status_code == 302


def test_the_rate_limit_window_slides():
    pledge = PledgeFactory()
    client = reports.client_hash("198.51.100.7")
    for _ in range(reports.REPORT_RATE_LIMIT):
        reports.submit_report(pledge, "x", "", client)
    with pytest.raises(reports.RateLimited):
        reports.submit_report(pledge, "x", "", client)
    ErrorReport.objects.update(created_at=timezone.now() - reports.REPORT_RATE_WINDOW - timedelta(seconds=1))
    assert reports.reports_left(client) == reports.REPORT_RATE_LIMIT


def test_the_report_form_keeps_csrf_protection():
    pledge = PledgeFactory()
    response = Client(enforce_csrf_checks=True).post(report_url(pledge), {"message": "No token"})
    assert response.status_code == 403
    assert not ErrorReport.objects.exists()


def test_the_report_page_shows_a_pledge_title_as_text(client):
    pledge = PledgeFactory(title="<script>window.pwned = 1</script>Hanwha")
    content = client.get(report_url(pledge)).content.decode()
    assert "<script>window.pwned" not in content
    assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;Hanwha" in content


def test_a_report_appears_beside_its_pledge_in_the_review_queue(client, admin_client):
    pledge = PledgeFactory(title="Hanwha Philly Shipyard")
    client.post(report_url(pledge), {"message": "It was $5 billion.", "source_url": "https://example.org/hanwha"})
    queue = admin_client.get(reverse("admin:pledges_pledge_changelist") + "?queue=review").content.decode()
    assert "Hanwha Philly Shipyard" in queue
    assert "1 open" in queue
    change = admin_client.get(reverse("admin:pledges_pledge_change", args=[pledge.pk])).content.decode()
    assert "It was $5 billion." in change
    assert "https://example.org/hanwha" in change


def test_resolving_a_report_records_when(admin_client):
    report = ErrorReport.objects.create(pledge=PledgeFactory(), message="x", client_hash="a")
    data = {"action": "mark_resolved", "_selected_action": [report.pk]}
    response = admin_client.post(reverse("admin:pledges_errorreport_changelist"), data, follow=True)
    assert "Marked 1 report(s) as resolved." in [str(m) for m in response.context["messages"]]
    report.refresh_from_db()
    assert report.status == ErrorReport.Status.RESOLVED and report.resolved_at is not None
