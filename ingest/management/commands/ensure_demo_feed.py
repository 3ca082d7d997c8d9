"""`manage.py ensure_demo_feed`: the folder feed for the bundled demo corpus, created or re-enabled (idempotent).

Beat's poll_due_feeds picks it up as soon as beat starts, since a new feed has never been polled.
"""

from pathlib import Path

from django.core.management.base import BaseCommand

from ingest import services

DEMO_FEED_NAME = "Demo corpus"
DEMO_FOLDER = Path(__file__).resolve().parents[2] / "demo_corpus"


class Command(BaseCommand):
    help = "Create (or re-enable) the folder feed that serves the bundled demo corpus."

    def handle(self, *args, **options):
        feed, created = services.ensure_folder_feed(DEMO_FEED_NAME, DEMO_FOLDER)
        verb = "Created" if created else "Found"
        self.stdout.write(
            f"{verb} the demo feed #{feed.pk} ({feed.folder}); enabled, polled every {feed.poll_interval_minutes} min."
        )
