"""`manage.py reextract`: run the current extraction rules again over stored articles.

Fields an editor changed (Pledge.locked_fields) are kept; evidence the article no longer supports is removed,
and pledges left without evidence go back to review. How it runs: see ingest_dir.
"""

import sys
from datetime import date

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from ingest import services
from ingest.choices import ArticleStatus, RunKind
from ingest.management.commands.ingest_dir import add_mode_arguments, dispatch, print_summary, progress_printer
from ingest.models import Article


class Command(BaseCommand):
    help = "Re-run extraction over stored articles (all extracted articles, or the ids given)."

    def add_arguments(self, parser):
        parser.add_argument("ids", nargs="*", type=int, metavar="ARTICLE_ID")
        parser.add_argument("--feed", type=int, help="Only articles from this feed id.")
        parser.add_argument("--since", type=date.fromisoformat, help="Only articles published on or after YYYY-MM-DD.")
        add_mode_arguments(parser)

    def handle(self, *args, ids, feed, since, in_process, no_wait, timeout, **options):
        from ingest import tasks

        articles = Article.objects.filter(status__in=[ArticleStatus.EXTRACTED, ArticleStatus.FETCHED])
        if ids:
            articles = articles.filter(pk__in=ids)
        if feed:
            articles = articles.filter(feed_id=feed)
        if since:
            articles = articles.filter(published_on__gte=since)
        article_ids = list(articles.order_by("published_on", "pk").values_list("pk", flat=True))
        if not article_ids:
            raise CommandError("No extracted article matches.")
        self.stdout.write(f"Re-extracting {len(article_ids)} articles.")
        run = services.start_run(RunKind.REEXTRACT)
        started = timezone.now()
        if in_process:
            summary = services.Summary()
            progress = progress_printer(self, "Articles re-extracted")
            for done, article_id in enumerate(article_ids, start=1):
                summary.add(services.reextract_articles([article_id]))
                progress(done, len(article_ids))
        else:
            dispatch(tasks.reextract_article, article_ids)
            if no_wait:
                self.stdout.write("Dispatched; follow progress in the admin (Ingest runs).")
                return
            runs = services.follow_runs(
                RunKind.REEXTRACT, since=started, expected=len(article_ids), timeout=timeout, article_ids=article_ids,
                progress=progress_printer(self, "Articles re-extracted"),
            )  # fmt: skip
            summary = services.Summary(
                pledges_new=sum(r.pledges_new for r in runs),
                pledges_updated=sum(r.pledges_updated for r in runs),
                articles_failed=sum(r.articles_failed for r in runs),
                errors=[f"article {r.article_id}: {r.errors}" for r in runs if r.errors],
            )
            if len(runs) < len(article_ids):
                summary.errors.append(f"timed out with {len(article_ids) - len(runs)} articles not re-extracted yet")
        services.finish_run(run, summary)
        print_summary(self, summary)
        if any("timed out" in error for error in summary.errors):
            sys.exit(1)
