"""Print the pledges found in article files as one JSON document; writes nothing to the database."""

import json
import sys
from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from ingest.extraction import extract_pledges
from ingest.extraction.report import pledges_json
from ingest.parsing import ParseError, parse_file


def extract_file(path: Path, published: date | None = None) -> dict:
    """One file's entry in the output: its pledges, or an error when it cannot be read as an article."""
    try:
        article = parse_file(path)
    except (OSError, ParseError) as error:
        return {"file": str(path), "pledges": [], "error": str(error)}
    on = published or article.published or date.today()  # noqa: DTZ011 - a calendar date for exchange rates
    candidates = extract_pledges(article.text, title=article.title, published=on)
    return {"file": str(path), "published": on.isoformat(), "pledges": pledges_json(candidates)}


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise CommandError(f"--published must be YYYY-MM-DD, not {value!r}") from error


class Command(BaseCommand):
    help = "Extract investment pledges from article files (text or HTML) and print them as JSON."
    # Pure extraction: no system checks or migration checks, so no database connection is ever opened.
    requires_system_checks = []
    requires_migrations_checks = False

    def add_arguments(self, parser):
        parser.add_argument(
            "files", nargs="+", type=Path, help="Article files: text (first line is the headline) or HTML."
        )
        parser.add_argument(
            "--published",
            type=_iso_date,
            help="Publication date (YYYY-MM-DD) for exchange rates; default: the article's own date, else today.",
        )

    def handle(self, *args, **options):
        results = [extract_file(path, options["published"]) for path in options["files"]]
        for result in results:
            if "error" in result:
                sys.stderr.write(f"{result['file']}: {result['error']}\n")
        self.stdout.write(json.dumps(results, indent=2, ensure_ascii=False))
