from django.core.management.base import BaseCommand

from pledges.reference.load import load_reference_data


class Command(BaseCommand):
    help = "Load the bundled countries, sectors and organizations. Safe to run again: editors' changes are kept."

    def handle(self, *args, **options):
        report = load_reference_data()
        self.stdout.write(self.style.SUCCESS(f"Reference data loaded. {report}"))
