from django.db import models
from django.db.models import Q
from django.urls import reverse

from ingest.choices import ArticleStatus, FeedKind, RunKind, RunStatus


class Feed(models.Model):
    """A source polled for articles: an RSS/Atom URL, or a local folder of HTML or text files."""

    name = models.CharField(max_length=200, unique=True)
    kind = models.CharField(max_length=10, choices=FeedKind.choices, default=FeedKind.WEB)
    url = models.URLField(max_length=2000, blank=True)
    folder = models.CharField(max_length=1000, blank=True, help_text="Path of a local folder (kind: folder).")
    enabled = models.BooleanField(default=True)
    poll_interval_minutes = models.PositiveIntegerField(default=60)
    etag = models.CharField(max_length=500, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    last_status = models.CharField(max_length=300, blank=True)
    error_count = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(kind=FeedKind.WEB) & ~Q(url="")) | (Q(kind=FeedKind.FOLDER) & ~Q(folder="")),
                name="feed_has_location",
            ),
            models.CheckConstraint(condition=Q(poll_interval_minutes__gte=1), name="feed_interval_positive"),
        ]

    def __str__(self):
        return self.name


class Article(models.Model):
    """A news article as ingested: where it came from, its text, and what happened to it."""

    feed = models.ForeignKey(Feed, on_delete=models.SET_NULL, null=True, blank=True, related_name="articles")
    url = models.URLField(max_length=2000, blank=True)
    canonical_url = models.CharField(max_length=2000, blank=True, db_index=True)
    file_path = models.CharField(max_length=1000, blank=True)
    content_hash = models.CharField(max_length=64, blank=True, db_index=True)
    duplicate_of = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="copies",
        help_text="The first article with this story, when this one is a syndicated copy.",
    )
    title = models.CharField(max_length=500, blank=True)
    author = models.CharField(max_length=300, blank=True)
    published_on = models.DateField(null=True, blank=True, db_index=True)
    text = models.TextField(blank=True)
    status = models.CharField(max_length=20, choices=ArticleStatus.choices, default=ArticleStatus.QUEUED)
    failure_reason = models.TextField(blank=True)
    http_status = models.PositiveSmallIntegerField(null=True, blank=True)
    content_type = models.CharField(max_length=200, blank=True)
    fetched_at = models.DateTimeField(null=True, blank=True)
    extracted_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-published_on", "-created_at"]
        indexes = [models.Index(fields=["status"], name="article_status_idx")]
        constraints = [
            models.UniqueConstraint(
                fields=["canonical_url"], condition=~Q(canonical_url=""), name="article_unique_canonical_url"
            ),
            models.UniqueConstraint(fields=["file_path"], condition=~Q(file_path=""), name="article_unique_file_path"),
            models.UniqueConstraint(
                fields=["content_hash"],
                condition=~Q(content_hash="") & Q(duplicate_of__isnull=True),
                name="article_unique_original_content",
            ),
        ]

    def __str__(self):
        return self.title or self.url or self.file_path or f"Article {self.pk}"

    def get_absolute_url(self):
        return reverse("pledges:article", args=[self.pk])


class IngestRun(models.Model):
    """One run of an ingestion step (poll, fetch, extract, command), with its counts and errors."""

    kind = models.CharField(max_length=20, choices=RunKind.choices)
    status = models.CharField(max_length=20, choices=RunStatus.choices, default=RunStatus.RUNNING)
    feed = models.ForeignKey(Feed, on_delete=models.SET_NULL, null=True, blank=True, related_name="runs")
    article = models.ForeignKey(Article, on_delete=models.SET_NULL, null=True, blank=True, related_name="runs")
    task_id = models.CharField(max_length=255, blank=True)
    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    articles_new = models.PositiveIntegerField(default=0)
    articles_duplicate = models.PositiveIntegerField(default=0)
    articles_failed = models.PositiveIntegerField(default=0)
    pledges_new = models.PositiveIntegerField(default=0)
    pledges_updated = models.PositiveIntegerField(default=0)
    errors = models.TextField(blank=True)

    class Meta:
        ordering = ["-started_at"]
        indexes = [models.Index(fields=["kind", "status"], name="run_kind_status_idx")]

    def __str__(self):
        return f"{self.get_kind_display()} #{self.pk} ({self.status})"
