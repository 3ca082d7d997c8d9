"""`manage.py ingest_dir PATH...`: ingest article files (.html, .htm, .txt) from files or folders.

How the ingestion commands run (ingest_dir, ingest_url, ingest_feed, reextract):
by default they register the articles, dispatch the Celery tasks, and follow
progress through Article and IngestRun rows until every article is done, so a
running worker (`celery -A config worker -Q default,fetch,extract`) does the
work exactly as it does for feeds. `--no-wait` dispatches and returns.
`--in-process` runs the same plain functions (ingest.services) here, one
article after the other, with no broker; tests and one-off imports use it.
Tasks are never run inline behind the user's back. Every command ends with a
summary: articles new / duplicate / failed, pledges new / updated.
"""

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from ingest import services
from ingest.choices import RunKind

DEFAULT_TIMEOUT = 900


def add_mode_arguments(parser) -> None:
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--in-process", action="store_true", help="Run fetching and extraction in this process instead of the workers."
    )
    mode.add_argument("--no-wait", action="store_true", help="Dispatch the tasks and return without following them.")
    parser.add_argument(
        "--timeout", type=float, default=DEFAULT_TIMEOUT, help="Seconds to wait for the workers (default 900)."
    )


def progress_printer(command, label: str):
    """A callback that prints "label: done/total" lines, at most one per change."""

    def progress(done, total, *_):
        command.stdout.write(f"{label}: {done}/{total}")
        if hasattr(command.stdout, "flush"):
            command.stdout.flush()

    return progress


def print_summary(command, summary: services.Summary) -> None:
    for error in summary.errors[:50]:
        command.stdout.write(command.style.WARNING(f"  {error}"))
    if len(summary.errors) > 50:
        command.stdout.write(command.style.WARNING(f"  ... and {len(summary.errors) - 50} more"))
    command.stdout.write(
        command.style.SUCCESS(
            f"Articles: {summary.articles_new} new, {summary.articles_duplicate} duplicate, "
            f"{summary.articles_failed} failed. Pledges: {summary.pledges_new} new, {summary.pledges_updated} updated."
        )
    )


def dispatch(task, ids) -> None:
    """Queue `task` for each id; a broker that cannot be reached is a clear error, not a traceback."""
    from kombu.exceptions import OperationalError

    try:
        for pk in ids:
            task.delay(pk)
    except OperationalError as error:
        raise CommandError(f"Could not reach the Celery broker ({error}). Start it, or use --in-process.") from error


class Command(BaseCommand):
    help = "Ingest article files (.html, .htm, .txt) from the given files or folders."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="Files or folders (searched recursively).")
        add_mode_arguments(parser)

    def handle(self, *args, paths, in_process, no_wait, timeout, **options):
        from ingest import tasks

        missing = [path for path in paths if not Path(path).exists()]
        if missing:
            raise CommandError(f"No such file or folder: {', '.join(missing)}")
        run = services.start_run(RunKind.INGEST_DIR)
        since = timezone.now()
        if in_process:
            summary = services.ingest_paths(paths, progress=progress_printer(self, "Articles processed"))
        else:
            registered = services.register_paths(paths)
            self.stdout.write(
                f"{len(registered.article_ids)} new files queued, {registered.articles_duplicate} already known."
            )
            dispatch(tasks.fetch_article, registered.article_ids)
            if no_wait:
                services.finish_run(run, registered)
                self.stdout.write("Dispatched; follow progress in the admin (Ingest runs).")
                return
            summary = services.follow_articles(
                registered.article_ids, since=since, timeout=timeout, progress=progress_printer(self, "Articles done")
            )
            summary.articles_duplicate += registered.articles_duplicate
            summary.articles_failed += registered.articles_failed
            summary.errors.extend(registered.errors)
        services.finish_run(run, summary)
        print_summary(self, summary)
        if any(error.startswith("timed out") for error in summary.errors):
            sys.exit(1)
