"""The public "Report an error" form: a visitor, with no account, tells editors what a pledge page gets wrong.

Reports are stored as ErrorReport rows and shown to editors beside the pledge in
the review queue. Each client address may send REPORT_RATE_LIMIT reports per
REPORT_RATE_WINDOW; the address itself is never stored, only a keyed hash of it.
"""

from datetime import timedelta

from django import forms
from django.conf import settings
from django.core.validators import URLValidator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.views.decorators.http import require_http_methods

from config.client_ip import client_ip
from pledges.models import ErrorReport, Pledge

REPORT_RATE_LIMIT = getattr(settings, "REPORT_RATE_LIMIT", 5)
REPORT_RATE_WINDOW = timedelta(seconds=getattr(settings, "REPORT_RATE_WINDOW_SECONDS", 3600))


class RateLimited(Exception):
    """This client sent too many reports recently."""


class ErrorReportForm(forms.ModelForm):
    source_url = forms.URLField(
        label="Source link (optional)",
        required=False,
        max_length=2000,
        assume_scheme="https",
        validators=[URLValidator(schemes=["http", "https"])],
        help_text="A page that shows the correct figure, date or party.",
    )

    class Meta:
        model = ErrorReport
        fields = ["message", "source_url"]
        labels = {"message": "What is wrong?"}
        widgets = {"message": forms.Textarea(attrs={"rows": 6, "maxlength": 5000})}

    def clean_message(self):
        message = self.cleaned_data["message"].strip()
        if len(message) > 5000:
            raise forms.ValidationError("Please keep the report under 5,000 characters.")
        return message


def client_hash(address: str) -> str:
    """A keyed hash of the client address: enough to count its reports, useless to recover it."""
    return salted_hmac("pledges.reports.client", address or "unknown").hexdigest()


def reports_left(client: str, now=None) -> int:
    since = (now or timezone.now()) - REPORT_RATE_WINDOW
    sent = ErrorReport.objects.filter(client_hash=client, created_at__gte=since).count()
    return max(REPORT_RATE_LIMIT - sent, 0)


def submit_report(pledge, message: str, source_url: str, client: str) -> ErrorReport:
    """Store a visitor's report on `pledge`; raises RateLimited when `client` has used up its reports."""
    if reports_left(client) <= 0:
        raise RateLimited
    return ErrorReport.objects.create(pledge=pledge, message=message, source_url=source_url, client_hash=client)


# Views ---------------------------------------------------------------------------------------------------------------


def _client(request) -> str:
    return client_hash(client_ip(request))


@require_http_methods(["GET", "POST"])
def report_error(request, pk):
    pledge = get_object_or_404(Pledge.objects.select_related("investor_country", "recipient_country"), pk=pk)
    form = ErrorReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            submit_report(pledge, form.cleaned_data["message"], form.cleaned_data["source_url"], _client(request))
        except RateLimited:
            context = {"pledge": pledge, "form": form, "rate_limited": True}
            return render(request, "pledges/report_error.html", context, status=429)
        return redirect("reports:sent", pk=pledge.pk)
    return render(request, "pledges/report_error.html", {"pledge": pledge, "form": form})


@require_http_methods(["GET"])
def report_sent(request, pk):
    pledge = get_object_or_404(Pledge, pk=pk)
    return render(request, "pledges/report_error_sent.html", {"pledge": pledge})
