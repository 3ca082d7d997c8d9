from django.db import models


class FeedKind(models.TextChoices):
    WEB = "web", "RSS or Atom feed (URL)"
    FOLDER = "folder", "Local folder of articles"


class ArticleStatus(models.TextChoices):
    QUEUED = "queued", "Queued"
    FETCHED = "fetched", "Fetched"
    EXTRACTED = "extracted", "Extracted"
    DUPLICATE = "duplicate", "Duplicate"
    FAILED = "failed", "Failed"
    NOT_RELEVANT = "not_relevant", "Not relevant"


class RunKind(models.TextChoices):
    POLL_FEED = "poll_feed", "Poll feed"
    FETCH_ARTICLE = "fetch_article", "Fetch article"
    EXTRACT_ARTICLE = "extract_article", "Extract article"
    INGEST_DIR = "ingest_dir", "Ingest folder"
    INGEST_URL = "ingest_url", "Ingest URL"
    REEXTRACT = "reextract", "Re-extract"


class RunStatus(models.TextChoices):
    RUNNING = "running", "Running"
    SUCCEEDED = "succeeded", "Succeeded"
    FAILED = "failed", "Failed"
