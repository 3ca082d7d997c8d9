"""Articles, feeds and runs for editors: read the stored text, re-run extraction, switch feeds, see what ran.

Actions are thin: slow work is queued as Celery tasks with .delay(), and what
an editor expects to see at once (re-extraction, marking an article not
relevant) calls the plain functions in ingest.services.
"""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from ingest.choices import ArticleStatus, RunKind
from ingest.models import Article, Feed, IngestRun

# Re-extraction runs in the request so the editor sees its result at once (the extract_article task only
# handles freshly fetched articles); a few dozen articles take a few seconds.
REEXTRACT_IN_REQUEST_LIMIT = 50


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "enabled", "poll_interval_minutes", "last_polled_at", "last_status", "error_count"]
    list_filter = ["kind", "enabled"]
    search_fields = ["name", "url", "folder"]
    readonly_fields = ["etag", "last_modified", "last_polled_at", "last_status", "error_count", "created_at"]
    actions = ["poll_now", "enable", "disable"]

    @admin.action(description="Poll selected feeds now", permissions=["change"])
    def poll_now(self, request, queryset):
        from ingest.tasks import poll_feed

        ids = list(queryset.values_list("pk", flat=True))
        for feed_id in ids:
            poll_feed.delay(feed_id)
        self.message_user(request, f"Queued a poll of {len(ids)} feed(s).", messages.SUCCESS)

    @admin.action(description="Enable selected feeds", permissions=["change"])
    def enable(self, request, queryset):
        count = queryset.filter(enabled=False).update(enabled=True)
        self.message_user(request, f"Enabled {count} feed(s).", messages.SUCCESS)

    @admin.action(description="Disable selected feeds", permissions=["change"])
    def disable(self, request, queryset):
        count = queryset.filter(enabled=True).update(enabled=False)
        self.message_user(request, f"Disabled {count} feed(s).", messages.SUCCESS)


class SubmitUrlsForm(forms.Form):
    urls = forms.CharField(
        label="Article URLs",
        widget=forms.Textarea(attrs={"rows": 6, "cols": 90}),
        help_text="One web address per line. Each is fetched and extracted by the worker.",
    )

    def clean_urls(self):
        field = forms.URLField()
        lines = [line.strip() for line in self.cleaned_data["urls"].splitlines() if line.strip()]
        errors = []
        for line in lines:
            try:
                field.clean(line)
            except forms.ValidationError:
                errors.append(f"Not a web address: {line}")
        if errors:
            raise forms.ValidationError(errors)
        return lines


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "published_on", "status", "feed", "pledge_count", "created_at"]
    list_filter = ["status", "feed"]
    search_fields = ["title", "url", "canonical_url", "text"]
    date_hierarchy = "published_on"
    autocomplete_fields = ["duplicate_of", "feed"]
    list_select_related = ["feed"]
    readonly_fields = [
        "stored_text",
        "source_link",
        "content_hash",
        "http_status",
        "content_type",
        "fetched_at",
        "extracted_at",
        "created_at",
        "updated_at",
    ]
    fieldsets = [
        (None, {"fields": ["title", "author", "published_on", "status", "failure_reason", "feed", "duplicate_of"]}),
        ("Source", {"fields": ["source_link", "url", "canonical_url", "file_path"]}),
        ("Stored text", {"fields": ["stored_text"]}),
        (
            "Bookkeeping",
            {
                "classes": ["collapse"],
                "fields": ["content_hash", "http_status", "content_type", "fetched_at", "extracted_at", "created_at"],
            },
        ),
    ]
    actions = ["rerun_extraction", "queue_reextraction", "mark_not_relevant"]

    def get_urls(self):
        submit = path("submit/", self.admin_site.admin_view(self.submit_urls_view), name="ingest_article_submit")
        return [submit, *super().get_urls()]

    def submit_urls_view(self, request):
        """Submit single articles by URL: each is registered at once and fetched by the worker."""
        from ingest import services
        from ingest.tasks import fetch_article

        # Editors change articles rather than add them by hand; submitting a URL is part of that.
        if not self.has_change_permission(request):
            raise PermissionDenied
        form = SubmitUrlsForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            queued, known = 0, []
            with transaction.atomic():
                for url in form.cleaned_data["urls"]:
                    article, created = services.register_url(url)
                    if created:
                        fetch_article.delay_on_commit(article.pk)
                        queued += 1
                    else:
                        known.append(url)
            self.message_user(request, f"Queued {queued} article(s) for fetching and extraction.", messages.SUCCESS)
            if known:
                self.message_user(request, "Already ingested: " + ", ".join(known), messages.WARNING)
            return redirect("admin:ingest_article_changelist")
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "form": form,
            "title": "Submit articles by URL",
        }
        return TemplateResponse(request, "admin/ingest/article/submit_urls.html", context)

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "can_submit_urls": self.has_change_permission(request)}
        return super().changelist_view(request, extra_context)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(pledges_n=Count("evidence__pledge", distinct=True))

    @admin.display(description="pledges", ordering="pledges_n")
    def pledge_count(self, obj):
        return obj.pledges_n

    @admin.display(description="text as stored")
    def stored_text(self, obj):
        if not obj.text:
            return "(no text stored)"
        # format_html escapes the article text: it is whatever the source site sent.
        # A read-only textarea wraps long text without an inline style (the CSP allows none).
        return format_html('<textarea class="stored-text" readonly rows="24" cols="100">{}</textarea>', obj.text)

    @admin.display(description="link")
    def source_link(self, obj):
        if not obj.url:
            return obj.file_path or "—"
        return format_html('<a href="{}" rel="noopener noreferrer nofollow">{}</a>', obj.url, obj.url)

    @admin.action(
        description="Re-run extraction on selected articles now (locked fields are kept)", permissions=["change"]
    )
    def rerun_extraction(self, request, queryset):
        from ingest import services

        ids = list(queryset.values_list("pk", flat=True))
        if len(ids) > REEXTRACT_IN_REQUEST_LIMIT:
            self.message_user(
                request,
                f"Select at most {REEXTRACT_IN_REQUEST_LIMIT} articles to re-extract here; "
                "for more, run `manage.py reextract`.",
                messages.ERROR,
            )
            return
        run = services.start_run(RunKind.REEXTRACT)
        summary = services.reextract_articles(ids)
        services.finish_run(run, summary, failed=bool(summary.articles_failed))
        run_url = reverse("admin:ingest_ingestrun_change", args=[run.pk])
        level = messages.WARNING if summary.errors else messages.SUCCESS
        self.message_user(
            request,
            format_html(
                'Re-extracted {} article(s): {} new pledge(s), {} updated, {} failed. <a href="{}">Run details</a>.',
                len(summary.article_ids),
                summary.pledges_new,
                summary.pledges_updated,
                summary.articles_failed,
                run_url,
            ),
            level,
        )

    @admin.action(description="Queue re-extraction of selected articles on the worker", permissions=["change"])
    def queue_reextraction(self, request, queryset):
        from ingest.tasks import reextract_article

        ids = list(
            queryset.filter(status__in=[ArticleStatus.EXTRACTED, ArticleStatus.FETCHED]).values_list("pk", flat=True)
        )
        for article_id in ids:
            reextract_article.delay(article_id)
        runs_url = reverse("admin:ingest_ingestrun_changelist") + f"?kind__exact={RunKind.REEXTRACT}"
        self.message_user(
            request,
            format_html('Queued re-extraction of {} article(s). <a href="{}">Follow the runs</a>.', len(ids), runs_url),
            messages.SUCCESS,
        )

    @admin.action(description="Mark selected articles as not relevant (drops their evidence)", permissions=["change"])
    def mark_not_relevant(self, request, queryset):
        from ingest import services

        articles = list(queryset.exclude(status=ArticleStatus.NOT_RELEVANT))
        sent_to_review = sum(services.mark_not_relevant(article) for article in articles)
        self.message_user(
            request,
            f"Marked {len(articles)} article(s) as not relevant; "
            f"{sent_to_review} pledge(s) left without evidence went back to the review queue.",
            messages.SUCCESS,
        )


@admin.register(IngestRun)
class IngestRunAdmin(admin.ModelAdmin):
    list_display = [
        "started_at",
        "kind",
        "status",
        "feed",
        "article",
        "articles_new",
        "articles_duplicate",
        "articles_failed",
        "pledges_new",
        "pledges_updated",
        "has_errors",
        "finished_at",
    ]
    list_filter = ["kind", "status", "feed"]
    search_fields = ["errors", "task_id"]
    list_select_related = ["feed", "article"]
    date_hierarchy = "started_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        # Runs are a record of what happened; nobody edits them.
        return False

    @admin.display(description="errors", boolean=True)
    def has_errors(self, obj):
        return bool(obj.errors)
