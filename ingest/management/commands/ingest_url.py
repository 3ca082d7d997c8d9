"""`manage.py ingest_url URL...`: fetch and ingest single articles. How it runs: see ingest_dir."""

import sys

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from ingest import services
from ingest.choices import RunKind
from ingest.management.commands.ingest_dir import add_mode_arguments, dispatch, print_summary, progress_printer


class Command(BaseCommand):
    help = "Fetch the given article URLs and extract their pledges."

    def add_arguments(self, parser):
        parser.add_argument("urls", nargs="+", metavar="URL")
        add_mode_arguments(parser)

    def handle(self, *args, urls, in_process, no_wait, timeout, **options):
        from ingest import tasks

        run = services.start_run(RunKind.INGEST_URL)
        since = timezone.now()
        registered = services.Summary()
        for url in urls:
            try:
                article, created = services.register_url(url)
            except ValueError as error:
                raise CommandError(str(error)) from error
            if created:
                registered.article_ids.append(article.pk)
            else:
                registered.articles_duplicate += 1
                self.stdout.write(f"Already ingested: {url} (article {article.pk}, {article.status})")
        if in_process:
            summary = services.process_articles(registered.article_ids, progress=progress_printer(self, "Articles"))
        else:
            dispatch(tasks.fetch_article, registered.article_ids)
            if no_wait:
                services.finish_run(run, registered)
                self.stdout.write(f"Dispatched {len(registered.article_ids)} articles.")
                return
            summary = services.follow_articles(
                registered.article_ids, since=since, timeout=timeout, progress=progress_printer(self, "Articles done")
            )
        summary.articles_duplicate += registered.articles_duplicate
        services.finish_run(run, summary)
        print_summary(self, summary)
        if any(error.startswith("timed out") for error in summary.errors):
            sys.exit(1)
