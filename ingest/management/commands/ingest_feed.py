"""`manage.py ingest_feed [FEED...]`: poll one, several or all enabled feeds now. How it runs: see ingest_dir."""

import sys

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q
from django.utils import timezone

from ingest import services
from ingest.choices import RunKind
from ingest.feeds import FeedError
from ingest.management.commands.ingest_dir import add_mode_arguments, dispatch, print_summary, progress_printer
from ingest.models import Article, Feed


class Command(BaseCommand):
    help = "Poll feeds (by id or name; all enabled feeds when none is given) and ingest their new articles."

    def add_arguments(self, parser):
        parser.add_argument("feeds", nargs="*", metavar="FEED", help="Feed ids or names.")
        add_mode_arguments(parser)

    def handle(self, *args, feeds, in_process, no_wait, timeout, **options):
        from ingest import tasks

        selected = self._feeds(feeds)
        if not selected:
            raise CommandError("No feed to poll: add one in the admin, or run `manage.py ensure_demo_feed`.")
        self.stdout.write(f"Polling {len(selected)} feed(s): {', '.join(feed.name for feed in selected)}")
        since = timezone.now()
        if in_process:
            summary = services.Summary()
            for feed in selected:
                run = services.start_run(RunKind.POLL_FEED, feed=feed)
                try:
                    result = services.ingest_feed(feed.pk, progress=progress_printer(self, f"{feed.name}"))
                except FeedError as error:
                    result = services.Summary(errors=[f"{feed.name}: {error.reason}"])
                    services.finish_run(run, result, failed=True)
                else:
                    services.finish_run(run, result)
                summary.add(result)
        else:
            dispatch(tasks.poll_feed, [feed.pk for feed in selected])
            if no_wait:
                self.stdout.write("Dispatched; follow progress in the admin (Ingest runs).")
                return
            feed_ids = [feed.pk for feed in selected]
            runs = services.follow_runs(
                RunKind.POLL_FEED, since=since, expected=len(selected), timeout=timeout, feed_ids=feed_ids,
                progress=progress_printer(self, "Feeds polled"),
            )  # fmt: skip
            known = sum(run.articles_duplicate for run in runs)
            errors = [f"feed {run.feed_id}: {run.errors}" for run in runs if run.errors]
            new_ids = list(
                Article.objects.filter(feed_id__in=feed_ids, created_at__gte=since).values_list("pk", flat=True)
            )
            summary = services.follow_articles(
                new_ids, since=since, timeout=timeout, progress=progress_printer(self, "Articles done")
            )
            summary.articles_duplicate += known
            summary.errors[:0] = errors
            if len({run.feed_id for run in runs}) < len(selected):
                summary.errors.append("timed out waiting for feeds to be polled; is a worker running?")
        print_summary(self, summary)
        if any("timed out" in error for error in summary.errors):
            sys.exit(1)

    def _feeds(self, names):
        if not names:
            return list(Feed.objects.filter(enabled=True))
        found = []
        for name in names:
            query = Q(name=name) | (Q(pk=int(name)) if name.isdigit() else Q())
            feed = Feed.objects.filter(query).first()
            if feed is None:
                raise CommandError(f"No feed with id or name {name!r}.")
            found.append(feed)
        return found
