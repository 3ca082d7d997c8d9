from django.contrib import admin

from ingest.models import Article, Feed, IngestRun


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "enabled", "poll_interval_minutes", "last_polled_at", "last_status", "error_count"]
    list_filter = ["kind", "enabled"]
    search_fields = ["name", "url", "folder"]


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "published_on", "status", "feed", "created_at"]
    list_filter = ["status", "feed"]
    search_fields = ["title", "url", "canonical_url", "text"]
    date_hierarchy = "published_on"
    autocomplete_fields = ["duplicate_of", "feed"]


@admin.register(IngestRun)
class IngestRunAdmin(admin.ModelAdmin):
    list_display = ["kind", "status", "feed", "article", "started_at", "finished_at", "articles_new", "pledges_new"]
    list_filter = ["kind", "status"]
    search_fields = ["errors", "task_id"]
    autocomplete_fields = ["feed", "article"]
